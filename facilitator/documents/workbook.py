"""The one writer of every XLSX and CSV file the app makes: text never runs as a formula.

A participant named ``=cmd|' /C calc'!A0`` or an activity typed as ``+1+1``
must stay text in a ballot e-mailed to every participant, in the exported
tables and in the monitoring overview. openpyxl turns any string starting
with ``=`` into a formula cell, and a spreadsheet runs a CSV cell starting
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return. So:

- ``new_workbook`` / ``save_workbook``: every workbook is made and saved
  here; saving turns any formula cell left by a careless writer back into text;
- ``put`` writes one cell of a normal workbook, ``streamed`` one value of a
  write-only one (the large tables);
- ``csv_safe`` / ``write_csv_rows``: every CSV cell of text that a
  spreadsheet would run gets a leading apostrophe, which the importer removes
  again (``unguard``), so a file the app wrote reads back as it was.
"""

from __future__ import annotations

import csv
import numbers
from collections.abc import Iterable
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def new_workbook(write_only: bool = False) -> Any:
    from openpyxl import Workbook

    return Workbook(write_only=write_only)


def save_workbook(book: Any, path: str | Path) -> Path:
    """Save ``book`` to ``path``, with no formula cell in it (text stays text)."""
    if not getattr(book, "write_only", False):
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        cell.data_type = "s"
    book.save(str(path))
    return Path(path)


def put(sheet: Any, row: int, col: int, value: Any) -> Any:
    """Write one value into a cell of a normal workbook: numbers as numbers, text as text."""
    cell = sheet.cell(row=row, column=col)
    if value is None or isinstance(value, bool) or not isinstance(value, numbers.Real):
        cell.value = None if value is None else str(value)
        if value is not None:
            cell.data_type = "s"  # never a formula, whatever the text starts with
    else:
        cell.value = value.item() if hasattr(value, "item") else value
    return cell


def streamed(sheet: Any, value: Any) -> Any:
    """A value for a write-only sheet's row: text that would be a formula becomes a text cell."""
    if isinstance(value, str) and value.startswith("="):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def csv_safe(value: object) -> str:
    """Text for a CSV cell that no spreadsheet will run as a formula (a lone '-', unknown, stays)."""
    if value is None:
        return ""
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return "'" + text if text != "-" and text.startswith(FORMULA_STARTS) else text


def unguard(text: str) -> str:
    """A CSV cell as it was before ``csv_safe``: the apostrophe it added is removed."""
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def write_csv_rows(
    handle: Any,
    header: Iterable[object],
    rows: Iterable[Iterable[object]],
    lineterminator: str = "\n",
) -> None:
    """Write a header and rows to an open text file, every cell guarded."""
    writer = csv.writer(handle, lineterminator=lineterminator)
    writer.writerow([csv_safe(c) for c in header])
    for values in rows:
        writer.writerow([csv_safe(v) for v in values])
