"""One lock per session file, whatever path it is opened by.

Two ``fcntl`` locks, both dropped by the operating system when the holder
dies (even by ``kill -9``), so a stale lock never blocks anyone:

- ``SESSION.zopp.lock`` beside the file's real path (symbolic links
  resolved): seen by every machine that opens the file on a shared drive;
- a lock named after the file itself (device and inode) in the machine's
  lock folder: a hard link to the file is the same file, so it is refused too.

Both files say who holds the lock and since when. The session file itself is
never opened here: closing a descriptor of it would drop SQLite's own locks.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path

from facilitator.errors import SessionLocked, SessionReadOnly


def lock_path(session: Path) -> Path:
    real = Path(os.path.realpath(session))
    return real.with_name(real.name + ".lock")


def machine_lock_folder() -> Path:
    return Path(tempfile.gettempdir()) / "zopp-facilitator-locks"


def file_lock_path(session: Path) -> Path | None:
    """The machine-wide lock named after the file's device and inode (None when it cannot be made)."""
    try:
        info = os.stat(session)
    except OSError:
        return None
    folder = machine_lock_folder()
    try:
        folder.mkdir(mode=0o1777, exist_ok=True)
    except OSError:
        return None
    return folder / f"{info.st_dev}-{info.st_ino}.lock"


class SessionLock:
    def __init__(self, session: Path):
        self.session = Path(session)
        self.path = lock_path(self.session)
        self._fds: list[tuple[int, Path]] = []

    def acquire(self) -> None:
        name = self.session.name
        try:
            try:
                self._fds.append((_take(self.path, name), self.path))
            except SessionLocked:
                raise
            except OSError as error:
                reason = error.strerror or str(error)
                raise SessionReadOnly(
                    f"{name} can only be read here: its lock file {self.path.name} cannot be "
                    f"made ({reason.lower()}), so changes could not be kept safe from another "
                    "window."
                ) from None
            inode_path = file_lock_path(self.session)
            if inode_path is not None:
                try:
                    self._fds.append((_take(inode_path, name), inode_path))
                except PermissionError:
                    pass  # another user's lock folder entry we may not open: the path lock holds
        except BaseException:
            self.release()
            raise
        info = {
            "user": _user(),
            "host": _host(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
            "path": str(self.session.absolute()),
        }
        for fd, _ in self._fds:
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps(info).encode())
            with contextlib.suppress(OSError):
                os.fsync(fd)

    def release(self) -> None:
        for fd, path in reversed(self._fds):
            try:
                os.ftruncate(fd, 0)
                os.unlink(path)
            except OSError:
                pass
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        self._fds = []


def _take(path: Path, name: str) -> int:
    """An open descriptor of ``path`` holding its exclusive lock, or ``SessionLocked``."""
    if path.is_dir():
        raise IsADirectoryError(13, "the lock file is a folder", str(path))
    for _ in range(5):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            raise SessionLocked(
                f"{name} is already open in another window ({holder}); close it there first."
            ) from None
        if _same_file(fd, path):
            return fd
        # The holder released and removed the lock file between our open and
        # our flock: this lock guards nothing, take the new file instead.
        os.close(fd)
    raise SessionLocked(f"{name} is being opened and closed by another window; try again.")


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def _host() -> str:
    """This machine's name (``os.uname`` where there is one: ``socket`` costs the window's start
    a few milliseconds to import)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        info = json.loads(os.read(fd, 4096).decode() or "{}")
        since = info.get("since", "?").replace("T", " ")
        where = f", as {Path(info['path']).name}" if info.get("path") else ""
        return (
            f"by {info.get('user', '?')} on {info.get('host', '?')}, "
            f"process {info.get('pid', '?')}, since {since}{where}"
        )
    except (OSError, ValueError):
        return "by another process"
