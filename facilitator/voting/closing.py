"""Whether a vote is open or closed.

A facilitator closes a vote (threat ranking or prioritisation) before the
reveal: from then on no source may change its votes, neither the grid, nor an
imported ballot or votes file, nor a phone. Closing and reopening are edits
like any other: undoable and kept in the session's history. The state lives in
the ``meta`` table (``vote.<kind>.closed``), so no schema change is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.errors import EditError
from facilitator.session.edits import Edit, FunctionEdit, RowChange, set_row
from facilitator.session.store import check_undo_with

if TYPE_CHECKING:
    from facilitator.session.changes import AppliedEdit
    from facilitator.session.store import SessionStore

VOTE_KINDS = ("threat_ranking", "prioritisation")
VOTE_NAMES = {"threat_ranking": "Threat ranking", "prioritisation": "Prioritisation"}


def vote_kind_of(target_kind: str) -> str:
    """The vote a scored target belongs to: items to threat ranking, activities to prioritisation."""
    return "prioritisation" if target_kind == "activity" else "threat_ranking"


def _check_kind(vote_kind: str) -> None:
    if vote_kind not in VOTE_KINDS:
        raise EditError(f"'{vote_kind}' is not a vote; use threat_ranking or prioritisation.")


def _key(vote_kind: str) -> dict[str, str]:
    return {"key": f"vote.{vote_kind}.closed"}


def is_closed(store: SessionStore, vote_kind: str) -> bool:
    """True when ``vote_kind`` is closed: its votes cannot change until it is reopened."""
    _check_kind(vote_kind)
    value = store.scalar("SELECT value FROM meta WHERE key = ?", (_key(vote_kind)["key"],))
    return bool(value)


def _set_closed(vote_kind: str, closed: bool) -> Edit:
    _check_kind(vote_kind)
    name = VOTE_NAMES[vote_kind].lower()

    def plan(store: SessionStore) -> list[RowChange]:
        from facilitator.session.store import now

        if is_closed(store, vote_kind) == closed:
            return []
        return set_row(store, "meta", _key(vote_kind), {"value": now()} if closed else None)

    return FunctionEdit(f"{'close' if closed else 'reopen'} {name}", plan)


def close_vote(vote_kind: str) -> Edit:
    """Close a vote: every source is refused until it is reopened (undoable)."""
    return _set_closed(vote_kind, True)


def reopen_vote(vote_kind: str) -> Edit:
    """Reopen a closed vote (undoable)."""
    return _set_closed(vote_kind, False)


def closed_since(store: SessionStore, vote_kind: str) -> str | None:
    """When the vote was closed (ISO time), or None while it is open."""
    _check_kind(vote_kind)
    value = store.scalar("SELECT value FROM meta WHERE key = ?", (_key(vote_kind)["key"],))
    return value or None


def check_open(store: SessionStore, target_kind: str) -> None:
    """Refuse, with one sentence, a change to a vote on ``target_kind`` while its vote is closed."""
    vote_kind = vote_kind_of(target_kind)
    if is_closed(store, vote_kind):
        raise EditError(
            f"{VOTE_NAMES[vote_kind]} is closed: no vote can change until it is reopened."
        )


#: rows whose creation or removal takes their votes along (an item, an activity, a person):
#: undoing such an edit restores those votes as they were, and is allowed while closed
_CARRIERS = ("items", "activities", "participants")


@check_undo_with
def refuse_undo_while_closed(store: SessionStore, applied: AppliedEdit, action: str) -> None:
    """Undo and redo are refused, with one sentence, when they would change the votes of a
    closed vote: closing locks every source, the undo stack included. Undoing the close (or
    the opening of a round, which closes and reopens by itself) stays allowed."""
    kinds = {
        vote_kind_of(str(c.key.get("target_kind", "")))
        for c in applied.changes
        if c.table == "votes"
    }
    if not kinds or any(
        c.table in _CARRIERS and (c.before is None) != (c.after is None) for c in applied.changes
    ):
        return
    own_state = {str(c.key.get("key")) for c in applied.changes if c.table == "meta"}
    for vote_kind in sorted(kinds):
        if _key(vote_kind)["key"] not in own_state and is_closed(store, vote_kind):
            raise EditError(
                f"Cannot {action} '{applied.label}': {VOTE_NAMES[vote_kind]} is closed, so no "
                "vote can change until it is reopened; nothing was changed."
            )
