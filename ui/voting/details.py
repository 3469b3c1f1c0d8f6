"""Behind a figure: how many votes, their spread, and the votes themselves on demand."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.voting.results import Cell, VotesBehind
from facilitator.voting.state import CRITERION_TITLES
from ui.i18n import core_text, translate
from ui.widgets.autosave import save_after_pause


def _t(text: str, n: int = -1) -> str:
    return translate("FigureDetails", text, None, n)


class FigureDetails(QWidget):
    """A line about the selected figure and a 'Show votes' button that lists them; on a threat
    figure, its footnote (Enter writes it, an emptied field removes it)."""

    #: the figure's key and the footnote typed for it ('' removes it)
    footnote_written = Signal(tuple, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._key: tuple = ()
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
        self.footnote_label = QLabel(self.tr("Footnote:"))
        self.footnote = QLineEdit()
        self.footnote.setObjectName("figure-footnote")
        self.footnote.setPlaceholderText(
            self.tr("printed under the score tables; Enter keeps it, an empty field removes it")
        )
        self.footnote_label.setBuddy(self.footnote)
        self.footnote.returnPressed.connect(self._write_footnote)
        save_after_pause(self.footnote, self._write_footnote)  # in the file 0.25 s after typing
        self._shown_footnote = ""
        note_row = QHBoxLayout()
        note_row.addWidget(self.footnote_label)
        note_row.addWidget(self.footnote, 1)
        top = QHBoxLayout()
        top.addWidget(self.line, 1)
        top.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(note_row)
        column.addWidget(self.table)
        self.show_footnote((), "", False)

    def show_footnote(self, key: tuple, text: str, allowed: bool) -> None:
        """The footnote field for the figure ``key`` (hidden where the tables print none)."""
        typing = key == self._key and self.footnote.hasFocus()
        self._key = key
        if not typing:  # results refreshed while the footnote is typed: the typing stays
            self._shown_footnote = text
            self.footnote.blockSignals(True)
            self.footnote.setText(text)
            self.footnote.blockSignals(False)
        for widget in (self.footnote_label, self.footnote):
            widget.setVisible(allowed)

    @property
    def shown_key(self) -> tuple:
        """The key of the figure shown ('()' for none)."""
        return self._key

    def _write_footnote(self) -> None:
        text = self.footnote.text().strip()
        if self._key and text != self._shown_footnote:
            self._shown_footnote = text
            self.footnote_written.emit(self._key, text)

    def show_figure(self, what: str, cell: Cell | None, votes: VotesBehind | None) -> None:
        """The figure's line and its votes, all as the core's results layer gives them."""
        if cell is None or not cell.key or votes is None:
            self.line.setText(
                self.tr("Select a figure (or a dot of the chart) to see the votes behind it.")
            )
            self.button.setEnabled(False)
            self.button.setChecked(False)
            self.show_footnote((), "", False)
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
