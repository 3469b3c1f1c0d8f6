"""What an edit did, row by row, and the undo stack that holds it.

A ``RowChange`` is one row before and after; an ``AppliedEdit`` the list an
edit produced; ``UndoStack`` the edits that can be undone and redone. The
store uses these; the edits (``session.edits``) produce them. Nothing here
knows the store beyond ``Writer``, so neither module needs the other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Protocol


class Writer(Protocol):
    """What applying a change needs of the store."""

    def write_change(self, change: RowChange) -> None: ...


Row = dict[str, Any]


@dataclass(frozen=True)
class RowChange:
    """One row of ``table``, identified by ``key``, goes from ``before`` to ``after``.

    ``None`` means the row does not exist (an insert or a delete).
    """

    table: str
    key: Row
    before: Row | None
    after: Row | None

    def reversed(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)

    def serialised(self) -> tuple[str, str, str | None, str | None]:
        def dump(row: Row | None) -> str | None:
            return None if row is None else json.dumps(row, ensure_ascii=False, sort_keys=True)

        return self.table, json.dumps(self.key, sort_keys=True), dump(self.before), dump(self.after)


@dataclass
class AppliedEdit:
    """An edit as it was applied: what the undo stack holds."""

    label: str
    changes: list[RowChange] = field(default_factory=list)

    def apply(self, store: Writer) -> None:
        for change in self.changes:
            store.write_change(change)

    def revert(self, store: Writer) -> None:
        for change in reversed(self.changes):
            store.write_change(change.reversed())

    def tables(self) -> set[str]:
        return {c.table for c in self.changes}

    def created(self, table: str) -> list[int]:
        """The ids of the rows this edit added to ``table``, in the order it added them."""
        return created_ids(self.changes, table)


def created_ids(changes: list[RowChange], table: str) -> list[int]:
    """The ids of rows that ``changes`` add to ``table`` (rows that were not there before)."""
    return [
        int(c.key["id"])
        for c in changes
        if c.table == table and c.before is None and c.after is not None and "id" in c.key
    ]


class UndoStack:
    """Undo and redo for one open session (in memory; the history table persists)."""

    def __init__(self, limit: int = 1000):
        self._done: list[AppliedEdit] = []
        self._undone: list[AppliedEdit] = []
        self.limit = limit

    def push(self, applied: AppliedEdit) -> None:
        self._done.append(applied)
        del self._done[: -self.limit]
        self._undone.clear()

    def peek_undo(self) -> AppliedEdit | None:
        return self._done[-1] if self._done else None

    def peek_redo(self) -> AppliedEdit | None:
        return self._undone[-1] if self._undone else None

    def did_undo(self) -> None:
        self._undone.append(self._done.pop())

    def did_redo(self) -> None:
        self._done.append(self._undone.pop())

    def undo_label(self) -> str | None:
        applied = self.peek_undo()
        return applied.label if applied else None

    def redo_label(self) -> str | None:
        applied = self.peek_redo()
        return applied.label if applied else None

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
