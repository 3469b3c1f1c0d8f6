"""Removing a participant who cast no vote takes their blank cells with them, every working
group's, and Ctrl+Z brings every one of them back."""

from __future__ import annotations

from voting_workshop import item, person

from facilitator.plan import edits as ops
from facilitator.voting import edits as vote_edits


def _cells(store, pid: int) -> list[tuple]:
    return store.conn.execute(
        "SELECT scope, region, target_id, criterion, answer FROM votes "
        "WHERE participant_id = ? ORDER BY region",
        (pid,),
    ).fetchall()


def test_removing_a_voter_with_blank_cells_in_two_working_groups_undoes_whole(ws):
    sule, law = person(ws, "Şule Yıldız").id, item(ws, "Weak law enforcement")
    for group in ("Caucasus", "Zagros"):  # Türkiye's delegates sat in both working groups
        ws.apply(vote_edits.set_vote(sule, "country", "TR", "item", law, "importance", 2, group))
        ws.apply(vote_edits.set_vote(sule, "country", "TR", "item", law, "importance", "", group))
    blank = _cells(ws, sule)
    assert [(r[1], r[4]) for r in blank] == [("Caucasus", "empty"), ("Zagros", "empty")]

    ws.apply(ops.remove_participant(sule))
    assert _cells(ws, sule) == []
    assert ws.scalar("SELECT COUNT(*) FROM participants WHERE id = ?", (sule,)) == 0

    ws.undo()
    assert _cells(ws, sule) == blank  # both groups' cells, not one of them
    ws.redo()
    assert _cells(ws, sule) == []
