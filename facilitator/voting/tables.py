"""The named tables of a session, in the shape of the reference document's tables.

``TABLES`` maps a name (what ``facilitator table SESSION NAME`` takes) to a
function ``store -> DataFrame`` whose cells are text as printed: scores with
one decimal for threats and two for priorities, '-' for unknown and
'Not filled in' where nobody filled in a figure.

The ``*_numeric`` variants hold the same figures as floats (NaN where there is
no number) with row ids, for heatmaps and charts; the reason a figure is
missing is in ``facilitator.voting.scoring`` (``state`` columns).

Every function takes an optional ``scores`` (a ``scoring.Scores``) so that
several tables built together read and add up the votes once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd

from facilitator.plan import model
from facilitator.voting import results, vote_list
from facilitator.voting.rollup import without_gc_pauses
from facilitator.voting.scoring import (
    RANKED_CRITERIA,
    Scores,
)

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

KIND_NAMES = {"constraint": "Constraint", "driver": "Driver", "threat": "Threat"}


def _scores(store: SessionStore, scores: Scores | None) -> Scores:
    return scores if scores is not None else Scores(store)


# -- the Threat Ranking Table (Table 3.1) ------------------------------------------------


def threats_numeric(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Drivers then Threats, each by overall importance (highest first, ties in item order).

    Columns: item_id, kind ('driver'/'threat'), item, status, importance,
    capacity (exact means, NaN without a number), importance_state, capacity_state.
    Sorting uses the printed (rounded) importance, so items that show the same
    figure keep the order the facilitator gave them.
    """
    rows = [
        {
            "item_id": r.item_id,
            "kind": r.kind,
            "item": r.label,
            "status": r.status,
            **{c: _exact(r.cells[c]) for c in RANKED_CRITERIA},
            **{f"{c}_state": r.cells[c].state for c in RANKED_CRITERIA},
        }
        for r in results.of(store, scores).threat_ranking
    ]
    columns = ["item_id", "kind", "item", "status", *RANKED_CRITERIA]
    columns += [f"{c}_state" for c in RANKED_CRITERIA]
    return pd.DataFrame(rows, columns=columns).astype(
        {"importance": "float64", "capacity": "float64"}
    )


def _exact(cell: results.Cell) -> float:
    return cell.exact if cell.exact is not None else float("nan")


