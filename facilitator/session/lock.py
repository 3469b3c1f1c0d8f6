"""A lock file beside the session so two app instances never edit one file.

The lock is an ``fcntl`` lock on ``SESSION.zopp.lock``: the operating system
drops it when the holder dies (even by ``kill -9``), so a stale lock never
blocks anyone. The file also says who holds the lock and since when.
"""

from __future__ import annotations

import fcntl
import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from facilitator.errors import SessionLocked


def lock_path(session: Path) -> Path:
    return session.with_name(session.name + ".lock")


class SessionLock:
    def __init__(self, session: Path):
        self.path = lock_path(session)
        self._fd: int | None = None

    def acquire(self) -> None:
        for _ in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = _read_holder(fd)
                os.close(fd)
                raise SessionLocked(
                    f"{self.path.name[:-5]} is already open in another window ({holder}); "
                    "close it there first."
                ) from None
            if _same_file(fd, self.path):
                break
            # The holder released and removed the lock file between our open and
            # our flock: this lock guards nothing, take the new file instead.
            os.close(fd)
        else:
            raise SessionLocked(
                f"{self.path.name[:-5]} is being opened and closed by another window; try again."
            )
        os.ftruncate(fd, 0)
        info = {
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        os.write(fd, json.dumps(info).encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            os.unlink(self.path)
        except OSError:
            pass
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False


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
        return f"by {info.get('user', '?')} on {info.get('host', '?')}, process {info.get('pid', '?')}, since {since}"
    except (OSError, ValueError):
        return "by another process"
