"""Prioritisation: every activity given a priority (1–3) per voter, for a country.

The Vote tab runs the vote on the shared screen; the Results tab (once
revealed) shows the priorities per country with the overall mean (Appendix
IV), sortable by any column, with the votes behind any figure.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.plan import model
from facilitator.voting.results import Results
from facilitator.voting.state import PRIORITISATION

from ..voting import figures
from ..voting.details import FigureDetails
from ..voting.page import VotePage
from ..voting.results import FigureTable


class PrioritisationPage(VotePage):
    all_countries_label = QT_TRANSLATE_NOOP("VotingResults", "Every country")
    country_label = "{name} ({code}) against the overall"
    step_id = "prioritisation"
    title = "Prioritisation"
    kind = PRIORITISATION

    def build_results(self) -> QWidget:
        self._results: Results | None = None
        self._numbers: dict[int, str] = {}
        self.country_box = self.make_country_box()
        self.table = FigureTable("priority-table", sortable=True)
        self.table.wrap_width, self.table.wrap_column = 520, 1
        self.table.clicked.connect(self._show_details)
        self.details = FigureDetails()
        return self.results_box(
            self.tr("Show:"), self.table, QLabel(self.tr("Click a column heading to sort."))
        )

    def refresh_results(self) -> None:
        if self.store is None:
            return
        self._fill_countries()
        self.show_results(self.compute_results(self.store, self.country()))

    @staticmethod
    def compute_results(store, country: str | None) -> dict:
        """Every figure the Results tab shows (no Qt widgets touched: see ThreatRankingPage)."""
        return {
            "table": figures.priority_table(Results(store), country),
            "numbers": {a.id: a.number for a in model.activities(store)},
        }

    def show_results(self, data: dict) -> None:
        self._results = None  # the votes behind a figure are read on this thread when asked
        headers, rows = data["table"]
        sorted_by, order = self._sort_order()
        self.table.figures.set_table(headers, rows)
        column = headers.index(sorted_by) if sorted_by in headers else 0
        self.table.sortByColumn(column, order if column else Qt.SortOrder.AscendingOrder)
        self._numbers = data["numbers"]
        self.details.show_figure("", None, None)

    def _sort_order(self) -> tuple[str, Qt.SortOrder]:
        """The column (by heading) and order the table is sorted by, kept when the figures change."""
        header = self.table.horizontalHeader()
        headings = self.table.figures.headers
        section = header.sortIndicatorSection()
        heading = headings[section] if 0 <= section < len(headings) else ""
        return heading, header.sortIndicatorOrder()

    def _show_details(self, index) -> None:
        cell = self.table.cell_at(index)
        if cell is None or not cell.key or self.store is None:
            self.details.show_figure("", None, None)
            return
        if self._results is None:
            self._results = Results(self.store)
        votes = self._results.votes_behind("activity", cell.key)
        self.details.show_figure(f"activity {self._numbers.get(cell.key[1], '?')}", cell, votes)
