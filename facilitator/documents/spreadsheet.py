"""Every named table (``facilitator.voting.tables``) as an XLSX workbook or as CSV files.

No cell may run as a formula when the file is opened: in XLSX every text is
stored as a string cell; in CSV a text that a spreadsheet would read as a
formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) gets
a leading apostrophe, while a lone ``-`` (unknown) is kept as it is. Figures
in the score columns are written as numbers in XLSX so they can be sorted and
summed, with as many decimals as printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from facilitator.documents.files import replacing
from facilitator.documents.workbook import new_workbook, save_workbook, streamed, write_csv_rows
from facilitator.voting import results, tables
from facilitator.voting.score_text import PRIORITY_PLACES, THREAT_PLACES

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: decimals a figure is printed with, per criterion
PLACES = {"importance": THREAT_PLACES, "capacity": THREAT_PLACES, "priority": PRIORITY_PLACES}
MAX_WIDTH = 60
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def _width(grid: results.Grid, column: int) -> float:
    longest = max([len(grid.headers[column])] + [len(row[column].text) for row in grid.rows])
    return min(max(longest + 2, 8), MAX_WIDTH)


def _cell(sheet: Any, cell: results.Cell) -> Any:
    """A figure as a number (as printed), any text as a string cell that cannot run."""
    if cell.plain_number and cell.value is not None:
        if cell.criterion not in PLACES:
            return int(cell.value) if cell.value.is_integer() else cell.value
        out = WriteOnlyCell(sheet, value=cell.value)
        out.number_format = "0." + "0" * PLACES[cell.criterion]
        return out
    value = cell.text
    if len(value) <= MAX_WIDTH:
        return streamed(sheet, value)
    out = WriteOnlyCell(sheet, value=value)
    out.data_type = "s"  # never a formula, whatever the text starts with
    out.alignment = WRAP
    return out


def _fill_sheet(sheet: Any, grid: results.Grid) -> None:
    """One table on one sheet: bold frozen header row, set widths, long texts wrapped."""
    for col in range(len(grid.headers)):
        sheet.column_dimensions[get_column_letter(col + 1)].width = _width(grid, col)
    sheet.freeze_panes = "A2"
    header_cells = []
    for header in grid.headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.data_type = "s"
        cell.font = BOLD
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in grid.rows:
        sheet.append([_cell(sheet, cell) for cell in row])


def write_xlsx(store: SessionStore, out_path: Path) -> None:
    """One sheet per named table, in ``tables.TABLES`` order (streamed: large vote lists stay quick)."""
    book = new_workbook(write_only=True)
    for name, grid in tables.all_grids(store).items():
        _fill_sheet(book.create_sheet(title=name[:31]), grid)
    with replacing(out_path) as part:
        save_workbook(book, part)


def csv_paths(out_path: Path) -> dict[str, Path]:
    """Where each table's CSV goes: ``tables.csv`` → ``tables-threats.csv``, ``tables-priorities.csv`` …"""
    out = Path(out_path)
    return {name: out.with_name(f"{out.stem}-{name}.csv") for name in tables.TABLES}


def write_csv(store: SessionStore, out_path: Path) -> Path:
    """One UTF-8 CSV file per named table (with a byte order mark so spreadsheets read every script).

    Returns the first file written.
    """
    paths = csv_paths(out_path)
    for name, grid in tables.all_grids(store).items():
        with (
            replacing(paths[name]) as part,
            open(part, "w", encoding="utf-8-sig", newline="") as handle,
        ):
            write_csv_rows(
                handle,
                grid.headers,
                ([cell.text for cell in row] for row in grid.rows),
                lineterminator="\r\n",
            )
    return next(iter(paths.values()))
