"""The numbered outline Objectives → Results → Activities as a keyboard-first tree.

The tree only shows the session's outline and turns keys into requests: F2 or
typing edits a row's text, Delete removes the row (undo brings it back),
Alt+Up/Down moves it (across to the neighbouring parent at either end), Ctrl+V
adds pasted lines, Insert goes to the line where new rows are typed. The widget that owns the tree builds the edits.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from facilitator.plan.model import SMART, Activity, Objective, Result
from facilitator.plan.outline_input import RowKey  # a row of the outline: (table, id)
from ui.i18n import translate
from ui.widgets.autosave import save_after_pause

LEVELS = ("objectives", "results", "activities")
SMART_LETTERS = dict(zip(SMART, "SMART"))
MAX_ROW_LINES = 8

#: the columns shown besides number and text, per focus
SUMMARY_COLUMNS: dict[str, list[tuple[str, Callable[[object], str]]]] = {
    "objectives": [
        (QT_TRANSLATE_NOOP("columns", "Theme"), lambda o: getattr(o, "theme", "")),
        (
            QT_TRANSLATE_NOOP("columns", "Addresses"),
            lambda o: _count(getattr(o, "item_ids", None), "item"),
        ),
    ],
    "results": [("SMART", lambda r: _smart(getattr(r, "smart", None)))],
    "activities": [(QT_TRANSLATE_NOOP("columns", "Actor(s)"), lambda a: getattr(a, "actors", ""))],
}


def _count(values: list | None, noun: str) -> str:
    if values is None:
        return ""
    if not values:
        return "—"
    return (
        translate("columns", "{0} item") if len(values) == 1 else translate("columns", "{0} items")
    ).format(len(values))


def _smart(checks: dict[str, bool] | None) -> str:
    if checks is None:
        return ""
    return " ".join(letter if checks[name] else "·" for name, letter in SMART_LETTERS.items())


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text needs at the column's current width, up to
    ``MAX_ROW_LINES`` lines (a very long text shows its beginning; all of it in the tooltip
    and the details)."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        base = super().sizeHint(option, index)
        view = self.parent()
        width = view.header().sectionSize(index.column()) - 8
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        bound = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, max(40, width), 100_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        tallest = QFontMetrics(opt.font).lineSpacing() * MAX_ROW_LINES
        return QSize(base.width(), max(base.height(), min(bound.height(), tallest) + 6))

    def createEditor(self, parent, option, index):
        """The text typed in place reaches the file a moment after the last key, as in every
        text field (the editor stays open; the outline is redrawn once it closes)."""
        editor = super().createEditor(parent, option, index)
        view = self.parent()
        if index.column() == 1 and isinstance(editor, QLineEdit) and isinstance(view, OutlineTree):
            key = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
            save_after_pause(editor, lambda: view.save_typing(key, editor))
        return editor


class OutlineTree(QTreeWidget):
    """Shows the outline down to ``depth`` levels; emits what the user asks for."""

    text_edited = Signal(object, str)  # RowKey, new text
    remove_requested = Signal(object)  # RowKey
    move_requested = Signal(object, int)  # RowKey, -1 up / +1 down
    lines_pasted = Signal(list)
    add_requested = Signal()  # Insert: go to the line where new rows are typed

    def __init__(self, focus: str, parent=None):
        super().__init__(parent)
        self.focus = focus
        self.depth = LEVELS.index(focus) + 1
        extra = SUMMARY_COLUMNS[focus]
        noun = {
            "objectives": self.tr("Objective"),
            "results": self.tr("Result"),
            "activities": self.tr("Activity"),
        }[focus]
        self.setHeaderLabels(
            [self.tr("No."), noun] + [translate("columns", title) for title, _ in extra]
        )
        self.setIndentation(12)
        self.setColumnCount(2 + len(extra))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.wrapping = WrappingDelegate(self)
        for column in range(1, 2 + len(SUMMARY_COLUMNS[focus])):
            self.setItemDelegateForColumn(column, self.wrapping)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, 2 + len(extra)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 125)
        self.rows: dict[RowKey, QTreeWidgetItem] = {}
        self._pending: list[Objective] | None = None  # an outline to show once editing ends
        # wrapped rows need their heights measured again when the text column changes width
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self, self._relayout))
        self.itemChanged.connect(self._item_changed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        """Measure the wrapped rows again (the width changed) and keep the chosen row in view:
        rows grow as they wrap, which would otherwise push it out of sight."""
        self.doItemsLayout()
        if self.currentItem() is not None:
            self.scrollToItem(self.currentItem())

    # -- content ----------------------------------------------------------------
    def save_typing(self, key: RowKey | None, editor: QLineEdit) -> None:
        """Typing paused in the open editor: its text to the file (the editor stays open)."""
        if key is not None and editor.isVisible():
            self.text_edited.emit(key, editor.text())

    def _show_pending(self) -> None:
        outline, self._pending = self._pending, None
        if outline is not None:
            self.show_outline(outline)

    def show_outline(self, outline: list[Objective]) -> None:
        """Rebuild from the session, keeping the current row; while a text is typed in place,
        once its editor closes (a rebuild would drop the editor and the keys typed next)."""
        if self.state() == QAbstractItemView.State.EditingState:
            first = self._pending is None
            self._pending = outline
            if first:
                self.wrapping.closeEditor.connect(self._after_editing)
            return
        current = self.current_key()
        self.blockSignals(True)
        self.clear()
        self.rows = {}
        for objective in outline:
            node = self._add(None, "objectives", objective)
            for result in objective.results if self.depth > 1 else []:
                child = self._add(node, "results", result)
                for activity in result.activities if self.depth > 2 else []:
                    self._add(child, "activities", activity)
        self.expandAll()
        self.blockSignals(False)
        if current in self.rows:
            self.select_key(current)

    def _add(
        self, parent: QTreeWidgetItem | None, table: str, row: Objective | Result | Activity
    ) -> QTreeWidgetItem:
        values = [row.number, row.text]
        if table == self.focus:
            values += [str(get(row)) for _, get in SUMMARY_COLUMNS[self.focus]]
        item = QTreeWidgetItem(parent if parent is not None else self, values)
        item.setData(0, Qt.ItemDataRole.UserRole, (table, row.id))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(1, f"<p>{html.escape(row.text)}</p>")  # shown as typed, never as markup
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        if table != self.focus:
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
            item.setFont(0, font)
        self.rows[(table, row.id)] = item
        return item

    def _after_editing(self, *_args) -> None:
        self.wrapping.closeEditor.disconnect(self._after_editing)
        QTimer.singleShot(0, self, self._show_pending)

    def current_key(self) -> RowKey | None:
        item = self.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select_key(self, key: RowKey) -> bool:
        item = self.rows.get(key)
        if item is None:
            return False
        self.setCurrentItem(item, 1)
        self.scrollToItem(item)
        return True

    def key_of_number(self, number: str) -> RowKey | None:
        for key, item in self.rows.items():
            if item.text(0) == number:
                return key
        return None

    # -- requests -----------------------------------------------------------------
    def edit(self, index, trigger=None, event=None):
        """Only the text column is edited in place."""
        if trigger is None:
            return super().edit(index)
        if index.column() != 1:
            index = index.siblingAtColumn(1)
        return super().edit(index, trigger, event)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 1:
            self.text_edited.emit(item.data(0, Qt.ItemDataRole.UserRole), item.text(1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self.current_key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() == Qt.Key.Key_Delete and key is not None:
            self.remove_requested.emit(key)
            return
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if (
            not editing
            and alt
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and key is not None
        ):
            self.move_requested.emit(key, -1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if not editing and event.matches(QKeySequence.StandardKey.Paste):
            lines = [
                line.strip()
                for line in QGuiApplication.clipboard().text().splitlines()
                if line.strip()
            ]
            if lines:
                self.lines_pasted.emit(lines)
            return
        if not editing and event.key() == Qt.Key.Key_Insert:
            self.add_requested.emit()
            return
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and key is not None:
            self.editItem(self.currentItem(), 1)
            return
        super().keyPressEvent(event)
