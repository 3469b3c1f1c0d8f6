"""Stable identity: every session and every plan item carries a UUID kept in the file.

Two session files (two workshops, a workshop and its review years later) can then be
compared and merged by identity instead of by matching texts. New rows get their
UUID when the edit that inserts them is applied (``with_uuids``), so undo and redo
keep the same one; files made before identity existed get theirs from a migration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from facilitator.session.edits import RowChange

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: Tables whose rows carry a ``uuid`` column.
UUID_TABLES = (
    "participants",
    "items",
    "themes",
    "objectives",
    "results",
    "activities",
    "programme_items",
)


def _random_uuid() -> str:
    import uuid  # here, not at the top: opening a session makes none, and the window starts faster

    return str(uuid.uuid4())


#: Where new UUIDs come from; the sample builder swaps in a seeded source so it
#: builds the same file every time.
new_uuid: Callable[[], str] = _random_uuid


def with_uuids(changes: list[RowChange]) -> list[RowChange]:
    """The same plan, with a fresh UUID on every inserted row that lacks one.

    A later change to a row inserted earlier in the same plan (a composite edit)
    keeps the UUID given to it.
    """
    given: dict[tuple[str, str], str] = {}
    out = []
    for change in changes:
        if change.table in UUID_TABLES and change.after is not None:
            row = (change.table, repr(sorted(change.key.items())))
            if change.before is None and not change.after.get("uuid"):
                given[row] = new_uuid()
            if row in given and not change.after.get("uuid"):
                change = RowChange(
                    change.table, change.key, change.before, {**change.after, "uuid": given[row]}
                )
        out.append(change)
    return out


def session_uuid(store: SessionStore) -> str:
    return str(store.scalar("SELECT value FROM meta WHERE key = 'uuid'") or "")


def uuids(store: SessionStore, table: str) -> dict[int, str]:
    """Row id → UUID for one of ``UUID_TABLES``."""
    if table not in UUID_TABLES:
        raise ValueError(f"{table} has no UUIDs")
    return {r["id"]: r["uuid"] for r in store.rows(f"SELECT id, uuid FROM {table}")}


_SQL_UUID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || "
    "lower(hex(randomblob(6)))"
)


def migration() -> list[str]:
    """SQL that gives every existing row (and the session) a UUID; new rows get one on insert.

    No index on the column: an index would become the covering index of plain
    ``SELECT id`` scans and change the order other code reads rows in.
    """
    statements = []
    for table in UUID_TABLES:
        statements += [
            f"ALTER TABLE {table} ADD COLUMN uuid TEXT",
            f"UPDATE {table} SET uuid = {_SQL_UUID} WHERE uuid IS NULL",
        ]
    statements.append(
        f"INSERT INTO meta (key, value) SELECT 'uuid', {_SQL_UUID} "
        "WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'uuid')"
    )
    return statements
