"""A table for typing records quickly: Enter goes on to the next row, Delete removes
(with undo, never a confirmation), and rows pasted from a spreadsheet become records.

Pasting several lines asks the page for one edit (``on_paste``), so a paste is
one undoable step. A single pasted cell on an existing record changes that cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from .autosave import save_after_pause
from .records import Column, Record, RecordModel
from .viewport import python_viewport

__all__ = ["Column", "Record", "RecordModel", "RecordTable", "split_pasted"]

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MAX_COLUMN_SHARE = 0.28
#: the share of the width the stretching column keeps, however wide the others want to be
MIN_STRETCH_SHARE = 0.3
#: the most lines of text a row shows
MAX_ROW_LINES = 6
#: rows measured to size a column (all rows are still sized to their own text)
FIT_SAMPLE_ROWS = 200
#: where a cell's text may wrap: at spaces, and after a hyphen
WORD_BREAKS = re.compile(r"\s+|(?<=-)")
#: the text a cell editor last stored (so Enter after a pause does not store it twice)
SAVED_TEXT = "savedText"


def split_pasted(text: str) -> list[list[str]]:
    """Spreadsheet clipboard text → rows of cells (tab-separated; blank lines dropped)."""
    rows = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            rows.append(line.split("\t"))
    return rows


class TypingDelegate(QStyledItemDelegate):
    """Enter in a text cell stores it at once; typing pausing for a moment stores it too.

    Qt's own delegate stores the cell one pass of the event loop later; keys typed
    in that moment went into the cell just left, or into an editor the reload then
    dropped, so a fast typist lost the next item.

    A text cell is also stored ``PAUSE_MS`` after its last key (the editor stays open):
    a name typed just before the laptop dies is in the file. On the blank row that first
    store adds the record (only in tables whose records are not named by the typed text,
    ``RecordTable.autosave_new_rows``) and the editor goes on changing that record."""

    def eventFilter(self, editor, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(editor, QLineEdit)
            and event.key() in ENTER_KEYS
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        table = self.parent()
        if isinstance(editor, QLineEdit) and isinstance(table, RecordTable):
            new_row = table.records.is_new_row(index.row())
            whole = table.records.columns[index.column()].key in table.saved_whole
            if not whole and (not new_row or table.autosave_new_rows):
                save_after_pause(editor, lambda: self._store_paused(editor))
        return editor

    def _store_paused(self, editor: QLineEdit) -> None:
        if editor.isVisible():  # still open (Enter or leaving stored it already otherwise)
            self.commitData.emit(editor)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        table = self.parent()
        if not isinstance(editor, QLineEdit) or not isinstance(table, RecordTable):
            super().setModelData(editor, model, index)
            return
        text = editor.text()
        if editor.property(SAVED_TEXT) == text:
            return  # stored after a pause already: Enter or leaving adds nothing
        before = table.known_keys()
        key = table.stored_into(editor)
        if key is not None:  # stored before (the shown row is stale until the editor closes)
            column = table.records.columns[index.column()]
            value = column.parse(text) if column.kind != "text" else text.strip()
            table.records.last_edit = (index.row(), index.column())
            stored = table.records.on_update(key, column.key, value)
        else:
            if not table.records.is_new_row(index.row()):
                key = table.records.records[index.row()].key
            stored = model.setData(index, text, Qt.ItemDataRole.EditRole)
        if stored:
            editor.setProperty(SAVED_TEXT, text)
            table.note_store(editor, before, key)


class ChoiceDelegate(TypingDelegate):
    """Edits a 'choice' column with a drop-down of the column's choices."""

    def __init__(self, column: Column, parent=None):
        super().__init__(parent)
        self.column = column

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        box = QComboBox(parent)
        for value, label in self.column.choices() if self.column.choices else []:
            box.addItem(label, value)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MultiChoiceDelegate(TypingDelegate):
    """Edits a 'multi' column with a list of check boxes (Space ticks, Enter keeps)."""

    VISIBLE_ROWS = 8

    def __init__(self, column: Column, parent=None):
        super().__init__(parent)
        self.column = column

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        box = QListWidget(parent)
        for value, label in self.column.choices() if self.column.choices else []:
            item = QListWidgetItem(f"{value} – {label}" if label != str(value) else label, box)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        chosen = set(index.data(Qt.ItemDataRole.EditRole) or [])
        for row in range(editor.count()):
            item = editor.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        editor.setCurrentRow(0)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        chosen = [
            editor.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(editor.count())
            if editor.item(row).checkState() == Qt.CheckState.Checked
        ]
        model.setData(index, chosen, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        rows = max(1, min(self.VISIBLE_ROWS, editor.count()))
        height = rows * max(editor.sizeHintForRow(0), 1) + 2 * editor.frameWidth()
        rect = option.rect
        room = editor.parentWidget().height() if editor.parentWidget() else rect.y() + height
        top = max(0, min(rect.y(), room - height))  # near the bottom, open upwards
        editor.setGeometry(rect.x(), top, max(rect.width(), 220), height)


class RecordTable(QTableView):
    """Shows a ``RecordModel``; keyboard first."""

    #: whether typing on the blank row adds the record after a pause (see ``TypingDelegate``):
    #: only where a record is not named by what is typed (ids, not codes or region names)
    autosave_new_rows = False
    #: columns kept only when the cell is left or Enter is pressed: what names a record or is
    #: checked whole (a country's code, a region's name) is never stored half typed
    saved_whole: frozenset[str] = frozenset()
    #: never laid out narrower than its headings and words need: a narrow pane (the Regions
    #: table beside the participants) then takes that width from its neighbour when zoomed
    keeps_words = False

    def __init__(
        self,
        columns: list[Column],
        on_update: Callable[[Any, str, Any], bool],
        on_add: Callable[[dict[str, Any]], bool] | None = None,
        on_remove: Callable[[list[Any]], bool] | None = None,
        on_paste: Callable[[list[dict[str, Any]]], bool] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setViewport(python_viewport(QPalette.ColorRole.Base))
        self.records = RecordModel(columns, on_update, on_add, self)
        self.setModel(self.records)
        self.on_remove = on_remove
        self.on_paste = on_paste
        self._pending: list[Record] | None = None
        self._stored: dict[int, Any] = {}
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        header.setStretchLastSection(not any(c.stretch for c in columns))
        for position, column in enumerate(columns):
            if column.stretch:
                header.setSectionResizeMode(position, QHeaderView.ResizeMode.Stretch)
        # Sizes are fitted once per reload or font change: the ResizeToContents
        # modes would measure every cell again on every layout pass.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_to_contents)
        self.setItemDelegate(TypingDelegate(self))
        for position, column in enumerate(columns):
            if column.kind == "choice":
                self.setItemDelegateForColumn(position, ChoiceDelegate(column, self))
            elif column.kind == "multi":
                self.setItemDelegateForColumn(position, MultiChoiceDelegate(column, self))

    # -- records an open editor stored into --------------------------------------
    def known_keys(self) -> set[Any]:
        """The keys of the records shown and of those waiting to be shown."""
        shown = {r.key for r in self.records.records}
        return shown | {r.key for r in self._pending or []}

    def note_store(self, editor: QWidget, before: set[Any], key: Any) -> None:
        """An open editor stored its cell: remember the record it goes on changing — the one
        it added on the blank row, or renamed by its own code, else ``key``."""
        changed = self.known_keys() - before
        if len(changed) == 1:
            key = changed.pop()
        if key is not None:
            ident = id(editor)
            if ident not in self._stored:
                editor.destroyed.connect(lambda *_: self._stored.pop(ident, None))
            self._stored[ident] = key

    def stored_into(self, editor: QWidget) -> Any:
        return self._stored.get(id(editor))

    # -- content ----------------------------------------------------------------
    def set_records(self, records: list[Record]) -> None:
        """Show ``records``, keeping the cursor where it was.

        While a cell editor is committing, the reload waits for the editor to
        close (resetting the model under an open editor loses its state).
        """
        if self.state() == QAbstractItemView.State.EditingState:
            first = self._pending is None
            self._pending = records
            if first:
                QTimer.singleShot(0, self, self._show_pending)
            return
        self._show(records)

    def _show_pending(self) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            return  # never reset under an open editor: shown when it closes
        records, self._pending = self._pending, None
        if records is not None:
            self._show(records)

    def fit_to_contents(self) -> None:
        """Size columns (but the stretching one) and rows to what they show; one long
        entry never takes more than ``MAX_COLUMN_SHARE`` of the width."""
        widest = max(80, int(self.viewport().width() * MAX_COLUMN_SHARE))
        header = self.horizontalHeader()
        widths = {}
        for position, column in enumerate(self.records.columns):
            if not column.stretch:
                wanted = max(self.sizeHintForColumn(position), header.sectionSizeHint(position))
                widths[position] = min(widest, wanted + 8)
                if wanted + 8 > widest:  # capped: still as wide as its longest word
                    widths[position] = max(widest, min(wanted + 8, self._longest_word(position)))
        if any(c.stretch for c in self.records.columns):
            # zoomed on a projector the fitted columns could leave the stretching one
            # (an affiliation, a country name) a sliver: they give up room in proportion,
            # and the stretching one keeps at least its heading ('Countries')
            stretching = sum(
                header.sectionSizeHint(p) for p, c in enumerate(self.records.columns) if c.stretch
            )
            room = min(
                int(self.viewport().width() * (1 - MIN_STRETCH_SHARE)),
                self.viewport().width() - stretching,
            )
            total = sum(widths.values())
            if total > room:
                # ...but never below their longest word ('Participant', 'Caucasus'): a word is
                # not cut to 'Participa…' where a sentence may wrap
                floors = {
                    p: max(header.sectionSizeHint(p), min(w, self._longest_word(p)))
                    for p, w in widths.items()
                }
                widths = {p: max(floors[p], w * room // total) for p, w in widths.items()}
                excess = sum(widths.values()) - room  # what the floors took back: the columns
                for p in sorted(widths, key=lambda p: floors[p] - widths[p]):  # most above first
                    cut = max(0, min(excess, widths[p] - floors[p]))
                    widths[p] -= cut
                    excess -= cut
        for position, width in widths.items():
            self.setColumnWidth(position, width)
        self.fit_rows()
        if self.keeps_words:
            self.updateGeometry()  # the least width changes with the zoom and the words

    def least_width(self) -> int:
        """The width at which no heading and no word is cut: each column as wide as its heading
        and (but the stretching one) its longest word, the row numbers and a scroll bar."""
        header = self.horizontalHeader()
        columns = 0
        for position, column in enumerate(self.records.columns):
            least = header.sectionSizeHint(position)
            if not column.stretch:
                least = max(least, self._longest_word(position))
            columns += least
        side = self.verticalHeader().sizeHint().width() if self.verticalHeader().isVisible() else 0
        return columns + side + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.keeps_words and self.records.columnCount():
            hint.setWidth(max(hint.width(), self.least_width()))
        return hint

    def _longest_word(self, position: int) -> int:
        """The width of the longest word shown in column ``position`` (first rows only); a line
        may also break after a hyphen ('Alborz-' / 'Kopet Dagh')."""
        fm = self.fontMetrics()
        words: set[str] = set()
        for row in range(min(self.records.rowCount(), FIT_SAMPLE_ROWS)):
            text = self.records.data(self.records.index(row, position))
            if isinstance(text, str):
                words.update(w for w in WORD_BREAKS.split(text) if w)
        return max((fm.horizontalAdvance(w) for w in words), default=0) + 16

    def fit_rows(self) -> None:
        """Rows as tall as their text, up to ``MAX_ROW_LINES`` lines: a very long entry shows
        its beginning (all of it in its tooltip and editor) instead of a row taller than the table."""
        self.resizeRowsToContents()
        tallest = self.fontMetrics().lineSpacing() * MAX_ROW_LINES + 8
        for row in range(self.records.rowCount()):
            if self.rowHeight(row) > tallest:
                self.setRowHeight(row, tallest)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer.start(0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_timer.start(0)

    def _show(self, records: list[Record]) -> None:
        if records == self.records.records and self.records.labels == [
            c.labels() for c in self.records.columns
        ]:
            return  # nothing this table shows changed
        row, col = self.currentIndex().row(), self.currentIndex().column()
        self.records.set_records(records)
        self._fit_timer.start(0)
        if self.records.rowCount() and row >= 0:
            self._go(min(row, self.records.rowCount() - 1), max(col, 0))

    def selected_keys(self) -> list[Any]:
        current = self.currentIndex()
        selected = {i.row() for i in self.selectedIndexes()}
        rows = sorted(selected) if current.row() in selected else [current.row()]
        return [self.records.records[r].key for r in rows if 0 <= r < len(self.records.records)]

    def _go(self, row: int, col: int) -> QModelIndex:
        index = self.records.index(row, col)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return index

    # -- keyboard -----------------------------------------------------------------
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter moves down a row (from the last record to the blank one); Tab and Shift+Tab
        move across. The reload the edit caused is shown first, then the next editor opens
        at once, so keys typed straight after Enter land in the next row."""
        Hint = QAbstractItemDelegate.EndEditHint
        sideways = {Hint.EditNextItem: 1, Hint.EditPreviousItem: -1}
        super().closeEditor(editor, Hint.NoHint if hint in sideways else hint)
        self._show_pending()
        if hint != Hint.SubmitModelCache and hint not in sideways:
            return
        row, col = self.records.last_edit or (
            self.currentIndex().row(),
            self.currentIndex().column(),
        )
        self.records.last_edit = None
        if hint in sideways:
            self._edit_beside(row, col, sideways[hint])
        else:
            self._edit_next(row, col)

    def _edit_next(self, row: int, col: int) -> None:
        """Enter after an edit: the blank row opens for the next record at once; an existing
        record below is only selected (opening it with its text selected would let the next
        keys overwrite a name nobody meant to change)."""
        target = min(row + 1, self.records.rowCount() - 1)
        if self.records.is_new_row(target):
            self._edit_at(target, 0)
        else:
            self._go(target, col)

    def _edit_beside(self, row: int, col: int, step: int) -> None:
        columns = self.records.columnCount()
        position = row * columns + col + step
        last = self.records.rowCount() * columns - 1
        position = min(max(position, 0), last)
        self._edit_at(position // columns, position % columns)

    def _edit_at(self, row: int, col: int) -> None:
        index = self._go(min(row, self.records.rowCount() - 1), col)
        if self.records.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab from the last cell (Shift+Tab from the first) goes on to the next field of the
        page, as in a form; elsewhere it moves between cells. (A table view wraps around and
        would keep the keyboard inside it for ever.)"""
        current = self.currentIndex()
        rows, columns = self.records.rowCount(), self.records.columnCount()
        edge = (rows - 1, columns - 1) if next else (0, 0)
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and (not current.isValid() or (current.row(), current.column()) == edge):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if (
            event.key() in ENTER_KEYS
            and not editing
            and self.currentIndex().isValid()
            and self.edit(self.currentIndex(), QAbstractItemView.EditTrigger.EditKeyPressed, event)
        ):
            return
        if event.key() == Qt.Key.Key_Delete and self.on_remove is not None:
            keys = self.selected_keys()
            if keys:
                self.on_remove(keys)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    # -- clipboard ----------------------------------------------------------------
    def paste_text(self, text: str) -> bool:
        """Paste spreadsheet text at the cursor: one cell on a record edits it, rows add records."""
        rows = split_pasted(text)
        if not rows:
            return False
        current = self.currentIndex()
        col = max(current.column(), 0)
        if (
            len(rows) == 1
            and len(rows[0]) == 1
            and current.isValid()
            and not self.records.is_new_row(current.row())
        ):
            return self.records.setData(current, rows[0][0], Qt.ItemDataRole.EditRole)
        if self.on_paste is None:
            return False
        return self.on_paste([self.records.values_from_texts(cells, col) for cells in rows])

    def copy_selection(self) -> None:
        """Copy the selected cells as tab-separated text, as spreadsheets do."""
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        lines: dict[int, list[str]] = {}
        for index in indexes:
            lines.setdefault(index.row(), []).append(str(index.data() or ""))
        QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in lines.values()))
