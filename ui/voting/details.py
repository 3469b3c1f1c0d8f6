"""Behind a figure: how many votes, their spread, and the votes themselves on demand."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.voting.results import Cell, VotesBehind
from facilitator.voting.state import CRITERION_TITLES
from ui.i18n import core_text, translate


def _t(text: str, n: int = -1) -> str:
    return translate("FigureDetails", text, None, n)


class FigureDetails(QWidget):
    """A line about the selected figure and a 'Show votes' button that lists them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figure-details")
        self.line = QLabel(
            self.tr("Select a figure (or a dot of the chart) to see the votes behind it.")
        )
        self.line.setObjectName("figure-summary")
        self.line.setWordWrap(True)
        self.button = QPushButton(self.tr("Show votes"))
        self.button.setObjectName("show-votes")
        self.button.setCheckable(True)
        self.button.setEnabled(False)
        self.button.toggled.connect(self._toggle)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("votes-behind")
        self.table.setHorizontalHeaderLabels([self.tr("Voter"), self.tr("For"), self.tr("Vote")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(180)
        self.table.hide()
        top = QHBoxLayout()
        top.addWidget(self.line, 1)
        top.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table)

    def show_figure(self, what: str, cell: Cell | None, votes: VotesBehind | None) -> None:
        """The figure's line and its votes, all as the core's results layer gives them."""
        if cell is None or not cell.key or votes is None:
            self.line.setText(
                self.tr("Select a figure (or a dot of the chart) to see the votes behind it.")
            )
            self.button.setEnabled(False)
            self.button.setChecked(False)
            return
        criterion = core_text(CRITERION_TITLES.get(cell.key[2], cell.key[2]))
        where = self.tr("range-wide") if cell.key[0] == "overall" else cell.key[3]
        self.line.setText(
            self.tr("{0} of {1}, {2}: {3} — {4}").format(
                criterion, what, where, cell.text, core_text(votes.summary)
            )
        )
        self.button.setEnabled(len(votes.lines) > 0)
        self._fill(votes)

    def _fill(self, votes: VotesBehind) -> None:
        self.table.setRowCount(len(votes.lines))
        for row, line in enumerate(votes.lines):
            for col, text in enumerate((line.participant, line.scope, line.text)):
                self.table.setItem(row, col, QTableWidgetItem(str(text)))

    def _toggle(self, on: bool) -> None:
        self.table.setVisible(on)
        self.button.setText(self.tr("Hide votes") if on else self.tr("Show votes"))
