"""The implementation overview of a monitoring review as a spreadsheet.

Sheet "Overview": one row per activity in the overview's layout (Activities,
Responsible, Priority, Actions taken since YEAR with every country's actions in
one cell, Implemented by, Recommendations until YEAR). Sheet "Actions": the flat
list, one row per action (an activity without actions gets one row), with the
activity's number, text, responsible, priority, status and recommendation on
every row so the sheet can be filtered. Sheets "By objective"
and "By country" hold the status summary, "Changes" what changed since the
review this one started from, "Review" the review's details.
Every cell is written as text or number: a text starting with '=' stays text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from facilitator.documents.workbook import new_workbook, put, save_workbook
from facilitator.monitoring.changes import review_changes
from facilitator.monitoring.overview import (
    Overview,
    OverviewRow,
    StatusSummary,
    headers,
    pick_review,
    status_summary,
    views_of,
)
from facilitator.monitoring.reviews import review
from facilitator.session.store import SessionStore
from facilitator.words import fixed, is_rtl, word

COLUMNS = (
    ("Plan", 18),
    ("Group", 30),
    ("No.", 8),
    ("Activity", 50),
    ("Responsible", 22),
    ("Priority", 12),
    ("Countries", 18),
    ("Action", 50),
    ("Period", 11),
    ("Implemented by", 30),
    ("Budget", 14),
    ("Funder", 18),
    ("Action status", 14),
    ("Activity status", 14),
    ("Recommendation", 40),
    ("Proposed priority", 14),
)


def put_row(ws: Worksheet, row: int, values: list[Any] | tuple[Any, ...]) -> None:
    if is_rtl():
        ws.sheet_view.rightToLeft = True  # a Persian sheet reads from the right
    for col, value in enumerate(values, start=1):
        put(ws, row, col, value)


def header(
    ws: Worksheet, names: list[str] | tuple[str, ...], widths: list[int] | None = None
) -> None:
    put_row(ws, 1, [word(n) for n in names])
    for n, cell in enumerate(ws[1]):
        cell.font = Font(bold=True)
        if widths:
            ws.column_dimensions[get_column_letter(n + 1)].width = widths[n]
    ws.freeze_panes = "A2"


def action_lines(plan: str, group: str, row: OverviewRow) -> list[list[Any]]:
    head = [plan, group, row.number, row.text, row.responsible, row.priority]
    tail = [fixed(row.status), row.recommendation, row.proposed_priority]
    if not row.actions:
        return [head + [""] * 7 + tail]
    return [
        head
        + [a.countries, a.action, a.period, a.implemented_by, a.budget, a.funder, fixed(a.status)]
        + tail
        for a in row.actions
    ]


def action_text(action: Any) -> str:
    """'Kazakhstan: Training of rangers (2016; USD 5,000; WWF; done)', as the overview prints it."""
    details = "; ".join(
        d for d in (action.period, action.budget, action.funder, fixed(action.status)) if d
    )
    text = f"{action.countries}: {action.action}" if action.countries else action.action
    return f"{text} ({details})" if details else text


def write_activities(ws: Worksheet, views: list[tuple[str, Overview]]) -> None:
    """One row per activity, the actions of all countries in one cell, as in the overview."""
    since, until = (views[0][1].since_year, views[0][1].until_year) if views else ("", "")
    names = headers(since, until)
    header(
        ws,
        ["Plan", "Objective", "No.", *names, "Activity status", "Proposed priority"],
        [14, 30, 8, 50, 22, 12, 70, 30, 45, 14, 14],
    )
    n = 2
    for label, view in views:
        for group in view.groups:
            name = f"{group.number}. {group.heading}" if group.heading else group.number
            for row in group.activities():
                acts = "\n".join(action_text(a) for a in row.actions) or word("no report")
                implemented = "\n".join(a.implemented_by for a in row.actions if a.implemented_by)
                put_row(
                    ws,
                    n,
                    [
                        label,
                        name,
                        row.number,
                        row.text,
                        row.responsible,
                        row.priority,
                        acts,
                        implemented,
                        row.recommendation,
                        fixed(row.status),
                        row.proposed_priority,
                    ],
                )
                n += 1
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.auto_filter.ref = ws.dimensions


def write_overview(ws: Worksheet, views: list[tuple[str, Overview]]) -> None:
    header(ws, [c for c, _ in COLUMNS], [w for _, w in COLUMNS])
    n = 2
    for label, view in views:
        for group in view.groups:
            name = f"{group.number}. {group.heading}" if group.heading else group.number
            for row in group.activities():
                for line in action_lines(label, name, row):
                    put_row(ws, n, line)
                    n += 1
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_summary(ws: Worksheet, title: str, counts: dict[str, Any], plan: str, first: int) -> int:
    order = StatusSummary.order_for(title)
    if first == 1:
        header(
            ws,
            ["Plan", title, *(fixed(s.capitalize()) for s in order), "Total"],
            [18, 50, 10, 10, 12, 16, 10, 8],
        )
        first = 2
    for label, c in counts.items():
        put_row(ws, first, [plan, label, *[c[s] for s in order], sum(c.values())])
        first += 1
    return first


def write_monitoring_xlsx(
    store: SessionStore, out_path: Path, review_id: int | None = None
) -> None:
    """Write the overview of a review (the latest by default) to ``out_path`` (XLSX)."""
    rid = pick_review(store, review_id)
    rev = review(store, rid)
    assert rev is not None
    views = views_of(store, rid)
    wb = new_workbook()
    ws = wb.worksheets[0]
    ws.title = word("Overview")
    write_activities(ws, views)
    write_overview(wb.create_sheet(word("Actions")), views)
    by_objective = wb.create_sheet(word("By objective"))
    by_country = wb.create_sheet(word("By country"))
    rows = [1, 1]
    for label, view in views:
        summary = status_summary(store, view)
        rows[0] = write_summary(by_objective, "Objective", summary.by_group, label, rows[0])
        rows[1] = write_summary(by_country, "Country", summary.by_country, label, rows[1])
    changes = review_changes(store, rid)
    if changes is not None:
        sheet = wb.create_sheet(word("Changes"))
        since = word("What changed since {title}", title=changes.base_title)
        header(sheet, ["No.", "Activity", since], [8, 60, 80])
        for n, c in enumerate(changes.activities, start=2):
            put_row(sheet, n, [c.number, c.text, "\n".join(c.lines())])
    details = wb.create_sheet(word("Review"))
    based_on = review(store, rev.based_on) if rev.based_on else None
    for n, pair in enumerate(
        (
            ("Session", store.meta().get("title", "")),
            ("Review", rev.title),
            ("Date", rev.date),
            ("Actions taken since", rev.since_year),
            ("Recommendations until", rev.until_year),
            ("Started from", based_on.title if based_on else ""),
        ),
        start=1,
    ):
        put_row(details, n, (word(pair[0]), pair[1]))
    details.column_dimensions["A"].width, details.column_dimensions["B"].width = 22, 50
    save_workbook(wb, out_path)
