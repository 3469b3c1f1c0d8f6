"""The LogFrame matrix as a spreadsheet: the core's rows, figures as number cells.

One row per Goal, objective, result and activity, with its level; the budget as written plus,
where it is an amount, the amount as a number; the overall priority as a number and the
countries that gave a high priority as text. Autofilter, frozen header, landscape print set
to fit the width with the header row repeated.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from facilitator.documents.files import replacing
from facilitator.documents.logframe_rows import COLUMN_INDEX, HEADERS, Row, logframe_rows
from facilitator.documents.workbook import new_workbook, put, save_workbook
from facilitator.voting.logframe import HIGH_PRIORITY
from facilitator.words import is_rtl, word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

LEVEL_WORDS = {"goal": "Goal", "objective": "Objective", "result": "Result", "activity": "Activity"}
#: the sheet's columns (English sources of ``words``; the last one takes the high-priority limit)
SHEET_HEADERS = (
    "Level",
    *HEADERS[:-2],
    "Budget as written",
    "Budget amount",
    "Priority (overall)",
    "High priority (≥ {limit}) in",
)


def sheet_headers() -> list[str]:
    """The column names in the document's language."""
    return [word(h, limit=f"{HIGH_PRIORITY:g}") if "{" in h else word(h) for h in SHEET_HEADERS]


WIDTHS = (11, 8, 50, 36, 28, 28, 12, 20, 22, 14, 12, 30)
FILLS = {
    "goal": PatternFill("solid", fgColor="D9E2EC"),
    "objective": PatternFill("solid", fgColor="D9E2EC"),
    "result": PatternFill("solid", fgColor="F1F4F7"),
}
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def _values(row: Row) -> list[Any]:
    """The row's cells for the sheet: texts as typed, figures as numbers."""
    texts = [cell.text for cell in row.cells[: COLUMN_INDEX["budget"]]]
    budget = row.cells[COLUMN_INDEX["budget"]]
    priority = row.cells[COLUMN_INDEX["priority"]]
    first, _, high = priority.text.partition("\n")
    overall = (
        priority.value if priority.value is not None else (first if row.level == "activity" else "")
    )
    return [
        word(LEVEL_WORDS[row.level]),
        *texts,
        budget.text,
        budget.value,
        overall,
        high.split(": ", 1)[-1] if high else "",
    ]


def write_logframe_xlsx(store: SessionStore, out_path: Path) -> None:
    """Write the LogFrame matrix of ``store`` to ``out_path`` (.xlsx)."""
    book = new_workbook()
    sheet = book.active
    sheet.title = word("LogFrame")
    sheet.sheet_view.rightToLeft = is_rtl()  # a Persian sheet reads from the right
    for column, header in enumerate(sheet_headers(), start=1):
        cell = put(sheet, 1, column, header)
        cell.font = BOLD
        cell.alignment = WRAP
    for number, row in enumerate(logframe_rows(store), start=2):
        for column, value in enumerate(_values(row), start=1):
            cell = put(sheet, number, column, value)  # text never runs as a formula
            cell.alignment = WRAP
            if row.level in FILLS:
                cell.fill = FILLS[row.level]
        amount, priority = sheet.cell(number, 10), sheet.cell(number, 11)
        amount.number_format = "#,##0"
        if isinstance(priority.value, float):
            priority.number_format = "0.00"
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    book.properties.title = f"{word('LogFrame')} — {store.meta().get('title', '')}"
    with replacing(out_path) as part:
        save_workbook(book, part)
