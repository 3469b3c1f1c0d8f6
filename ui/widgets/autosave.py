"""Typing reaches the session file a moment after the last key, not only when a field is left.

``save_after_pause(field, save)`` calls ``save`` once typing in ``field`` has paused for
``PAUSE_MS``: a sentence typed just before the laptop dies is in the file, and a
pause makes one undo step rather than one per key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

#: quiet after the last key before the text is saved (the file has it within 0.3 s)
PAUSE_MS = 250


def save_after_pause(field: QWidget, save: Callable[[], None], ms: int = PAUSE_MS) -> QTimer:
    """Save ``field`` ``ms`` after its last typed key; returns the timer (stopped on save)."""
    timer = QTimer(field)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(save)
    if isinstance(field, QLineEdit):
        field.textEdited.connect(lambda _text: timer.start())
    elif isinstance(field, QPlainTextEdit):
        field.textChanged.connect(lambda: timer.start() if field.hasFocus() else None)
    return timer
