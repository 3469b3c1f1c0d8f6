"""The voting grid: one voter's own entries, items × criteria, typed from the keyboard.

The model only adapts what ``VotingPanel`` loaded (no SQL in ``data``); the
view turns keys into entries: a digit is a score, '-' unknown, Delete clears,
arrows/Tab/Enter move. Each entry is handed on (``entered``) to become an edit.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from facilitator.plan.model import SCALE_WORDS
from facilitator.voting.state import CRITERION_TITLES, Answer, Target, VoteKind
from ui.i18n import core_text, translate

from ..contrast import ink_for

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
ANSWERED = QColor("#d8f0d2")
TO_ANSWER = QColor("#fff6d5")
UNKNOWN = QColor("#e4e4ec")
KIND_TAGS = {"driver": "D", "threat": "T"}


def heading_lines(criterion: str) -> list[str]:
    """A score column's heading in short lines ('Importance/', 'severity', '0–3'), so the
    column stays narrow and its heading whole at any zoom."""
    words = SCALE_WORDS[criterion]
    title = core_text(CRITERION_TITLES[criterion]).replace("/", "/\n")
    return [*title.split("\n"), f"{min(words)}–{max(words)}"]


def cell_colour(answer: Answer | None) -> QColor:
    """A score cell's background: still to answer, unknown, or answered."""
    if answer is None or answer[0] == "empty":
        return TO_ANSWER
    return UNKNOWN if answer[0] == "unknown" else ANSWERED


def answer_text(answer: Answer | None) -> str:
    """What a cell shows: '2', '2.5', '-' for unknown, '' when not filled in."""
    if answer is None or answer[0] == "empty":
        return ""
    if answer[0] == "unknown":
        return "-"
    value = answer[1] or 0.0
    return f"{value:g}"


