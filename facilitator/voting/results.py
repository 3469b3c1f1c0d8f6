"""Every table a user sees, built once as typed cells; the CLI, PDFs, spreadsheets and app draw them.

A ``Cell`` carries the number behind a figure (``value``), why there is none
(``state``: number, unknown, empty — or text for labels), the text exactly as
every view prints it, what it is about (``key``: overall / region / country,
the item or activity, the criterion, the scope), the bracketed country figures
beside a region's figure and a footnote from a note on the cell. One figure,
one text, everywhere: nothing downstream rounds or formats a score again.

Keys: ``("overall", target_id, criterion)``, ``("region", target_id,
criterion, region name)``, ``("country", target_id, criterion, code)``.
"""

from __future__ import annotations

import math
from functools import cached_property
from typing import TYPE_CHECKING

from facilitator.plan import model
from facilitator.voting.score_text import (
    MISSING_TEXT,
    PRIORITY_PLACES,
    THREAT_PLACES,
    format_compact,
    missing_text,
)
from facilitator.voting.scoring import RANKED_CRITERIA, Scores

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

from facilitator.voting.cells import (  # noqa: F401  (the cells are part of this module's API)
    KIND_NAMES,
    NOTE_PREFIX,
    SECTION_NAMES,
    ActivityRow,
    Cell,
    Column,
    Grid,
    ItemRow,
    Key,
    PriorityTable,
    ScopeTable,
    VoteLine,
    VotesBehind,
    _nan,
    _with_note,
    figure_cell,
    grid_texts,
    text_cell,
)


