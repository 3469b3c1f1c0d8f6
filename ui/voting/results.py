"""Result tables as heatmaps: a view over ``FigureTableModel`` that fits its columns to the
width (``figure_model`` holds the model and the colours).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from facilitator.voting.results import Cell

from .figure_model import (
    BRACKETS,
    SCALE,
    WORD_BREAKS,
    FigureTableModel,
    heat,
)
from .group_band import GroupBand
from .picker import wrap_name

__all__ = ["SCALE", "Cell", "FigureTable", "FigureTableModel", "heat"]


def wrapped(text: str, metrics: QFontMetrics, width: int) -> str | None:
    """``text`` broken at spaces into lines of at most ``width`` pixels; None when it fits on
    one line."""
    if metrics.horizontalAdvance(text) <= width:
        return None
    return wrap_name(" ".join(text.split()), metrics, width)


class FigureTable(QTableView):
    """A heatmap table; sortable when asked (priorities), otherwise in the reference's order.

    Its columns fit the width: brackets wrap where the width is short, then (``smallest_points``,
    the presenter view) the type shrinks towards that size, and last the ``droppable`` columns
    (a compared country's) leave the table, which says so with ``dropped_changed``.
    """

    #: the droppable columns left out for want of width (empty: every column shown)
    dropped_changed = Signal(list)

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
        #: the smallest type (points) this table may shrink to before it drops columns; 0: its
        #: type never shrinks (the presenter view's larger type gives way down to the laptop's)
        self.smallest_points = 0.0
        #: columns that leave the table when it cannot fit them (a compared country's)
        self.droppable: set[int] = set()
        self.dropped: list[int] = []
        #: the column groups shown by ``show_grouped`` (for a copy of this table elsewhere)
        self.groups: list = []
        self._scaled_points = 0.0
        self._fits_done = 0  # how many times the columns were fitted (a nested fit counts)
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

    def show_grouped(
        self,
        headers: list[str],
        rows: list[list[Cell]],
        groups: list,
        droppable: set[int] | None = None,
    ) -> None:
        """Show a table whose figure columns come in groups: ``groups`` holds (heading, first
        column, last column) and the header then shows each column's part after the group's
        heading ('Importance C' → 'C' under 'Importance'). ``droppable`` columns leave the
        table when it cannot fit them."""
        short = {}
        for heading, first, last in groups:
            for column in range(first, last + 1):
                text = headers[column]
                # the part after the group's word, without its joining comma ('Важность,
                # всего' → 'всего')
                part = text.replace(heading, "", 1).strip(" ,;:") if heading in text else text
                short[column] = part or text
        self.groups = list(groups)
        droppable = set(droppable or ())
        refit = droppable != self.droppable
        self.droppable = droppable
        self.figures.set_table(headers, rows, short)
        if self.band is not None:
            self.band.set_groups(groups, len(headers))
        if refit:
            self.refit()

    def refit(self) -> None:
        """Measure the columns again (the zoom or the room changed)."""
        if self.figures.columnCount():
            self._fit()

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
        width = self.room()
        points = self._wanted_points(width)
        if points != self._scaled_points:
            fitted = self._fits_done
            self._set_points(points)  # the font changes: measured again at once, or here
            if self._fits_done != fitted:
                return
        self._lay_out(*self._metrics(points or self._natural_points()), width)

    def _lay_out(self, fm: QFontMetrics, heads: QFontMetrics, width: int) -> None:
        """Each column's width at this type, leaving out the droppable columns only when the
        table cannot fit them; then the rows' heights."""
        count = self.figures.columnCount()
        everything = [c for c in range(count) if c != self.wrap_column]
        plan = self._plan(fm, heads, everything, width)
        dropped: list[int] = []
        kept = [c for c in everything if c not in self.droppable]
        if not plan[2] and len(kept) < len(everything):
            plan, dropped = self._plan(fm, heads, kept, width), sorted(set(everything) - set(kept))
        widths, loose, _fits, narrowest = plan
        self.figures.loose_columns = loose
        for column in range(count):
            if self.isColumnHidden(column) != (column in dropped):
                self.setColumnHidden(column, column in dropped)
        for column, wide in widths.items():
            self.setColumnWidth(column, wide)
        room = width - sum(widths.values())
        widest = room if self.fill_width else self.wrap_width * fm.height() // 17
        text_width = max(narrowest, min(widest, room))
        self.setColumnWidth(self.wrap_column, text_width)
        self.figures.set_wrapped_heading(
            wrapped(self.figures.headers[self.wrap_column], heads, text_width - 12)
        )
        self._fitted_width = self.viewport().width()
        if self.band is not None:
            self.band.follow()
        if dropped != self.dropped:
            self.dropped = dropped
            self.dropped_changed.emit(dropped)
        self._fit_rows()
        self._fits_done += 1

    def _plan(
        self, fm: QFontMetrics, heads: QFontMetrics, columns: list[int], width: int
    ) -> tuple[dict[int, int], set[int], bool, int]:
        """(width of each of ``columns``, the loose ones, whether all fit, the text column's
        narrowest) — brackets whole on their lines where the width allows it; where it does
        not, the columns that gain most let their brackets wrap inside, one by one."""
        wrap = self.wrap_column
        words = {
            w
            for row in self.figures.rows[:400]
            if wrap < len(row)
            for w in WORD_BREAKS.split(row[wrap].text)
        }
        longest = max((fm.horizontalAdvance(w) for w in words), default=0) + 16
        if wrap < len(self.figures.headers):  # nor narrower than its heading's longest word
            heading = self.figures.headers[wrap].split()
            longest = max([longest] + [heads.horizontalAdvance(w) + 16 for w in heading])
        narrowest = max(14 * fm.averageCharWidth(), longest)
        loose_set: set[int] = set()
        widths = {c: self._column_width(c, fm, heads, loose=False) for c in columns}
        loose = {c: self._column_width(c, fm, heads, loose=True) for c in columns}
        for column in sorted(columns, key=lambda c: loose[c] - widths[c]):
            if sum(widths.values()) + narrowest <= width or loose[column] >= widths[column]:
                break
            widths[column] = loose[column]
            loose_set.add(column)
        return widths, loose_set, sum(widths.values()) + narrowest <= width, narrowest

    def _metrics(self, points: float) -> tuple[QFontMetrics, QFontMetrics]:
        """The body's and the bold header's metrics, at ``points`` (0: as the table is now)."""
        body = QFont(self.font())
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)
        if points:
            body.setPointSizeF(points)
            bold.setPointSizeF(points)
        return QFontMetrics(body), QFontMetrics(bold)

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
    #: each step the type shrinks by while a ``smallest_points`` table does not fit
    SHRINK_STEP = 0.92

    def _wanted_points(self, width: int) -> float:
        """The type this table wants (0: as its parent's): larger on a big screen
        (``fill_width``), smaller — down to ``smallest_points`` — until every column fits."""
        natural = self._natural_points()
        if natural <= 0:
            return 0.0
        points = natural
        if self.fill_width:
            growth = min(self.MOST_GROWTH, max(1.0, self.viewport().width() / self.BIG_SCREEN))
            points = round(natural * growth, 1)
        smallest = self.smallest_points
        columns = [c for c in range(self.figures.columnCount()) if c != self.wrap_column]
        while smallest and points > smallest:
            if self._plan(*self._metrics(points), columns, width)[2]:
                break
            points = max(smallest, round(points * self.SHRINK_STEP, 1))
        return 0.0 if points == natural else points

    def _natural_points(self) -> float:
        """The type size this table inherits (its parent's; 0 when it has none)."""
        parent = self.parentWidget()
        return parent.font().pointSizeF() if parent is not None else 0.0

    def _set_points(self, points: float) -> None:
        """This table's own type size (0: its parent's), its headers and band included."""
        self._scaled_points = points
        css = f"QTableView, QHeaderView {{ font-size: {points}pt; }}" if points else ""
        self.setStyleSheet(css)
        if self.band is not None:
            self.band.setStyleSheet(css)

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
        self._keep_rows_in_sight()

    def _keep_rows_in_sight(self) -> None:
        """The table never shrinks below its headings and first rows (up to 14 lines of text):
        zoomed on a low projector, the page scrolls down instead of showing a sliver of a row
        whose figures sit below the sliver."""
        shown = sum(self.rowHeight(row) for row in range(min(3, self.model().rowCount())))
        frame = 2 * self.frameWidth() + self.horizontalHeader().height()
        self.setMinimumHeight(min(frame + shown, frame + 14 * self.fontMetrics().height()))

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
                    if cell.text
                    and (c == self.wrap_column or " " in cell.text)
                    and c not in self.dropped
                )
                if any(cell.text for c, cell in enumerate(cells) if c not in self.dropped)
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
                if column in self.dropped:
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
