"""Threat ranking: every driver and threat scored for importance and capacity, per voter.

The Vote tab runs the vote on the shared screen; the Results tab (once
revealed) shows Table 3.1, the by-region table (Appendix III) and the
importance × capacity chart, with the votes behind any figure.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from facilitator.plan import model
from facilitator.voting.results import Results
from facilitator.voting.state import THREAT_RANKING

from ..voting import figures
from ..voting.chart import ImportanceCapacityChart
from ..voting.details import FigureDetails
from ..voting.page import VotePage
from ..voting.results import FigureTable


class ThreatRankingPage(VotePage):
    all_countries_label = QT_TRANSLATE_NOOP("VotingResults", "Range-wide only")
    country_label = "{name} ({code})"
    step_id = "threat_ranking"
    title = "Threat ranking"
    kind = THREAT_RANKING

    def build_results(self) -> QWidget:
        self._results: Results | None = None
        self._labels: dict[int, str] = {}
        self.country_box = self.make_country_box()
        self.overall_table = FigureTable("threat-table")
        self.region_table = FigureTable("region-table")
        self.legend = QLabel()
        region_box = QWidget()
        region_column = QVBoxLayout(region_box)
        region_column.setContentsMargins(0, 0, 0, 0)
        region_column.addWidget(self.region_table, 1)
        region_column.addWidget(self.legend)
        self.chart = ImportanceCapacityChart()
        self.chart.clicked.connect(self._show_item)
        self.result_tabs = QTabWidget()
        self.result_tabs.setObjectName("threat-result-tabs")
        self.result_tabs.addTab(self.overall_table, self.tr("Range-wide (Table 3.1)"))
        self.result_tabs.addTab(region_box, self.tr("By region (Appendix III)"))
        self.result_tabs.addTab(self.chart, self.tr("Importance × capacity"))
        self.details = FigureDetails()
        for table in (self.overall_table, self.region_table):
            table.clicked.connect(lambda index, t=table: self._show_details(t, index))
        return self.results_box(self.tr("Compare with country:"), self.result_tabs)

    def refresh_results(self) -> None:
        if self.store is None:
            return
        self._fill_countries()
        self.show_results(self.compute_results(self.store, self.country()))

    @staticmethod
    def compute_results(store, country: str | None) -> dict:
        """Every figure the Results tab shows, added up from ``store`` (no Qt widgets touched:
        live voting runs this on a worker thread with its own connection)."""
        results = Results(store)
        return {
            "overall": figures.threat_table(results, country),
            "region": figures.region_table(results, country),
            "chart": figures.chart_points(results),
            "labels": {i.id: i.label for i in model.items(store)},
        }

    def show_results(self, data: dict) -> None:
        self.overall_table.figures.set_table(*data["overall"])
        headers, rows, legend = data["region"]
        self.region_table.figures.set_table(headers, rows)
        self.legend.setText(legend)
        self.chart.set_points(data["chart"])
        self._labels = data["labels"]
        self._results = None  # the votes behind a figure are read on this thread when asked
        self.details.show_figure("", None, None)

    def _own_results(self) -> Results:
        """The results read through the window's own connection (never a worker's)."""
        if self._results is None:
            assert self.store is not None
            self._results = Results(self.store)
        return self._results

    def _show_details(self, table: FigureTable, index) -> None:
        cell = table.cell_at(index)
        if cell is None or not cell.key or self.store is None:
            self.details.show_figure("", None, None)
            return
        votes = self._own_results().votes_behind("item", cell.key)
        self.details.show_figure(f"“{self._labels.get(cell.key[1], '?')}”", cell, votes)

    def _show_item(self, item_id: int) -> None:
        """A dot of the chart was clicked: the votes behind its overall importance."""
        row = next(
            (
                r
                for r in self.overall_table.figures.rows
                if len(r) > 1 and r[1].key[1:2] == (item_id,)
            ),
            None,
        )
        if row is None or self.store is None:
            return
        cell = row[1]
        votes = self._own_results().votes_behind("item", cell.key)
        self.details.show_figure(f"“{self._labels.get(item_id, '?')}”", cell, votes)
