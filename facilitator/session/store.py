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
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, Self

from facilitator.errors import DamagedSession, EditError, FileRefused, SessionError
from facilitator.session import identity, schema, vote_sums
from facilitator.session.changes import AppliedEdit, RowChange, UndoStack
from facilitator.session.integrity import quick_check
from facilitator.session.limits import check_lengths
from facilitator.session.lock import SessionLock

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_KEPT = 3
Listener = Callable[[set[str]], None]
#: hears every change with its rows: the tables, and the row changes (None for a preference)
ChangeListener = Callable[[set[str], "list[RowChange] | None"], None]
#: checks run before an undo or redo, inside its transaction: (store, edit, "undo"|"redo");
#: one raises ``EditError`` to refuse it (layers above the store register them)
UndoCheck = Callable[["SessionStore", AppliedEdit, str], None]
UNDO_CHECKS: list[UndoCheck] = []


def check_undo_with(check: UndoCheck) -> UndoCheck:
    """Register ``check`` for every undo and redo of every store (once; returns it)."""
    if check not in UNDO_CHECKS:
        UNDO_CHECKS.append(check)
    return check


def now() -> str:
    return datetime.now().isoformat(timespec="milliseconds")


def backup_path(path: Path, n: int = 1) -> Path:
    return path.with_name(f"{path.stem}.bak{n}{path.suffix}")


class Edit(Protocol):
    """What the store needs of an edit (``session.edits.Edit`` and its kinds)."""

    label: str

    def plan(self, store: SessionStore) -> list[RowChange]: ...


