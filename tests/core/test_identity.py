"""Stable identity: sessions and plan items keep a UUID in the file, through undo, redo,
reopening and the migration of files made before identity existed."""

from __future__ import annotations

import sqlite3
import uuid

from facilitator.plan import edits as ops
from facilitator.session import identity, schema
from facilitator.session.edits import CompositeEdit
from facilitator.session.store import SessionStore


def _uuid_of(store, table, row_id):
    return store.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,))


def test_new_items_get_a_uuid_that_undo_and_redo_keep(tmp_path):
    path = tmp_path / "s.zopp"
    with SessionStore.create(path) as store:
        store.apply(ops.add_item("threat", "Poaching"))
        iid = store.scalar("SELECT id FROM items")
        first = _uuid_of(store, "items", iid)
        assert uuid.UUID(first).version == 4
        store.undo()
        assert store.scalar("SELECT COUNT(*) FROM items") == 0
        store.redo()
        assert _uuid_of(store, "items", iid) == first
        session = identity.session_uuid(store)
    with SessionStore.open(path, backup=False) as again:
        assert _uuid_of(again, "items", iid) == first
        assert identity.session_uuid(again) == session and uuid.UUID(session)


def test_a_row_added_and_changed_in_one_step_keeps_its_uuid(store):
    store.apply(
        CompositeEdit(
            "add and rename",
            [ops.add_item("driver", "Demand"), ops.rename_item(1, "Demand for skins")],
        )
    )
    assert store.rows("SELECT label, uuid IS NOT NULL AS has FROM items") == [
        {"label": "Demand for skins", "has": 1}
    ]


def test_every_kind_of_row_gets_its_own_uuid(sample):
    seen: set[str] = set()
    for table in identity.UUID_TABLES:
        ids = identity.uuids(sample, table)
        assert all(ids.values()), table
        seen |= set(ids.values())
        assert len(ids) == len(set(ids.values()))
    assert len(seen) == sum(len(identity.uuids(sample, t)) for t in identity.UUID_TABLES)


def test_an_older_file_gets_uuids_when_opened(tmp_path):
    path = tmp_path / "old.zopp"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in schema.MIGRATIONS[0] + schema.MIGRATIONS[1]:
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO items (kind, label) VALUES ('threat', 'Poaching'), ('driver', 'Demand')"
    )
    conn.execute("INSERT INTO meta (key, value) VALUES ('title', 'Old')")
    conn.close()
    with SessionStore.open(path) as store:
        values = list(identity.uuids(store, "items").values())
        assert len(set(values)) == 2 and all(uuid.UUID(v).version == 4 for v in values)
        assert uuid.UUID(identity.session_uuid(store))
