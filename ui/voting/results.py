"""Result tables as heatmaps: a Qt model over the core's cells (``facilitator.voting.results``).

The model only adapts: each cell's text, number and key are computed when the
table is built, so ``data`` reads lists and never the session.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from facilitator.voting.results import MISSING_TEXT, Cell
from ui.i18n import core_text

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


def heat(value: float | None, criterion: str) -> QColor | None:
    """White at the bottom of the scale to the criterion's colour at the top."""
    if value is None or criterion not in HEAT:
        return None
    low, high = SCALE[criterion]
    share = max(0.0, min(1.0, (value - low) / (high - low)))
    strong = HEAT[criterion]
    mix = lambda a: int(255 + (a - 255) * share * 0.85)
    return QColor(mix(strong.red()), mix(strong.green()), mix(strong.blue()))


class FigureTableModel(QAbstractTableModel):
    """Rows of ``Cell``; a row whose only cell is text is a section heading (Drivers, Threats)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[Cell]] = []

    def set_table(self, headers: list[str], rows: list[list[Cell]]) -> None:
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
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return core_text(cell.text) if cell.text == MISSING_TEXT["empty"] else cell.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return heat(cell.value, cell.criterion)
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
            return f"{cell.text}\nSelect to see the votes behind this figure."
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None


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
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.wrap_width = 460  # the widest the text column grows
        self.wrap_column = 0  # the column whose text wraps
        self._fitted_width = 0
        self.figures.modelReset.connect(self._fit)

    def _fit(self) -> None:
        """Column widths from the headers, row heights from the wrapped first column.

        Measured here rather than with ``resizeRowsToContents``, which asks every
        cell for its size and takes about a second on a large workshop.
        """
        count = self.figures.columnCount()
        if not count:
            return
        fm = self.fontMetrics()
        wrap = self.wrap_column
        for column in range(count):
            if column != wrap:
                header = self.figures.headers[column]
                self.setColumnWidth(column, min(170, max(70, fm.horizontalAdvance(header) + 24)))
        others = sum(self.columnWidth(c) for c in range(count) if c != wrap)
        self.setColumnWidth(
            wrap, max(220, min(self.wrap_width, self.viewport().width() - others - 4))
        )
        self._fitted_width = self.viewport().width()
        self._fit_rows()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._fitted_width:
            self._fit()

    def _fit_rows(self) -> None:
        count, wrap = self.figures.columnCount(), self.wrap_column
        fm = self.fontMetrics()
        self.clearSpans()
        line = fm.height()
        for row in range(self.model().rowCount()):
            source = (
                self.proxy.mapToSource(self.proxy.index(row, 0)).row()
                if self.proxy is not None
                else row
            )
            cells = self.figures.rows[source]
            if len(cells) == 1 and count > 1:
                self.setSpan(row, 0, 1, count)
                self.setRowHeight(row, int(line * 1.5))
                continue
            text = cells[min(wrap, len(cells) - 1)].text
            width = self.columnWidth(wrap) - 10
            height = fm.boundingRect(
                0, 0, max(40, width), 10000, Qt.TextFlag.TextWordWrap, text
            ).height()
            self.setRowHeight(row, int(max(line, height) + line * 0.5))

    def cell_at(self, index: QModelIndex) -> Cell | None:
        source = self.proxy.mapToSource(index) if self.proxy is not None else index
        return self.figures.cell(source)