class Results:
    """The session's tables as cells, each built once on first use from one ``Scores``."""

    def __init__(self, store: SessionStore, scores: Scores | None = None):
        self.store = store
        self.scores = scores if scores is not None else Scores(store)

    # -- figures as dicts -------------------------------------------------------------

    @cached_property
    def _overall(self) -> dict[tuple, tuple[float, str]]:
        f = self.scores.overall
        return {
            (int(t), str(c)): (float(s), str(st))
            for t, c, s, st in zip(f["target_id"], f["criterion"], f["score"], f["state"])
        }

    def _by_scope(self, scope_kind: str) -> dict[tuple, tuple[float, str]]:
        """Figures by (item, criterion, column): regions (and lone countries) or countries."""
        f = self.scores.region if scope_kind == "region" else self.scores.country("item")
        return {
            (int(t), str(c), str(s)): (float(v), str(st))
            for t, c, s, v, st in zip(
                f["target_id"], f["criterion"], f[scope_kind], f["score"], f["state"]
            )
        }

    @cached_property
    def items(self) -> list[model.Item]:
        return model.items(self.store)

    @cached_property
    def regions(self) -> list[model.Region]:
        return model.regions(self.store)

    @cached_property
    def countries(self) -> list[model.Country]:
        return model.countries(self.store)

    # -- Table 3.1 --------------------------------------------------------------------

    @cached_property
    def threat_ranking(self) -> list[ItemRow]:
        """Drivers then Threats, each by overall importance as printed (ties in item order)."""
        rows = []
        for item in self.items:
            if item.kind == "constraint":
                continue
            row = ItemRow(item.id, item.kind, item.label, item.status)
            for criterion in RANKED_CRITERIA:
                score, state = self._overall.get((item.id, criterion), (math.nan, "empty"))
                row.cells[criterion] = figure_cell(
                    score, state, THREAT_PLACES, criterion, ("overall", item.id, criterion)
                )
            rows.append(row)
        kind_rank = {"driver": 0, "threat": 1}

        def order(row: ItemRow) -> tuple:
            value = row.cells["importance"].value
            return (kind_rank[row.kind], value is None, -(value or 0.0))

        return sorted(rows, key=order)

    @cached_property
    def constraints(self) -> list[model.Item]:
        return [i for i in self.items if i.kind == "constraint"]

    def importance_texts(self) -> dict[int, str]:
        """Item id → its overall importance as every table prints it (the outline lists these)."""
        return {
            r.item_id: r.cells["importance"].text
            for r in self.threat_ranking
            if r.cells["importance"].state == "number"
        }

    # -- Appendix III and the by-country table -----------------------------------------

    @cached_property
    def by_region(self) -> ScopeTable:
        if not self.regions:
            return self._scope_table("country")
        return self._scope_table("region")

    @cached_property
    def by_country(self) -> ScopeTable:
        return self._scope_table("country")

    def _scope_table(self, scope_kind: str) -> ScopeTable:
        figures = self._by_scope(scope_kind)
        if scope_kind == "region":
            names = {c.code: c.name for c in self.countries}
            lone = self.scores.lone_countries
            columns = [Column(r.name, r.abbreviation or r.name) for r in self.regions]
            columns += [Column(code, names.get(code, code)) for code in lone]
            legend = ", ".join(
                [
                    f"{r.abbreviation} = {r.name}"
                    for r in self.regions
                    if r.abbreviation and r.abbreviation != r.name
                ]
                + [
                    f"{names.get(code, code)}: in no region, counted as a region of its own"
                    for code in lone
                ]
            )
        else:
            columns, legend = self._country_columns(figures)
        brackets = self._brackets if scope_kind == "region" else {}
        notes = self._cell_notes if scope_kind == "region" or not self.regions else {}
        rows = []
        for ranked in self.threat_ranking:
            row = ItemRow(ranked.item_id, ranked.kind, ranked.label, ranked.status)
            for criterion in RANKED_CRITERIA:
                overall = ranked.cells[criterion]
                row.cells[(criterion, "overall")] = _with_note(
                    overall, notes.get((ranked.item_id, criterion, "overall"))
                )
                for column in columns:
                    key3 = (ranked.item_id, criterion, column.name)
                    score, state = figures.get(key3, (math.nan, "empty"))
                    cell = figure_cell(
                        score,
                        state,
                        THREAT_PLACES,
                        criterion,
                        (scope_kind, *key3),
                        brackets.get(key3, ""),
                    )
                    row.cells[(criterion, column.name)] = _with_note(cell, notes.get(key3))
            rows.append(row)
        return ScopeTable(scope_kind, [Column("overall", "Overall"), *columns], rows, legend)

    def _country_columns(self, figures: dict) -> tuple[list[Column], str]:
        """One column per country, and one per country and region where it voted separately."""
        groups = self.scores.country_in_groups
        voted = set(zip(groups["country"], groups["region"]))
        abbreviations = {r.name: r.abbreviation or r.name for r in self.regions}
        columns = []
        for c in self.countries:
            columns.append(Column(c.code, c.code))
            for region in [r.name for r in self.regions if c.code in r.countries]:
                if (c.code, region) in voted:
                    name = f"{c.code} in {region}"
                    columns.append(Column(name, f"{c.code} in {abbreviations[region]}"))
        for t, crit, code, region, score, state in zip(
            groups["target_id"],
            groups["criterion"],
            groups["country"],
            groups["region"],
            groups["score"],
            groups["state"],
        ):
            figures[(int(t), str(crit), f"{code} in {region}")] = (float(score), str(state))
        return columns, ""

    @cached_property
    def _brackets(self) -> dict[tuple, str]:
        """'(TM 1.5) (KZ -)' per item, criterion and region, countries in the region's order."""
        out: dict[tuple, list[str]] = {}
        d = self.scores.deviations
        for t, crit, region, country, score, state in zip(
            d["target_id"],
            d["criterion"],
            d["region"],
            d["country"],
            d["country_score"],
            d["country_state"],
        ):
            figure = (
                format_compact(float(score), THREAT_PLACES)
                if state == "number"
                else missing_text(str(state)) or "-"
            )
            key = (int(t), str(crit), str(region))
            out.setdefault(key, []).append(f"({country} {figure})")
        return {key: " ".join(parts) for key, parts in out.items()}

    @cached_property
    def _cell_notes(self) -> dict[tuple, str]:
        """Notes attached to cells of the by-region table: (item id, criterion, column) → text."""
        out: dict[tuple, list[str]] = {}
        for note in model.notes(self.store, "cell"):
            key = str(note["key"])
            if not key.startswith(NOTE_PREFIX):
                continue
            parts = key[len(NOTE_PREFIX) :].split("/", 2)
            if len(parts) != 3 or not parts[0].isdigit():
                continue
            column = "overall" if parts[2].lower() == "overall" else parts[2]
            out.setdefault((int(parts[0]), parts[1], column), []).append(str(note["body"]))
        return {key: " ".join(bodies) for key, bodies in out.items()}

    # -- Appendix IV ------------------------------------------------------------------

    @cached_property
    def priorities(self) -> PriorityTable:
        p = self.scores.priority
        by_country = {
            (int(t), str(c)): (float(s), str(st))
            for t, c, s, st in zip(p["target_id"], p["country"], p["score"], p["state"])
        }
        o = self.scores.overall_priority
        overall = {
            int(t): (float(s), str(st)) for t, s, st in zip(o["target_id"], o["score"], o["state"])
        }
        codes = [c.code for c in self.countries]
        rows = []
        for activity in model.activities(self.store):
            row = ActivityRow(activity.id, activity.number, activity.text)
            for code in codes:
                score, state = by_country.get((activity.id, code), (math.nan, "empty"))
                row.cells[code] = figure_cell(
                    score,
                    state,
                    PRIORITY_PLACES,
                    "priority",
                    ("country", activity.id, "priority", code),
                )
            score, state = overall.get(activity.id, (math.nan, "empty"))
            row.cells["overall"] = figure_cell(
                score, state, PRIORITY_PLACES, "priority", ("overall", activity.id, "priority")
            )
            rows.append(row)
        return PriorityTable(codes, rows)

    # -- flat grids (CLI, CSV, spreadsheets) -------------------------------------------

    def grid(self, name: str) -> Grid:
        build = GRIDS[name]
        return build(self)

    def threats_grid(self) -> Grid:
        rows = [
            [
                text_cell(KIND_NAMES[r.kind]),
                text_cell(r.label),
                *(r.cells[c] for c in RANKED_CRITERIA),
            ]
            for r in self.threat_ranking
        ]
        return Grid("threats", ["kind", "item", *RANKED_CRITERIA], rows)

    def _scope_grid(self, name: str, table: ScopeTable) -> Grid:
        headers = ["kind", "item", "criterion", *(c.name for c in table.columns)]
        rows = [
            [
                text_cell(KIND_NAMES[r.kind]),
                text_cell(r.label),
                text_cell(criterion),
                *(r.cells[(criterion, c.name)] for c in table.columns),
            ]
            for r in table.rows
            for criterion in RANKED_CRITERIA
        ]
        return Grid(name, headers, rows)

    def threats_by_region_grid(self) -> Grid:
        return self._scope_grid("threats-by-region", self.by_region)

    def threats_by_country_grid(self) -> Grid:
        return self._scope_grid("threats-by-country", self.by_country)

    def priorities_grid(self) -> Grid:
        table = self.priorities
        rows = [
            [
                text_cell(r.number),
                text_cell(r.text),
                *(r.cells[c] for c in table.codes),
                r.cells["overall"],
            ]
            for r in table.rows
        ]
        return Grid("priorities", ["activity", "text", *table.codes, "overall"], rows)

    def rounds_grid(self) -> Grid:
        from facilitator.voting.rounds import round_comparison

        return round_comparison(self.store)

    def constraints_grid(self) -> Grid:
        rows = [[text_cell(i.label), text_cell(i.status)] for i in self.constraints]
        return Grid("constraints", ["item", "status"], rows)

    # -- the votes behind a figure -----------------------------------------------------

    def votes_behind(self, target_kind: str, key: Key) -> VotesBehind:
        """The votes a figure is made of, by the rules of ``scoring``.

        A country's figure: the votes for that country. A region's: its working
        group's own votes where they gave an answer, else its countries' votes.
        The overall figure of a driver or threat: the votes behind each region's
        figure (every country's where no regions are defined); of an activity:
        every country's.
        """
        level, target_id, criterion = key[0], key[1], key[2]
        votes = [v for v in self._votes.get((target_kind, int(target_id), criterion), [])]
        countries = [v for v in votes if v[1] == "country"]
        members = {r.name: r.countries for r in self.regions}
        if level == "country":
            chosen = [v for v in countries if v[2] == key[3]]
        elif level == "region":
            chosen = self._region_votes(votes, key[3], members.get(key[3], []))
        elif target_kind == "item" and members:
            seen: set[int] = set()
            chosen = []
            for region, codes in members.items():
                for v in self._region_votes(votes, region, codes):
                    if v[6] not in seen:
                        seen.add(v[6])
                        chosen.append(v)
            chosen.sort(key=lambda v: v[6])
        else:
            chosen = countries
        lines = [VoteLine(v[0], v[2], _answer_text(v[3], v[4])) for v in chosen]
        return VotesBehind(lines, _summary(chosen))

    @cached_property
    def _votes(self) -> dict[tuple, list[tuple]]:
        """(target kind, id, criterion) → (participant, scope kind, scope, answer, value, at, n)."""
        out: dict[tuple, list[tuple]] = {}
        f = self.scores.votes
        for n, v in enumerate(
            zip(
                f["participant"],
                f["scope_kind"],
                f["scope"],
                f["answer"],
                f["value"],
                f["at"],
                f["target_kind"],
                f["target_id"],
                f["criterion"],
            )
        ):
            line = (str(v[0]), str(v[1]), str(v[2]), str(v[3]), float(v[4]), str(v[5]), n)
            out.setdefault((str(v[6]), int(v[7]), str(v[8])), []).append(line)
        return out

    @staticmethod
    def _region_votes(votes: list[tuple], region: str, codes: list[str]) -> list[tuple]:
        own = [v for v in votes if v[1] == "region" and v[2] == region]
        theirs = [v for v in votes if v[1] == "country" and v[2] in codes]

        def answered(lines: list[tuple]) -> bool:
            return any(v[3] in ("number", "unknown") for v in lines)

        return own if answered(own) or (own and not answered(theirs)) else theirs


