"""The typed cells every table a user sees is made of (``facilitator.voting.results`` builds them).

A ``Cell`` carries the number behind a figure (``value``, as printed; ``exact``, the
unrounded mean), why there is none (``state``: number, unknown, empty — or text for
labels), the text exactly as every view prints it, what it is about (``key``), the
bracketed country figures beside a region's figure and a footnote from a note.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from facilitator.voting.score_text import cell_text, round_half_up

KIND_NAMES = {"constraint": "Constraint", "driver": "Driver", "threat": "Threat"}
SECTION_NAMES = {"driver": "Drivers", "threat": "Threats"}
NOTE_PREFIX = "threats-by-region/"
Key = tuple


class Cell(NamedTuple):
    """One cell as shown: the text, the number behind it, why there is none, what it is about.

    A named tuple rather than a frozen dataclass: a large workshop's tables are some
    thousands of cells, and a tuple is made in a third of the time.
    """

    text: str
    value: float | None = None
    state: str = "text"  # 'number', 'unknown', 'empty' for figures; 'text' for labels
    criterion: str = ""
    key: Key = ()
    brackets: str = ""  # '(TM 1.5) (KZ -)' beside a region's figure, already part of ``text``
    footnote: str = ""  # a note attached to this cell (the PDF numbers them)
    sort: object = None
    exact: float | None = None  # the unrounded mean, for charts and comparisons

    @property
    def is_figure(self) -> bool:
        return self.state != "text"

    @property
    def plain_number(self) -> bool:
        """A figure alone (no brackets): spreadsheets store it as a number."""
        return self.state == "number" and not self.brackets


def text_cell(text: object, sort: object = None) -> Cell:
    return Cell("" if text is None else str(text), sort=sort)


def figure_cell(
    score: float, state: str, places: int, criterion: str, key: Key, brackets: str = ""
) -> Cell:
    """A figure as every view prints it: rounded half up from the exact mean, or why there is none."""
    number = state == "number" and not _nan(score)
    exact = float(score) if number else None
    text, rounded, shown_state = _printed(exact if number else 0.0, state, number, places)
    # tuple.__new__: a large workshop's tables are thousands of cells (a third of the time)
    return _new(
        Cell,
        (
            f"{text} {brackets}" if brackets else text,
            rounded,
            shown_state,
            criterion,
            key,
            brackets,
            "",
            None,
            exact,
        ),
    )


_new = tuple.__new__


@lru_cache(maxsize=8192)
def _printed(score: float, state: str, number: bool, places: int) -> tuple[str, float | None, str]:
    """(text, rounded figure, state) of a figure; the same few values recur thousands of times."""
    shown_state = state if number or state != "number" else "empty"
    text = cell_text(score if number else math.nan, shown_state, places)
    return text, round_half_up(score, places) if number else None, shown_state


def _nan(x: object) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


@dataclass
class ItemRow:
    """A driver or threat with its figures, keyed by criterion or by (criterion, column)."""

    item_id: int
    kind: str
    label: str
    status: str
    cells: dict = field(default_factory=dict)


@dataclass
class ActivityRow:
    activity_id: int
    number: str
    text: str
    cells: dict = field(default_factory=dict)  # column (country code or 'overall') → Cell


@dataclass(frozen=True)
class Column:
    name: str  # 'overall', a region's name or a country's code
    header: str  # what a narrow table heading shows (the region's abbreviation)


@dataclass
class ScopeTable:
    """Appendix III (by region) or the by-country table: overall then one column per scope."""

    scope_kind: str  # 'region' or 'country'
    columns: list[Column]  # 'overall' first
    rows: list[ItemRow]  # cells keyed (criterion, column name)
    legend: str = ""

    @cached_property
    def rows_by_id(self) -> dict[int, ItemRow]:
        return {r.item_id: r for r in self.rows}


@dataclass
class PriorityTable:
    codes: list[str]
    rows: list[ActivityRow]


@dataclass
class Grid:
    """A table as flat rows of cells, the shape the CLI, CSV and spreadsheets write."""

    name: str
    headers: list[str]
    rows: list[list[Cell]]


@dataclass(frozen=True)
class VoteLine:
    participant: str
    scope: str
    text: str  # '2', '-' or 'not filled in'


@dataclass
class VotesBehind:
    """The votes a figure is made of, and a one-line summary of them."""

    lines: list[VoteLine]
    summary: str


def _with_note(cell: Cell, note: str | None) -> Cell:
    if not note:
        return cell
    return Cell(
        cell.text,
        cell.value,
        cell.state,
        cell.criterion,
        cell.key,
        cell.brackets,
        note,
        cell.sort,
        cell.exact,
    )


def grid_texts(grid: Grid) -> list[list[str]]:
    """The grid's cells as printed text."""
    return [[cell.text for cell in row] for row in grid.rows]