class VoteGridModel(QAbstractTableModel):
    """Targets as rows; column 0 the text, then one column per criterion."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind: VoteKind | None = None
        self.targets: list[Target] = []
        self.answers: dict[tuple[int, str], Answer] = {}
        self._row_tags: list[str] = []

    def set_contents(
        self, kind: VoteKind, targets: list[Target], answers: dict[tuple[int, str], Answer]
    ) -> None:
        if kind is self.kind and targets == self.targets:
            self.set_answers(answers)
            return
        self.beginResetModel()
        self.kind, self.targets, self.answers = kind, targets, answers
        counts: dict[str, int] = {}
        self._row_tags = []
        for t in targets:
            if t.number:
                self._row_tags.append(t.number)
            else:
                counts[t.group] = counts.get(t.group, 0) + 1
                self._row_tags.append(f"{KIND_TAGS.get(t.group, '?')}{counts[t.group]}")
        self.endResetModel()

    def set_answers(self, answers: dict[tuple[int, str], Answer]) -> None:
        changed = [
            key
            for key in set(answers) | set(self.answers)
            if answers.get(key) != self.answers.get(key)
        ]
        self.answers = answers
        rows = {t.id: n for n, t in enumerate(self.targets)}
        for target_id, criterion in changed:
            if target_id in rows and self.kind and criterion in self.kind.criteria:
                index = self.index(rows[target_id], 1 + self.kind.criteria.index(criterion))
                self.dataChanged.emit(index, index)

    def clear(self) -> None:
        self.beginResetModel()
        self.kind, self.targets, self.answers, self._row_tags = None, [], {}, []
        self.endResetModel()

    def criterion(self, column: int) -> str | None:
        if self.kind is None or not 1 <= column <= len(self.kind.criteria):
            return None
        return self.kind.criteria[column - 1]

    def answer(self, index: Index) -> Answer | None:
        criterion = self.criterion(index.column())
        if criterion is None or not index.isValid():
            return None
        return self.answers.get((self.targets[index.row()].id, criterion))

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() or self.kind is None else 1 + len(self.kind.criteria)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        target = self.targets[index.row()]
        criterion = self.criterion(index.column())
        if criterion is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return target.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return target.title
            return None
        answer = self.answers.get((target.id, criterion))
        if role == Qt.ItemDataRole.DisplayRole:
            return answer_text(answer)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell_colour(answer)
        if role == Qt.ItemDataRole.ForegroundRole:  # the theme's ink may be white: pale cells
            return ink_for(cell_colour(answer))
        if role == Qt.ItemDataRole.ToolTipRole:
            words = ", ".join(f"{n} = {core_text(w)}" for n, w in SCALE_WORDS[criterion].items())
            title = core_text(CRITERION_TITLES[criterion])
            return translate("VoteModel", "{0}: {1}; '-' = unknown").format(title, words)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = answer_text(answer) or translate("VoteModel", "not filled in")
            return f"{target.title}, {core_text(CRITERION_TITLES[criterion])}: {text}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._row_tags[section] if section < len(self._row_tags) else None
        criterion = self.criterion(section)
        if criterion is None:
            return (
                translate("VoteModel", "Activity")
                if self.kind and self.kind.target_kind == "activity"
                else translate("VoteModel", "Driver or threat")
            )
        return "\n".join(heading_lines(criterion))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


#: where an item's text may wrap: at spaces and after a slash ('poaching/' 'overhunting')
BREAKS = re.compile(r"(?<=/)|\s+")
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
VOTER_KEYS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
MIN_TEXT_WIDTH = 180  # the narrowest the item's text gets before the score columns give way


class VoteGridView(QTableView):
    """Keyboard-first grid: digits, '-', Delete; arrows, Tab and Enter move between score cells.

    PageDown and PageUp hand the grid to the next or previous voter, so a
    facilitator typing for one person after another never reaches for the mouse.
    """

    #: a cell was given a value: (index, '2' / '-' / None for cleared)
    entered = Signal(QModelIndex, object)
    #: PageDown / PageUp: the next (+1) or previous (-1) voter takes their turn
    next_voter = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = VoteGridModel(self)
        self.setModel(self.grid)
        self.setObjectName("vote-grid")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped whole, never 'Unsustai…'
        self.setAlternatingRowColors(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # by pixel: by column, Qt lets the grid slide a column sideways even when all fit
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMinimumWidth(240)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(60)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.modelReset.connect(self._fit_columns)
        self._text_width = 0
        self._score_width = 0

    #: the vote's criteria before a voter is chosen (the panel knows its vote)
    criteria_hint: tuple[str, ...] = ()

    def criteria(self) -> tuple[str, ...]:
        return tuple(self.grid.kind.criteria) if self.grid.kind else tuple(self.criteria_hint)

    def _heading_metrics(self) -> QFontMetrics:
        """The headings' type, bold (the high-contrast theme draws them bold)."""
        font = QFont(self.horizontalHeader().font())
        font.setBold(True)
        return QFontMetrics(font)

    def score_width(self) -> int:
        """Room for each score column's heading lines and a two-digit figure."""
        fm = self._heading_metrics()
        lines = [line for c in self.criteria() for line in heading_lines(c)] or ["0–3"]
        cell = self.fontMetrics().horizontalAdvance("00")
        return max(max(fm.horizontalAdvance(line) for line in lines), cell) + 20

    def min_text_width(self) -> int:
        """The narrowest the items' text gets: its longest word whole, some words a line."""
        fm = self.fontMetrics()
        words = [w for t in self.grid.targets for w in BREAKS.split(t.label) if w]
        longest = max((fm.horizontalAdvance(w) for w in words), default=0)
        return max(MIN_TEXT_WIDTH, 12 * fm.averageCharWidth(), longest + 16)

    def needed_width(self) -> int:
        """The width at which every heading, score and word shows whole without scrolling."""
        criteria = len(self.criteria())
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return (
            self.verticalHeader().width()
            + self.min_text_width()
            + criteria * self.score_width()
            + frame
        )

    def _fit_columns(self) -> None:
        self._score_width = self.score_width()
        self._text_width = 0
        self._stretch_text_column()

    def _stretch_text_column(self) -> None:
        """The text takes the width the score columns leave; they narrow before it gets too thin.

        Everything fits in the viewport: a grid wider than its view would scroll
        sideways to the current score cell and cut the items' names off.
        """
        criteria = max(0, self.grid.columnCount() - 1)
        viewport = self.viewport().width()
        score = self._score_width
        min_text = self.min_text_width()
        if criteria and viewport - criteria * score < min_text:
            narrowest = self.horizontalHeader().minimumSectionSize()
            score = max(narrowest, (viewport - min_text) // criteria)
        for col in range(1, criteria + 1):
            self.setColumnWidth(col, score)
        available = max(60, viewport - criteria * score - 2)  # (2: the grid lines)
        self.setColumnWidth(0, available)
        self.horizontalScrollBar().setValue(0)
        if available != self._text_width:
            self._text_width = available
            self._fit_rows()

    #: on a short screen every row but the current one shows at most this many lines (ending
    #: in '…'; the current row, the one being voted on, shows its whole text); None: all whole
    row_lines: int | None = None

    def set_row_lines(self, lines: int | None) -> None:
        if lines != self.row_lines:
            self.row_lines = lines
            mode = Qt.TextElideMode.ElideRight if lines else Qt.TextElideMode.ElideNone
            self.setTextElideMode(mode)
            self._fit_rows()

    def _row_height(self, row: int) -> int:
        fm = self.fontMetrics()
        width = max(50, self.columnWidth(0) - 12)
        line = fm.height()
        label = self.grid.targets[row].label
        lines = max(
            1, fm.boundingRect(0, 0, width, 10000, Qt.TextFlag.TextWordWrap, label).height() // line
        )
        if self.row_lines and row != self.currentIndex().row():
            lines = min(lines, self.row_lines)
        return int(lines * line + line * (0.4 if self.row_lines else 0.8))

    def _fit_rows(self) -> None:
        """Row heights from the wrapped text (cheaper than asking every cell for its size)."""
        for row in range(len(self.grid.targets)):
            self.setRowHeight(row, self._row_height(row))

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if self.row_lines and current.row() != previous.row():
            for row in {current.row(), previous.row()}:
                if 0 <= row < len(self.grid.targets):
                    self.setRowHeight(row, self._row_height(row))
            self.scrollTo(current)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._stretch_text_column()

    def fit_to_font(self) -> None:
        """Column widths and row heights again, after the zoom changed the type size."""
        self.ensurePolished()
        self._fit_columns()

    def first_cell(self) -> None:
        if self.grid.rowCount():
            self.setCurrentIndex(self.grid.index(0, 1))

    def move(self, step: int) -> None:
        """Go ``step`` score cells on, row by row (Tab, Enter and after an entry)."""
        criteria = self.grid.columnCount() - 1
        current = self.currentIndex()
        if criteria <= 0 or not current.isValid():
            self.first_cell()
            return
        position = current.row() * criteria + max(current.column(), 1) - 1 + step
        position = max(0, min(position, self.grid.rowCount() * criteria - 1))
        self.setCurrentIndex(self.grid.index(position // criteria, 1 + position % criteria))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        current = self.currentIndex()
        if len(text) == 1 and (text.isdecimal() or text == "-"):
            # Any script's digit counts: a Persian or Arabic keyboard layout types ۲ or ٢ for 2.
            if current.isValid() and current.column() >= 1:
                self.entered.emit(current, str(int(text)) if text.isdecimal() else text)
            return
        if key in CLEAR_KEYS:
            if current.isValid() and current.column() >= 1:
                self.entered.emit(current, None)
            return
        if key in ENTER_KEYS:
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.move(-(self.grid.columnCount() - 1) if back else self.grid.columnCount() - 1)
            return
        if key in VOTER_KEYS:
            self.next_voter.emit(VOTER_KEYS[key])
            return
        if key == Qt.Key.Key_Tab:
            self.move(1)
            return
        if key == Qt.Key.Key_Backtab:
            self.move(-1)
            return
        super().keyPressEvent(event)
        if self.currentIndex().isValid() and self.currentIndex().column() == 0:
            self.setCurrentIndex(self.grid.index(self.currentIndex().row(), 1))

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab stays in the grid: it moves between score cells (keyPressEvent).
        return False
