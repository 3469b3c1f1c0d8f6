"""Edits: every change to a session is one undoable step.

An ``Edit`` plans its change against the current session as a list of
``RowChange`` (a row before and after). The store writes the plan in one
transaction; the same list, reversed, takes it back. So an edit that touches
many rows (an imported ballot, a pasted column, a renumbered outline) is one
step on the undo stack, and the history table keeps every row it changed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

# The row changes and the undo stack live in ``changes`` (the store needs them, and nothing
# of this module); they are named here too, where plans have always found them.
from facilitator.session.changes import (  # noqa: F401
    AppliedEdit,
    Row,
    RowChange,
    UndoStack,
    created_ids,
)

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


class Edit:
    """A change a user asked for. Subclasses implement ``plan``.

    ``plan`` reads the session, refuses with ``EditError`` what breaks a rule,
    and returns the row changes; it must not write.
    """

    label: str = "edit"

    def plan(self, store: SessionStore) -> list[RowChange]:
        raise NotImplementedError


class FunctionEdit(Edit):
    """An edit whose plan is a function of the store: the usual way to build one."""

    def __init__(self, label: str, planner: Callable[[SessionStore], list[RowChange]]):
        self.label = label
        self._planner = planner

    def plan(self, store: SessionStore) -> list[RowChange]:
        return self._planner(store)


class CompositeEdit(Edit):
    """Several edits as one undoable step; each plans against the state its predecessors left."""

    def __init__(self, label: str, edits: list[Edit]):
        self.label = label
        self.edits = edits

    def plan(self, store: SessionStore) -> list[RowChange]:
        # Later parts must see earlier parts' rows: each part is staged in the
        # store's planning transaction; apply then writes the whole list again
        # (idempotent), preview rolls it all back.
        changes: list[RowChange] = []
        for edit in self.edits:
            changes.extend(store.stage(edit.plan(store)))
        return changes


# -- building blocks for plans -------------------------------------------------


def current_row(store: SessionStore, table: str, key: Row) -> Row | None:
    where = " AND ".join(f"{k} = ?" for k in key)
    rows = store.rows(f"SELECT * FROM {table} WHERE {where}", list(key.values()))
    if not rows:
        return None
    return {k: v for k, v in rows[0].items() if k not in key}


def set_row(store: SessionStore, table: str, key: Row, values: Row | None) -> list[RowChange]:
    """Plan: the row ``key`` of ``table`` gets ``values`` merged in (None deletes it).

    Returns no change when nothing would change.
    """
    before = current_row(store, table, key)
    if values is None:
        return [] if before is None else [RowChange(table, key, before, None)]
    after = {**(before or {}), **values}
    if before == after:
        return []
    return [RowChange(table, key, before, after)]


def deleted_once(changes: list[RowChange]) -> list[RowChange]:
    """Drop a second planned deletion of a row already deleted earlier in the plan.

    A plan read from one state can reach a row twice (a link between two removed
    activities, seen from each). Undo would write the later copy back before the
    row it depends on exists; the first deletion is the one that counts.
    """
    seen: set[tuple[str, str]] = set()
    out = []
    for change in changes:
        row = (change.table, json.dumps(change.key, sort_keys=True))
        if change.after is None and row in seen:
            continue
        seen.add(row)
        out.append(change)
    return out


def delete_rows(
    store: SessionStore, table: str, where: str, params: list[Any], key_cols: list[str]
) -> list[RowChange]:
    """Plan: delete every row of ``table`` matching ``where``."""
    changes = []
    for row in store.rows(f"SELECT * FROM {table} WHERE {where}", params):
        key = {k: row[k] for k in key_cols}
        before = {k: v for k, v in row.items() if k not in key}
        changes.append(RowChange(table, key, before, None))
    return changes


def renumber(
    store: SessionStore,
    table: str,
    column: str,
    ids: list[int],
    insert_at: int | None = None,
    start: int = 0,
) -> list[RowChange]:
    """Plan: give ``ids`` consecutive values of ``column``, leaving a gap at ``insert_at``."""
    changes: list[RowChange] = []
    n = start
    for index, rid in enumerate(ids):
        if insert_at is not None and index == insert_at:
            n += 1
        changes += set_row(store, table, {"id": rid}, {column: n})
        n += 1
    return changes
