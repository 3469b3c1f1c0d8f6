"""Votes: one voter's score for an item or activity, for a country or a region."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from facilitator.errors import EditError
from facilitator.plan.model import CRITERIA, SCALES, clean
from facilitator.session.edits import Edit, FunctionEdit, RowChange, set_row
from facilitator.voting.closing import check_open
from facilitator.voting.state import VoteKind, round_targets, vote_kind

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


class VoteKey(NamedTuple):
    """What one vote is about: who, for which country or region, on what, by which criterion.

    The votes table's key (``session.schema.VOTE_KEY``) as one value; a voter
    has at most one vote per key.
    """

    participant_id: int
    scope_kind: str  # 'country' or 'region'
    scope: str  # the country's code or the region's name
    target_kind: str  # 'item' or 'activity'
    target_id: int
    criterion: str  # 'importance', 'capacity' or 'priority'
    region: str = ""  # the working group a country vote was given in ('' = none)

    def row(self) -> dict[str, Any]:
        """The key as the votes table's columns."""
        return self._asdict()


#: a vote to record: its key and what was written (a number, '-' for unknown, or nothing)
Vote = tuple[VoteKey, object]


def as_vote(vote: tuple[Any, ...]) -> Vote:
    """``(VoteKey, value)``, checked: anything else is a programming error, not a vote."""
    if len(vote) != 2 or not isinstance(vote[0], VoteKey):
        raise TypeError(f"a vote is a (VoteKey, value) pair, not {vote!r}")
    return vote[0], vote[1]


def parse_vote(text: object, criterion: str) -> tuple[str, float | None]:
    """Read what a voter wrote: a number on the scale, '-' (unknown) or nothing.

    Returns ``(answer, value)``; raises ``EditError`` with the reason otherwise.
    A decimal comma is read as a decimal point.
    """
    if criterion not in CRITERIA:
        raise EditError(f"'{criterion}' is not a criterion; use importance, capacity or priority.")
    if text is None:
        return "empty", None
    if isinstance(text, bool):
        raise EditError(f"{text!r} is not a score.")
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        s = clean(str(text))
        if s == "":
            return "empty", None
        if s in ("-", "–", "—", "_"):
            return "unknown", None
        try:
            value = float(s.replace(",", "."))
        except ValueError:
            raise EditError(
                f"'{s}' is not a score: write a number, '-' for unknown, or leave it empty."
            ) from None
    if math.isnan(value):  # a spreadsheet's empty cell
        return "empty", None
    low, high = SCALES[criterion]
    if not low <= value <= high:
        raise EditError(f"{value:g} is outside the {criterion} scale ({low}–{high}).")
    return "number", value


def vote_change(store: SessionStore, vote: VoteKey, value: object) -> list[RowChange]:
    """Plan one vote; no change when the same answer is already recorded."""
    from facilitator.session.store import now

    target_kind, criterion = vote.target_kind, vote.criterion
    answer, number = parse_vote(value, criterion)
    expected = "priority" if target_kind == "activity" else None
    if expected and criterion != expected or not expected and criterion == "priority":
        raise EditError(f"{target_kind.capitalize()}s are not scored for {criterion}.")
    key = vote.row()
    before = store.rows(
        f"SELECT answer, value, at FROM votes WHERE {' AND '.join(f'{k} = ?' for k in key)}",
        list(key.values()),
    )
    if before and before[0]["answer"] == answer and before[0]["value"] == number:
        return []
    check_open(store, target_kind)
    _check_asked(store, vote)
    return [
        RowChange(
            "votes",
            key,
            before[0] if before else None,
            {"answer": answer, "value": number, "at": now()},
        )
    ]


def _check_asked(store: SessionStore, vote: VoteKey) -> None:
    """A later round asks only about the items it was opened on: the others keep their figures."""
    kind = "prioritisation" if vote.target_kind == "activity" else "threat_ranking"
    asked = round_targets(store, kind)
    if asked is None or vote.target_id in asked:
        return
    if vote.target_kind == "activity":
        raise EditError(
            "This round of the prioritisation does not ask about that activity: it keeps its "
            "figures from the earlier round."
        )
    raise EditError(
        "This round of the threat ranking does not ask about that item: it keeps its figures "
        "from the earlier round."
    )


def _check_vote_refs(store: SessionStore, vote: VoteKey) -> None:
    participant_id, scope_kind, scope, target_kind, target_id, _, region = vote
    if not store.scalar("SELECT 1 FROM participants WHERE id = ?", (participant_id,)):
        raise EditError("That participant is not in the session.")
    table, col = ("countries", "code") if scope_kind == "country" else ("regions", "name")
    if not store.scalar(f"SELECT 1 FROM {table} WHERE {col} = ?", (scope,)):
        raise EditError(f"There is no {scope_kind} '{scope}'.")
    if region:
        if scope_kind != "country":
            raise EditError("Only a vote for a country names a working group.")
        if not store.scalar(
            "SELECT 1 FROM region_members WHERE region = ? AND country = ?", (region, scope)
        ):
            raise EditError(
                f"{scope} is not in the region '{region}': it has no working group there."
            )
    t_table = "items" if target_kind == "item" else "activities"
    if not store.scalar(f"SELECT 1 FROM {t_table} WHERE id = ?", (target_id,)):
        raise EditError(f"That {target_kind} no longer exists.")
    if (
        target_kind == "item"
        and store.scalar("SELECT kind FROM items WHERE id = ?", (target_id,)) == "constraint"
    ):
        raise EditError("Constraints are not ranked.")


def set_vote(
    participant_id: int,
    scope_kind: str,
    scope: str,
    target_kind: str,
    target_id: int,
    criterion: str,
    value: object,
    region: str = "",
) -> Edit:
    """One voter's score for one item (or activity) and criterion, for a country or region;
    ``region`` names the working group a country vote was given in."""
    key = VoteKey(participant_id, scope_kind, scope, target_kind, target_id, criterion, region)

    def plan(store: SessionStore) -> list[RowChange]:
        _check_vote_refs(store, key)
        return vote_change(store, key, value)

    answer, _ = parse_vote(value, criterion)
    word = {"number": "set", "unknown": "mark unknown", "empty": "clear"}[answer]
    return FunctionEdit(f"{word} {criterion} vote", plan)


def set_votes(label: str, votes: Iterable[Vote]) -> Edit:
    """Many votes as one step (a ballot, a pasted column): ``(VoteKey, value)`` pairs."""
    pairs = [as_vote(vote) for vote in votes]

    def plan(store: SessionStore) -> list[RowChange]:
        changes: list[RowChange] = []
        for key, value in pairs:
            _check_vote_refs(store, key)
            changes += vote_change(store, key, value)
        return changes

    return FunctionEdit(label, plan)


def reveal(kind: str | VoteKind, revealed: bool = True) -> Edit:
    """Show a vote's results to the room, or hide them again: an undoable step.

    Undoable because it changes what everyone in the room sees: a result
    revealed by mistake is hidden again with Ctrl+Z, in the order it happened.
    """
    vk = vote_kind(kind)

    def plan(store: SessionStore) -> list[RowChange]:
        key = {"key": f"pref.reveal.{vk.id}"}
        return set_row(store, "meta", key, {"value": "1" if revealed else "0"})

    verb = "reveal" if revealed else "hide"
    return FunctionEdit(f"{verb} the results of {vk.title.lower()}", plan)
