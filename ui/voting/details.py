"""Behind a figure: how many votes, their spread, and the votes themselves on demand."""

from __future__ import annotations

import pandas as pd
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

from facilitator.voting.state import CRITERION_TITLES
from ui.i18n import core_text, translate

from .grid import answer_text
from .results import Cell


def votes_behind(
    votes: pd.DataFrame, members: dict[str, list[str]], target_kind: str, key: tuple
) -> pd.DataFrame:
    """The votes a figure is made of, by the rules of ``facilitator.voting.scoring``.

    A country's figure: the votes for that country. A region's: its working
    group's own votes where they gave an answer, else its countries' votes
    (never both: the countries' votes don't count then). The overall figure
    of a driver or threat: the votes behind each region's figure (or every
    country's where no regions are defined); of an activity: every country's.
    """
    level, target_id, criterion = key[0], key[1], key[2]
    v = votes[
        (votes["target_kind"] == target_kind)
        & (votes["target_id"] == target_id)
        & (votes["criterion"] == criterion)
    ]
    countries = v[v["scope_kind"] == "country"]
    if level == "country":
        return countries[countries["scope"] == key[3]]
    if level == "region":
        return _region_votes(v, key[3], members.get(key[3], []))
    if target_kind == "item" and members:
        parts = [_region_votes(v, region, codes) for region, codes in members.items()]
        behind = pd.concat(parts) if parts else v.iloc[0:0]
        return behind[~behind.index.duplicated()].sort_index()
    return countries


def _region_votes(v: pd.DataFrame, region: str, codes: list[str]) -> pd.DataFrame:
    """A working group's own votes where they answered, otherwise its countries' votes."""
    own = v[(v["scope_kind"] == "region") & (v["scope"] == region)]
    theirs = v[(v["scope_kind"] == "country") & v["scope"].isin(codes)]
    answered = lambda frame: bool(frame["answer"].isin(["number", "unknown"]).any())
    return own if answered(own) or (len(own) and not answered(theirs)) else theirs


def summary(v: pd.DataFrame) -> str:
    """'5 votes (1–3, spread 2), 1 unknown, 2 not filled in'."""
    numbers = v.loc[v["answer"] == "number", "value"]
    parts = [
        (
            translate("FigureDetails", "{0} vote")
            if len(numbers) == 1
            else translate("FigureDetails", "{0} votes")
        ).format(len(numbers))
    ]
    if len(numbers):
        low, high = numbers.min(), numbers.max()
        parts[0] += (
            translate("FigureDetails", " ({0}–{1}, spread {2})").format(
                f"{low:g}", f"{high:g}", f"{high - low:g}"
            )
            if high > low
            else translate("FigureDetails", " (all {0})").format(f"{low:g}")
        )
    unknown = int((v["answer"] == "unknown").sum())
    empty = int((v["answer"] == "empty").sum())
    parts += [translate("FigureDetails", "{0} unknown").format(unknown)] if unknown else []
    parts += [translate("FigureDetails", "{0} not filled in").format(empty)] if empty else []
    return ", ".join(parts)


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

    def show_figure(self, what: str, cell: Cell | None, votes: pd.DataFrame | None) -> None:
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
                criterion, what, where, cell.text, summary(votes)
            )
        )
        self.button.setEnabled(len(votes) > 0)
        self._fill(votes)

    def _fill(self, votes: pd.DataFrame) -> None:
        self.table.setRowCount(len(votes))
        for row, r in enumerate(votes.itertuples()):
            shown = answer_text((r.answer, r.value)) or "not filled in"
            for col, text in enumerate((r.participant, r.scope, shown)):
                self.table.setItem(row, col, QTableWidgetItem(str(text)))

    def _toggle(self, on: bool) -> None:
        self.table.setVisible(on)
        self.button.setText(self.tr("Hide votes") if on else self.tr("Show votes"))
