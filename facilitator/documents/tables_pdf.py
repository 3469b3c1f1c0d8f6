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
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from facilitator.documents.layout import (
    build_pdf,
    footer_text,
    frame_width,
    grid_table,
    title_block,
)
from facilitator.documents.pdftext import para, styles
from facilitator.plan import model
from facilitator.voting import results
from facilitator.voting.scoring import RANKED_CRITERIA
from facilitator.words import fixed, in_cell, word

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
    return [para(fixed(f"No {what} yet."), st["cell"])] + [""] * (ncol - 1)


class ScoreTables:
    """Reads the session's figures once and builds the three tables from them."""

    def __init__(self, store: SessionStore, st: dict[str, Any]):
        self.store = store
        self.st = st
        self.results = results.Results(store)
        self.regions = self.results.regions
        self.width = frame_width()

    # -- figures -------------------------------------------------------------------------

    def ranked(self, kind: str) -> list[results.ItemRow]:
        """Drivers or Threats in the threat table's order (highest overall importance first)."""
        return [r for r in self.results.threat_ranking if r.kind == kind]

    def label(self, item: model.Item | results.ItemRow) -> str:
        return item.label + (" " + word("(emerging)") if item.status == "emerging" else "")

    def cell(
        self,
        cell: results.Cell,
        row: int,
        col: int,
        style_cmds: list[tuple[Any, ...]],
        suffix: str = "",
    ) -> Flowable:
        """A figure cell as the results layer prints it, shaded by its value."""
        colour = heat(cell.criterion, cell.value)
        if colour is not None:
            style_cmds.append(("BACKGROUND", (col, row), (col, row), colour))
        # "(UZ 2)" never breaks inside its brackets
        text = in_cell(cell.text)
        return para(_BRACKET_SPACE.sub("(\\1\u00a0", text) + suffix, self.st["cell"])

    # -- Table 3.1 -----------------------------------------------------------------------

    def constraints_table(self, ncol: int, widths: list[float]) -> Flowable:
        """The Constraints, listed and not ranked, as the first block of a threat table."""
        st = self.st
        rows: list[list[Any]] = [
            [para(word("Constraints (not ranked)"), st["cell_bold"])] + [""] * (ncol - 1)
        ]
        rows += [
            [para(self.label(i), st["cell"])] + [""] * (ncol - 1) for i in self.results.constraints
        ]
        if len(rows) == 1:
            rows.append(none_yet("constraints", ncol, st))
        cmds = [("SPAN", (0, r), (-1, r)) for r in range(len(rows))]
        return grid_table(rows, widths, header_rows=1, extra=cmds)

    def threat_ranking(self) -> list[Flowable]:
        st = self.st
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
                for col, crit in enumerate(RANKED_CRITERIA, start=1):
                    line.append(self.cell(item.cells[crit], r, col, cmds))
                rows.append(line)
            if len(rows) == 1:
                rows.append(none_yet(heading.lower(), 3, st))
                cmds.append(("SPAN", (0, 1), (-1, 1)))
            story.append(grid_table(rows, widths, header_rows=1, extra=cmds))
        return story

    # -- Appendix III ----------------------------------------------------------------------

    def by_region(self) -> list[Flowable]:
        st = self.st
        table = self.results.by_region
        scopes = [(c.name, c.header) for c in table.columns[1:]]
        rows_by_id = table.rows_by_id
        footnotes: list[str] = []
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
                for crit in RANKED_CRITERIA:
                    for column in table.columns:
                        cell = rows_by_id[item.item_id].cells[(crit, column.name)]
                        mark = ""
                        if cell.footnote:
                            footnotes.append(cell.footnote)
                            mark = f" [{len(footnotes)}]"
                        line.append(self.cell(cell, r, len(line), cmds, mark))
                rows.append(line)
            if len(rows) == 2:
                rows.append(none_yet(heading.lower(), ncol, st))
                cmds.append(("SPAN", (0, 2), (-1, 2)))
            story.append(grid_table(rows, widths, header_rows=2, extra=cmds))
        if footnotes:  # a spacer alone would start a page holding only the footer
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
        table = self.results.priorities
        codes = table.codes
        rows: list[list[Any]] = [
            [para(word("Activity"), st["cell_bold"])]
            + [para(c, st["cell_bold"]) for c in codes]
            + [para(word("Overall"), st["cell_bold"])]
        ]
        cmds: list[tuple[Any, ...]] = []
        for act in table.rows:
            r = len(rows)
            line: list[Any] = [para(act.text, st["cell"], bold_prefix=act.number)]
            for code in codes + ["overall"]:
                line.append(self.cell(act.cells[code], r, len(line), cmds))
            rows.append(line)
        if len(rows) == 1:
            rows.append([para(word("No activities yet."), st["cell"])] + [""] * (len(codes) + 1))
        first, last = self.width * (0.38 if len(codes) > 6 else 0.55), 48.0
        each = (self.width - first - last) / max(len(codes), 1)
        abbreviations = ", ".join(f"{c.code} = {c.name}" for c in self.results.countries)
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


_BRACKET_SPACE = re.compile(r"\((\S+) ")


def score_tables(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    """The three tables, each starting on a new page (used by the minutes too)."""
    tables = ScoreTables(store, st)
    return (
        tables.threat_ranking()
        + [PageBreakIfNotEmpty()]
        + tables.by_region()
        + [PageBreakIfNotEmpty()]
        + tables.priorities()
    )


def write_tables(store: SessionStore, out_path: Path) -> None:
    """Write the score tables of ``store`` to ``out_path`` (PDF)."""
    st = styles(9)
    meta = store.meta()
    from facilitator.voting.rounds import round_note

    note = round_note(store)
    story = (
        title_block(meta, word("Score tables"), st)
        + ([para(note, st["small"])] if note else [])
        + score_tables(store, st)
    )
    build_pdf(
        out_path,
        story,
        title=f"Score tables — {meta.get('title', '')}",
        footer=footer_text(meta, word("Score tables")),
    )
