"""The progress board: per voter, how many cells are done; never the values."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from facilitator.voting.state import Progress

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
DONE = QColor("#2f6f3e")
PARTLY = QColor("#e0a526")
TRACK = QColor("#e6e6e6")


class ProgressModel(QAbstractTableModel):
    """Rows: voters; columns: name, done / total."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ProgressModel", "Voter"),
        QT_TRANSLATE_NOOP("ProgressModel", "Done"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Progress] = []

    def set_rows(self, rows: list[Progress]) -> None:
        if [r.participant.id for r in rows] == [r.participant.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def update_rows(self, changed: list[Progress]) -> None:
        """Replace the rows of the voters in ``changed`` (one voter typed)."""
        by_id = {r.participant.id: r for r in changed}
        for n, row in enumerate(self.rows):
            if row.participant.id in by_id:
                self.rows[n] = by_id[row.participant.id]
                self.dataChanged.emit(self.index(n, 0), self.index(n, 1))

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.participant.name if index.column() == 0 else f"{row.done} / {row.total}"
        if role == Qt.ItemDataRole.UserRole:
            return row.done / row.total if row.total else 0.0
        if role == Qt.ItemDataRole.ToolTipRole:
            scopes = f" for {row.scopes} scopes" if row.scopes > 1 else ""
            return f"{row.participant.name}: {row.done} of {row.total} cells answered{scopes}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws the 'done' cell as a bar with the count on it."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        if index.column() != 1:
            super().paint(painter, option, index)
            return
        share = float(index.data(Qt.ItemDataRole.UserRole) or 0.0)
        rect = option.rect.adjusted(3, 4, -3, -4)
        painter.save()
        painter.fillRect(rect, TRACK)
        bar = QRect(rect.left(), rect.top(), int(rect.width() * min(share, 1.0)), rect.height())
        painter.fillRect(bar, DONE if share >= 1.0 else PARTLY)
        painter.setPen(QColor("white") if share >= 1.0 else QColor("black"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, index.data())
        painter.restore()


class ProgressBoard(QTableView):
    """Who has voted how much, for the facilitator to see who still has cells to fill."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progress-board")
        self.progress = ProgressModel(self)
        self.setModel(self.progress)
        self.setItemDelegateForColumn(1, ProgressDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.setMinimumWidth(120)
        self.fit_to_font()

    def fit_to_font(self) -> None:
        """Room for '000 / 000' at the current type size."""
        self.ensurePolished()
        self.horizontalHeader().resizeSection(
            1, self.fontMetrics().horizontalAdvance("000 / 000") + 24
        )
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.6))