class SessionStore:
    """An open session file and its undo stack."""

    def __init__(self, path: Path | None, conn: sqlite3.Connection, lock: SessionLock | None):
        self.path = path
        self.conn = conn
        self._db: Any = None
        self._lock = lock
        self.undo_stack = UndoStack()
        self._listeners: list[Listener] = []
        self._change_listeners: list[ChangeListener] = []
        #: figures derived from the file and kept current from the change notices (by name)
        self.caches: dict[str, Any] = {}
        self._attached = False
        self._backup_pending = False
        # Sentences for the user about this opening (a backup that could not be made).
        self.warnings: list[str] = []
        self._planning = 0

    @property
    def db(self) -> Any:
        """The file as a ``sqlite_utils.Database`` (imported on first use: it pulls in pandas)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction (a savepoint when nested): all of it is written, or none of it."""
        if self.conn.in_transaction:
            name = f"sp{id(self)}_{self._planning}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

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
            store._set_meta_raw(
                {"title": title or path.stem, "created": now(), "uuid": identity.new_uuid()}
            )
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
        store._set_meta_raw(
            {"title": title or "Untitled workshop", "created": now(), "uuid": identity.new_uuid()}
        )
        return store

    @classmethod
    def open(cls, path: str | os.PathLike[str], backup: bool | str = True) -> SessionStore:
        """Open an existing session, or raise ``SessionError`` with one plain sentence.

        ``backup``: True rolls the backups now, ``"before-change"`` just before
        the first change (a refused command then rotates nothing), False never.
        A backup that cannot be made (a full disk) is a warning in
        ``warnings``, not a refusal. A refused open changes nothing in the file.
        """
        path = Path(path)
        check_header(path)
        lock = SessionLock(path)
        lock.acquire()  # first: a session open elsewhere says so, whatever its log holds
        conn: sqlite3.Connection | None = None
        try:
            check_content(path)
            old = _file_version(path) < schema.SCHEMA_VERSION
            if old:
                _trial_migration(path)  # a migration that would fail is refused before any change
            conn = _connect(path, mode="rw")
            store = cls(path, conn, lock)
            if old:
                if backup:
                    _vacuum_into(conn, backup_path(path, 0))
                schema.migrate(conn)
            vote_sums.repair(conn, compare=False)  # made again where another tool dropped them
            if backup == "before-change":
                store._backup_pending = True
            elif backup:
                store.roll_backups()
            return store
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
            lock.release()
            raise SessionError(f"{path} could not be opened: {error}.") from None
        except BaseException:
            if conn is not None:
                conn.close()
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

    @property
    def read_only(self) -> bool:
        """True when the session was opened only to read (no lock held, not attached to the
        app's own open session): edits are refused."""
        return self.path is not None and self._lock is None and not self._attached

    def close(self) -> None:
        if self.conn is not None:
            # Only the lock holder checkpoints: a reader (or an attached worker) never writes.
            if self._lock is not None:
                try:
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

    def copy_in_memory(self) -> SessionStore:
        """A copy of the session held in memory only (a dry run): nothing is written to disk."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self.conn.backup(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        return SessionStore(None, conn, None)

    @property
    def backup_pending(self) -> bool:
        """True until the backups of this opening are rolled (see ``open``'s ``backup``)."""
        return self._backup_pending

    def roll_backups(self) -> Path | None:
        """Keep the last ``BACKUPS_KEPT`` copies beside the file, newest as ``.bak1``.

        Only a file that passes the quick check is copied, and the older copies
        move only once the new one is complete. A copy that cannot be made (a
        full disk) leaves the older ones as they were and adds a warning.
        """
        self._backup_pending = False
        if self.path is None:
            return None
        finding = _first_finding(str(self.scalar("PRAGMA quick_check")))
        if finding != "ok":
            self.warnings.append(
                f"No backup copy was made: {self.path.name} fails its integrity check "
                f"({finding}), and a damaged file never replaces a good backup."
            )
            return None
        fresh = self.path.with_name(f"{self.path.stem}.bak-new{self.path.suffix}")
        try:
            self.save_copy(fresh)
        except SessionError as error:
            self.warnings.append(
                f"No backup copy was made ({error}); the older copies are kept as they were."
            )
            return None
        for n in range(BACKUPS_KEPT, 1, -1):
            older = backup_path(self.path, n - 1)
            if older.exists():
                os.replace(older, backup_path(self.path, n))
        os.replace(fresh, backup_path(self.path, 1))
        return backup_path(self.path, 1)

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
        with self.transaction():
            for key, value in values.items():
                self.conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def preference(self, key: str, default: str = "") -> str:
        """A view setting kept with the session (see ``set_preference``)."""
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (f"pref.{key}",))
        return default if value is None else str(value)

    def set_preference(self, key: str, value: str) -> None:
        """Keep a view setting with the session and tell every listener (as ``pref.<key>``).

        Not undoable, by design: these record how the room looks at the session
        (the projector's zoom) or a fact outside it (documents were written to
        disk, which no undo can take back), and an undo step for them would sit
        between the edits of the work itself. What the room is shown of the
        results (revealed or hidden) is an undoable edit instead
        (``voting.edits.reveal``).
        """
        if self.preference(key, "\0") == value or self.read_only:
            return  # a session open only for reading keeps no setting (the window still shows it)
        self._set_meta_raw({f"pref.{key}": value})
        self._notify({f"pref.{key}"})

    def next_id(self, table: str) -> int:
        return int(self.scalar(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}"))

    # -- changing -------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def add_change_listener(self, listener: ChangeListener) -> None:
        """Hear every change with the rows it touched (before the table listeners hear of it):
        for keeping derived figures current without reading the whole file again."""
        self._change_listeners.append(listener)

    def apply(self, edit: Edit) -> AppliedEdit:
        """Apply an edit as one transaction, record it, and make it undoable.

        The result names what the edit did: ``applied.created("themes")`` are
        the ids of the rows it added.
        """
        # A refused or empty edit rotates no backup: plan it first, then copy, then apply.
        if self._backup_pending and not self.read_only and not self.preview(edit):
            return AppliedEdit(edit.label, [])
        self._before_change()

        def transaction() -> AppliedEdit:
            with self.transaction():
                changes = identity.with_uuids(self._plan(edit))
                applied = AppliedEdit(edit.label, changes)
                applied.apply(self)
                self._record("do", applied.label, changes)
            return applied

        with self._refused_as_sentence(edit.label):
            applied = _retrying_when_busy(transaction)
        changes = applied.changes
        if changes:
            self.undo_stack.push(applied)
            self._notify(applied.tables(), changes)
        return applied

    def undo(self) -> AppliedEdit | None:
        applied = self.undo_stack.peek_undo()
        if applied is None:
            return None
        self._before_change()

        def transaction() -> None:
            with self.transaction():
                for check in UNDO_CHECKS:
                    check(self, applied, "undo")
                self._refuse_if_votes_moved(applied, "undo", expected="after")
                applied.revert(self)
                changes = [c.reversed() for c in reversed(applied.changes)]
                self._record("undo", applied.label, changes)

        with self._refused_as_sentence(f"undo {applied.label}"):
            _retrying_when_busy(transaction)
        self.undo_stack.did_undo()
        self._notify(applied.tables(), applied.changes)
        return applied

    def redo(self) -> AppliedEdit | None:
        applied = self.undo_stack.peek_redo()
        if applied is None:
            return None
        self._before_change()

        def transaction() -> None:
            with self.transaction():
                for check in UNDO_CHECKS:
                    check(self, applied, "redo")
                self._refuse_if_votes_moved(applied, "redo", expected="before")
                applied.apply(self)
                self._record("redo", applied.label, applied.changes)

        with self._refused_as_sentence(f"redo {applied.label}"):
            _retrying_when_busy(transaction)
        self.undo_stack.did_redo()
        self._notify(applied.tables(), applied.changes)
        return applied

    def preview(self, edit: Edit) -> list[RowChange]:
        """The row changes ``edit`` would make, leaving the session as it was."""
        try:
            with self._refused_as_sentence(edit.label), self.transaction():
                raise _Discarded(self._plan(edit))
        except _Discarded as discarded:
            return discarded.changes

    def stage(self, changes: list[RowChange]) -> list[RowChange]:
        """While an edit is planned: let the rest of its plan see ``changes`` (returned as given).

        A plan that builds on rows it plans itself (a composite edit, a file
        imported row by row) stages them here instead of writing: they live in
        the transaction of ``apply`` (written with the edit) or of ``preview``
        (rolled back). Outside planning this refuses, so no plan writes to the
        file on its own.
        """
        if not self._planning:
            raise RuntimeError("stage() is for plans run by SessionStore.apply or preview")
        for change in changes:
            self.write_change(change)
        return changes

    def _plan(self, edit: Edit) -> list[RowChange]:
        self._planning += 1
        try:
            changes = edit.plan(self)
            check_lengths(changes)  # a text longer than its field may hold is refused in a sentence
            return changes
        finally:
            self._planning -= 1

    def _before_change(self) -> None:
        if self.read_only:
            raise SessionError(
                f"{self.path} is open only for reading; nothing can be changed in it here."
            )
        if self._backup_pending:
            self.roll_backups()

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
        row = {**change.key, **change.after}
        insert = (
            f"INSERT INTO {change.table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
        )
        if change.before is None:  # planned as a new row: one statement, as a rule
            try:
                self.conn.execute(insert, list(row.values()))
                return
            except sqlite3.IntegrityError:  # there after all (one edit planning a key twice)
                if not self._exists(change.table, where, params):
                    raise
        if change.after:
            # Only the columns the change sets: the key stays as it is, so SQLite rewrites no
            # index of the key (a saved vote writes one index instead of three).
            sets = ", ".join(f"{k} = ?" for k in change.after)
            updated = self.conn.execute(
                f"UPDATE {change.table} SET {sets} WHERE {where}",
                [*change.after.values(), *params],
            ).rowcount
            if updated:
                return
        elif self._exists(change.table, where, params):
            return  # a row of its key alone (a link) that is there already
        self.conn.execute(insert, list(row.values()))

    def _exists(self, table: str, where: str, params: list[Any]) -> bool:
        return (
            self.conn.execute(f"SELECT 1 FROM {table} WHERE {where}", params).fetchone() is not None
        )

    def _refuse_if_votes_moved(self, applied: AppliedEdit, action: str, expected: str) -> None:
        """Undo and redo put votes back only where nobody voted since: a phone (or another
        connection of this process) may have changed the same answer after this edit, and
        putting the old value back would lose that newer vote."""
        # A cell an edit wrote twice (a ballot naming it twice) must hold its last value before
        # an undo, and its first one before a redo.
        in_order = applied.changes if expected == "after" else applied.changes[::-1]
        last_of = {tuple(sorted(c.key.items())): c for c in in_order if c.table == "votes"}
        for change in last_of.values():
            wanted = change.after if expected == "after" else change.before
            where = " AND ".join(f"{column} = ?" for column in change.key)
            found = self.rows(f"SELECT * FROM votes WHERE {where}", tuple(change.key.values()))
            current = found[0] if found else None
            same = (
                current is None
                if wanted is None
                else current is not None and all(current.get(k) == v for k, v in wanted.items())
            )
            if not same:
                raise EditError(
                    f"Cannot {action} '{applied.label}': a vote in it has been changed since "
                    "(from a phone); nothing was changed."
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

    def _notify(self, tables: set[str], changes: list[RowChange] | None = None) -> None:
        for heard in list(self._change_listeners):
            heard(tables, changes)
        for listener in list(self._listeners):
            listener(tables)


class _Discarded(Exception):
    """Carries a preview's changes out of the transaction that is rolled back."""

    def __init__(self, changes: list[RowChange]):
        super().__init__("preview")
        self.changes = changes


BUSY_RETRIES = 5


def _retrying_when_busy(transaction: Callable[[], Any]) -> Any:
    """Run a write transaction; when SQLite says busy (a reader's lock), wait and run it again."""
    for attempt in range(BUSY_RETRIES):
        try:
            return transaction()
        except sqlite3.OperationalError as error:
            busy = "locked" in str(error) or "busy" in str(error)
            if not busy or attempt == BUSY_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


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
    try:
        conn = _connect(path, mode=_reading_mode(path))
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
        result = quick_check(conn)
        if result != "ok":
            finding = _first_finding(result)
            raise DamagedSession(
                f"{path} is damaged{_damaged_step(finding)} ({finding}); {_backup_advice(path)}",
                newest_good_backup(path),
            )
    except sqlite3.DatabaseError as error:
        raise DamagedSession(
            f"{path} is damaged ({error}); {_backup_advice(path)}", newest_good_backup(path)
        ) from None
    finally:
        conn.close()


def _first_finding(report: str) -> str:
    """The first line of an integrity report that says what is wrong."""
    lines = [
        line.strip() for line in report.splitlines() if line.strip() and not line.startswith("***")
    ]
    return lines[0] if lines else "integrity check failed"


# Which step of the method each table's rows belong to, to say what is damaged.
STEP_OF_TABLE = {
    "meta": "the session's details",
    "countries": "the countries and regions",
    "regions": "the countries and regions",
    "region_members": "the countries and regions",
    "participants": "the participants",
    "texts": "the Vision and Goal",
    "items": "the threat analysis (problem tree)",
    "links": "the threat analysis (problem tree)",
    "themes": "the objectives",
    "objectives": "the objectives",
    "objective_items": "the objectives",
    "results": "the results",
    "activities": "the activities",
    "activity_refs": "the activities",
    "programme_items": "the activities",
    "activity_programme": "the activities",
    "notes": "the notes",
    "votes": "the votes (threat ranking and prioritisation)",
    "history": "the history of changes",
    "history_changes": "the history of changes",
    "reviews": "the monitoring",
    "monitoring_actions": "the monitoring",
    "recommendations": "the monitoring",
}


def _damaged_step(finding: str) -> str:
    """': the data of <step> is' for a finding that names a table, else ''."""
    words = finding.replace(",", " ").split()
    table = next((w for w in reversed(words) if w in STEP_OF_TABLE), None)
    return f" in {STEP_OF_TABLE[table]}" if table else ""


def newest_good_backup(path: Path) -> Path | None:
    """The newest backup copy beside ``path`` that passes the quick check."""
    for n in range(1, BACKUPS_KEPT + 1):
        copy = backup_path(path, n)
        if not copy.is_file():
            continue
        try:
            conn = _connect(copy, mode="ro&immutable=1")
            try:
                if quick_check(conn) == "ok":
                    return copy
            finally:
                conn.close()
        except sqlite3.Error:
            continue
    return None


def _backup_advice(path: Path) -> str:
    newest = newest_good_backup(path)
    if newest is None:
        return "there is no good backup copy beside it."
    return f"open its backup copy {newest.name} instead (the newest one that is sound)."


def _file_version(path: Path) -> int:
    conn = _connect(path, mode=_reading_mode(path))
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _trial_migration(path: Path) -> None:
    """Migrate a copy in memory first: a file whose tables do not match its version is refused."""
    source = _connect(path, mode=_reading_mode(path))
    trial = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source.backup(trial)
        schema.migrate(trial)
    except sqlite3.DatabaseError as error:
        version = trial.execute("PRAGMA user_version").fetchone()[0]
        raise SessionError(
            f"{path} cannot be opened: it says it is in file format {version}, but its tables "
            f"do not match that format ({error}), so it was changed by another program; "
            f"nothing was changed in it. {_backup_advice(path)[0].upper()}{_backup_advice(path)[1:]}"
        ) from None
    finally:
        source.close()
        trial.close()


def _reading_mode(path: Path) -> str:
    wal = path.with_name(path.name + "-wal")
    return "ro" if wal.exists() and wal.stat().st_size > 0 else "ro&immutable=1"


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
