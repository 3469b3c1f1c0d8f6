"""The session file: one SQLite database per workshop, opened safely.

``SessionStore.create`` makes a new file, ``SessionStore.open`` checks an
existing one before touching it: a failed open never creates or changes a
file. Every change goes through ``apply`` (see ``edits``) in one transaction,
is recorded in the history table, and can be undone and redone.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Self

import sqlite_utils

from facilitator.errors import EditError, FileRefused, SessionError
from facilitator.session import schema
from facilitator.session.edits import AppliedEdit, Edit, RowChange, UndoStack
from facilitator.session.lock import SessionLock

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_KEPT = 3
Listener = Callable[[set[str]], None]


def now() -> str:
    return datetime.now().isoformat(timespec="milliseconds")


def backup_path(path: Path, n: int = 1) -> Path:
    return path.with_name(f"{path.stem}.bak{n}{path.suffix}")


class SessionStore:
    """An open session file and its undo stack."""

    def __init__(self, path: Path | None, conn: sqlite3.Connection, lock: SessionLock | None):
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._lock = lock
        self.undo_stack = UndoStack()
        self._listeners: list[Listener] = []
        self._attached = False

    # -- opening and closing -------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], title: str = "") -> SessionStore:
        """Create a new session file; refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise SessionError(f"{path} already exists; choose another name or open it.")
        if not path.parent.is_dir():
            raise SessionError(f"Cannot create {path}: the folder {path.parent} does not exist.")
        lock = SessionLock(path)
        lock.acquire()
        try:
            conn = _connect(path, mode="rwc")
            schema.migrate(conn)
            store = cls(path, conn, lock)
            store._set_meta_raw({"title": title or path.stem, "created": now()})
            return store
        except BaseException:
            lock.release()
            raise

    @classmethod
    def memory(cls, title: str = "") -> SessionStore:
        """A session held in memory only (tests, scratch work)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        schema.migrate(conn)
        store = cls(None, conn, None)
        store._set_meta_raw({"title": title or "Untitled workshop", "created": now()})
        return store

    @classmethod
    def open(cls, path: str | os.PathLike[str], backup: bool = True) -> SessionStore:
        """Open an existing session, or raise ``SessionError`` with one plain sentence."""
        path = Path(path)
        check_header(path)
        lock = SessionLock(path)
        lock.acquire()  # first: a session open elsewhere says so, whatever its log holds
        try:
            check_content(path)
            conn = _connect(path, mode="rw")
            if conn.execute("PRAGMA user_version").fetchone()[0] < schema.SCHEMA_VERSION:
                if backup:
                    _vacuum_into(conn, backup_path(path, 0))
                schema.migrate(conn)
            store = cls(path, conn, lock)
            if backup:
                store.roll_backups()
            return store
        except sqlite3.DatabaseError as error:
            lock.release()
            raise SessionError(f"{path} could not be opened: {error}.") from None
        except BaseException:
            lock.release()
            raise

    @classmethod
    def attach(cls, path: str | os.PathLike[str]) -> SessionStore:
        """A second connection to a session this process already holds open (and locked).

        For a worker thread (the live-voting server) that writes beside the app's
        own connection; it takes no lock and never checkpoints on close, so the
        app's connection is never refused.
        """
        path = Path(path)
        check_header(path)
        conn = _connect(path, mode="rw")
        if conn.execute("PRAGMA user_version").fetchone()[0] != schema.SCHEMA_VERSION:
            conn.close()
            raise SessionError(f"{path} must be opened by the app before it can be attached.")
        store = cls(path, conn, None)
        store._attached = True
        return store

    def close(self) -> None:
        if self.conn is not None:
            try:
                if not self._attached:
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- copies ---------------------------------------------------------------

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """Write a complete, consistent copy of the open session to ``target``."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            raise SessionError(
                "A copy cannot replace the open session itself; choose another name."
            )
        if not target.parent.is_dir():
            raise SessionError(f"Cannot save a copy to {target}: the folder does not exist.")
        tmp = target.with_name(target.name + ".tmp")
        try:
            tmp.unlink(missing_ok=True)
            _vacuum_into(self.conn, tmp)
            # A copy is a session file like any other: in WAL mode, so opening it
            # later changes nothing in the file.
            copy = sqlite3.connect(tmp, isolation_level=None)
            copy.execute("PRAGMA journal_mode = WAL")
            copy.close()
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            reason = getattr(error, "strerror", None) or str(error)
            raise SessionError(f"Cannot save a copy to {target}: {reason}.") from None
        return target

    def roll_backups(self) -> Path | None:
        """Keep the last ``BACKUPS_KEPT`` copies beside the file, newest as ``.bak1``."""
        if self.path is None:
            return None
        for n in range(BACKUPS_KEPT, 1, -1):
            older = backup_path(self.path, n - 1)
            if older.exists():
                os.replace(older, backup_path(self.path, n))
        return self.save_copy(backup_path(self.path, 1))

    # -- reading --------------------------------------------------------------

    def rows(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self.rows("SELECT key, value FROM meta")}

    def _set_meta_raw(self, values: dict[str, str]) -> None:
        with self.db.atomic():
            for key, value in values.items():
                self.conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def set_preference(self, key: str, value: str) -> None:
        """Store a per-session view setting (zoom and the like): not undoable."""
        self._set_meta_raw({f"pref.{key}": value})

    def next_id(self, table: str) -> int:
        return int(self.scalar(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}"))

    # -- changing -------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def apply(self, edit: Edit) -> AppliedEdit:
        """Apply an edit as one transaction, record it, and make it undoable."""
        with self._refused_as_sentence(edit.label), self.db.atomic():
            changes = edit.plan(self)
            applied = AppliedEdit(edit.label, changes)
            applied.apply(self)
            self._record("do", applied.label, changes)
        if changes:
            self.undo_stack.push(applied)
            self._notify(applied.tables())
        return applied

    def undo(self) -> AppliedEdit | None:
        applied = self.undo_stack.peek_undo()
        if applied is None:
            return None
        with self._refused_as_sentence(f"undo {applied.label}"), self.db.atomic():
            applied.revert(self)
            self._record("undo", applied.label, [c.reversed() for c in reversed(applied.changes)])
        self.undo_stack.did_undo()
        self._notify(applied.tables())
        return applied

    def redo(self) -> AppliedEdit | None:
        applied = self.undo_stack.peek_redo()
        if applied is None:
            return None
        with self._refused_as_sentence(f"redo {applied.label}"), self.db.atomic():
            applied.apply(self)
            self._record("redo", applied.label, applied.changes)
        self.undo_stack.did_redo()
        self._notify(applied.tables())
        return applied

    @contextlib.contextmanager
    def _refused_as_sentence(self, label: str) -> Iterator[None]:
        """A change the database refuses (rolled back) becomes one sentence, not a traceback."""
        try:
            yield
        except sqlite3.IntegrityError as error:
            raise EditError(
                f"The session file refused '{label}' ({error}); nothing was changed."
            ) from None
        except sqlite3.OperationalError as error:
            raise SessionError(
                f"The session file could not be written ({error}); nothing was changed."
            ) from None
        except sqlite3.DatabaseError as error:  # a damaged file: a fault, not a typing mistake
            raise FileRefused(
                f"'{label}' could not be done and nothing was changed (the session file "
                f"refused it: {error})."
            ) from error

    def write_change(self, change: RowChange) -> None:
        """Make the row named by ``change.key`` equal ``change.after`` (None deletes it)."""
        where = " AND ".join(f"{k} = ?" for k in change.key)
        params = list(change.key.values())
        if change.after is None:
            self.conn.execute(f"DELETE FROM {change.table} WHERE {where}", params)
            return
        exists = self.conn.execute(f"SELECT 1 FROM {change.table} WHERE {where}", params).fetchone()
        row = {**change.key, **change.after}
        if exists:
            sets = ", ".join(f"{k} = ?" for k in row)
            self.conn.execute(
                f"UPDATE {change.table} SET {sets} WHERE {where}", [*row.values(), *params]
            )
        else:
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            self.conn.execute(
                f"INSERT INTO {change.table} ({cols}) VALUES ({marks})", list(row.values())
            )

    def _record(self, action: str, label: str, changes: list[RowChange]) -> None:
        if not changes:
            return
        cursor = self.conn.execute(
            "INSERT INTO history (at, action, label) VALUES (?, ?, ?)", (now(), action, label)
        )
        history_id = cursor.lastrowid
        self.conn.executemany(
            "INSERT INTO history_changes (history_id, seq, tbl, key, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(history_id, seq, *c.serialised()) for seq, c in enumerate(changes)],
        )

    def _notify(self, tables: set[str]) -> None:
        for listener in list(self._listeners):
            listener(tables)


def check_session_file(path: Path) -> None:
    """Raise ``SessionError`` unless ``path`` is a healthy session this version can read.

    Reads only: never creates or changes a file (but for SQLite's shared-memory
    index when the file has a write-ahead log in use).
    """
    check_header(path)
    check_content(path)


def check_header(path: Path) -> None:
    """The cheap checks: the path is a readable, non-empty SQLite file."""
    if not path.exists():
        raise SessionError(f"There is no file at {path}.")
    if path.is_dir():
        raise SessionError(f"{path} is a folder, not a session file.")
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise SessionError(f"{path} cannot be read: {error.strerror}.") from None
    if len(header) == 0:
        raise SessionError(f"{path} is empty: it is not a ZOPP session file.")
    if not header.startswith(SQLITE_HEADER):
        raise SessionError(f"{path} is not a ZOPP session file (it is not a SQLite database).")


def check_content(path: Path) -> None:
    """Application id, format version and a quick integrity check."""
    # Without a write-ahead log the main file is all there is: read it as
    # immutable so no -wal/-shm files appear. With one, its pages count too.
    wal = path.with_name(path.name + "-wal")
    mode = "ro" if wal.exists() and wal.stat().st_size > 0 else "ro&immutable=1"
    try:
        conn = _connect(path, mode=mode)
    except sqlite3.Error as error:
        raise SessionError(f"{path} cannot be opened: {error}.") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            raise SessionError(
                f"{path} is a SQLite database of another application, not a ZOPP session."
            )
        if version > schema.SCHEMA_VERSION:
            raise SessionError(
                f"{path} was written by a newer version of ZOPP Facilitator "
                f"(file format {version}; this version reads up to {schema.SCHEMA_VERSION}); "
                "please update the app."
            )
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise SessionError(
                f"{path} is damaged ({_first_finding(result)}); {_backup_advice(path)}"
            )
    except sqlite3.DatabaseError as error:
        raise SessionError(f"{path} is damaged ({error}); {_backup_advice(path)}") from None
    finally:
        conn.close()


def _first_finding(report: str) -> str:
    """The first line of an integrity report that says what is wrong."""
    lines = [
        line.strip() for line in report.splitlines() if line.strip() and not line.startswith("***")
    ]
    return lines[0] if lines else "integrity check failed"


def _backup_advice(path: Path) -> str:
    copies = [backup_path(path, n) for n in range(1, BACKUPS_KEPT + 1)]
    newest = next((c for c in copies if c.exists()), None)
    if newest is None:
        return "there is no backup copy beside it."
    return f"open its backup copy {newest.name} instead."


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    uri = f"file:{_quote(path)}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 2000")
    if mode.startswith("rw"):
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _quote(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.absolute()))


def _vacuum_into(conn: sqlite3.Connection, target: Path) -> None:
    target.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(target),))
