"""Typing reaches the session file a moment after the last key, not only when a field is left.

``save_after_pause(field, save)`` calls ``save`` once typing in ``field`` has paused for
``PAUSE_MS``, and at once when the field loses focus: a sentence typed just before the
laptop dies is in the file, and a pause makes one undo step rather than one per key.

Every field with typing not yet saved is listed in one ``PendingTyping`` (``pending()``):
the window's title says "saving typing…" while any is, and "all changes saved" only once
each has been handed to the session file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

#: quiet after the last key before the text is saved (the file has it within 0.3 s)
PAUSE_MS = 250


class PendingTyping(QObject):
    """The fields whose typing is not in the session file yet, each with its way to save."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._fields: dict[int, Callable[[], None]] = {}

    def mark(self, field: QObject, flush: Callable[[], None] | None) -> None:
        """``field`` holds unsaved typing (``flush`` saves it), or none (``flush`` None)."""
        key = id(field)
        had = key in self._fields
        if flush is None:
            self._fields.pop(key, None)
        else:
            self._fields[key] = flush
        if had != (flush is not None):
            self.changed.emit()

    def __bool__(self) -> bool:
        return bool(self._fields)

    def flush_all(self) -> None:
        """Save every field's typing now (before an undo, a step change, closing)."""
        for flush in list(self._fields.values()):
            flush()


_PENDING: PendingTyping | None = None


def pending() -> PendingTyping:
    """The app's one list of fields with unsaved typing."""
    global _PENDING
    if _PENDING is None:
        _PENDING = PendingTyping(QApplication.instance())
    return _PENDING


class _SaveOnFocusOut(QObject):
    """Saves a field's typing when it loses focus; watches from the field's first key on
    (a Python filter hears every event of the field, which a window's start need not pay)."""

    def __init__(self, field: QWidget, flush: Callable[[], None]):
        super().__init__(field)
        self.flush = flush
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def save_after_pause(field: QWidget, save: Callable[[], None], ms: int = PAUSE_MS) -> QTimer:
    """Save ``field`` ``ms`` after its last typed key and when it loses focus; returns the
    timer (stopped on save). The field counts as unsaved typing from its first key on."""
    timer = QTimer(field)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    tracker = pending()

    def flush() -> None:
        if not timer.isActive():
            return
        timer.stop()
        try:
            save()
        finally:
            tracker.mark(field, None)

    watched = [False]  # a field left before anything is typed in it has nothing to save

    def typed() -> None:
        timer.start()
        tracker.mark(field, flush)
        if not watched[0]:
            watched[0] = True
            _SaveOnFocusOut(field, flush)

    def flush_when_due() -> None:
        timer.stop()
        try:
            save()
        finally:
            tracker.mark(field, None)

    timer.timeout.connect(flush_when_due)
    field.destroyed.connect(lambda *_: tracker.mark(field, None))
    if isinstance(field, QLineEdit):
        field.textEdited.connect(lambda _text: typed())
    elif isinstance(field, (QPlainTextEdit, QTextEdit)):
        field.textChanged.connect(lambda: typed() if field.hasFocus() else None)
    return timer
