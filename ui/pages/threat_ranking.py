"""Threat ranking: every driver and threat scored for importance and capacity, per voter.

The Vote tab runs the vote on the shared screen; the Results tab (once
revealed) shows Table 3.1, the by-region table (Appendix III) and the
importance × capacity chart, with the votes behind any figure.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from facilitator.plan import edits as ops
from facilitator.voting import current, footnotes
from facilitator.voting.cells import Cell
from facilitator.voting.results import Results
from facilitator.voting.rollup import SHOW_EQUAL_KEY, show_equal_brackets
from facilitator.voting.state import THREAT_RANKING
from ui.i18n import translate

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
        self._labels: dict[int, str] = {}
        self.country_box = self.make_country_box()
        self.overall_table = FigureTable("threat-table")
        self.overall_table.fill_width = True  # Table 3.1 uses the screen's width
        self.region_table = FigureTable("region-table")
        self.legend = QLabel()
        region_box = QWidget()
        region_column = QVBoxLayout(region_box)
        region_column.setContentsMargins(0, 0, 0, 0)
        region_column.setSpacing(0)
        region_column.addWidget(self.region_table.make_band())  # 'Importance' over its columns
        region_column.addWidget(self.region_table, 1)
        self.legend.setWordWrap(True)  # a long list of regions never widens the page
        # a compared country's columns that have no room beside the regions (200 % on a
        # 1280-pixel projector): the table leaves them out and this line says where they are
        self.dropped_note = QLabel()
        self.dropped_note.setObjectName("region-table-dropped")
        self.dropped_note.setWordWrap(True)
        self.dropped_note.setTextFormat(Qt.TextFormat.RichText)
        self.dropped_note.linkActivated.connect(lambda _: self.result_tabs.setCurrentIndex(0))
        self.dropped_note.hide()
        self.region_table.dropped_changed.connect(lambda _: self._show_dropped())
        below = QVBoxLayout()  # the legend over the setting: each keeps one line when zoomed
        below.addWidget(self.dropped_note)
        below.addWidget(self.legend, 1)
        self.equal_box = QCheckBox(
            self.tr("Brackets also for equal figures, as the reference does")
        )
        self.equal_box.setObjectName("brackets-show-equal")
        self.equal_box.setToolTip(self.tr("List every country that voted, e.g. 3.0 (UZ 3) (AF 3)"))
        self.equal_box.toggled.connect(self._set_show_equal)
        below.addWidget(self.equal_box)
        region_column.addLayout(below)
        self.chart = ImportanceCapacityChart()
        self.chart.clicked.connect(self._show_item)
        self.result_tabs = QTabWidget()
        self.result_tabs.setObjectName("threat-result-tabs")
        self.result_tabs.addTab(self.overall_table, self.tr("Range-wide (Table 3.1)"))
        self.result_tabs.addTab(region_box, self.tr("By region (Appendix III)"))
        self.result_tabs.addTab(self.chart, self.tr("Importance × capacity"))
        self.details = FigureDetails()
        self.details.footnote_written.connect(self._write_footnote)
        for table in (self.overall_table, self.region_table):
            table.clicked.connect(lambda index, t=table: self._show_details(t, index))
        return self.results_box(self.tr("Compare with country:"), self.result_tabs)

    def refresh_results(self) -> None:
        if self.store is None:
            return
        self._fill_countries()
        if self.show_rounds():
            return
        self.equal_box.blockSignals(True)
        self.equal_box.setChecked(show_equal_brackets(self.store))
        self.equal_box.blockSignals(False)
        self.show_results(self.compute_results(self.store, self.country(), self.shown_round()))

    def _set_show_equal(self, on: bool) -> None:
        """A session setting, kept in the file and undoable like any change."""
        if self.store is not None and show_equal_brackets(self.store) != on:
            self.controller.apply(ops.set_meta({SHOW_EQUAL_KEY: "1" if on else "0"}))

    @staticmethod
    def compute_results(store, country: str | None, round_no: int | None = None) -> dict:
        """Every figure the Results tab shows, from ``store``'s results kept current (no Qt
        widgets touched: live voting runs this in a helper process with its own connection);
        ``round_no``: a kept round of the vote instead of the votes as they stand."""
        results = current.results(store, item_round=round_no)
        return {
            "overall": figures.threat_table(results, country),
            "region": figures.region_table(results, country),
            "chart": figures.chart_points(results),
            "labels": {i.id: i.label for i in results.items},
        }

    def show_results(self, data: dict) -> None:
        self.overall_table.figures.set_table(*data["overall"])
        headers, rows, legend = data["region"]
        groups = self.region_groups(headers)
        compared = {last for _heading, _first, last in groups} if self.country() else set()
        self.region_table.show_grouped(headers, rows, groups, compared)
        self._show_dropped()
        self.legend.setText(legend)
        self.chart.set_points(data["chart"])
        self._labels = data["labels"]
        self._show_again()

    def _show_again(self) -> None:
        """After the figures changed, the details of the figure shown before (a vote typed, a
        footnote saved while it is typed), or none when that figure is gone."""
        key = self.details.shown_key
        if key:
            for table in (self.overall_table, self.region_table):
                for row in table.figures.rows:
                    cell = next((c for c in row if tuple(c.key) == key), None)
                    if cell is not None:
                        self._show_cell(cell)
                        return
        self.details.show_figure("", None, None)

    def dropped_text(self, table: FigureTable | None = None, link: bool = False) -> str:
        """The line under the by-region table (or ``table``, the presenter view's copy) when the
        compared country's columns have no room there (rich text; '' when every column is
        shown); ``link``: the tab's name is a link to it."""
        if not (table or self.region_table).dropped or not self.country():
            return ""
        tab = html.escape(self.result_tabs.tabText(0).replace("&", ""))
        if link:
            tab = f'<a href="range-wide">{tab}</a>'
        text = self.tr("{0}: no room here at this size; see {1}.").format(
            f"<b>{html.escape(self.country_box.currentText())}</b>", tab
        )
        # the sentence's own direction, whatever script the country's name is in
        return f'<div dir="{"rtl" if self.isRightToLeft() else "ltr"}">{text}</div>'

    def _show_dropped(self) -> None:
        text = self.dropped_text(link=True)
        self.dropped_note.setText(text)
        self.dropped_note.setVisible(bool(text))

    @staticmethod
    def region_groups(headers: list[str]) -> list[tuple[str, int, int]]:
        """Importance's columns, then Capacity's (each: overall, the regions, a country)."""
        per = (len(headers) - 1) // 2
        if per < 1:
            return []
        return [
            (translate("VotingResults", "Importance"), 1, per),
            (translate("VotingResults", "Capacity"), per + 1, 2 * per),
        ]

    def _own_results(self) -> Results:
        """The results read through the window's own connection (never a worker's)."""
        assert self.store is not None
        return current.results(self.store, **self.round_kwargs())

    def _show_details(self, table: FigureTable, index) -> None:
        self._show_cell(table.cell_at(index))

    def _show_cell(self, cell: Cell | None) -> None:
        if cell is None or not cell.key or self.store is None:
            self.details.show_figure("", None, None)
            return
        votes = self._own_results().votes_behind("item", cell.key)
        self.details.show_figure(f"“{self._labels.get(cell.key[1], '?')}”", cell, votes)
        allowed = footnotes.note_key(self.store, cell.key) is not None
        self.details.show_footnote(
            tuple(cell.key), footnotes.footnote(self.store, cell.key), allowed
        )

    def _write_footnote(self, key: tuple, text: str) -> None:
        """A footnote typed under a figure: one undoable step, printed under the score tables."""
        if self.controller.apply(footnotes.set_footnote(key, text)) is not None:
            self.controller.message.emit(
                self.tr("Footnote kept; the score tables print it under the table.")
                if text
                else self.tr("Footnote removed.")
            )

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
        if row is not None:
            self._show_cell(row[1])
