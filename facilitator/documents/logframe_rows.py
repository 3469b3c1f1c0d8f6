"""The LogFrame matrix, built once as typed rows that every document and the app only draw.

One row for the Goal, then each Objective, its Results and their Activities. Goal, objectives
and results carry their narrative, indicator (with baseline and target), means of verification
and assumptions; activities their indicator, timeline, actors, budget and priority. Where the
activities' budgets are amounts in one currency, results and objectives carry their total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facilitator.plan import model
from facilitator.voting.logframe import activity_priorities, overall_priority, priority_text
from facilitator.words import word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: (key, header) of each column, in order
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "No."),
    ("narrative", "Narrative summary"),
    ("indicator", "Objectively verifiable indicators"),
    ("verification", "Means of verification"),
    ("assumptions", "Assumptions and risks"),
    ("timeline", "Timeline"),
    ("actors", "Actor(s)"),
    ("budget", "Budget"),
    ("priority", "Priority"),
)
HEADERS = tuple(header for _, header in COLUMNS)
COLUMN_INDEX = {key: n for n, (key, _) in enumerate(COLUMNS)}
LEVELS = ("goal", "objective", "result", "activity")


@dataclass(frozen=True)
class Cell:
    """What one cell shows (``text``) and, for figures, the number behind it."""

    text: str = ""
    value: float | None = None
    #: 'text', 'number' (value set), 'empty' or 'not prioritised'
    state: str = "text"


@dataclass
class Row:
    level: str
    number: str
    cells: list[Cell] = field(default_factory=list)
    #: id of the objective, result or activity (0 for the Goal)
    target_id: int = 0

    def text(self, column: str) -> str:
        return self.cells[COLUMN_INDEX[column]].text


# -- budgets ------------------------------------------------------------------

_CURRENCY = r"(USD|EUR|GBP|CHF|US\$|\$|€|£)"
_AMOUNT = r"(\d[\d,. ]*\d|\d)"
_BUDGET = re.compile(
    rf"^\s*{_CURRENCY}?\s*{_AMOUNT}(?:\s*[-–]\s*{_AMOUNT})?\s*{_CURRENCY}?\s*$", re.IGNORECASE
)
_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}


@dataclass(frozen=True)
class Amount:
    currency: str
    low: float
    high: float


def _number(text: str) -> float | None:
    digits = text.replace(" ", "").replace(",", "")
    if digits.count(".") > 1:  # 10.000.000: dots group thousands
        digits = digits.replace(".", "")
    try:
        return float(digits)
    except ValueError:
        return None


def parse_budget(text: str) -> Amount | None:
    """'USD 20,000' or 'USD 10,000–30,000' → an amount; free text ('per Range State') → None."""
    match = _BUDGET.match(text or "")
    if not match:
        return None
    before, low_text, high_text, after = match.groups()
    if bool(before) == bool(after):  # exactly one currency, before or after the figure
        return None
    currency = (before or after).upper()
    currency = _SYMBOLS.get(currency, currency)
    low = _number(low_text)
    high = _number(high_text) if high_text else low
    if low is None or high is None:
        return None
    return Amount(currency, low, high)


def _money(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def budget_total(budgets: list[str]) -> Cell:
    """The total of the budgets that are amounts in one currency; empty when there are none.

    Budgets written as free text, or in another currency, are counted, not added.
    """
    written = [b for b in budgets if b.strip()]
    amounts = [a for a in (parse_budget(b) for b in written) if a is not None]
    if not amounts:
        return Cell(state="empty")
    currencies = {a.currency for a in amounts}
    if len(currencies) > 1:
        return Cell(word("in {count} currencies, see activities", count=len(currencies)))
    currency = currencies.pop()
    low, high = sum(a.low for a in amounts), sum(a.high for a in amounts)
    figure = _money(low) if low == high else f"{_money(low)} – {_money(high)}"
    text = word("Total:") + f"\n{currency}\u00a0{figure}"
    others = len(written) - len(amounts)
    if others:
        text += "\n" + (
            word("plus 1 budget as written")
            if others == 1
            else word("plus {count} budgets as written", count=others)
        )
    return Cell(text, value=low if low == high else None, state="number")


# -- rows ---------------------------------------------------------------------


def indicator_text(frame: model.LogFrameEntry) -> str:
    """The indicator with its baseline and target, e.g. 'Leopards counted\\nBaseline: 12 (2022)'."""
    lines = [frame.indicator] if frame.indicator else []
    for label, value, year in (
        (word("Baseline"), frame.baseline, frame.baseline_year),
        (word("Target"), frame.target, frame.target_year),
    ):
        if value or year:
            lines.append(f"{label}: {value}" + (f" ({year})" if year else ""))
    return "\n".join(lines)


def see_activities(numbers: list[str]) -> str:
    """'(see Activity 1.1.4)' or '(see Activities 8.1.1, 9.1.2, 12.2.1)', numbers in numeric order."""
    ordered = sorted(numbers, key=model.number_key)
    listed = ", ".join(ordered)
    if len(ordered) == 1:
        return word("(see Activity {numbers})", numbers=listed)
    return word("(see Activities {numbers})", numbers=listed)


def _row(level: str, number: str, target_id: int = 0, **cells: Cell | str) -> Row:
    row = Row(level, number, [Cell(state="empty") for _ in COLUMNS], target_id)
    row.cells[0] = Cell(number)
    for key, cell in cells.items():
        if isinstance(cell, str):
            cell = Cell(cell) if cell else Cell(state="empty")
        row.cells[COLUMN_INDEX[key]] = cell
    return row


def _framed(level: str, number: str, narrative: str, frame: model.LogFrameEntry, **extra) -> Row:
    return _row(
        level,
        number,
        narrative=narrative,
        indicator=indicator_text(frame),
        verification=frame.verification,
        assumptions=frame.assumptions,
        **extra,
    )


def _activity_row(act: model.Activity, prios: dict[str, float], order: list[str]) -> Row:
    text = act.text
    if act.refs:
        text += f"\n{see_activities(act.refs)}"
    if act.programme:
        programme = ", ".join(act.programme)
        text += "\n" + word("(programme of work: {programme})", programme=programme)
    overall = overall_priority(prios)
    priority = (
        Cell(priority_text(prios, order), overall, "number")
        if overall is not None
        else Cell(word("not prioritised"), state="not prioritised")
    )
    amount = parse_budget(act.budget)
    budget = (
        Cell(act.budget, amount.low, "number")
        if amount and amount.low == amount.high
        else Cell(act.budget)
        if act.budget
        else Cell(state="empty")
    )
    return _row(
        "activity",
        act.number,
        act.id,
        narrative=text,
        indicator=act.indicator,
        timeline=act.timeline,
        actors=act.actors,
        budget=budget,
        priority=priority,
    )


def logframe_rows(store: SessionStore) -> list[Row]:
    """The matrix: the Goal's row, then each objective → results → activities, numbered order."""
    goal = model.adopted_text(store, "goal")
    rows = [
        _framed("goal", word("Goal"), goal or word("(not adopted yet)"), model.goal_frame(store))
    ]
    outline = model.outline(store)
    prios = activity_priorities(store) if outline else {}
    order = [c.code for c in model.countries(store)]
    for obj in outline:
        theme = "\n" + word("Theme: {theme}", theme=obj.theme) if obj.theme else ""
        budgets = [a.budget for r in obj.results for a in r.activities]
        objective = _framed(
            "objective",
            obj.number,
            word("Objective: {text}", text=obj.text) + theme,
            obj.frame,
            budget=budget_total(budgets),
        )
        objective.target_id = obj.id
        rows.append(objective)
        for res in obj.results:
            result = _framed(
                "result",
                res.number,
                word("Result: {text}", text=res.text),
                res.frame,
                budget=budget_total([a.budget for a in res.activities]),
            )
            result.target_id = res.id
            rows.append(result)
            rows += [_activity_row(a, prios.get(a.id, {}), order) for a in res.activities]
    return rows
