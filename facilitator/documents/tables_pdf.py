"""The score tables as a landscape PDF, in the layouts of the reference document.

1. The threat ranking (Table 3.1): Constraints listed, then Drivers and Threats
   sorted by overall importance, importance and capacity side by side.
2. Threats by region (Appendix III): overall and regional figures, countries
   that differ from their region in brackets, footnotes from cell notes.
3. Activity priorities per country (Appendix IV).

Each table has its scales explained above it; figures are shaded as a heatmap.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from facilitator.documents.layout import (
    build_pdf,
    footer_text,
    frame_width,
    grid_table,
    title_block,
)
from facilitator.documents.pdftext import para, styles
from facilitator.plan import model
from facilitator.voting import scoring, tables
from facilitator.words import word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

SECTION_BG = colors.HexColor("#e8e4d8")
#: heatmap ends per criterion: (colour at the scale's low end, colour at its high end)
HEAT = {
    "importance": (colors.HexColor("#fff8f0"), colors.HexColor("#f2a07b")),
    "capacity": (colors.HexColor("#fdf0f0"), colors.HexColor("#9fd3a8")),
    "priority": (colors.HexColor("#f4f8fb"), colors.HexColor("#8fbfe0")),
}
SCALE_TEXT = {
    "importance": "Importance/severity: 0 = non-existent, 1 = minor, 2 = medium, 3 = major.",
    "capacity": "Capacity to address it: 1 = poor, 2 = medium, 3 = good.",
    "priority": "Priority: 1 = low, 2 = medium, 3 = high.",
}
MISSING = "'-' = unknown or not applicable; 'Not filled in' = no answer given."


def scale(criterion: str) -> str:
    """A criterion's scale explained, in the document's language."""
    return word(SCALE_TEXT[criterion])


NOTE_PREFIX = "threats-by-region/"


def heat(criterion: str, value: float | None) -> colors.Color | None:
    """Background for a figure: paler for the low end of its scale, stronger for the high end."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    low, high = model.SCALES[criterion]
    share = min(max((value - low) / (high - low), 0.0), 1.0)
    start, end = HEAT[criterion]
    return colors.linearlyInterpolatedColor(start, end, 0, 1, share)


def none_yet(what: str, ncol: int, st: dict[str, Any]) -> list[Any]:
    """A table's only row while the session has nothing of ``what`` to list."""
    return [para(f"No {what} yet.", st["cell"])] + [""] * (ncol - 1)


