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

from functools import cached_property
from typing import TYPE_CHECKING

from facilitator.plan import model
from facilitator.voting import behind
from facilitator.voting.rollup import (
    EMPTY,
    RANKED_CRITERIA,
    Figure,
    Figures,
    TargetFigures,
    without_gc_pauses,
)
from facilitator.voting.score_text import (
    MISSING_TEXT,
    PRIORITY_PLACES,
    THREAT_PLACES,
    format_compact,
    missing_text,
)

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore
    from facilitator.voting.scoring import Scores

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
    """The session's tables as cells, each built once on first use from one ``Figures``.

    ``previous``: the Results of the same session before some votes changed (and
    nothing else did, ``figures.changed`` naming the targets): rows whose targets'
    votes did not change are taken from it as they are, so a refresh after one
    vote builds one row of each table.
    """

    def __init__(
        self,
        store: SessionStore,
        scores: Scores | None = None,
        *,
        figures: Figures | None = None,
        previous: Results | None = None,
    ):
        self.store = store
        if figures is None:
            figures = scores.figures if scores is not None else Figures(store)
        self.figures = figures
        self._scores = scores
        self._previous = previous if figures.changed is not None else None
        if self._previous is not None:  # only votes changed: the session's shape is the same
            for name in ("items", "regions", "countries", "activities", "_cell_notes"):
                if name in self._previous.__dict__:
                    self.__dict__[name] = self._previous.__dict__[name]

    def _earlier(self, name: str):  # -> the same table of ``previous``, if it was built
        return self._previous.__dict__.get(name) if self._previous is not None else None

    @property
    def scores(self) -> Scores:
        """The same figures as pandas frames (for exports that want frames)."""
        if self._scores is None:
            from facilitator.voting.scoring import Scores

            self._scores = Scores(self.store, figures=self.figures)
        return self._scores

    def _unchanged(self, kind: str, target_id: int, criteria: tuple[str, ...]) -> bool:
        """True when a row of ``previous`` for this target may be reused."""
        changed = self.figures.changed or set()
        if self._previous is None:
            return False
        return not any((kind, target_id, c) in changed for c in criteria)

    @cached_property
    def items(self) -> list[model.Item]:
        return model.items(self.store)

    @cached_property
    def regions(self) -> list[model.Region]:
        return model.regions(self.store)

    @cached_property
    def countries(self) -> list[model.Country]:
        return model.countries(self.store)

    @cached_property
    def activities(self) -> list[model.Activity]:
        return model.activities(self.store)

    # -- Table 3.1 --------------------------------------------------------------------

    @cached_property
    @without_gc_pauses
    def threat_ranking(self) -> list[ItemRow]:
        """Drivers then Threats, each by overall importance as printed (ties in item order)."""
        before = {r.item_id: r for r in self._earlier("threat_ranking") or []}
        rows = []
        for item in self.items:
            if item.kind == "constraint":
                continue
            if item.id in before and self._unchanged("item", item.id, RANKED_CRITERIA):
                rows.append(before[item.id])
                continue
            row = ItemRow(item.id, item.kind, item.label, item.status)
            for criterion in RANKED_CRITERIA:
                f = self.figures.target("item", item.id, criterion).overall
                row.cells[criterion] = figure_cell(
                    f.score, f.state, THREAT_PLACES, criterion, ("overall", item.id, criterion)
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

    @without_gc_pauses
    def _scope_table(self, scope_kind: str) -> ScopeTable:
        if scope_kind == "region":
            columns, legend = self._region_columns()
        else:
            columns, legend = self._country_columns(), ""
        all_columns = [Column("overall", "Overall"), *columns]
        notes = self._cell_notes if scope_kind == "region" or not self.regions else {}
        earlier = None
        table = self._earlier("by_region" if scope_kind == "region" else "by_country")
        if table is not None and table.columns == all_columns:
            earlier = table.rows_by_id
        rows = []
        for ranked in self.threat_ranking:
            t = ranked.item_id
            if earlier and t in earlier and self._unchanged("item", t, RANKED_CRITERIA):
                rows.append(earlier[t])
                continue
            row = ItemRow(t, ranked.kind, ranked.label, ranked.status)
            for criterion in RANKED_CRITERIA:
                overall = ranked.cells[criterion]
                row.cells[(criterion, "overall")] = _with_note(
                    overall, notes.get((t, criterion, "overall"))
                )
                target = self.figures.target("item", t, criterion)
                brackets = _brackets(target) if scope_kind == "region" else {}
                for column in columns:
                    f = _scope_figure(target, scope_kind, column.name)
                    key3 = (t, criterion, column.name)
                    cell = figure_cell(
                        f.score,
                        f.state,
                        THREAT_PLACES,
                        criterion,
                        (scope_kind, *key3),
                        brackets.get(column.name, ""),
                    )
                    row.cells[(criterion, column.name)] = _with_note(cell, notes.get(key3))
            rows.append(row)
        return ScopeTable(scope_kind, all_columns, rows, legend)

    def _region_columns(self) -> tuple[list[Column], str]:
        """One column per region, then one per country in no region; and the legend."""
        names = {c.code: c.name for c in self.countries}
        lone = self.figures.layout.lone_countries
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
        return columns, legend

    def _country_columns(self) -> list[Column]:
        """One column per country, and one per country and region where it voted separately."""
        voted = {
            pair
            for key in self.figures.targets("item")
            for pair in self.figures.target(*key).sums.groups
        }
        abbreviations = {r.name: r.abbreviation or r.name for r in self.regions}
        columns = []
        for c in self.countries:
            columns.append(Column(c.code, c.code))
            for region in [r.name for r in self.regions if c.code in r.countries]:
                if (c.code, region) in voted:
                    name = f"{c.code}{IN_REGION}{region}"
                    columns.append(Column(name, f"{c.code} in {abbreviations[region]}"))
        return columns

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
    @without_gc_pauses
    def priorities(self) -> PriorityTable:
        codes = [c.code for c in self.countries]
        table = self._earlier("priorities")
        earlier = {r.activity_id: r for r in table.rows} if table is not None else {}
        rows = []
        for activity in self.activities:
            if activity.id in earlier and self._unchanged("activity", activity.id, ("priority",)):
                rows.append(earlier[activity.id])
                continue
            row = ActivityRow(activity.id, activity.number, activity.text)
            target = self.figures.target("activity", activity.id, "priority")
            by_country = target.country
            for code in codes:
                f = by_country.get(code, EMPTY)
                row.cells[code] = figure_cell(
                    f.score,
                    f.state,
                    PRIORITY_PLACES,
                    "priority",
                    ("country", activity.id, "priority", code),
                )
            f = target.overall
            row.cells["overall"] = figure_cell(
                f.score, f.state, PRIORITY_PLACES, "priority", ("overall", activity.id, "priority")
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
        """The votes a figure is made of, by the rules of the roll-up (``behind.votes_behind``)."""
        members = {r.name: r.countries for r in self.regions}
        return behind.votes_behind(self.store, self.figures, members, target_kind, key)


#: a by-country column of a country's votes in a region's working group: 'IR in Zagros'
IN_REGION = " in "


def _scope_figure(target: TargetFigures, scope_kind: str, column: str) -> Figure:
    """A region's (or lone country's) figure, a country's own, or its working group's."""
    if scope_kind == "region":
        return target.region[column][0] if column in target.region else EMPTY
    if IN_REGION in column:
        code, region = column.split(IN_REGION, 1)
        return target.groups.get((code, region), EMPTY)
    return target.country.get(column, EMPTY)


def _brackets(target: TargetFigures) -> dict[str, str]:
    """'(TM 1.5) (KZ -)' per region, countries in the region's order."""
    out: dict[str, list[str]] = {}
    for d in target.deviations:
        c = d.country_figure
        figure = (
            format_compact(c.score, THREAT_PLACES)
            if c.state == "number"
            else missing_text(c.state) or "-"
        )
        out.setdefault(d.region, []).append(f"({d.country} {figure})")
    return {region: " ".join(parts) for region, parts in out.items()}


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
