"""Text fields hold what the method needs; more is refused in one sentence, typed or imported."""

from __future__ import annotations

import pytest

from facilitator.cli.commands import main
from facilitator.errors import EditError
from facilitator.plan import edits as ops
from facilitator.session.limits import FIELD_LIMITS
from facilitator.session.store import SessionStore


def test_a_label_longer_than_its_limit_is_refused_and_changes_nothing(store):
    limit = FIELD_LIMITS[("items", "label")][1]
    store.apply(ops.add_item("threat", "x" * limit))  # at the limit: kept whole
    with pytest.raises(EditError) as refused:
        store.apply(ops.add_item("threat", "y" * 100_000))
    assert str(refused.value) == (
        f"A threat, driver or constraint may hold at most {limit:,} characters "
        "(this one has 100,000); shorten it — nothing was changed."
    )
    assert store.scalar("SELECT COUNT(*) FROM items") == 1


def test_an_imported_label_longer_than_its_limit_is_one_sentence(sample_path, tmp_path, capsys):
    path = tmp_path / "items.csv"
    path.write_text("kind,label\nthreat,Short and sound\nthreat," + "z" * 100_000 + "\n")
    assert main(["import", str(sample_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert "may hold at most 200 characters (this one has 100,000)" in err
    assert len(err) < 500
    with SessionStore.open(sample_path, backup=False) as s:
        assert s.scalar("SELECT COUNT(*) FROM items WHERE label = 'Short and sound'") == 0


def test_a_longer_text_kept_from_an_older_file_stays_when_the_row_changes(store):
    store.apply(ops.add_item("threat", "Short"))
    store.conn.execute("UPDATE items SET label = ?", ("w " * 1_000,))
    store.apply(ops.add_item("driver", "Another"))  # an edit elsewhere is not refused
    assert store.scalar("SELECT LENGTH(label) FROM items WHERE kind = 'threat'") == 2_000


def test_the_logframe_columns_of_an_objective_are_bounded_too(store):
    oid = store.apply(ops.add_objective("Secure prey")).created("objectives")[0]
    limit = FIELD_LIMITS[("objectives", "assumptions")][1]
    store.apply(ops.update_objective(oid, assumptions="a" * limit))  # at the limit: kept whole
    with pytest.raises(EditError, match="An objective's assumptions and risks may hold at most"):
        store.apply(ops.update_objective(oid, assumptions="b" * 50_000))
    assert store.scalar("SELECT assumptions FROM objectives") == "a" * limit
