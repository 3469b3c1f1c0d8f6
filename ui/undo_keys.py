"""Ctrl+Z and Ctrl+Shift+Z undo the session's edits, even while the cursor is in a text field.

Qt lets a focused line or text editor take the undo keys for its own typing,
so without this the window's Undo would be dead on the Vision and Goal pages
and in every detail field, and Ctrl+Z after adding a row would bring the
typed text back into the input line instead of removing the row.

The rule: a field that saves itself into the session (``mark_session_field``)
always hands the keys to the window, which saves the typing and undoes it as
one edit. Any other text input (a cell being typed, the line where new rows
are typed) keeps the keys only while it has typing of its own to undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

SESSION_FIELD = "sessionField"


def mark_session_field(widget: QWidget) -> QWidget:
    """Mark ``widget`` as a field whose typing is saved in the session (undo goes to the session)."""
    widget.setProperty(SESSION_FIELD, True)
    return widget


def _is_session_field(widget: QObject) -> bool:
    """Marked itself, or the line edit of a marked editable combo box."""
    parent = widget.parent()
    return bool(widget.property(SESSION_FIELD)) or (
        isinstance(widget, QLineEdit)
        and isinstance(parent, QComboBox)
        and bool(parent.property(SESSION_FIELD))
    )


def _has_own(widget: QObject, redo: bool) -> bool | None:
    """Whether a text input has typing of its own to undo (redo); None if it is not a text input."""
    if isinstance(widget, QComboBox):
        return _has_own(widget.lineEdit(), redo) if widget.lineEdit() is not None else None
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


def session_takes_key(widget: QObject, redo: bool) -> bool:
    """Whether Undo (or Redo) pressed in ``widget`` goes to the session rather than the widget."""
    if _is_session_field(widget):
        return True
    own = _has_own(widget, redo)
    return own is not None and not own


def _is_text_input(widget: QObject) -> bool:
    return _is_session_field(widget) or _has_own(widget, False) is not None


class UndoKeys(QObject):
    """An event filter that lets the window's Undo/Redo shortcuts through text fields of
    ``window`` (see the module's rule).

    It watches each text field as it takes the keyboard focus (where the keys go), not the
    whole application: an application-wide Python filter sees every event of every object,
    and handing the first objects of Qt's private classes to Python makes it build every Qt
    class it has not built yet (about 60 ms while the window's first table is made).

    ``flush`` saves typing not yet handed to the session; it runs before the shortcut is
    looked up, so typing in a new session (nothing to undo yet) enables Undo in time.
    """

    def __init__(self, window: QWidget, flush: Callable[[], None]):
        super().__init__(window)
        self.window = window
        self.flush = flush
        QApplication.instance().focusChanged.connect(self._watch)

    def _watch(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and _is_text_input(new) and self.window.isAncestorOf(new):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if (
            not (undo or redo)
            or not isinstance(watched, QWidget)
            or not self.window.isAncestorOf(watched)
        ):
            return False
        if session_takes_key(watched, redo):
            if _is_session_field(watched):
                self.flush()
            event.ignore()  # not taken by the field: the window's shortcut runs
            return True
        return False
