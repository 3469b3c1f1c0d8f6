"""Opening a session from the command line: to change it, or only to read it.

Reading must work while the app has the session open (a rapporteur exports
the tables during the workshop): then the file is read as the app last saved
it, without the lock. A file from an older version is migrated by the normal
open, with a copy kept first.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from .errors import SessionLocked
from .schema import SCHEMA_VERSION
from .store import SessionStore, check_session_file


def open_to_write(path: str) -> SessionStore:
    """Open for changing: locked, with a backup copy beside the file first."""
    return SessionStore.open(path, backup=True)


def open_to_read(path: str) -> SessionStore:
    """Open for reading. While the app has the session open, read what it has saved so far."""
    backup = needs_migration(Path(path))  # a file from an older version: keep a copy first
    try:
        return SessionStore.open(path, backup=backup)
    except SessionLocked:
        if backup:
            raise
        uri = f"file:{quote(str(Path(path).absolute()))}?mode=ro"
        return SessionStore(Path(path), sqlite3.connect(uri, uri=True, isolation_level=None), None)


def needs_migration(path: Path) -> bool:
    check_session_file(path)
    uri = f"file:{quote(str(path.absolute()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0]) < SCHEMA_VERSION
    finally:
        conn.close()