def threats(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Table 3.1: kind, item, importance, capacity (overall figures as printed)."""
    return _frame(results.of(store, scores).threats_grid())


def constraints(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """The Constraints (not ranked), in the facilitator's order: Table 3.1 starts with them."""
    return _frame(results.of(store, scores).constraints_grid())


#: the tables of figures, and whose round they show (a 'round' column names it)
ROUND_OF = {
    "threats": "item",
    "threats-by-region": "item",
    "threats-by-country": "item",
    "priorities": "activity",
}


def shown_round(store: SessionStore, scores: Scores | None, target_kind: str) -> int:
    """The round of the vote on ``target_kind`` that ``scores`` add up (the current one unless
    they were asked for a kept round)."""
    from facilitator.voting.rounds import current_round

    chosen = _scores(store, scores).rounds[target_kind]
    vote_kind = "prioritisation" if target_kind == "activity" else "threat_ranking"
    return int(chosen) if chosen else current_round(store, vote_kind)


def with_round(store: SessionStore, scores: Scores | None, grid: results.Grid) -> results.Grid:
    """``grid`` with a last column 'round' naming the round its figures show, on every row:
    a spreadsheet or CSV file of the table says which round it is (the ``rounds`` sheet
    compares them). The tables themselves (and the documents drawn from them) leave it out."""
    number = shown_round(store, scores, ROUND_OF[grid.name])
    cell = results.Cell(str(number), float(number), "number")
    return results.Grid(grid.name, [*grid.headers, "round"], [[*row, cell] for row in grid.rows])


def _frame(grid: results.Grid) -> pd.DataFrame:
    """A grid of cells as a frame of the texts every view prints."""
    return pd.DataFrame(results.grid_texts(grid), columns=grid.headers, dtype="str")


# -- threats by region and country (Appendix III) --------------------------------------


def threats_by_region_numeric(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """One row per ranked item and criterion, in Table 3.1's order.

    Columns: item_id, kind, item, criterion, overall, then one float column per
    region (per country when no regions are defined).
    """
    return _scope_numeric(results.of(store, scores).by_region)


def threats_by_country_numeric(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Like ``threats_by_region_numeric`` with one float column per country code."""
    return _scope_numeric(results.of(store, scores).by_country)


def _scope_numeric(table: results.ScopeTable) -> pd.DataFrame:
    names = [c.name for c in table.columns]
    rows = [
        {
            "item_id": r.item_id,
            "kind": r.kind,
            "item": r.label,
            "criterion": criterion,
            **{name: _exact(r.cells[(criterion, name)]) for name in names},
        }
        for r in table.rows
        for criterion in RANKED_CRITERIA
    ]
    columns = ["item_id", "kind", "item", "criterion", *names]
    return pd.DataFrame(rows, columns=columns).astype({c: "float64" for c in names})


def threats_by_region(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Appendix III: kind, item, criterion, overall, then one column per region.

    A region's cell reads like ``2.0 (TM 1.5)`` when countries' own figures
    differ from the region's, '-' or 'Not filled in' where it has no number.
    """
    return _frame(results.of(store, scores).threats_by_region_grid())


def threats_by_country(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """kind, item, criterion, overall, then each country's own figure (one column per code)."""
    return _frame(results.of(store, scores).threats_by_country_grid())


# -- priorities (Appendix IV) ---------------------------------------------------------


def priorities_numeric(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Activities in numbered order: activity_id, activity ('1.1.1'), text, one float
    column per country code, overall (mean of the country priorities)."""
    table = results.of(store, scores).priorities
    names = [*table.codes, "overall"]
    rows = [
        {
            "activity_id": r.activity_id,
            "activity": r.number,
            "text": r.text,
            **{name: _exact(r.cells[name]) for name in names},
        }
        for r in table.rows
    ]
    columns = ["activity_id", "activity", "text", *names]
    return pd.DataFrame(rows, columns=columns).astype({c: "float64" for c in names})


def priorities(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Appendix IV: activity, text, one column per country code, overall (two decimals)."""
    return _frame(results.of(store, scores).priorities_grid())


# -- people and votes -------------------------------------------------------------------


def participants(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Appendix I: name, affiliation, country (its name), role, votes ('yes'/'no'),
    votes_cast (answers given, '-' included, empty cells not)."""
    names = {c.code: c.name for c in model.countries(store)}
    cast = vote_list.votes_cast(store, scores)
    rows = [
        {
            "name": p.name,
            "affiliation": p.affiliation,
            "country": names.get(p.country or "", ""),
            "role": p.role,
            "votes": "yes" if p.votes else "no",
            "votes_cast": int(cast.get(p.id, 0)),
        }
        for p in model.participants(store)
    ]
    columns = ["name", "affiliation", "country", "role", "votes", "votes_cast"]
    return pd.DataFrame(rows, columns=columns).astype(
        {c: "str" for c in columns[:-1]} | {"votes_cast": "int64"}
    )


@without_gc_pauses
def votes(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Every recorded vote: participant, scope (country code or region), region (the working
    group a country vote was given in, or empty), target (item text or activity number),
    criterion, vote ('2', '-' or 'Not filled in'), at, and the round it was given in. A kept
    round of ``scores`` lists the votes as they stood when that round closed.

    Each participant's votes in the participants' order: the threat ranking, then the
    priorities, each by scope and working group, then by target and criterion
    (``facilitator.voting.vote_list``)."""
    labels = {
        "item": {str(i.id): i.label for i in model.items(store)},
        "activity": {str(a.id): a.number for a in model.activities(store)},
    }
    given = _scores(store, scores)
    rounds = {kind: str(shown_round(store, given, kind)) for kind in ("item", "activity")}
    data = vote_list.vote_columns(store, given, labels, rounds)
    return pd.DataFrame(data, columns=vote_list.COLUMNS, dtype="str")


def rounds(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Round 1 → round 2 (the previous round → the current one): per item and criterion, the
    mean, spread and number of votes; empty until a second round is opened."""
    return _frame(results.of(store, scores).rounds_grid())


TABLES: dict[str, Callable[[SessionStore], pd.DataFrame]] = {
    "threats": threats,
    "threats-by-region": threats_by_region,
    "threats-by-country": threats_by_country,
    "priorities": priorities,
    "participants": participants,
    "constraints": constraints,
    "votes": votes,
    "rounds": rounds,
}


@without_gc_pauses
def all_tables(store: SessionStore) -> dict[str, pd.DataFrame]:
    """Every named table, adding up the votes once."""
    scores = Scores(store)
    listed = votes(store, scores)  # first: the participants' counts come from the same read
    return {
        name: listed if build is votes else build(store, scores)  # type: ignore[call-arg]
        for name, build in TABLES.items()
    }


@without_gc_pauses
def all_grids(store: SessionStore) -> dict[str, results.Grid]:
    """Every named table as cells (figures with their numbers), adding up the votes once;
    the tables of figures end with the round they show (``with_round``), for files.

    The figure tables come from the results layer; the participant and vote
    lists are text.
    """
    scores = Scores(store)
    made = results.of(store, scores)
    out = {}
    for name, build in TABLES.items():
        if name in ROUND_OF:
            out[name] = with_round(store, scores, made.grid(name))
        elif name in results.GRIDS:
            out[name] = made.grid(name)
        else:
            frame = build(store, scores)  # type: ignore[call-arg]
            columns = [str(c) for c in frame.columns]
            rows = [
                [_list_cell(v, c) for v, c in zip(values, columns)]
                for values in frame.itertuples(index=False)
            ]
            out[name] = results.Grid(name, [str(c) for c in frame.columns], rows)
    return out


def _list_cell(value: object, column: str = "") -> results.Cell:
    """A cell of a list (participants, votes): a count or a vote's number stays a number,
    anything else is text."""
    if isinstance(value, int) or (hasattr(value, "dtype") and str(value.dtype).startswith("int")):
        return results.Cell(str(value), float(value), "number")  # type: ignore[arg-type]
    if column in ("vote", "round"):
        try:
            return results.Cell(str(value), float(str(value)), "number")
        except ValueError:
            pass
    return results.text_cell(value)
