"""Result tables as heatmaps: a Qt model over the core's cells (``facilitator.voting.results``).

The model only adapts: each cell's text, number and key are computed when the
table is built, so ``data`` reads lists and never the session.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from facilitator.voting.results import MISSING_TEXT, Cell
from ui.i18n import core_text

from ..contrast import ink_for
from .group_band import GroupBand

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
#: colour at the 'strong' end of each criterion's scale
HEAT = {
    "importance": QColor("#d7301f"),
    "capacity": QColor("#2b8cbe"),
    "priority": QColor("#238b45"),
}
SCALE = {"importance": (0.0, 3.0), "capacity": (1.0, 3.0), "priority": (1.0, 3.0)}
HEADING = QColor("#ececec")
HEADING_INK = ink_for(HEADING)


#: where a by-region figure may wrap: before each bracketed country, '2.0 (TM 1.5) (IR 1)'
BRACKETS = re.compile(r"\s+(?=\()")
#: a space inside a bracket ('(TM 1.5)'), kept from breaking while the column has room
INSIDE_BRACKET = re.compile(r"\(([^()\s]+) ([^()]*)\)")
NBSP = "\u00a0"
#: where an item's text may wrap: at spaces and after a slash ('transboundary/' 'regional/')
WORD_BREAKS = re.compile(r"(?<=/)|\s+")
#: the tint of the lowest score: a figure of 0 or 1 is coloured, never blank like a missing one
LOWEST_TINT = 0.12


def heat(value: float | None, criterion: str) -> QColor | None:
    """A pale tint at the bottom of the scale to the criterion's colour at the top."""
    if value is None or criterion not in HEAT:
        return None
    low, high = SCALE[criterion]
    share = max(0.0, min(1.0, (value - low) / (high - low)))
    share = LOWEST_TINT + (1 - LOWEST_TINT) * share
    strong = HEAT[criterion]
    mix = lambda a: int(255 + (a - 255) * share * 0.85)
    return QColor(mix(strong.red()), mix(strong.green()), mix(strong.blue()))


