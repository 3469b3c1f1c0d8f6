"""Undo never puts an old vote back over a newer one given from a phone in the meantime."""

from __future__ import annotations

import pytest
from voting_workshop import item, person

from facilitator.errors import EditError
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits


def _value(store: SessionStore, pid: int, target: int) -> float | None:
    return store.scalar(
        "SELECT value FROM votes WHERE participant_id = ? AND target_id = ? "
        "AND criterion = 'importance'",
        (pid, target),
    )


def test_undo_refuses_to_overwrite_a_vote_a_phone_changed_since(ws):
    ani, law = person(ws, "Ani Sargsyan").id, item(ws, "Weak law enforcement")
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 1))
    phone = SessionStore.attach(ws.path)  # the live server's own connection
    try:
        phone.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 3))
    finally:
        phone.close()
    with pytest.raises(EditError, match="changed since"):
        ws.undo()  # the grid's '1' must not replace the phone's later '3'
    assert _value(ws, ani, law) == 3


def test_undo_of_a_vote_nobody_touched_since_still_works(ws):
    ani, law = person(ws, "Ani Sargsyan").id, item(ws, "Weak law enforcement")
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 1))
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 2))
    ws.undo()
    assert _value(ws, ani, law) == 1
    ws.redo()
    assert _value(ws, ani, law) == 2


def test_a_ballot_naming_one_cell_twice_keeps_its_last_value_and_undoes(ws):
    ani, law = person(ws, "Ani Sargsyan").id, item(ws, "Weak law enforcement")
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 1))
    key = vote_edits.VoteKey(ani, "country", "AM", "item", law, "importance")
    ws.apply(vote_edits.set_votes("ballot of Ani", [(key, 2), (key, 3)]))
    assert _value(ws, ani, law) == 3.0  # the ballot's last word for the cell
    ws.undo()
    assert _value(ws, ani, law) == 1.0  # as before the ballot, not refused
    ws.redo()
    assert _value(ws, ani, law) == 3.0
