"""Votes: one voter's score for an item or activity, for a country or a region."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from facilitator.errors import EditError
from facilitator.plan.model import CRITERIA, SCALES, clean
from facilitator.session.edits import Edit, FunctionEdit, RowChange
from facilitator.voting.closing import check_open

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


from facilitator.session.schema import VOTE_KEY  # noqa: F401  (the votes table's key)


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


def vote_change(
    store: SessionStore,
    participant_id: int,
    scope_kind: str,
    scope: str,
    target_kind: str,
    target_id: int,
    criterion: str,
    value: object,
    region: str = "",
) -> list[RowChange]:
    """Plan one vote; no change when the same answer is already recorded.

    ``region`` names the working group a country vote was given in ('' = none).
    """
    from facilitator.session.store import now

    answer, number = parse_vote(value, criterion)
    expected = "priority" if target_kind == "activity" else None
    if expected and criterion != expected or not expected and criterion == "priority":
        raise EditError(f"{target_kind.capitalize()}s are not scored for {criterion}.")
    key = {
        "participant_id": participant_id,
        "scope_kind": scope_kind,
        "scope": scope,
        "region": region,
        "target_kind": target_kind,
        "target_id": target_id,
        "criterion": criterion,
    }
    before = store.rows(
        f"SELECT answer, value, at FROM votes WHERE {' AND '.join(f'{k} = ?' for k in key)}",
        list(key.values()),
    )
    if before and before[0]["answer"] == answer and before[0]["value"] == number:
        return []
    check_open(store, target_kind)
    return [
        RowChange(
            "votes",
            key,
            before[0] if before else None,
            {"answer": answer, "value": number, "at": now()},
        )
    ]


def _check_vote_refs(
    store: SessionStore,
    participant_id: int,
    scope_kind: str,
    scope: str,
    target_kind: str,
    target_id: int,
    region: str = "",
) -> None:
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

    def plan(store: SessionStore) -> list[RowChange]:
        _check_vote_refs(store, participant_id, scope_kind, scope, target_kind, target_id, region)
        return vote_change(
            store,
            participant_id,
            scope_kind,
            scope,
            target_kind,
            target_id,
            criterion,
            value,
            region,
        )

    answer, _ = parse_vote(value, criterion)
    word = {"number": "set", "unknown": "mark unknown", "empty": "clear"}[answer]
    return FunctionEdit(f"{word} {criterion} vote", plan)


def set_votes(label: str, votes: Sequence[tuple]) -> Edit:
    """Many votes as one step (a ballot, a pasted column).

    Each vote: (participant id, scope kind, scope, target kind, target id,
    criterion, value[, working group's region]).
    """

    def plan(store: SessionStore) -> list[RowChange]:
        changes: list[RowChange] = []
        for vote in votes:
            pid, scope_kind, scope, target_kind, target_id, criterion, value = vote[:7]
            region = str(vote[7]) if len(vote) > 7 else ""
            _check_vote_refs(store, pid, scope_kind, scope, target_kind, target_id, region)
            changes += vote_change(
                store, pid, scope_kind, scope, target_kind, target_id, criterion, value, region
            )
        return changes

    return FunctionEdit(label, plan)
