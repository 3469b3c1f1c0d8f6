"""Linking items: pick a cause and an effect, press Link; the list of links, Delete removes.

The panel builds edits and asks the page to apply them (``apply``); a refused
link (itself, a cycle, twice) comes back as the core's sentence, shown under
the pickers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from facilitator.plan import edits as ops
from facilitator.plan.model import Item
from facilitator.session.edits import Edit
from ui.contrast import ReadableInkDelegate
from ui.i18n import isolate, translate

from .. import dialogs
from .diagram import COLOURS

KIND_WORDS = {
    "constraint": QT_TRANSLATE_NOOP("columns", "Constraint"),
    "driver": QT_TRANSLATE_NOOP("columns", "Driver"),
    "threat": QT_TRANSLATE_NOOP("columns", "Threat"),
}


def item_picker(parent: QWidget, name: str) -> QComboBox:
    """A drop-down of items where typing any part of a label finds it."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMinimumContentsLength(8)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    completer = QCompleter(box.model(), box)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCompleter(completer)
    return box


class LinksList(QListWidget):
    """The links as sentences; Delete removes the selected ones (one undoable step)."""

    def __init__(
        self, on_remove: Callable[[list[tuple[int, int]]], None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.on_remove = on_remove
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            chosen = [i.data(Qt.ItemDataRole.UserRole) for i in self.selectedItems()]
            if chosen:
                self.on_remove(chosen)
            return
        super().keyPressEvent(event)


class LinkPanel(QWidget):
    """Cause and effect pickers, the Link button, the refusal sentence and the list of links."""

    def __init__(self, apply: Callable[[Edit], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.apply = apply
        self.kinds: dict[int, str] = {}
        self.cause = item_picker(self, "link-cause")
        self.effect = item_picker(self, "link-effect")
        self.link_button = QPushButton(self.tr("&Link"), self)
        self.link_button.setObjectName("link-button")
        self.link_button.setToolTip(
            self.tr("Link the cause to the effect (Ctrl+Enter in either box does the same)")
        )
        self.link_button.clicked.connect(self.link)
        # Enter picks the highlighted item and moves on; only Link or Ctrl+Enter links
        self.cause.lineEdit().returnPressed.connect(lambda: self._picked_on(self.cause))
        self.effect.lineEdit().returnPressed.connect(lambda: self._picked_on(self.effect))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, self.link)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("link-problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("tone", "alert")  # coloured by the theme
        self.links = LinksList(self.remove, self)
        self.links.setObjectName("links-list")
        self.links.setItemDelegate(ReadableInkDelegate(self.links))  # kind colours read on black
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cause_label, effect_label = (
            QLabel(self.tr("&Cause:"), self),
            QLabel(self.tr("&Effect:"), self),
        )
        cause_label.setBuddy(self.cause)
        effect_label.setBuddy(self.effect)
        grid.addWidget(cause_label, 0, 0)
        grid.addWidget(self.cause, 0, 1)
        grid.addWidget(effect_label, 1, 0)
        grid.addWidget(self.effect, 1, 1)
        grid.addWidget(self.link_button, 0, 2, 2, 1)
        grid.addWidget(self.problem, 2, 0, 1, 3)
        grid.addWidget(self.links, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def show_items(self, items: list[Item], links: list[tuple[int, int]]) -> None:
        for box in (self.cause, self.effect):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for item in items:
                box.addItem(f"{translate('columns', KIND_WORDS[item.kind])}: {item.label}", item.id)
            box.setCurrentIndex(box.findData(current) if current is not None else -1)
            box.blockSignals(False)
        labels = {i.id: i for i in items}
        self.kinds = {i.id: i.kind for i in items}
        self.links.clear()
        for cause, effect in links:
            if cause in labels and effect in labels:
                row = QListWidgetItem(f"{labels[cause].label}  →  {labels[effect].label}")
                row.setData(Qt.ItemDataRole.UserRole, (cause, effect))
                row.setForeground(QColor(COLOURS[labels[effect].kind][0]).darker(120))
                self.links.addItem(row)

    def _picked_on(self, box: QComboBox) -> None:
        """Enter in a box: take the item it names and go on (to the effect, then to Link)."""
        iid = self._picked(box)
        if iid is not None:
            self.pick(box, iid)
        (self.effect if box is self.cause else self.link_button).setFocus()

    def pick(self, box: QComboBox, iid: int) -> None:
        box.setCurrentIndex(box.findData(iid))

    def _picked(self, box: QComboBox) -> int | None:
        """The item whose label is in the box: chosen, typed in full, or typed in part when
        only one item's label holds that part (typing "poach" and Tab is enough)."""
        text = box.currentText().strip()
        found = box.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            found = next(
                (n for n in range(box.count()) if box.itemText(n).split(": ", 1)[-1] == text), -1
            )
        if found < 0 and text and self._holding(box, text) == 1:
            part = text.casefold()
            found = next(
                n
                for n in range(box.count())
                if part in box.itemText(n).split(": ", 1)[-1].casefold()
            )
        return box.itemData(found) if found >= 0 else None

    @staticmethod
    def _holding(box: QComboBox, text: str) -> int:
        """How many items' labels hold ``text`` (any case)."""
        part = text.casefold()
        return sum(
            part in box.itemText(n).split(": ", 1)[-1].casefold() for n in range(box.count())
        )

    def link(self) -> None:
        cause, effect = self._picked(self.cause), self._picked(self.effect)
        if cause is None or effect is None:
            missing, box = (
                (self.tr("cause"), self.cause)
                if cause is None
                else (self.tr("effect"), self.effect)
            )
            typed = box.currentText().strip()
            self.problem.setText(
                self.tr(
                    "More than one item holds '{0}': type more of the {1}, or choose it from the list."
                ).format(typed, missing)
                if typed and self._holding(box, typed) > 1
                else self.tr("Choose the {0} from the list of items first.").format(missing)
            )
            return
        if self.kinds.get(effect) == "constraint" and self.kinds.get(cause) != "constraint":
            question = self.tr(
                "Constraints are causes, not effects: they let threats and drivers act. "
                "Link {0} → {1} anyway?"
            ).format(isolate(self.cause.currentText()), isolate(self.effect.currentText()))
            if not self.ask(question):
                self.problem.setText(self.tr("Not linked: a constraint is a cause, not an effect."))
                return
        refusal = self.apply(ops.add_link(cause, effect))
        self.problem.setText(refusal or "")
        if refusal is None:
            self.effect.setCurrentIndex(-1)
            self.effect.setFocus()

    def ask(self, question: str) -> bool:
        return dialogs.ask_yes_no(
            self, self.tr("Link to a constraint?"), question, self.tr("Link anyway")
        )

    def remove(self, chosen: list[tuple[int, int]]) -> None:
        edits = [ops.remove_link(c, e) for c, e in chosen]
        self.apply(
            edits[0] if len(edits) == 1 else ops.combine(f"remove {len(edits)} links", edits)
        )
