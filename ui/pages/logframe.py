"""LogFrame: a read-only preview of the matrix the rapporteur will export.

The Goal, then each Objective with its Results and their Activities, with
indicator, timeline, actor(s), budget and priority — read from the core
(``model.outline`` and the priorities the scoring computes).
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

from facilitator.plan import model
from facilitator.voting.logframe import priority_texts
from facilitator.words import document_language
from ui.i18n import current_language, isolate, translate

from ..controller import Controller
from .base import StepPage

HEADERS = (
    QT_TRANSLATE_NOOP("columns", "No."),
    QT_TRANSLATE_NOOP("columns", "Objective / Result / Activity"),
    QT_TRANSLATE_NOOP("columns", "Indicator"),
    QT_TRANSLATE_NOOP("columns", "Timeline"),
    QT_TRANSLATE_NOOP("columns", "Actor(s)"),
    QT_TRANSLATE_NOOP("columns", "Budget"),
    QT_TRANSLATE_NOOP("columns", "Priority"),
)
#: each column's share of the width, and its narrowest width (pixels at zoom 1.0)
SHARES = (0.05, 0.31, 0.17, 0.10, 0.13, 0.10, 0.14)
MIN_WIDTHS = (44, 220, 110, 90, 100, 90, 120)
#: the columns that shrink when the view is narrow, in order
GIVE_WAY = (1, 2, 4)
#: widest a timeline or budget column grows to fit its longest entry (pixels at zoom 1.0)
SHORT_COLUMN_CAP = 120
OBJECTIVE_BG = QColor("#d9e2ec")
RESULT_BG = QColor("#f1f4f7")


class LogFramePage(StepPage):
    step_id = "logframe"
    title = "LogFrame"
    tables = frozenset(
        {
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
        self.goal = QLabel(self)
        self.goal.setObjectName("logframe-goal")
        self.goal.setWordWrap(True)
        self.goal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matrix = QTableWidget(0, len(HEADERS), self)
        self.matrix.setObjectName("logframe-matrix")
        self.matrix.setHorizontalHeaderLabels([translate("columns", h) for h in HEADERS])
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
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
        layout.addWidget(self.goal)
        layout.addWidget(self.empty)
        layout.addWidget(self.matrix, 1)

    def zoom_changed(self, factor: float) -> None:
        self.zoom = factor
        self._measure_short_columns()
        self.fit_columns()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.matrix.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Share the width as the printed LogFrame does; never narrower than readable."""
        width = self.matrix.viewport().width()
        least = [
            max(round(m * self.zoom), self._content_widths.get(c, 0))
            for c, m in enumerate(MIN_WIDTHS)
        ]
        widths = [max(m, int(share * width)) for share, m in zip(SHARES, least)]
        for column in GIVE_WAY:  # wide text columns give way first, down to their least width
            overflow = sum(widths) - width
            if overflow <= 0:
                break
            widths[column] = max(least[column], widths[column] - overflow)
        for column, column_width in enumerate(widths):
            self.matrix.setColumnWidth(column, column_width)
        self.fit_rows.start()

    def refresh(self) -> None:
        self.matrix.setRowCount(0)
        store = self.store
        if store is None:
            self.goal.clear()
            return
        goal = model.adopted_text(store, "goal")
        self.goal.setText(
            self.tr("<b>Goal:</b> {0}").format(isolate(_escape(goal)))
            if goal
            else self.tr("<b>Goal:</b> <i>not adopted yet</i>")
        )
        outline = model.outline(store)
        self.empty.setVisible(not outline)
        with document_language(current_language()):  # "High (≥ 2.5)" as the app speaks
            priorities = priority_texts(store) if outline else {}
        for objective in outline:
            theme = (
                self.tr(" (theme: {0})").format(isolate(objective.theme)) if objective.theme else ""
            )
            heading = self.tr("Objective: {0}").format(isolate(objective.text)) + theme
            self._add_row([objective.number, heading], OBJECTIVE_BG, span_from=1)
            for result in objective.results:
                self._add_row(
                    [
                        result.number,
                        self.tr("Result: {0}").format(isolate(result.text)),
                        result.indicator,
                    ],
                    RESULT_BG,
                    span_from=2,
                )
                for activity in result.activities:
                    text = activity.text + (
                        self.tr(" (see Activity {0})").format(", ".join(activity.refs))
                        if activity.refs
                        else ""
                    )
                    self._add_row(
                        [
                            activity.number,
                            text,
                            activity.indicator,
                            activity.timeline,
                            activity.actors,
                            activity.budget,
                            priorities.get(activity.id, ""),
                        ]
                    )
        self._measure_short_columns()
        self.fit_columns()

    def _measure_short_columns(self) -> None:
        """Timelines and budgets ('2023–2025', 'USD 10,000–30,000') should not be cut."""
        metrics = self.matrix.fontMetrics()
        self._content_widths = {}
        for column in (3, 5):
            texts = [
                self.matrix.item(r, column).text()
                for r in range(self.matrix.rowCount())
                if self.matrix.item(r, column) is not None
            ]
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            self._content_widths[column] = min(widest + 12, round(SHORT_COLUMN_CAP * self.zoom))

    def _add_row(
        self, cells: list[str], background: QColor | None = None, span_from: int | None = None
    ) -> None:
        row = self.matrix.rowCount()
        self.matrix.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if background is not None:
                item.setBackground(QBrush(background))
                item.setForeground(QBrush(QColor("black")))
                font = QFont(self.matrix.font())
                font.setBold(True)
                item.setFont(font)
            self.matrix.setItem(row, column, item)
        if span_from is not None:
            self.matrix.setSpan(row, span_from, 1, len(HEADERS) - span_from)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
