"""What every step page has in common.

A page is a widget with a ``step_id`` and ``title``; the main window gives it
the controller, calls ``refresh()`` when the session is (re)opened or when a
table the page shows (``tables``) changed. Pages never write rows: they build
edits with ``facilitator.plan.edits`` and hand them to ``controller.apply``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ..controller import Controller


class StepPage(QWidget):
    step_id: str = ""
    title: str = ""
    #: tables whose change makes this page refresh; empty means any change
    tables: frozenset[str] = frozenset()

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName(f"page-{self.step_id}")
        controller.session_changed.connect(self.refresh)
        controller.changed.connect(self._maybe_refresh)

    @property
    def store(self):
        return self.controller.store

    #: False: while hidden, the page only notes that it is out of date and refreshes when
    #: shown again (for pages whose refresh is costly, so voting elsewhere stays fast)
    refresh_when_hidden: bool = True
    _stale: bool = False

    def _maybe_refresh(self, tables: set[str]) -> None:
        if tables and all(t.startswith("pref.") for t in tables) and not self.tables & tables:
            return  # a view setting (zoom, documents written): nothing this page shows
        if not self.tables or self.tables & tables:
            if self.refresh_when_hidden or self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Reload everything shown from the session (no session: show nothing)."""
        raise NotImplementedError

    def flush(self) -> None:
        """Save typing not yet handed to the controller (called before the page is left or
        the session closes). Pages that save on focus-out or after a pause override this."""

    def has_unsaved_typing(self) -> bool:
        """Whether typing on this page is not in the session file yet (the title says so)."""
        return False

    def entry_widget(self) -> QWidget | None:
        """Where typing starts when the step is opened from the keyboard: by default the
        first visible field of the page in Tab order."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def focus_entry(self) -> None:
        """Put the cursor where typing starts on this page."""
        widget = self.entry_widget()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def zoom_changed(self, factor: float) -> None:
        """The window's zoom changed to ``factor`` (1.0 = normal). Fonts follow by themselves;
        pages that size things in pixels (diagrams, column widths) override this."""
