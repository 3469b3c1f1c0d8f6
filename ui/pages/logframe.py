"""LogFrame: a read-only preview of the matrix the rapporteur will export.

It draws the core's LogFrame rows (``logframe_rows``), the same rows the PDF,
Word and spreadsheet documents print: the Goal, each Objective and Result with
indicators, means of verification and assumptions, and their Activities with
indicator, timeline, actor(s), budget and priority.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.documents.logframe_rows import COLUMN_INDEX, HEADERS, Row, logframe_rows
from facilitator.words import document_language
from ui.i18n import current_language, translate

from .. import theme
from ..controller import Controller
from .base import StepPage

#: the column headers as the app shows them (translated in the "columns" context)
HEADER_WORDS = (
    QT_TRANSLATE_NOOP("columns", "No."),
    QT_TRANSLATE_NOOP("columns", "Narrative summary"),
    QT_TRANSLATE_NOOP("columns", "Objectively verifiable indicators"),
    QT_TRANSLATE_NOOP("columns", "Means of verification"),
    QT_TRANSLATE_NOOP("columns", "Assumptions and risks"),
    QT_TRANSLATE_NOOP("columns", "Timeline"),
    QT_TRANSLATE_NOOP("columns", "Actor(s)"),
    QT_TRANSLATE_NOOP("columns", "Budget"),
    QT_TRANSLATE_NOOP("columns", "Priority"),
)
#: each column's share of the width, and its narrowest width (pixels at zoom 1.0)
SHARES = (0.045, 0.20, 0.15, 0.12, 0.12, 0.07, 0.09, 0.09, 0.115)
MIN_WIDTHS = (48, 170, 110, 100, 100, 60, 80, 80, 100)
#: the columns that shrink when the view is narrow, in order
GIVE_WAY = (1, 2, 3, 4, 6, 8)
#: when longer titles (Russian) still overflow, the summary gives way down to this width
SUMMARY_AT_LEAST = 150
#: the columns whose longest entry should not be cut (timeline, budget)
SHORT_COLUMNS = (COLUMN_INDEX["timeline"], COLUMN_INDEX["budget"])
#: widest a timeline or budget column grows to fit its longest entry (pixels at zoom 1.0)
SHORT_COLUMN_CAP = 130
OBJECTIVE_BG = QColor("#d9e2ec")
RESULT_BG = QColor("#f1f4f7")
#: long headers on two lines, so the columns stay narrow
HEADER_LINES = {
    "Objectively verifiable indicators": QT_TRANSLATE_NOOP("columns", "Indicators"),
    "Means of verification": QT_TRANSLATE_NOOP("columns", "Means of\nverification"),
    "Assumptions and risks": QT_TRANSLATE_NOOP("columns", "Assumptions\nand risks"),
}
BACKGROUNDS = {"goal": OBJECTIVE_BG, "objective": OBJECTIVE_BG, "result": RESULT_BG}


class LogFramePage(StepPage):
    step_id = "logframe"
    title = "LogFrame"
    tables = frozenset(
        {
            "meta",
            "texts",
            "themes",
            "objectives",
            "results",
            "activities",
            "activity_refs",
            "votes",
            "countries",
            "regions",
            "region_members",
            "participants",
        }
    )
    refresh_when_hidden = False  # computing priorities on every vote elsewhere would slow voting

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.matrix = QTableWidget(0, len(HEADERS), self)
        self.matrix.setObjectName("logframe-matrix")
        self.matrix.setHorizontalHeaderLabels(
            [translate("columns", HEADER_LINES.get(h, h)) for h in HEADERS]
        )
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
        self.matrix.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.matrix.verticalHeader().hide()
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.zoom = 1.0
        #: column → width its longest unbreakable entry needs (timeline, budget)
        self._content_widths: dict[int, int] = {}
        self.fit_rows = QTimer(self)
        self.fit_rows.setSingleShot(True)
        self.fit_rows.setInterval(0)
        self.fit_rows.timeout.connect(self.matrix.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.fit_rows.start())
        self.matrix.viewport().installEventFilter(self)
        self.empty = QLabel(
            self.tr(
                "No Objectives yet: the matrix fills in as Objectives, Results and "
                "Activities are written."
            ),
            self,
        )
        self.empty.setObjectName("logframe-empty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.matrix, 1)

    def zoom_changed(self, factor: float) -> None:
        self.zoom = factor
        self._refont_rows()
        self._measure_short_columns()
        self.fit_columns()

    def _refont_rows(self) -> None:
        """Objective and result rows are bold in their own font: it follows the zoom too."""
        points = theme.point_size(self.zoom)
        for row in range(self.matrix.rowCount()):
            for column in range(self.matrix.columnCount()):
                item = self.matrix.item(row, column)
                if item is not None and item.font().bold():
                    font = QFont(item.font())
                    font.setPointSizeF(points)
                    item.setFont(font)
        self.fit_rows.start()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.matrix.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _header_width(self, column: int) -> int:
        """The width the column's title needs for its longest word (titles wrap between words:
        'Ответственные' must not be cut)."""
        item = self.matrix.horizontalHeaderItem(column)
        words = item.text().split() if item is not None else []
        header = self.matrix.horizontalHeader()
        fm = header.fontMetrics()
        return max((fm.horizontalAdvance(w) for w in words), default=0) + 12

    def fit_columns(self) -> None:
        """Share the width as the printed LogFrame does; never narrower than readable."""
        width = self.matrix.viewport().width()
        least = [
            max(round(m * self.zoom), self._content_widths.get(c, 0), self._header_width(c))
            for c, m in enumerate(MIN_WIDTHS)
        ]
        widths = [max(m, int(share * width)) for share, m in zip(SHARES, least)]
        for column in GIVE_WAY:  # wide text columns give way first, down to their least width
            overflow = sum(widths) - width
            if overflow <= 0:
                break
            widths[column] = max(least[column], widths[column] - overflow)
        overflow = sum(widths) - width
        if overflow > 0:
            widths[1] = max(round(SUMMARY_AT_LEAST * self.zoom), widths[1] - overflow)
        for column, column_width in enumerate(widths):
            self.matrix.setColumnWidth(column, column_width)
        self.fit_rows.start()

    def refresh(self) -> None:
        self.matrix.setRowCount(0)
        store = self.store
        if store is None:
            return
        with document_language(current_language()):  # the rows' fixed words as the app speaks
            rows = logframe_rows(store)
        self.empty.setVisible(len(rows) == 1)
        for row in rows:
            self._add_row(row)
        self._measure_short_columns()
        self.fit_columns()

    def _measure_short_columns(self) -> None:
        """Timelines and budgets ('2023–2025', 'USD 10,000–30,000') should not be cut."""
        metrics = self.matrix.fontMetrics()
        self._content_widths = {}
        for column in SHORT_COLUMNS:
            texts = [
                self.matrix.item(r, column).text()
                for r in range(self.matrix.rowCount())
                if self.matrix.item(r, column) is not None
            ]
            lines = [line for t in texts for line in t.splitlines()]
            widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
            self._content_widths[column] = min(widest + 12, round(SHORT_COLUMN_CAP * self.zoom))

    def _add_row(self, row: Row) -> None:
        n = self.matrix.rowCount()
        self.matrix.insertRow(n)
        background = BACKGROUNDS.get(row.level)
        for column, cell in enumerate(row.cells):
            item = QTableWidgetItem(cell.text)
            if background is not None:
                item.setBackground(QBrush(background))
                item.setForeground(QBrush(QColor("black")))
                if column < 2:
                    font = QFont(self.matrix.font())
                    font.setPointSizeF(theme.point_size(self.zoom))
                    font.setBold(True)
                    item.setFont(font)
            self.matrix.setItem(n, column, item)
