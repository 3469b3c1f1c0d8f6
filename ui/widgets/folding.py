"""A splitter whose panes stand side by side while their least widths fit, one above the
other when they do not (a page zoomed on a narrow projector): no heading or word cut, no
sideways scrolling."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QSplitter, QWidget


class FoldingSplitter(QSplitter):
    #: lines of type each pane keeps when folded (the page scrolls down rather than squeeze)
    FOLDED_LINES = 12

    def __init__(self, least_widths: Callable[[], list[int]], parent: QWidget | None = None):
        """``least_widths``: the width each pane needs, in order (measured at the present type)."""
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.least_widths = least_widths
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.arrange)

    @property
    def folded(self) -> bool:
        return self.orientation() == Qt.Orientation.Vertical

    def arrange(self) -> None:
        """Side by side when the panes' least widths fit this width, else one above the other."""
        needed = sum(self.least_widths()) + self.handleWidth() * (self.count() - 1)
        wanted = Qt.Orientation.Vertical if needed > self.width() else Qt.Orientation.Horizontal
        if wanted != self.orientation():
            self.setOrientation(wanted)
        folded = self.fontMetrics().lineSpacing() * self.FOLDED_LINES * self.count()
        self.setMinimumHeight(folded if self.folded else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._later.start()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._later.start()  # zoomed: the least widths changed
