"""Voting rounds: close a vote, keep its votes as a round, open a new round on some items.

A vote (threat ranking or prioritisation) runs in rounds. The facilitator
closes the vote (``closing.close_vote``: no source may change it), then opens
the next round on every item or only on those whose votes spread widely. Opening
a round is one undoable edit: every vote of that vote kind is kept in
``round_votes`` under the round it was given in, the reopened items' votes are
cleared so the room scores them afresh (its results hidden until the next reveal), and
the vote is open again. Items that are not reopened keep their figures. ``Scores(store, round=N)`` and every table
built from it show a kept round; ``comparison`` sets two rounds side by side.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.errors import EditError
from facilitator.plan import model
from facilitator.session.edits import Edit, FunctionEdit, RowChange, set_row
from facilitator.session.schema import VOTE_KEY
from facilitator.voting.cells import Cell, Grid, text_cell
from facilitator.voting.closing import VOTE_NAMES, is_closed
from facilitator.voting.score_text import PRIORITY_PLACES, THREAT_PLACES, format_compact
from facilitator.words import word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

TARGET_KIND = {"threat_ranking": "item", "prioritisation": "activity"}
_VALUES = ["answer", "value", "at"]


def current_round(store: SessionStore, vote_kind: str) -> int:
    """The round now being voted (1 until a second round is opened)."""
    _check(vote_kind)
    n = store.scalar("SELECT MAX(round) FROM vote_rounds WHERE vote_kind = ?", (vote_kind,))
    return int(n or 1)


def kept_rounds(store: SessionStore, vote_kind: str) -> list[int]:
    """Every round of this vote, the current one last: [1] before a second round opens."""
    return list(range(1, current_round(store, vote_kind) + 1))


def reopened_items(store: SessionStore, vote_kind: str, round_no: int) -> list[int] | None:
    """The targets a round was opened on; None for every target (and for round 1)."""
    text = store.scalar(
        "SELECT reopened FROM vote_rounds WHERE vote_kind = ? AND round = ?", (vote_kind, round_no)
    )
    return None if not text or text == "all" else [int(i) for i in json.loads(text)]


def wide_items(store: SessionStore, vote_kind: str, spread_at_least: float) -> list[int]:
    """Targets whose counted votes on some criterion range at least this far (highest − lowest)."""
    _check(vote_kind)
    rows = store.rows(
        "SELECT target_id FROM votes WHERE target_kind = ? AND answer = 'number' "
        "AND participant_id IN (SELECT id FROM participants WHERE votes = 1) "
        "GROUP BY target_id, criterion HAVING MAX(value) - MIN(value) >= ? ORDER BY target_id",
        (TARGET_KIND[vote_kind], spread_at_least),
    )
    return sorted({int(r["target_id"]) for r in rows})


def open_round(
    vote_kind: str, targets: list[int] | None = None, spread_at_least: float | None = None
) -> Edit:
    """Open the next round of a closed vote: on ``targets``, on the items whose votes spread at
    least ``spread_at_least``, or (neither given) on every item. One undoable step."""
    _check(vote_kind)
    name = VOTE_NAMES[vote_kind].lower()

    def plan(store: SessionStore) -> list[RowChange]:
        from facilitator.session.store import now

        if not is_closed(store, vote_kind):
            raise EditError(f"Close the {name} before opening a new round: votes may still change.")
        chosen = targets
        if chosen is None and spread_at_least is not None:
            chosen = wide_items(store, vote_kind, spread_at_least)
            if not chosen:
                raise EditError(
                    f"No item's votes spread {spread_at_least:g} or more: no new round is needed."
                )
        this = current_round(store, vote_kind)
        kind = TARGET_KIND[vote_kind]
        changes: list[RowChange] = []
        if this == 1:
            changes += set_row(
                store,
                "vote_rounds",
                {"vote_kind": vote_kind, "round": 1},
                {"opened": "", "reopened": "all"},
            )
        reopen = set(chosen) if chosen is not None else None
        for row in store.rows("SELECT * FROM votes WHERE target_kind = ?", (kind,)):
            key = {k: row[k] for k in VOTE_KEY}
            values = {k: row[k] for k in _VALUES}
            changes.append(RowChange("round_votes", {"round": this, **key}, None, values))
            if reopen is None or row["target_id"] in reopen:
                changes.append(RowChange("votes", key, values, None))
        changes.append(
            RowChange(
                "vote_rounds",
                {"vote_kind": vote_kind, "round": this + 1},
                None,
                {
                    "opened": now(),
                    "reopened": "all" if reopen is None else json.dumps(sorted(reopen)),
                },
            )
        )
        changes += set_row(store, "meta", {"key": f"vote.{vote_kind}.closed"}, None)
        # The room answers afresh: its results are hidden again until the next reveal.
        if store.preference(f"reveal.{vote_kind}") == "1":
            changes += set_row(store, "meta", {"key": f"pref.reveal.{vote_kind}"}, {"value": "0"})
        return changes

    return FunctionEdit(f"open round of {name}", plan)


def round_note(store: SessionStore) -> str:
    """What exports print about rounds: '' while every vote is in its first round."""
    shows = {
        "threat_ranking": lambda n: word("the threat ranking shows round {n}", n=n),
        "prioritisation": lambda n: word("the prioritisation shows round {n}", n=n),
    }
    parts = [shows[kind](n) for kind in TARGET_KIND for n in [current_round(store, kind)] if n > 1]
    if not parts:
        return ""
    return word(
        "Voting rounds: {rounds} (earlier rounds are kept in the session).",
        rounds="; ".join(parts),
    )


def votes_source(store: SessionStore, round_no: int | None, target_kind: str) -> str:
    """SQL (a table or a sub-select) holding the votes of a round: the live votes for the
    current round (or None), the votes as they stood when round ``round_no`` closed otherwise."""
    if round_no is None:
        return "votes"
    vote_kind = "prioritisation" if target_kind == "activity" else "threat_ranking"
    if round_no >= current_round(store, vote_kind):
        if round_no > current_round(store, vote_kind):
            raise EditError(f"There is no round {round_no} of the {VOTE_NAMES[vote_kind].lower()}.")
        return "votes"
    if round_no < 1:
        raise EditError("Rounds are numbered from 1.")
    columns = ", ".join([*VOTE_KEY, *_VALUES])
    return f"(SELECT {columns} FROM round_votes WHERE round = {int(round_no)})"


@dataclass(frozen=True)
class RoundFigure:
    mean: float | None
    spread: float | None
    n: int


def round_figures(
    store: SessionStore, target_kind: str, round_no: int
) -> dict[tuple[int, str], RoundFigure]:
    """(target, criterion) → mean, spread and number of the counted numeric votes of a round."""
    source = votes_source(store, round_no, target_kind)
    rows = store.rows(
        f"SELECT target_id, criterion, AVG(value) AS mean, MAX(value) - MIN(value) AS spread, "
        f"COUNT(*) AS n FROM {source} v WHERE target_kind = ? AND answer = 'number' "
        "AND participant_id IN (SELECT id FROM participants WHERE votes = 1) "
        "GROUP BY target_id, criterion",
        (target_kind,),
    )
    return {
        (int(r["target_id"]), str(r["criterion"])): RoundFigure(r["mean"], r["spread"], r["n"])
        for r in rows
    }


def _check(vote_kind: str) -> None:
    if vote_kind not in TARGET_KIND:
        raise EditError(f"'{vote_kind}' is not a vote; use threat_ranking or prioritisation.")


def round_comparison(
    store: SessionStore,
    first: int | None = None,
    second: int | None = None,
    vote_kind: str | None = None,
) -> Grid:
    """Per item (and activity) and criterion, round ``first`` → round ``second``: the figure
    (the range-wide figure of Table 3.1 or Appendix IV as that round gave it: the same text as
    the results of that round), the spread and the number of votes. Defaults: the round before
    the current one → the current one. Only votes that ran more than one round are listed
    (only ``vote_kind`` when it is given)."""
    headers = ["vote", "target", "criterion"]
    rows: list[list[Cell]] = []
    for kind, target_kind in TARGET_KIND.items():
        if vote_kind is not None and kind != vote_kind:
            continue
        now = current_round(store, kind)
        b = second if second is not None else now
        a = first if first is not None else b - 1
        if now < 2 or a < 1 or b > now or a == b:
            continue
        if len(headers) == 3:
            headers += [f"round {n} {what}" for n in (a, b) for what in ("mean", "spread", "votes")]
        before, after = round_figures(store, target_kind, a), round_figures(store, target_kind, b)
        overall = {
            a: _overall_cells(store, target_kind, a),
            b: _overall_cells(store, target_kind, b),
        }
        places = PRIORITY_PLACES if target_kind == "activity" else THREAT_PLACES
        for target_id, label, criteria in _targets(store, target_kind):
            for criterion in criteria:
                line = [
                    text_cell(kind.replace("_", " ")),
                    text_cell(label),
                    text_cell(criterion),
                ]
                for n, figures in ((a, before), (b, after)):
                    f = figures.get((target_id, criterion))
                    key = ("round", target_id, criterion, n)
                    shown = overall[n].get((target_id, criterion))
                    if f is None or f.mean is None or shown is None:
                        line += [Cell("Not filled in", None, "empty", criterion, key)]
                        line += [text_cell(""), Cell("0", 0.0, "number")]
                        continue
                    line.append(shown._replace(key=key))
                    line.append(Cell(format_compact(f.spread or 0.0, places), f.spread, "number"))
                    line.append(Cell(str(f.n), float(f.n), "number"))
                rows.append(line)
    return Grid("rounds", headers, rows)


def _overall_cells(
    store: SessionStore, target_kind: str, round_no: int
) -> dict[tuple[int, str], Cell]:
    """(target, criterion) → the range-wide figure as round ``round_no``'s results show it."""
    from facilitator.voting.results import Results
    from facilitator.voting.rollup import Figures

    if target_kind == "item":
        results = Results(store, figures=Figures(store, None, round_no, None))
        return {
            (row.item_id, criterion): row.cells[criterion]
            for row in results.threat_ranking
            for criterion in ("importance", "capacity")
            if criterion in row.cells
        }
    results = Results(store, figures=Figures(store, None, None, round_no))
    return {(row.activity_id, "priority"): row.cells["overall"] for row in results.priorities.rows}


def _targets(store: SessionStore, target_kind: str) -> list[tuple[int, str, tuple[str, ...]]]:
    if target_kind == "item":
        return [
            (i.id, i.label, ("importance", "capacity"))
            for i in model.items(store)
            if i.kind != "constraint"
        ]
    return [(a.id, f"{a.number} {a.text}", ("priority",)) for a in model.activities(store)]