def _answer_text(answer: str, value: float) -> str:
    if answer == "number" and not _nan(value):
        return format_compact(value, PRIORITY_PLACES)
    return "-" if answer == "unknown" else "not filled in"


def _summary(votes: list[tuple]) -> str:
    """'5 votes (1–3, spread 2), 1 unknown, 2 not filled in'."""
    numbers = [v[4] for v in votes if v[3] == "number" and not _nan(v[4])]
    parts = [f"{len(numbers)} vote{'s' if len(numbers) != 1 else ''}"]
    if numbers:
        low, high = min(numbers), max(numbers)
        parts[0] += (
            f" ({low:g}–{high:g}, spread {high - low:g})" if high > low else f" (all {low:g})"
        )
    unknown = sum(1 for v in votes if v[3] == "unknown")
    empty = sum(1 for v in votes if v[3] == "empty")
    parts += [f"{unknown} unknown"] if unknown else []
    parts += [f"{empty} not filled in"] if empty else []
    return ", ".join(parts)


def of(store: SessionStore, scores: Scores | None = None) -> Results:
    """The ``Results`` of these scores, made once and shared by every table built from them."""
    if scores is None:
        return Results(store)
    shared = getattr(scores, "_results", None)
    if shared is None:
        shared = Results(store, scores)
        scores._results = shared  # type: ignore[attr-defined]
    return shared


GRIDS = {
    "threats": Results.threats_grid,
    "threats-by-region": Results.threats_by_region_grid,
    "threats-by-country": Results.threats_by_country_grid,
    "priorities": Results.priorities_grid,
    "constraints": Results.constraints_grid,
    "rounds": Results.rounds_grid,
}

__all__ = ["MISSING_TEXT", "Cell", "Grid", "PriorityTable", "Results", "ScopeTable"]