@lru_cache(maxsize=2048)
def _colours(value: float | None, criterion: str) -> tuple[QColor | None, QColor | None]:
    """(background, ink) of a figure: worked out once per figure and criterion, not on every
    paint of every cell."""
    background = heat(value, criterion)
    return background, (ink_for(background) if background is not None else None)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class FigureTableModel(QAbstractTableModel):
    """Rows of ``Cell``; a row whose only cell is text is a section heading (Drivers, Threats)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[Cell]] = []
        #: a grouped column's own heading under its group's ('C' under 'Importance')
        self.short_headings: dict[int, str] = {}
        #: columns whose brackets may wrap inside ('(TM' over '1.5)'): only where the table
        #: would not fit the width with every bracket on one line; elsewhere they stay whole
        self.loose_columns: set[int] = set()

    #: rows whose cells changed in place (``set_table`` of a table of the same shape)
    rows_changed = Signal(list)

    def set_table(
        self,
        headers: list[str],
        rows: list[list[Cell]],
        short_headings: dict[int, str] | None = None,
    ) -> None:
        """Show ``rows``: a table of the same headings and length changes in place, row by row
        (``dataChanged`` for the rows that differ: after a vote, one or two); any other resets."""
        short = dict(short_headings or {})
        same_shape = headers == self.headers and short == self.short_headings
        if same_shape and len(rows) == len(self.rows) and rows:
            changed = [n for n, (old, new) in enumerate(zip(self.rows, rows)) if old != new]
            self.rows = rows
            last_column = len(headers) - 1
            for first, last in _runs(changed):
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
            if changed:
                self.rows_changed.emit(changed)
            return
        self.short_headings = short
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.endResetModel()

    def cell(self, index: Index) -> Cell | None:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        return row[index.column()] if index.column() < len(row) else None

    def is_heading(self, row: int) -> bool:
        return len(self.rows[row]) == 1

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        heading = index.isValid() and self.is_heading(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and heading:
            return HEADING
        if role == Qt.ItemDataRole.ForegroundRole:  # ink that reads on the cell in either theme
            if heading:
                return HEADING_INK
            return _colours(cell.value, cell.criterion)[1] if cell is not None else None
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.text == MISSING_TEXT["empty"]:
                return core_text(cell.text)
            return self.shown_text(cell.text, index.column()) if cell.criterion else cell.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return _colours(cell.value, cell.criterion)[0]
        if role == Qt.ItemDataRole.FontRole and heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0 and cell.criterion:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return (
                cell.sort
                if cell.sort is not None
                else (cell.value if cell.value is not None else -1.0)
            )
        if role == Qt.ItemDataRole.ToolTipRole and cell.criterion:
            note = f"\n{cell.footnote}" if cell.footnote else ""
            return f"{cell.text}{note}\nSelect to see the votes behind this figure."
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section >= len(self.headers):
                return None
            return self.shown_heading(section)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None

    #: the column whose heading stays on one line (the text column)
    wrap_column = 0

    def shown_text(self, text: str, column: int) -> str:
        """A figure as drawn: each bracket kept whole on its line unless its column is loose."""
        if column in self.loose_columns or "(" not in text:
            return text
        return INSIDE_BRACKET.sub(lambda m: f"({m.group(1)}{NBSP}{m.group(2)})", text)

    def shown_heading(self, section: int) -> str:
        """A figure column's heading in short lines ('Importance' over 'overall'), so the
        column is as narrow as its figures; under a group only its own part ('C')."""
        if section in self.short_headings:
            return self.short_headings[section]
        text = self.headers[section]
        if section == self.wrap_column:
            return text
        return text.replace("/", "/\n").replace(" ", "\n", 1)


class FigureTable(QTableView):
    """A heatmap table; sortable when asked (priorities), otherwise in the reference's order."""

    def __init__(self, name: str, sortable: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.figures = FigureTableModel(self)
        if sortable:
            self.proxy = QSortFilterProxyModel(self)
            self.proxy.setSourceModel(self.figures)
            self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
            self.setModel(self.proxy)
            self.setSortingEnabled(True)
            self.proxy.layoutChanged.connect(self._fit_rows)
        else:
            self.proxy = None
            self.setModel(self.figures)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped whole, never cut with '…'
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setMinimumSectionSize(8)  # as narrow as the figures, at any zoom
        self.wrap_width = 460  # the widest the text column grows
        #: a big screen: the text column takes all the width and the type grows with it
        #: (Table 3.1 on a 1920-pixel projector reads like the published table)
        self.fill_width = False
        self._scaled_points = 0.0
        self.wrap_column = 0  # the column whose text wraps
        self._fitted_width = 0
        self._heights: dict[int, int] = {}  # model row → height at the present column widths
        self._fit_pending = False  # changed while hidden: measure when shown
        self.band: GroupBand | None = None
        self.figures.modelReset.connect(self._fit)
        self.figures.rows_changed.connect(self._refit_rows)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._heights.clear())

    def make_band(self) -> GroupBand:
        """The row of group headings over this table's header (placed by the page)."""
        if self.band is None:
            self.band = GroupBand(self)
        return self.band

    def show_grouped(self, headers: list[str], rows: list[list[Cell]], groups: list) -> None:
        """Show a table whose figure columns come in groups: ``groups`` holds (heading, first
        column, last column) and the header then shows each column's part after the group's
        heading ('Importance C' → 'C' under 'Importance')."""
        short = {}
        for heading, first, last in groups:
            for column in range(first, last + 1):
                text = headers[column]
                part = text.replace(heading, "", 1).strip() if heading in text else text
                short[column] = part or text
        self.figures.set_table(headers, rows, short)
        if self.band is not None:
            self.band.set_groups(groups, len(headers))

    def _fit(self) -> None:
        """Column widths from the headers, row heights from the wrapped first column.

        Measured here rather than with ``resizeRowsToContents``, which asks every
        cell for its size and takes about a second on a large workshop.
        """
        count = self.figures.columnCount()
        self._heights.clear()
        if not count:
            return
        if not self.isVisible():  # a table on another tab is measured when it is shown
            self._fit_pending = True
            return
        self._fit_pending = False
        self.figures.wrap_column = self.wrap_column
        fm = self.fontMetrics()
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)
        heads = QFontMetrics(bold)
        wrap = self.wrap_column
        words = {
            w
            for row in self.figures.rows[:400]
            if wrap < len(row)
            for w in WORD_BREAKS.split(row[wrap].text)
        }
        longest = max((fm.horizontalAdvance(w) for w in words), default=0) + 16
        narrowest = max(14 * fm.averageCharWidth(), longest)
        width = self.room()
        # brackets whole on their lines where the width allows it; where it does not, the
        # columns that gain most let their brackets wrap inside, one by one, until all fit
        self.figures.loose_columns = set()
        figures = [c for c in range(count) if c != wrap]
        widths = {c: self._column_width(c, fm, heads, loose=False) for c in figures}
        loose = {c: self._column_width(c, fm, heads, loose=True) for c in figures}
        for column in sorted(figures, key=lambda c: loose[c] - widths[c]):
            if sum(widths.values()) + narrowest <= width or loose[column] >= widths[column]:
                break
            widths[column] = loose[column]
            self.figures.loose_columns.add(column)
        for column, wide in widths.items():
            self.setColumnWidth(column, wide)
        room = width - sum(widths.values())
        widest = room if self.fill_width else self.wrap_width * fm.height() // 17
        self.setColumnWidth(wrap, max(narrowest, min(widest, room)))
        self._fitted_width = self.viewport().width()
        self._fit_rows()

    def room(self) -> int:
        """The width the columns may take: the view's, less a vertical scroll bar's even
        before one shows (rows grow as they wrap, and a bar then would need sideways room)."""
        bar = self.verticalScrollBar()
        reserve = 0 if bar.isVisible() else bar.sizeHint().width()
        return self.viewport().width() - reserve - 4

    def _column_width(
        self, column: int, fm: QFontMetrics, heads: QFontMetrics, loose: bool = False
    ) -> int:
        """As narrow as the heading's longest line and the widest figure allow (a country
        column of a priorities table is as wide as '2.75', not a fixed 70 pixels)."""
        lines = self.figures.shown_heading(column).split("\n")
        widest_head = max(heads.horizontalAdvance(line) for line in lines)
        texts = {row[column].text for row in self.figures.rows[:400] if column < len(row)}
        breaks = re.compile(r"\s+") if loose else BRACKETS
        pieces = {p for t in texts if len(t) < 80 for p in breaks.split(t)}
        widest_cell = max((fm.horizontalAdvance(p) for p in pieces), default=0)
        return max(widest_head, widest_cell) + fm.averageCharWidth() // 2 + 10

    #: the viewport width from which a ``fill_width`` table's type grows, and its largest growth
    BIG_SCREEN, MOST_GROWTH = 1100, 1.4

    def _scale_for_screen(self) -> None:
        """Larger type on a big screen (only for ``fill_width`` tables)."""
        if not self.fill_width:
            return
        app_points = self.parentWidget().font().pointSizeF() if self.parentWidget() else 0
        if app_points <= 0:
            return
        growth = min(self.MOST_GROWTH, max(1.0, self.viewport().width() / self.BIG_SCREEN))
        points = round(app_points * growth, 1)
        if points != self._scaled_points:
            self._scaled_points = points
            self.setStyleSheet(f"QTableView {{ font-size: {points}pt; }}" if growth > 1 else "")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.figures.columnCount():
            self._fit()  # zoomed or grown: measure again

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_for_screen()
        if self.viewport().width() != self._fitted_width:
            self._fit()

    def _fit_rows(self) -> None:
        """Every row's height (after a reset, new column widths or a new order); heights already
        measured at these widths are reused."""
        count = self.figures.columnCount()
        self.clearSpans()
        for row in range(self.model().rowCount()):
            source = self._source_row(row)
            if len(self.figures.rows[source]) == 1 and count > 1:
                self.setSpan(row, 0, 1, count)
            self.setRowHeight(row, self._row_height(source))

    def _source_row(self, row: int) -> int:
        if self.proxy is None:
            return row
        return self.proxy.mapToSource(self.proxy.index(row, 0)).row()

    def _row_height(self, source: int) -> int:
        """The height of a row of the model: its tallest wrapped cell, measured once per width."""
        height = self._heights.get(source)
        if height is not None:
            return height
        cells, count = self.figures.rows[source], self.figures.columnCount()
        fm = self.fontMetrics()
        line = fm.height()
        if len(cells) == 1 and count > 1:
            height = int(line * 1.5)
        else:
            tallest = (
                max(
                    fm.boundingRect(
                        0,
                        0,
                        max(8, self.columnWidth(c) - 8),
                        10000,
                        Qt.TextFlag.TextWordWrap,
                        self.figures.shown_text(cell.text, c) if cell.criterion else cell.text,
                    ).height()
                    for c, cell in enumerate(cells)
                    if cell.text and (c == self.wrap_column or " " in cell.text)
                )
                if any(cell.text for cell in cells)
                else line
            )
            height = int(max(line, tallest) + line * 0.5)
        self._heights[source] = height
        return height

    def _refit_rows(self, changed: list[int]) -> None:
        """Rows whose figures changed in place: measure those rows again, and the columns only
        when a new figure no longer fits its column."""
        if self._fit_pending or not self.isVisible():
            self._fit_pending = True
            return
        fm = self.fontMetrics()
        room = fm.averageCharWidth() + 8  # as ``_column_width`` measures
        loose = self.figures.loose_columns
        for source in changed:
            for column, cell in enumerate(self.figures.rows[source]):
                if column == self.wrap_column or not cell.text or len(cell.text) >= 80:
                    continue
                breaks = re.compile(r"\s+") if column in loose else BRACKETS
                needed = max(fm.horizontalAdvance(p) for p in breaks.split(cell.text)) + room
                if needed > self.columnWidth(column):
                    self._fit()
                    return
        for source in changed:
            self._heights.pop(source, None)
            row = (
                self.proxy.mapFromSource(self.figures.index(source, 0)).row()
                if self.proxy is not None
                else source
            )
            if row >= 0:
                self.setRowHeight(row, self._row_height(source))

    def cell_at(self, index: QModelIndex) -> Cell | None:
        source = self.proxy.mapToSource(index) if self.proxy is not None else index
        return self.figures.cell(source)
