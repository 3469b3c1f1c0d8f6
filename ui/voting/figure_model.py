"""The heatmap tables' Qt model over the core's cells (``facilitator.voting.results``).

The model only adapts: each cell's text, number and key are computed when the
table is built, so ``data`` reads lists and never the session.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from facilitator.voting.results import MISSING_TEXT, Cell
from ui.i18n import core_text

from ..contrast import ink_for

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
#: colour at the 'strong' end of each criterion's scale
HEAT = {
    "importance": QColor("#d7301f"),
    "capacity": QColor("#2b8cbe"),
    "priority": QColor("#238b45"),
}
SCALE = {"importance": (0.0, 3.0), "capacity": (1.0, 3.0), "priority": (1.0, 3.0)}
HEADING = QColor("#ececec")
HEADING_INK = ink_for(HEADING)


#: where a by-region figure may wrap: before each bracketed country, '2.0 (TM 1.5) (IR 1)'
BRACKETS = re.compile(r"\s+(?=\()")
#: a space inside a bracket ('(TM 1.5)'), kept from breaking while the column has room
INSIDE_BRACKET = re.compile(r"\(([^()\s]+) ([^()]*)\)")
NBSP = "\u00a0"
#: where an item's text may wrap: at spaces and after a slash ('transboundary/' 'regional/')
WORD_BREAKS = re.compile(r"(?<=/)|\s+")
#: the tint of the lowest score: a figure of 0 or 1 is coloured, never blank like a missing one
LOWEST_TINT = 0.12


def heat(value: float | None, criterion: str) -> QColor | None:
    """A pale tint at the bottom of the scale to the criterion's colour at the top."""
    if value is None or criterion not in HEAT:
        return None
    low, high = SCALE[criterion]
    share = max(0.0, min(1.0, (value - low) / (high - low)))
    share = LOWEST_TINT + (1 - LOWEST_TINT) * share
    strong = HEAT[criterion]
    mix = lambda a: int(255 + (a - 255) * share * 0.85)
    return QColor(mix(strong.red()), mix(strong.green()), mix(strong.blue()))


@lru_cache(maxsize=2048)
def _colours(value: float | None, criterion: str) -> tuple[QColor | None, QColor | None]:
    """(background, ink) of a figure: worked out once per figure and criterion, not on every
    paint of every cell."""
    background = heat(value, criterion)
    return background, (ink_for(background) if background is not None else None)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class FigureTableModel(QAbstractTableModel):
    """Rows of ``Cell``; a row whose only cell is text is a section heading (Drivers, Threats)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[Cell]] = []
        #: a grouped column's own heading under its group's ('C' under 'Importance')
        self.short_headings: dict[int, str] = {}
        #: columns whose brackets may wrap inside ('(TM' over '1.5)'): only where the table
        #: would not fit the width with every bracket on one line; elsewhere they stay whole
        self.loose_columns: set[int] = set()

    #: rows whose cells changed in place (``set_table`` of a table of the same shape)
    rows_changed = Signal(list)

    def set_table(
        self,
        headers: list[str],
        rows: list[list[Cell]],
        short_headings: dict[int, str] | None = None,
    ) -> None:
        """Show ``rows``: a table of the same headings and length changes in place, row by row
        (``dataChanged`` for the rows that differ: after a vote, one or two); any other resets."""
        short = dict(short_headings or {})
        same_shape = headers == self.headers and short == self.short_headings
        if same_shape and len(rows) == len(self.rows) and rows:
            changed = [n for n, (old, new) in enumerate(zip(self.rows, rows)) if old != new]
            self.rows = rows
            last_column = len(headers) - 1
            for first, last in _runs(changed):
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
            if changed:
                self.rows_changed.emit(changed)
            return
        self.short_headings = short
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.endResetModel()

    def cell(self, index: Index) -> Cell | None:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        return row[index.column()] if index.column() < len(row) else None

    def is_heading(self, row: int) -> bool:
        return len(self.rows[row]) == 1

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        heading = index.isValid() and self.is_heading(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and heading:
            return HEADING
        if role == Qt.ItemDataRole.ForegroundRole:  # ink that reads on the cell in either theme
            if heading:
                return HEADING_INK
            return _colours(cell.value, cell.criterion)[1] if cell is not None else None
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.text == MISSING_TEXT["empty"]:
                return core_text(cell.text)
            return self.shown_text(cell.text, index.column()) if cell.criterion else cell.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return _colours(cell.value, cell.criterion)[0]
        if role == Qt.ItemDataRole.FontRole and heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0 and cell.criterion:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return (
                cell.sort
                if cell.sort is not None
                else (cell.value if cell.value is not None else -1.0)
            )
        if role == Qt.ItemDataRole.ToolTipRole and cell.criterion:
            note = f"\n{cell.footnote}" if cell.footnote else ""
            return f"{cell.text}{note}\nSelect to see the votes behind this figure."
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section >= len(self.headers):
                return None
            return self.shown_heading(section)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None

    #: the column whose heading stays on one line (the text column)
    wrap_column = 0
    #: the text column's heading in lines where its column is narrower than the heading
    #: ('Constraints, drivers' over 'and threats' at 200 %); None: on one line
    wrapped_heading: str | None = None

    def set_wrapped_heading(self, text: str | None) -> None:
        if text != self.wrapped_heading:
            self.wrapped_heading = text
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, self.wrap_column, self.wrap_column
            )

    def shown_text(self, text: str, column: int) -> str:
        """A figure as drawn: each bracket kept whole on its line unless its column is loose."""
        if column in self.loose_columns or "(" not in text:
            return text
        return INSIDE_BRACKET.sub(lambda m: f"({m.group(1)}{NBSP}{m.group(2)})", text)

    def shown_heading(self, section: int) -> str:
        """A figure column's heading in short lines ('Importance' over 'overall'), so the
        column is as narrow as its figures; under a group only its own part ('C')."""
        if section in self.short_headings:
            return self.short_headings[section]
        text = self.headers[section]
        if section == self.wrap_column:
            return self.wrapped_heading or text
        return text.replace("/", "/\n").replace(" ", "\n", 1)
