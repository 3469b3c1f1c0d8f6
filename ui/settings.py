"""Preferences and window state, declared once with their defaults.

Only view preferences live here (never session data: that is in the ``.zopp``
file). Every key the app reads is listed in ``DEFAULTS``; reading an unknown
key is a programming error and fails loudly.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8

DEFAULTS: dict[str, Any] = {
    "recent_files": [],
    "last_folder": "",
    "high_contrast": False,
    "step_list": True,  # the step list beside the pages (F9 folds it away for the width)
    "language": "",  # empty: the system's language
    "window/geometry": QByteArray(),
    "window/splitter": QByteArray(),
}


def _check(key: str) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"Unknown setting '{key}'; known settings: {', '.join(DEFAULTS)}")


def get(key: str) -> Any:
    """The stored value of ``key`` converted to its default's type, or the default."""
    _check(key)
    return _typed(QSettings().value(key, DEFAULTS[key]), DEFAULTS[key])


def _typed(value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return value in (True, "true", "1", 1)
    if isinstance(default, list):
        if value is None or value == "":
            return []
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    return value


def put(key: str, value: Any) -> None:
    put_many({key: value})


def put_many(values: dict[str, Any]) -> None:
    """Store several values in one write of the settings file; a value that reads back the
    same is not written again (each write of the file is a wait for the disk)."""
    for key in values:
        _check(key)
    stored = QSettings()
    for key, value in values.items():
        if _typed(stored.value(key, DEFAULTS[key]), DEFAULTS[key]) != value:
            stored.setValue(key, value)


def recent_files() -> list[str]:
    return get("recent_files")


def remember_recent(path: str) -> list[str]:
    """Put ``path`` first in the recent-files list (no duplicates, at most ``MAX_RECENT``)."""
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:MAX_RECENT]
    put_many({"recent_files": files, "last_folder": os.path.dirname(path)})
    return files
