"""Undo never puts an old vote back over a newer one given from a phone in the meantime."""

from __future__ import annotations

import pytest
from voting_workshop import build, item, person

from facilitator.errors import EditError
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits


def _value(store: SessionStore, pid: int, target: int) -> float | None:
    return store.scalar(
        "SELECT value FROM votes WHERE participant_id = ? AND target_id = ? "
        "AND criterion = 'importance'",
        (pid, target),
    )


@pytest.fixture
def workshop(tmp_path):
    store = SessionStore.create(tmp_path / "w.zopp")
    build(store)
    yield store
    store.close()


def test_undo_refuses_to_overwrite_a_vote_a_phone_changed_since(workshop):
    ani, law = person(workshop, "Ani Sargsyan").id, item(workshop, "Weak law enforcement")
    workshop.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 1))
    phone = SessionStore.attach(workshop.path)  # the live server's own connection
    try:
        phone.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 3))
    finally:
        phone.close()
    with pytest.raises(EditError, match="changed since"):
        workshop.undo()  # the grid's '1' must not replace the phone's later '3'
    assert _value(workshop, ani, law) == 3


def test_undo_of_a_vote_nobody_touched_since_still_works(workshop):
    ani, law = person(workshop, "Ani Sargsyan").id, item(workshop, "Weak law enforcement")
    workshop.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 1))
    workshop.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 2))
    workshop.undo()
    assert _value(workshop, ani, law) == 1
    workshop.redo()
    assert _value(workshop, ani, law) == 2
