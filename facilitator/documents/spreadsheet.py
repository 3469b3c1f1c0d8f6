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
from facilitator.documents.workbook import (
    new_workbook,
    save_workbook,
    streamed,
    write_csv_rows,
)
from facilitator.voting import tables

if TYPE_CHECKING:
    import pandas as pd

    from facilitator.session.store import SessionStore

#: tables whose figure columns are written as numbers (all columns but these text ones)
NUMERIC_TABLES = {"threats", "threats-by-region", "priorities"}
TEXT_COLUMNS = {"kind", "item", "criterion", "activity", "text", "status"}
_FIGURE = re.compile(r"^\d+(\.(\d+))?$")
MAX_WIDTH = 60
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def _xlsx_value(table: str, column: str, value: object) -> tuple[Any, str | None]:
    """(value to store, number format) for one cell: figures as numbers, the rest as text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value, None
    text = "" if value is None else str(value)
    if table in NUMERIC_TABLES and column not in TEXT_COLUMNS:
        match = _FIGURE.match(text)
        if match:
            places = len(match.group(2) or "")
            return float(text), "0" if places == 0 else "0." + "0" * places
    return text, None


def _width(frame: pd.DataFrame, column: str) -> float:
    longest = max([len(str(column))] + [len(str(v)) for v in frame[column].tolist()])
    return min(max(longest + 2, 8), MAX_WIDTH)


def _cell(sheet: Any, table: str, column: str, raw: object) -> Any:
    """A plain value where nothing special is needed (fast), else a styled cell that cannot run."""
    value, number_format = _xlsx_value(table, column, raw)
    if isinstance(value, str):
        if len(value) <= MAX_WIDTH:
            return streamed(sheet, value)
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # never a formula, whatever the text starts with
        cell.alignment = WRAP
        return cell
    if number_format:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = number_format
        return cell
    return value


def _fill_sheet(sheet: Any, name: str, frame: pd.DataFrame) -> None:
    """One table on one sheet: bold frozen header row, set widths, long texts wrapped."""
    columns = [str(c) for c in frame.columns]
    for col, header in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = _width(frame, header)
    sheet.freeze_panes = "A2"
    header_cells = []
    for header in columns:
        cell = WriteOnlyCell(sheet, value=header)
        cell.data_type = "s"
        cell.font = BOLD
        header_cells.append(cell)
    sheet.append(header_cells)
    for values in frame.itertuples(index=False):
        sheet.append([_cell(sheet, name, header, raw) for header, raw in zip(columns, values)])


def write_xlsx(store: SessionStore, out_path: Path) -> None:
    """One sheet per named table, in ``tables.TABLES`` order (streamed: large vote lists stay quick)."""
    book = new_workbook(write_only=True)
    for name, frame in tables.all_tables(store).items():
        _fill_sheet(book.create_sheet(title=name[:31]), name, frame)
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
    for name, frame in tables.all_tables(store).items():
        with (
            replacing(paths[name]) as part,
            open(part, "w", encoding="utf-8-sig", newline="") as handle,
        ):
            write_csv_rows(
                handle, frame.columns, frame.itertuples(index=False), lineterminator="\r\n"
            )
    return next(iter(paths.values()))
