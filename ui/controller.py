"""The app's one path for changes: pages hand edits to the controller.

The controller owns the open ``SessionStore``, applies edits (showing a
refused edit's sentence instead of crashing), runs undo/redo, and tells every
page which tables changed so it can refresh.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.errors import FacilitatorError, FileRefused
from facilitator.session.edits import AppliedEdit, Edit
from facilitator.session.opening import open_for_app
from facilitator.session.store import SessionStore
from ui.i18n import core_text

BACKUP_AFTER_MS = 300  # after the window is on screen
log = logging.getLogger(__name__)


class Controller(QObject):
    #: tables whose rows changed (after an edit, undo or redo)
    changed = Signal(set)
    #: a session was opened, created or closed (pages reload everything)
    session_changed = Signal()
    #: a plain sentence for the user: an edit was refused, a file could not be read
    message = Signal(str)
    #: a sentence that stays until the next action: what a removal took with it
    notice = Signal(str)
    #: a page's typing not yet in the session file started or was saved
    typing = Signal()
    #: the open session's warnings changed (a backup that could not be made)
    warnings_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.store: SessionStore | None = None

    # -- session ---------------------------------------------------------------
    def open(self, path: str | Path) -> SessionStore:
        """Open a session; raises ``SessionError`` and keeps the current one on failure."""
        store = open_for_app(path, backup="before-change")
        self._replace(store)
        # The window is drawn first; the backups roll a moment later (or before the first
        # change, whichever comes first), so opening a session is not kept waiting on a copy.
        QTimer.singleShot(BACKUP_AFTER_MS, lambda: self._roll_backups(store))
        return store

    def _roll_backups(self, store: SessionStore) -> None:
        if store is not self.store or not store.backup_pending or store.read_only:
            return
        before = len(store.warnings)
        store.roll_backups()
        if len(store.warnings) != before:
            self.warnings_changed.emit()

    def create(self, path: str | Path, title: str = "") -> SessionStore:
        store = SessionStore.create(path, title)
        self._replace(store)
        return store

    def use(self, store: SessionStore) -> None:
        """Show an already open store (tests, in-memory sessions)."""
        self._replace(store)

    def close(self) -> None:
        if self.store is not None:
            self.store.remove_listener(self._on_store_changed)
            self.store.close()
            self.store = None
            self.session_changed.emit()

    def _replace(self, store: SessionStore) -> None:
        if self.store is not None:
            self.store.remove_listener(self._on_store_changed)
            self.store.close()
        self.store = store
        store.add_listener(self._on_store_changed)
        self.session_changed.emit()

    def _on_store_changed(self, tables: set[str]) -> None:
        self.changed.emit(tables)

    # -- edits -----------------------------------------------------------------
    def apply(self, edit: Edit) -> AppliedEdit | None:
        """Apply an edit; a refused edit is reported through ``message`` and returns None."""
        if self.store is None:
            return None
        try:
            return self.store.apply(edit)
        except FileRefused as error:
            self._refused(error)
        except FacilitatorError as error:
            self.message.emit(core_text(str(error)))
        return None

    def undo(self) -> bool:
        """Undo the last edit; False when there was none or the session file refused it."""
        if self.store is None:
            return False
        try:
            return self.store.undo() is not None
        except FileRefused as error:
            self._refused(error)
            return False
        except FacilitatorError as error:  # the core refused it and rolled it back
            self.message.emit(core_text(str(error)))
            return False

    def redo(self) -> bool:
        """Redo the last edit; False when there was none or the session file refused it."""
        if self.store is None:
            return False
        try:
            return self.store.redo() is not None
        except FileRefused as error:
            self._refused(error)
            return False
        except FacilitatorError as error:  # the core refused it and rolled it back
            self.message.emit(core_text(str(error)))
            return False

    def _refused(self, error: FileRefused) -> None:
        """The session file refused a change: it was rolled back whole; say so plainly (and log
        it: this is a fault of the app, not of what was typed)."""
        log.error("the session file refused a change", exc_info=error)
        self.message.emit(core_text(str(error)))

    def undo_text(self) -> str | None:
        return self.store.undo_stack.undo_label() if self.store else None

    def redo_text(self) -> str | None:
        return self.store.undo_stack.redo_label() if self.store else None
