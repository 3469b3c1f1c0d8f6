"""A new workshop started from an earlier one keeps the plan, countries and participants with
their identities, and no votes; the two then compare item by item."""

from __future__ import annotations

from facilitator.cli.commands import main
from facilitator.compare.figures import compare_sessions
from facilitator.plan import model
from facilitator.session.store import SessionStore

COPIED = (
    "items",
    "themes",
    "objectives",
    "results",
    "activities",
    "programme_items",
    "participants",
)


def _rows(store, table):
    return store.rows(f"SELECT * FROM {table} ORDER BY 1")


def test_new_from_copies_plan_and_people_with_their_uuids_and_no_votes(
    sample_path, tmp_path, capsys
):
    later = tmp_path / "2024.zopp"
    assert main(["new", str(later), "--from", str(sample_path), "--title", "Second meeting"]) == 0
    assert "Created" in capsys.readouterr().out
    with (
        SessionStore.open(sample_path, backup=False) as old,
        SessionStore.open(later, backup=False) as new,
    ):
        for table in (*COPIED, "links", "countries", "regions", "region_members", "activity_refs"):
            assert _rows(new, table) == _rows(old, table), table
        assert model.adopted_text(new, "goal") == model.adopted_text(old, "goal")
        assert new.meta()["title"] == "Second meeting"
        assert new.meta()["species"] == old.meta()["species"]
        assert new.meta()["uuid"] != old.meta()["uuid"]
        assert new.scalar("SELECT COUNT(*) FROM votes") == 0
        assert new.scalar("SELECT COUNT(*) FROM reviews") == 0
        comparison = compare_sessions(old, new)
        assert comparison.matched_by_label == 0 and comparison.only_old == []
        assert comparison.matched_by_uuid == len(model.activities(old)) + len(
            [i for i in model.items(old) if i.kind != "constraint"]
        )
        assert all(f.new is None for f in comparison.figures)
        new.undo_stack.clear()


def test_new_from_is_undoable_and_refuses_a_bad_source(sample_path, tmp_path, capsys):
    from facilitator.compare.new_from import new_from

    later = new_from(sample_path, tmp_path / "later.zopp")
    with SessionStore.open(later, backup=False) as store:
        assert store.scalar("SELECT label FROM history").startswith("start from ")
    bad = tmp_path / "bad.zopp"
    bad.write_text("no")
    assert main(["new", str(tmp_path / "x.zopp"), "--from", str(bad)]) == 1
    assert "not a ZOPP session file" in capsys.readouterr().err
    assert not (tmp_path / "x.zopp").exists()
