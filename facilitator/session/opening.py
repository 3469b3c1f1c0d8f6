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

from facilitator.errors import SessionError, SessionLocked, SessionReadOnly
from facilitator.session.lock import lock_path
from facilitator.session.schema import SCHEMA_VERSION
from facilitator.session.store import SessionStore, check_header, check_session_file


def open_to_write(path: str) -> SessionStore:
    """Open for changing: locked; the backups roll just before the first change."""
    where = Path(path)
    check_header(where)
    reason = unwritable_reason(where)
    if reason:
        raise SessionReadOnly(reason)
    return SessionStore.open(path, backup="before-change")


def unwritable_reason(path: Path) -> str | None:
    """Why the session at ``path`` cannot be changed here, in a sentence; None when it can."""
    copy = "copy it to a folder of your own and try again."
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return f"{path} is on a read-only disk, so nothing can be changed in it; {copy}"
    except OSError:
        pass
    if not os.access(path, os.W_OK) or _immutable(path):
        return (
            f"{path} is read-only, so nothing can be changed in it; allow writing to it, "
            "or copy it to a folder of your own, and try again."
        )
    folder = Path(os.path.realpath(path)).parent
    if not os.access(folder, os.W_OK):
        return (
            f"{path} cannot be changed: its folder is read-only, and the lock and backup "
            f"files are kept beside it; {copy}"
        )
    lock = lock_path(path)
    if lock.is_dir():
        return (
            f"{path} cannot be changed: its lock file {lock.name} is a folder; "
            "remove that folder and try again."
        )
    return None


def _immutable(path: Path) -> bool:
    """True for a file marked immutable (``chattr +i``), which not even root may write."""
    try:
        import fcntl
        import struct

        with open(path, "rb") as handle:
            flags = fcntl.ioctl(handle.fileno(), 0x80086601, struct.pack("l", 0))  # FS_IOC_GETFLAGS
        return bool(struct.unpack("l", flags)[0] & 0x10)  # FS_IMMUTABLE_FL
    except (OSError, ImportError, struct.error):
        return False


def open_for_app(path: str | os.PathLike[str], backup: bool | str = True) -> SessionStore:
    """Open for the app: to change it, or only to read it when it cannot be changed here.

    The store's ``read_only`` is then True and ``warnings`` says why, so the
    app shows it at once rather than refusing the first keystroke. ``backup`` as for
    ``SessionStore.open`` (the window rolls them once it is on screen).
    """
    where = Path(path)
    check_header(where)
    reason = unwritable_reason(where)
    if reason is None:
        try:
            return SessionStore.open(where, backup=backup)
        except SessionReadOnly as error:
            reason = str(error)
    if needs_migration(where):
        raise SessionReadOnly(
            f"{reason} (It comes from an older version and must be converted before it can "
            "be opened.)"
        )
    store = _read_only(where, immutable=True)
    store.warnings.append(f"Open for reading only. {reason}")
    return store


def restore_backup(damaged: Path, backup: Path) -> Path:
    """Copy a good backup beside the damaged file as a new session to open; returns its path."""
    target = damaged.with_name(f"{damaged.stem} (from {backup.stem}){damaged.suffix}")
    n = 2
    while target.exists():
        target = damaged.with_name(f"{damaged.stem} (from {backup.stem}, {n}){damaged.suffix}")
        n += 1
    check_session_file(backup)
    with _read_only(backup, immutable=True) as copy:
        copy.save_copy(target)
    return target


def open_to_read(path: str) -> SessionStore:
    """Open for reading without the lock: the app keeps writing while this reads what it saved.

    A reader never writes and never checkpoints the file. A file from an
    older version is converted first (locked, with a copy kept).
    """
    where = Path(path)
    if needs_migration(where):
        try:
            SessionStore.open(where, backup=True).close()
        except SessionLocked:
            pass  # the app holding it converts it; read what is there
        except SessionReadOnly as error:
            raise SessionError(
                f"{path} comes from an older version and must be converted, but: {error}"
            ) from None
        except PermissionError:
            raise SessionError(
                f"{path} comes from an older version and must be converted, but its folder is "
                "read-only; copy it to a folder of your own and try again."
            ) from None
    return _read_only(where, immutable=unwritable_reason(where) is not None)


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
