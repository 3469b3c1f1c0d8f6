"""'Who is voting': a big button per voter, grouped by country, easy to hit on a projector."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.plan.model import Participant
from ui.i18n import core_text


def wrap_name(name: str, fm: QFontMetrics, width: int) -> str:
    """``name`` broken into lines at spaces so each line fits ``width`` (a word longer than
    that keeps its own line)."""
    lines: list[str] = []
    for word in name.split(" "):
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class VoterPicker(QScrollArea):
    """One checkable button per voter; ``chosen`` carries the participant id."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("voter-picker")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(120)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.chosen.emit)
        self.buttons: dict[int, QPushButton] = {}
        self._complete: dict[int, bool] = {}
        self._shape: list[tuple[str, list[tuple[int, str]]]] = []
        self._set_body(QWidget())

    def _set_body(self, body: QWidget) -> None:
        self.body = body
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.setSpacing(4)
        self.setWidget(body)

    def set_voters(self, groups: list[tuple[str, list[Participant]]], current: int | None) -> None:
        """Rebuild the buttons only when the voters changed (keeps the scroll position)."""
        shape = [(heading, [(p.id, p.name) for p in people]) for heading, people in groups]
        if shape != self._shape:
            self._shape = shape
            self._rebuild()
        self.select(current)

    def _rebuild(self) -> None:
        for button in self.buttons.values():
            self.group.removeButton(button)
        self.buttons = {}
        self._set_body(QWidget())
        if not self._shape:
            empty = QLabel(
                self.tr("No one votes yet: mark participants as voting in Session & people.")
            )
            empty.setWordWrap(True)
            self.column.addWidget(empty)
        for heading, people in self._shape:
            label = QLabel(core_text(heading))
            label.setObjectName("voter-group")
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.column.addWidget(label)
            for pid, name in people:
                self.column.addWidget(self._button(pid, name))
        self.column.addStretch(1)

    def _button(self, pid: int, name: str) -> QPushButton:
        button = QPushButton(name)
        button.setObjectName(f"voter-{pid}")
        button.setCheckable(True)
        # Ignored: a long name is cut at the edge rather than widening the page.
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.setToolTip(name)
        self.group.addButton(button, pid)
        self.buttons[pid] = button
        return button

    #: the widest a name's line may be (pixels); longer names break over lines at spaces
    wrap_width = 0

    def mark_complete(self, complete: dict[int, bool]) -> None:
        """A tick before the names of voters who answered every cell."""
        self._complete = dict(complete)
        self._label_buttons()

    def set_wrap_width(self, width: int) -> None:
        if width != self.wrap_width:
            self.wrap_width = width
            self._label_buttons()

    def _label_buttons(self) -> None:
        names = {pid: name for _, people in self._shape for pid, name in people}
        for pid, button in self.buttons.items():
            text = ("✓ " if self._complete.get(pid) else "") + names.get(pid, "")
            if self.wrap_width > 0:
                text = wrap_name(text, button.fontMetrics(), self.wrap_width)
            if button.text() != text:
                button.setText(text)

    def select(self, pid: int | None) -> None:
        button = self.buttons.get(pid) if pid is not None else None
        if button is not None:
            button.setChecked(True)
            self.ensureWidgetVisible(button)
        elif self.group.checkedButton() is not None:
            self.group.setExclusive(False)
            self.group.checkedButton().setChecked(False)
            self.group.setExclusive(True)
