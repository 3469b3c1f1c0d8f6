"""Prioritisation: every activity given a priority (1–3) per voter, for a country.

The Vote tab runs the vote on the shared screen; the Results tab (once
revealed) shows the priorities per country with the overall mean (Appendix
IV), sortable by any column, with the votes behind any figure.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from facilitator.voting import current
from facilitator.voting.state import PRIORITISATION
from ui.i18n import translate

from ..voting import figures
from ..voting.details import FigureDetails
from ..voting.page import VotePage
from ..voting.results import FigureTable

#: the priorities filter: (label, ('top', N) | ('above', threshold) | None)
LIMITS = (
    (QT_TRANSLATE_NOOP("PrioritisationPage", "All activities"), None),
    (QT_TRANSLATE_NOOP("PrioritisationPage", "Top 10 overall"), ("top", 10)),
    (QT_TRANSLATE_NOOP("PrioritisationPage", "Top 20 overall"), ("top", 20)),
    (QT_TRANSLATE_NOOP("PrioritisationPage", "Overall 2.5 or more"), ("above", 2.5)),
    (QT_TRANSLATE_NOOP("PrioritisationPage", "Overall 2.0 or more"), ("above", 2.0)),
)


def limited(rows: list, limit) -> list:
    """The rows ``limit`` keeps, in their order; an activity without an overall figure is kept
    only when nothing is filtered."""
    if limit is None:
        return rows
    overall = [(row[-1].value if row and row[-1].value is not None else None) for row in rows]
    kind, amount = limit
    if kind == "above":
        return [r for r, v in zip(rows, overall) if v is not None and v >= amount - 1e-9]
    ranked = sorted((-v, n) for n, v in enumerate(overall) if v is not None)[:amount]
    keep = {n for _v, n in ranked}
    return [r for n, r in enumerate(rows) if n in keep]


class PrioritisationPage(VotePage):
    all_countries_label = QT_TRANSLATE_NOOP("VotingResults", "Every country")
    country_label = QT_TRANSLATE_NOOP("VotingResults", "{name} ({code}) against the overall")
    step_id = "prioritisation"
    title = "Prioritisation"
    kind = PRIORITISATION

    def build_results(self) -> QWidget:
        self._numbers: dict[int, str] = {}
        self.country_box = self.make_country_box()
        self.table = FigureTable("priority-table", sortable=True)
        self.table.wrap_width, self.table.wrap_column = 520, 1
        self.table.clicked.connect(self._show_details)
        self.details = FigureDetails()
        self.limit_box = QComboBox()
        self.limit_box.setObjectName("priority-limit")
        for label, limit in LIMITS:
            self.limit_box.addItem(translate("PrioritisationPage", label), limit)
        self.limit_box.activated.connect(lambda _i: self._show_limited())
        self._all_rows: tuple[list, list] = ([], [])
        return self.results_box(
            self.tr("Show:"),
            self.table,
            self.limit_box,
            QLabel(self.tr("Click a column heading to sort.")),
        )

    def _show_limited(self) -> None:
        """Only the top N activities by overall priority, or those above a threshold, in their
        numbered order (the room reads the few that matter on a projector)."""
        headers, rows = self._all_rows
        kept = limited(rows, self.limit_box.currentData())
        sorted_by, order = self._sort_order()
        self.table.figures.set_table(headers, kept)
        column = headers.index(sorted_by) if sorted_by in headers else 0
        order = order if column else Qt.SortOrder.AscendingOrder
        proxy = self.table.proxy
        if proxy is None or (proxy.sortColumn(), proxy.sortOrder()) != (column, order):
            self.table.sortByColumn(column, order)  # the proxy keeps its order as figures change

    def refresh_results(self) -> None:
        if self.store is None:
            return
        self._fill_countries()
        if self.show_rounds():
            return
        self.show_results(self.compute_results(self.store, self.country(), self.shown_round()))

    @staticmethod
    def compute_results(store, country: str | None, round_no: int | None = None) -> dict:
        """Every figure the Results tab shows (no Qt widgets touched: see ThreatRankingPage)."""
        results = current.results(store, activity_round=round_no)
        return {
            "table": figures.priority_table(results, country),
            "numbers": {a.id: a.number for a in results.activities},
        }

    def show_results(self, data: dict) -> None:
        self._all_rows = data["table"]
        self._show_limited()
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
        votes = current.results(self.store, **self.round_kwargs()).votes_behind(
            "activity", cell.key
        )
        self.details.show_figure(f"activity {self._numbers.get(cell.key[1], '?')}", cell, votes)
