"""Opening a session from the command line: to change it, or only to read it.

Reading must work while the app has the session open (a rapporteur exports
the tables during the workshop): then the file is read as the app last saved
it, without the lock. It must work too from a folder the user may not write
to (a shared drive, a read-only USB stick), where no lock file can be made.
Changing a file that cannot be written is refused before anything is made
beside it. A file from an older version is migrated by the normal open,
with a copy kept first.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from facilitator.errors import SessionError, SessionLocked
from facilitator.session.schema import SCHEMA_VERSION
from facilitator.session.store import SessionStore, check_header, check_session_file


def open_to_write(path: str) -> SessionStore:
    """Open for changing: locked, with a backup copy beside the file first."""
    where = Path(path)
    check_header(where)
    if not os.access(where, os.W_OK):
        raise SessionError(
            f"{where} is read-only, so nothing can be changed in it; "
            "allow writing to it, or copy it to a folder of your own, and try again."
        )
    if not os.access(where.absolute().parent, os.W_OK):
        raise SessionError(
            f"{where} cannot be changed: its folder is read-only, and the lock and backup "
            "files are kept beside it; copy it to a folder of your own and try again."
        )
    return SessionStore.open(path, backup=True)


def open_to_read(path: str) -> SessionStore:
    """Open for reading. While the app has the session open, read what it has saved so far."""
    backup = needs_migration(Path(path))  # a file from an older version: keep a copy first
    if not backup and not os.access(path, os.W_OK):  # nobody is writing it: leave no files beside
        return _read_only(Path(path), immutable=True)
    try:
        return SessionStore.open(path, backup=backup)
    except SessionLocked:
        if backup:
            raise
        return _read_only(Path(path), immutable=False)
    except PermissionError:  # no lock file can be made in this folder
        if backup:
            raise SessionError(
                f"{path} comes from an older version and must be converted, but its folder is "
                "read-only; copy it to a folder of your own and try again."
            ) from None
        return _read_only(Path(path), immutable=True)


def _reading_uri(path: Path, immutable: bool) -> str:
    """A read-only URI; ``immutable`` (nobody is writing) unless a write-ahead log holds pages.

    An immutable read makes no -wal/-shm files, and works where none can be made.
    """
    wal = path.with_name(path.name + "-wal")
    if immutable and not (wal.exists() and wal.stat().st_size > 0):
        return f"file:{quote(str(path.absolute()))}?mode=ro&immutable=1"
    return f"file:{quote(str(path.absolute()))}?mode=ro"


def _read_only(path: Path, immutable: bool) -> SessionStore:
    """The file as saved, without a lock."""
    conn = sqlite3.connect(_reading_uri(path, immutable), uri=True, isolation_level=None)
    return SessionStore(path, conn, None)


def needs_migration(path: Path) -> bool:
    check_session_file(path)
    conn = sqlite3.connect(_reading_uri(path, immutable=True), uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0]) < SCHEMA_VERSION
    finally:
        conn.close()
