"""What a removal took with it, counted from the rows the edit deleted."""

from __future__ import annotations

from session_builders import add_country, add_voter

from facilitator.plan import edits as ops
from facilitator.plan.outline import remove_outline_row
from facilitator.plan.removal import count_phrase, removal_sentence, removed_counts, votes_given
from facilitator.session.store import SessionStore
from facilitator.voting.edits import set_vote


def test_an_objective_removal_counts_results_activities_and_votes(tmp_path):
    with SessionStore.create(tmp_path / "s.zopp") as store:
        add_country(store, "TR")
        pid = add_voter(store, "Ayşe", "TR")
        store.apply(ops.add_objective("Habitat"))
        obj = store.scalar("SELECT id FROM objectives")
        store.apply(ops.add_result(obj, "Areas known"))
        res = store.scalar("SELECT id FROM results")
        for text in ("Survey", "Map"):
            store.apply(ops.add_activity(res, text))
        for aid in [r["id"] for r in store.rows("SELECT id FROM activities")]:
            store.apply(set_vote(pid, "country", "TR", "activity", aid, "priority", 3))
        assert votes_given(store, pid) == 2
        applied = store.apply(remove_outline_row("objectives", obj))
        counts = removed_counts(applied.changes)
        assert counts["objectives"] == 1 and counts["priority votes"] == 2
        assert removal_sentence("objective 1", applied.changes, "objectives") == (
            "Removed objective 1 with 1 result, 2 activities and 2 priority votes "
            "— Ctrl+Z brings them back."
        )
        assert votes_given(store, pid) == 0


def test_a_removal_with_nothing_attached_says_it():
    assert removal_sentence('driver "X"', [], "items") == (
        'Removed driver "X" — Ctrl+Z brings it back.'
    )
    assert count_phrase(removed_counts([])) == ""