class ScoreTables:
    """Reads the session's figures once and builds the three tables from them."""

    def __init__(self, store: SessionStore, st: dict[str, Any]):
        self.store = store
        self.st = st
        self.scores = scoring.Scores(store)
        self.items = {i.id: i for i in model.items(store)}
        self.regions = model.regions(store)
        self.country_codes = [c.code for c in model.countries(store)]
        self.width = frame_width()
        self._order: list[int] | None = None

    # -- figures -------------------------------------------------------------------------

    def overall(self) -> dict[tuple[int, str], tuple[float, str]]:
        frame = self.scores.overall
        return {
            (int(r.target_id), str(r.criterion)): (float(r.score), str(r.state))
            for r in frame.itertuples()
        }

    def ranked(self, kind: str) -> list[model.Item]:
        """Drivers or Threats in the threat table's order (highest overall importance first)."""
        if self._order is None:
            frame = tables.threats_numeric(self.store, self.scores)
            self._order = [int(i) for i in frame["item_id"]]
        return [self.items[i] for i in self._order if self.items[i].kind == kind]

    def label(self, item: model.Item) -> str:
        return item.label + (" (emerging)" if item.status == "emerging" else "")

    def cell(
        self,
        text: str,
        criterion: str,
        value: float | None,
        row: int,
        col: int,
        style_cmds: list[tuple[Any, ...]],
    ) -> Flowable:
        colour = heat(criterion, value)
        if colour is not None:
            style_cmds.append(("BACKGROUND", (col, row), (col, row), colour))
        return para(text, self.st["cell"])

    # -- Table 3.1 -----------------------------------------------------------------------

    def constraints_table(self, ncol: int, widths: list[float]) -> Flowable:
        """The Constraints, listed and not ranked, as the first block of a threat table."""
        st = self.st
        rows: list[list[Any]] = [
            [para(word("Constraints (not ranked)"), st["cell_bold"])] + [""] * (ncol - 1)
        ]
        rows += [
            [para(self.label(i), st["cell"])] + [""] * (ncol - 1)
            for i in self.items.values()
            if i.kind == "constraint"
        ]
        if len(rows) == 1:
            rows.append(none_yet("constraints", ncol, st))
        cmds = [("SPAN", (0, r), (-1, r)) for r in range(len(rows))]
        return grid_table(rows, widths, header_rows=1, extra=cmds)

    def threat_ranking(self) -> list[Flowable]:
        st = self.st
        overall = self.overall()
        widths = [self.width * 0.62, self.width * 0.19, self.width * 0.19]
        story: list[Flowable] = [
            para(word("Threat ranking table"), st["h2"]),
            para(
                word("Drivers and Threats ranked across the whole range, highest importance first.")
                + f" {scale('importance')} {scale('capacity')} {word(MISSING)}",
                st["small"],
            ),
            Spacer(1, 2 * mm),
            self.constraints_table(3, widths),
        ]
        for kind, heading in (("driver", "Drivers"), ("threat", "Threats")):
            rows: list[list[Any]] = [
                [
                    para(word(heading), st["cell_bold"]),
                    para(word("Importance/severity"), st["cell_bold"]),
                    para(word("Capacity"), st["cell_bold"]),
                ]
            ]
            cmds: list[tuple[Any, ...]] = []
            for item in self.ranked(kind):
                r = len(rows)
                line: list[Any] = [para(self.label(item), st["cell"])]
                for col, crit in enumerate(scoring.RANKED_CRITERIA, start=1):
                    score, state = overall.get((item.id, crit), (math.nan, "empty"))
                    text = scoring.cell_text(score, state, scoring.THREAT_PLACES)
                    line.append(
                        self.cell(text, crit, score if state == "number" else None, r, col, cmds)
                    )
                rows.append(line)
            if len(rows) == 1:
                rows.append(none_yet(heading.lower(), 3, st))
                cmds.append(("SPAN", (0, 1), (-1, 1)))
            story.append(grid_table(rows, widths, header_rows=1, extra=cmds))
        return story

    # -- Appendix III ----------------------------------------------------------------------

    def scope_columns(self) -> list[tuple[str, str]]:
        """(name, header) of the columns beside 'Overall': regions, or countries when there are none."""
        if self.regions:
            return [(r.name, r.abbreviation or r.name) for r in self.regions]
        return [(c, c) for c in self.country_codes]

    def scope_figures(self) -> dict[tuple[int, str, str], tuple[float, str]]:
        if self.regions:
            frame, col = self.scores.region, "region"
        else:
            frame, col = self.scores.country("item"), "country"
        return {
            (int(r.target_id), str(r.criterion), str(getattr(r, col))): (
                float(r.score),
                str(r.state),
            )
            for r in frame.itertuples()
        }

    def deviation_text(self) -> dict[tuple[int, str, str], str]:
        """' (TM 1.5) (KZ -)' per item, criterion and region."""
        out: dict[tuple[int, str, str], str] = {}
        for r in self.scores.deviations.itertuples():
            if r.country_state == "number":
                figure = scoring.format_compact(r.country_score, scoring.THREAT_PLACES)
            else:
                figure = scoring.missing_text(str(r.country_state)) or "-"
            key = (int(r.target_id), str(r.criterion), str(r.region))
            out[key] = out.get(key, "") + f" ({r.country} {figure})"
        return out

    def cell_notes(self) -> dict[tuple[int, str, str], list[str]]:
        """Notes attached to cells of the by-region table: (item id, criterion, column) → texts."""
        out: dict[tuple[int, str, str], list[str]] = {}
        for note in model.notes(self.store, "cell"):
            key = str(note["key"])
            if not key.startswith(NOTE_PREFIX):
                continue
            parts = key[len(NOTE_PREFIX) :].split("/", 2)
            if len(parts) != 3 or not parts[0].isdigit():
                continue
            column = "overall" if parts[2].lower() == "overall" else parts[2]
            out.setdefault((int(parts[0]), parts[1], column), []).append(str(note["body"]))
        return out

    def by_region(self) -> list[Flowable]:
        st = self.st
        scopes = self.scope_columns()
        overall, figures, devs = self.overall(), self.scope_figures(), self.deviation_text()
        notes, footnotes = self.cell_notes(), []
        ncol = 1 + 2 * (1 + len(scopes))
        first = self.width * 0.26
        widths = [first] + [(self.width - first) / (ncol - 1)] * (ncol - 1)
        head = [word("Overall")] + [h for _, h in scopes]
        story: list[Flowable] = [
            para(word("Threats ranked by regions and countries"), st["h2"]),
            para(self._by_region_caption(), st["small"]),
            Spacer(1, 2 * mm),
            self.constraints_table(ncol, widths),
        ]
        for kind, heading in (("driver", "Drivers"), ("threat", "Threats")):
            rows: list[list[Any]] = [
                [
                    para(word(heading), st["cell_bold"]),
                    para(word("Importance/severity"), st["cell_bold"]),
                ]
                + [""] * len(scopes)
                + [para(word("Capacity"), st["cell_bold"])]
                + [""] * len(scopes),
                [""] + [para(h, st["cell_bold"]) for h in head * 2],
            ]
            cmds: list[tuple[Any, ...]] = [
                ("SPAN", (1, 0), (1 + len(scopes), 0)),
                ("SPAN", (2 + len(scopes), 0), (-1, 0)),
                ("SPAN", (0, 0), (0, 1)),
                ("BACKGROUND", (0, 0), (-1, 1), SECTION_BG),
            ]
            for item in self.ranked(kind):
                r = len(rows)
                line: list[Any] = [para(self.label(item), st["cell"])]
                for crit in scoring.RANKED_CRITERIA:
                    for name in ["overall"] + [n for n, _ in scopes]:
                        score, state = (
                            overall.get((item.id, crit), (math.nan, "empty"))
                            if name == "overall"
                            else figures.get((item.id, crit, name), (math.nan, "empty"))
                        )
                        text = scoring.cell_text(score, state, scoring.THREAT_PLACES)
                        text += devs.get((item.id, crit, name), "") if self.regions else ""
                        for body in notes.get((item.id, crit, name), []):
                            footnotes.append(body)
                            text += f" [{len(footnotes)}]"
                        line.append(
                            self.cell(
                                text, crit, score if state == "number" else None, r, len(line), cmds
                            )
                        )
                rows.append(line)
            if len(rows) == 2:
                rows.append(none_yet(heading.lower(), ncol, st))
                cmds.append(("SPAN", (0, 2), (-1, 2)))
            story.append(grid_table(rows, widths, header_rows=2, extra=cmds))
        story.append(Spacer(1, 2 * mm))
        return story + [
            para(f"[{i}] {body}", st["small"]) for i, body in enumerate(footnotes, start=1)
        ]

    def _by_region_caption(self) -> str:
        if self.regions:
            names = ", ".join(f"{r.name} ({r.abbreviation or r.name})" for r in self.regions)
            where = word(
                "Regions: {names}. A country whose own figure differs from its region's is shown "
                "in brackets, e.g. 2.0 (TM 1.5). Footnotes in [ ] come from notes on cells.",
                names=names,
            )
        else:
            where = word("No regions are defined: one column per country.")
        return f"{where} {scale('importance')} {scale('capacity')} {word(MISSING)}"

    # -- Appendix IV -------------------------------------------------------------------------

    def priorities(self) -> list[Flowable]:
        st = self.st
        by_country = {
            (int(r.target_id), str(r.country)): (float(r.score), str(r.state))
            for r in self.scores.priority.itertuples()
        }
        overall = {
            int(r.target_id): (float(r.score), str(r.state))
            for r in self.scores.overall_priority.itertuples()
        }
        codes = self.country_codes
        rows: list[list[Any]] = [
            [para(word("Activity"), st["cell_bold"])]
            + [para(c, st["cell_bold"]) for c in codes]
            + [para(word("Overall"), st["cell_bold"])]
        ]
        cmds: list[tuple[Any, ...]] = []
        for act in model.activities(self.store):
            r = len(rows)
            line: list[Any] = [para(act.text, st["cell"], bold_prefix=act.number)]
            for code in codes + ["overall"]:
                found = overall.get(act.id) if code == "overall" else None
                score, state = found or by_country.get((act.id, code), (math.nan, "empty"))
                text = scoring.cell_text(score, state, scoring.PRIORITY_PLACES)
                line.append(
                    self.cell(
                        text, "priority", score if state == "number" else None, r, len(line), cmds
                    )
                )
            rows.append(line)
        if len(rows) == 1:
            rows.append([para(word("No activities yet."), st["cell"])] + [""] * (len(codes) + 1))
        first, last = self.width * (0.38 if len(codes) > 6 else 0.55), 48.0
        each = (self.width - first - last) / max(len(codes), 1)
        abbreviations = ", ".join(f"{c.code} = {c.name}" for c in model.countries(self.store))
        intro = [
            para(word("Activities prioritised by country"), st["h2"]),
            para(
                f"{scale('priority')} {word('Overall = mean of the country priorities.')} "
                f"{abbreviations}.",
                st["small"],
            ),
            Spacer(1, 2 * mm),
        ]
        return intro + [
            grid_table(rows, [first] + [each] * len(codes) + [last], header_rows=1, extra=cmds)
        ]


def score_tables(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    """The three tables, each starting on a new page (used by the minutes too)."""
    tables = ScoreTables(store, st)
    return (
        tables.threat_ranking()
        + [PageBreak()]
        + tables.by_region()
        + [PageBreak()]
        + tables.priorities()
    )


def write_tables(store: SessionStore, out_path: Path) -> None:
    """Write the score tables of ``store`` to ``out_path`` (PDF)."""
    st = styles(9)
    meta = store.meta()
    story = title_block(meta, word("Score tables"), st) + score_tables(store, st)
    build_pdf(
        out_path,
        story,
        title=f"Score tables — {meta.get('title', '')}",
        footer=footer_text(meta, word("Score tables")),
    )
