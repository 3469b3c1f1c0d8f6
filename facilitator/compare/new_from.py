"""A new workshop started from an earlier one (File → New from…).

The new session gets the earlier one's problem tree, outline (themes, objectives,
results, activities, their references and programme items), Vision and Goal,
countries, regions and participants, each row with its UUID, so the two files
compare by identity. Votes, notes, monitoring reviews and history are not
copied. The copy is the new file's first undoable step.
"""

from __future__ import annotations

import os
from pathlib import Path

from facilitator.session.edits import FunctionEdit, RowChange
from facilitator.session.store import SessionStore

#: (table, key columns) in an order that respects the references between them
COPIED = (
    ("countries", ("code",)),
    ("regions", ("name",)),
    ("region_members", ("region", "country")),
    ("participants", ("id",)),
    ("items", ("id",)),
    ("links", ("cause", "effect")),
    ("themes", ("id",)),
    ("objectives", ("id",)),
    ("objective_items", ("objective_id", "item_id")),
    ("results", ("id",)),
    ("activities", ("id",)),
    ("activity_refs", ("activity_id", "ref_activity_id")),
    ("programme_items", ("id",)),
    ("activity_programme", ("activity_id", "programme_item_id")),
)
META_COPIED = ("species", "meeting", "place", "symbol")


def plan_rows(source: SessionStore, target: SessionStore) -> list[RowChange]:
    """The rows of ``source``'s plan and people, as inserts into ``target``."""
    columns = {
        table: {r["name"] for r in target.rows(f"PRAGMA table_info({table})")}
        for table, _ in COPIED
    }
    changes = []
    for table, key_columns in COPIED:
        for row in source.rows(f"SELECT * FROM {table}"):
            row = {k: v for k, v in row.items() if k in columns[table]}
            key = {k: row.pop(k) for k in key_columns}
            changes.append(RowChange(table, key, None, row))
    for text in source.rows("SELECT kind, body, created FROM texts WHERE adopted = 1"):
        tid = len([c for c in changes if c.table == "texts"]) + 1
        changes.append(RowChange("texts", {"id": tid}, None, {**text, "adopted": 1}))
    meta = source.meta()
    for name in META_COPIED:
        if meta.get(name):
            changes.append(RowChange("meta", {"key": name}, None, {"value": meta[name]}))
    return changes


def new_from(
    source: str | os.PathLike[str], target: str | os.PathLike[str], title: str = ""
) -> Path:
    """Create ``target`` as a new workshop that starts from the session file ``source``."""
    from facilitator.session.opening import open_to_read

    with open_to_read(str(source)) as earlier:
        label = f"start from {earlier.meta().get('title') or Path(source).name}"
        with SessionStore.create(target, title=title) as store:
            store.apply(FunctionEdit(label, lambda s: plan_rows(earlier, s)))
    return Path(target)
