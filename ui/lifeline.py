"""Keeps ``None``, ``True`` and ``False`` alive for the whole run on Python 3.11.

Measured with PySide6 6.12 on Python 3.11: every call of a Qt method that returns
nothing (``setText``, ``start``, ``processEvents`` …) gives back a reference to
``None`` it never took. One edit and its undo cost about 200 of them; ``None``
starts with about 40,000, so after a couple of hundred edits Python aborts with
"deallocating None" and the app vanishes in the middle of a workshop (nothing
typed is lost, every edit is already in the file, but the room waits).

Python 3.12 made these objects immortal (PEP 683): their reference count is so
high that no imbalance can bring it to zero. ``keep_alive`` does the same on
older Pythons, once, when the app starts. On Python 3.12 and newer it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

#: added once to each constant's reference count: more than any run can give back
RESERVE = 1 << 40
CONSTANTS = (None, True, False)


def needed() -> bool:
    """Whether the constants can die: Python before 3.12, in a release build (whose object
    header starts with the reference count)."""
    return sys.version_info < (3, 12) and not hasattr(sys, "gettotalrefcount")


_kept = False


def keep_alive() -> None:
    """Raise the reference counts of None, True and False out of reach, once per process."""
    global _kept
    if _kept or not needed():
        return
    for constant in CONSTANTS:
        ctypes.c_ssize_t.from_address(id(constant)).value += RESERVE
    _kept = True
