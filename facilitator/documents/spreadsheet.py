"""Every named table (``facilitator.voting.tables``) as an XLSX workbook or as CSV files.

No cell may run as a formula when the file is opened: in XLSX every text is
stored as a string cell; in CSV a text that a spreadsheet would read as a
formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) gets
a leading apostrophe, while a lone ``-`` (unknown) is kept as it is. Figures
in the score columns are written as numbers in XLSX so they can be sorted and
summed, with as many decimals as printed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from facilitator.documents.files import replacing
from facilitator.documents.workbook import new_workbook, save_workbook, streamed, write_csv_rows
from facilitator.voting import results, tables
from facilitator.voting.score_text import PRIORITY_PLACES, THREAT_PLACES
from facilitator.words import SOURCE_LANGUAGE, current, fixed, in_cell, is_rtl, word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: decimals a figure is printed with, per criterion
PLACES = {"importance": THREAT_PLACES, "capacity": THREAT_PLACES, "priority": PRIORITY_PLACES}
#: column names as a reader says them (the spreadsheets' headers; CSV keeps the importable names)
HEADER_WORDS = {
    "kind": "Kind",
    "item": "Driver or threat",
    "criterion": "Criterion",
    "overall": "Overall",
    "importance": "Importance",
    "capacity": "Capacity",
    "activity": "Activity",
    "text": "Text",
    "participant": "Participant",
    "scope": "Country or region",
    "region": "Working group",
    "target": "Driver, threat or activity",
    "vote": "Vote",
    "at": "Given at",
    "name": "Name",
    "affiliation": "Affiliation",
    "country": "Country",
    "role": "Role",
    "votes": "Votes",
    "votes_cast": "Votes cast",
    "status": "Status",
    "round": "Round",
}
#: columns whose values are the core's own words ("Driver", "importance", "yes"), not typed text
FIXED_VALUE_COLUMNS = {"kind", "criterion", "status", "role", "votes", "vote"}
_ROUND_HEADER = re.compile(r"round (\d+) (mean|spread|votes)")
MAX_WIDTH = 60
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_words(table: str, header: str) -> str:
    """A column's name as a reader says it, in the document's language (a country's code or a
    region's name stays as it is)."""
    if (table, header) == ("constraints", "item"):
        return word("Constraint")
    if (table, header) == ("rounds", "vote"):
        return word("Voting")
    rounds = _ROUND_HEADER.fullmatch(header)
    if rounds:
        return fixed(f"round {{n}} {rounds.group(2)}").format(n=rounds.group(1))
    return word(HEADER_WORDS[header]) if header in HEADER_WORDS else header


def value_words(column: str, text: str) -> str:
    """A cell's text in the document's language: the core's fixed words translated, "Not
    filled in" too; what the workshop typed as it is."""
    return fixed(text) if column in FIXED_VALUE_COLUMNS else in_cell(text)


def _width(grid: results.Grid, column: int) -> float:
    longest = max([len(grid.headers[column])] + [len(row[column].text) for row in grid.rows])
    return min(max(longest + 2, 8), MAX_WIDTH)


def _cell(sheet: Any, cell: results.Cell, column: str) -> Any:
    """A figure as a number (as printed), any text as a string cell that cannot run."""
    if cell.plain_number and cell.value is not None:
        if cell.criterion not in PLACES:  # a count or a single vote
            whole = cell.value.is_integer()
            out = WriteOnlyCell(sheet, value=int(cell.value) if whole else cell.value)
            out.number_format = "0" if whole else "0.0#"
            return out
        out = WriteOnlyCell(sheet, value=cell.value)
        out.number_format = "0." + "0" * PLACES[cell.criterion]
        return out
    value = value_words(column, cell.text)
    if len(value) <= MAX_WIDTH:
        return streamed(sheet, value)
    out = WriteOnlyCell(sheet, value=value)
    out.data_type = "s"  # never a formula, whatever the text starts with
    out.alignment = WRAP
    return out


def _fill_sheet(sheet: Any, name: str, grid: results.Grid) -> None:
    """One table on one sheet: bold frozen header row, set widths, long texts wrapped."""
    for col in range(len(grid.headers)):
        sheet.column_dimensions[get_column_letter(col + 1)].width = _width(grid, col)
    sheet.freeze_panes = "A2"
    _print_setup(sheet, len(grid.headers), len(grid.rows) + 1)
    if is_rtl():
        sheet.sheet_view.rightToLeft = True  # a Persian sheet reads from the right
    header_cells = []
    for header in grid.headers:
        cell = WriteOnlyCell(sheet, value=header_words(name, header))
        cell.data_type = "s"
        cell.font = BOLD
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in grid.rows:
        sheet.append([_cell(sheet, cell, h) for cell, h in zip(row, grid.headers)])


def _print_setup(sheet: Any, columns: int, rows: int) -> None:
    """Autofilter on the header row; printed landscape, as wide as the page, header repeated."""
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def write_xlsx(store: SessionStore, out_path: Path) -> None:
    """One sheet per named table, in ``tables.TABLES`` order (streamed: large vote lists stay quick)."""
    book = new_workbook(write_only=True)
    for name, grid in tables.all_grids(store).items():
        _fill_sheet(book.create_sheet(title=fixed(name)[:31]), name, grid)
    with replacing(out_path) as part:
        save_workbook(book, part)


def csv_paths(out_path: Path) -> dict[str, Path]:
    """Where each table's CSV goes: ``tables.csv`` → ``tables-threats.csv``, ``tables-priorities.csv`` …"""
    out = Path(out_path)
    return {name: out.with_name(f"{out.stem}-{name}.csv") for name in tables.TABLES}


def write_csv(store: SessionStore, out_path: Path) -> Path:
    """One UTF-8 CSV file per named table (with a byte order mark so spreadsheets read every script).

    In English the columns keep the names ``facilitator import`` reads back; in another
    language the column names and the core's words in the cells are the reader's.
    Returns the first file written.
    """
    paths = csv_paths(out_path)
    own = current() == SOURCE_LANGUAGE
    for name, grid in tables.all_grids(store).items():
        headers = grid.headers if own else [header_words(name, h) for h in grid.headers]
        with (
            replacing(paths[name]) as part,
            open(part, "w", encoding="utf-8-sig", newline="") as handle,
        ):
            write_csv_rows(
                handle,
                headers,
                (
                    [
                        cell.text if own else value_words(h, cell.text)
                        for cell, h in zip(row, grid.headers)
                    ]
                    for row in grid.rows
                ),
                lineterminator="\r\n",
            )
    return next(iter(paths.values()))
