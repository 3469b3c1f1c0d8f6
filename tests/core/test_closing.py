"""Closing a vote: every source of votes is refused until the facilitator reopens it."""

from __future__ import annotations

import pytest
from test_ballots import fill
from voting_workshop import item, person

from facilitator.ballots import write as ballots
from facilitator.errors import EditError, ImportProblems
from facilitator.importing import import_file
from facilitator.session.store import SessionStore
from facilitator.voting import closing
from facilitator.voting import edits as vote_edits


def importance(store, pid, target):
    return store.scalar(
        "SELECT value FROM votes WHERE participant_id = ? AND target_id = ? "
        "AND criterion = 'importance'",
        (pid, target),
    )


def test_closing_is_undoable_recorded_and_survives_reopening_the_file(ws, tmp_path):
    assert not closing.is_closed(ws, "threat_ranking")
    ws.apply(closing.close_vote("threat_ranking"))
    assert closing.is_closed(ws, "threat_ranking")
    assert not closing.is_closed(ws, "prioritisation")
    assert ws.undo_stack.undo_label() == "close threat ranking"
    assert ws.scalar("SELECT label FROM history ORDER BY id DESC LIMIT 1") == "close threat ranking"
    ws.undo()
    assert not closing.is_closed(ws, "threat_ranking")
    ws.redo()
    path = ws.path
    ws.close()
    with SessionStore.open(path, backup=False) as again:
        assert closing.is_closed(again, "threat_ranking")
        assert closing.closed_since(again, "threat_ranking")
        again.apply(closing.reopen_vote("threat_ranking"))
        assert not closing.is_closed(again, "threat_ranking")
        assert again.undo_stack.undo_label() == "reopen threat ranking"


def test_closing_twice_changes_nothing_and_an_unknown_vote_is_one_sentence(ws):
    ws.apply(closing.close_vote("prioritisation"))
    before = ws.scalar("SELECT COUNT(*) FROM history")
    ws.apply(closing.close_vote("prioritisation"))
    assert ws.scalar("SELECT COUNT(*) FROM history") == before
    with pytest.raises(EditError, match="'ballot' is not a vote"):
        closing.close_vote("ballot")


def test_grid_votes_are_refused_while_closed_and_accepted_after_reopening(ws):
    ani, law = person(ws, "Ani Sargsyan").id, item(ws, "Weak law enforcement")
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 2))
    ws.apply(closing.close_vote("threat_ranking"))
    with pytest.raises(EditError, match="^Threat ranking is closed: no vote can change"):
        ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 3))
    with pytest.raises(EditError, match="Threat ranking is closed"):
        ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "capacity", "-"))
    assert importance(ws, ani, law) == 2
    assert ws.undo_stack.undo_label() == "close threat ranking"
    # The other vote stays open.
    activity = ws.scalar("SELECT MIN(id) FROM activities")
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "activity", activity, "priority", 3))
    ws.apply(closing.close_vote("prioritisation"))
    with pytest.raises(EditError, match="^Prioritisation is closed"):
        ws.apply(vote_edits.set_vote(ani, "country", "AM", "activity", activity, "priority", 1))
    ws.apply(closing.reopen_vote("threat_ranking"))
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 3))
    assert importance(ws, ani, law) == 3


def test_a_ballot_is_refused_whole_while_closed(ws, tmp_path):
    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "threat_ranking") if "Şule" in p.name
    )
    fill(path, {0: (1, 1), 1: (2, 2)})
    ws.apply(closing.close_vote("threat_ranking"))
    votes_before = ws.rows("SELECT * FROM votes")
    with pytest.raises(EditError, match="Threat ranking is closed"):
        ws.apply(ballots.read_ballots(ws, [path]).edit())
    assert ws.rows("SELECT * FROM votes") == votes_before


def test_a_votes_file_is_refused_while_closed(ws, tmp_path):
    path = tmp_path / "votes.csv"
    path.write_text(
        "participant,scope,item,criterion,value\n"
        "Ani Sargsyan,AM,Weak law enforcement,importance,2\n"
        "New Voter,AM,Prey depletion,importance,3\n",
        encoding="utf-8",
    )
    ws.apply(closing.close_vote("threat_ranking"))
    people = ws.scalar("SELECT COUNT(*) FROM participants")
    with pytest.raises((EditError, ImportProblems), match="Threat ranking is closed"):
        import_file(ws, path)
    assert ws.scalar("SELECT COUNT(*) FROM votes") == 0
    assert ws.scalar("SELECT COUNT(*) FROM participants") == people


def _close_elsewhere(ws, vote_kind: str) -> None:
    """Close a vote through a second connection to the file (as the live server's): the
    window's undo stack then holds a vote with no close above it."""
    other = SessionStore.attach(ws.path)
    try:
        other.apply(closing.close_vote(vote_kind))
    finally:
        other.close()


def test_undo_and_redo_of_a_vote_are_refused_while_its_vote_is_closed(ws):
    ani, law = person(ws, "Ani Sargsyan").id, item(ws, "Weak law enforcement")
    activity = ws.scalar("SELECT MIN(id) FROM activities")
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 2))
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 3))
    ws.undo()  # back to 2: the '3' waits to be redone
    _close_elsewhere(ws, "threat_ranking")
    history = ws.rows("SELECT * FROM history")
    votes = ws.rows("SELECT * FROM votes")
    with pytest.raises(
        EditError,
        match="^Cannot redo 'set importance vote': Threat ranking is closed, so no vote can change",
    ):
        ws.redo()
    with pytest.raises(EditError, match="^Cannot undo 'set importance vote': Threat ranking is"):
        ws.undo()
    assert ws.rows("SELECT * FROM votes") == votes and importance(ws, ani, law) == 2
    assert ws.rows("SELECT * FROM history") == history
    assert ws.undo_stack.undo_label() == ws.undo_stack.redo_label() == "set importance vote"
    # The other vote is open: its own votes undo as ever.
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "activity", activity, "priority", 3))
    ws.undo()
    assert ws.scalar("SELECT COUNT(*) FROM votes WHERE target_kind = 'activity'") == 0
    # Reopened, the same undo goes through.
    other = SessionStore.attach(ws.path)
    other.apply(closing.reopen_vote("threat_ranking"))
    other.close()
    ws.undo()
    assert importance(ws, ani, law) is None


def test_undoing_the_close_itself_reopens_and_then_the_vote_undoes(ws):
    ani, law = person(ws, "Ani Sargsyan").id, item(ws, "Weak law enforcement")
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 2))
    ws.apply(closing.close_vote("threat_ranking"))
    ws.undo()
    assert not closing.is_closed(ws, "threat_ranking")
    ws.undo()
    assert importance(ws, ani, law) is None
    ws.redo()
    ws.redo()
    assert closing.is_closed(ws, "threat_ranking") and importance(ws, ani, law) == 2


def test_removing_an_item_and_undoing_it_while_closed_brings_its_votes_back(ws):
    from facilitator.plan import problem_tree

    ani, law = person(ws, "Ani Sargsyan").id, item(ws, "Weak law enforcement")
    ws.apply(vote_edits.set_vote(ani, "country", "AM", "item", law, "importance", 2))
    _close_elsewhere(ws, "threat_ranking")
    ws.apply(problem_tree.remove_item(law))
    assert importance(ws, ani, law) is None
    ws.undo()  # the item comes back with the votes it had: no vote changes
    assert importance(ws, ani, law) == 2
