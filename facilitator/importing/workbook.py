"""Reading the first sheet of an XLSX workbook into numbered rows, as a person sees it.

Three things a spreadsheet shows differently from what openpyxl reads:
- a cell merged down over several rows ('Threat' written once beside five
  threats) shows its value on every row: it is copied down;
- a formula in a file written by a program (not saved by Excel) has no saved
  result: it is marked ``UnsavedFormula`` so the row is refused rather than
  read as empty (an empty vote);
- an empty first sheet while another sheet holds the table: the sentence
  names that sheet.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from facilitator.documents.limits import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_ROWS,
    cell_too_long,
    too_many_columns,
    too_many_rows,
    xlsx_archive_problem,
)
from facilitator.importing.reading import UnreadableFile, UnsavedFormula, cell_text

Rows = list[tuple[int, list[Any]]]
FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def xlsx_rows(path: Path, data: bytes) -> Rows:
    """The first sheet's rows, numbered as in the sheet; ``UnreadableFile`` when it cannot be read."""
    from openpyxl import load_workbook

    if b"application/vnd.oasis.opendocument" in data[:200]:
        raise UnreadableFile(
            path,
            f"{path.name} is an OpenDocument spreadsheet; save it as .xlsx or CSV and import that.",
        )
    problem = xlsx_archive_problem(path.name, data)
    if problem:
        raise UnreadableFile(path, problem)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on broken archives
        raise UnreadableFile(
            path, f"{path.name} is damaged or is not an Excel workbook (.xlsx)."
        ) from None
    try:
        sheet = workbook.worksheets[0]
        xml = _sheet_xml(data, sheet)
        _refuse_cells_beyond_the_limits(path, xml)
        rows = _values(sheet, path)
        if FORMULA_TAG.search(xml):
            _mark_unsaved_formulas(data, rows)
        if b"mergeCell" in xml:
            _fill_merged_down(rows, xml)
        if all(_blank(values) for _, values in rows):
            _refuse_empty_first_sheet(path, workbook)
        return rows
    except UnreadableFile:
        raise
    except Exception:  # noqa: BLE001 - same: any failure here means a damaged sheet
        raise UnreadableFile(
            path, f"{path.name} is damaged: its first sheet cannot be read."
        ) from None
    finally:
        workbook.close()


def _values(sheet: Any, path: Path | None = None) -> Rows:
    """The sheet's rows, bounded: too many rows or columns, or too long a cell, is refused."""
    from openpyxl.utils import get_column_letter

    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # some writers record a wrong sheet size; read every row
    name = path.name if path else sheet.title
    rows: Rows = []
    for n, values in enumerate(
        sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1),
        start=1,
    ):
        if n > MAX_ROWS:
            raise UnreadableFile(path or name, too_many_rows(name))
        if len(values) > MAX_COLUMNS and any(v is not None for v in values[MAX_COLUMNS:]):
            where = f"cell {get_column_letter(MAX_COLUMNS + 1)}{n}"
            raise UnreadableFile(path or name, too_many_columns(name, where))
        for col, value in enumerate(values[:MAX_COLUMNS], start=1):
            if isinstance(value, str) and len(value) > MAX_CELL:
                where = f"Cell {get_column_letter(col)}{n} of {name}"
                raise UnreadableFile(path or name, cell_too_long(where, len(value)))
        rows.append((n, list(values[:MAX_COLUMNS])))
    return rows


ROW_REF = re.compile(rb'<(?:\w+:)?row\s[^>]*?r="(\d{6,})"')
CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?r="([A-Z]{2,3})(\d+)"')


def _refuse_cells_beyond_the_limits(path: Path, xml: bytes) -> None:
    """A row beyond ``MAX_ROWS`` or a cell beyond column ``MAX_COLUMNS`` (a bomb) is refused early."""
    from openpyxl.utils import column_index_from_string

    for match in ROW_REF.finditer(xml):
        if int(match.group(1)) > MAX_ROWS:
            raise UnreadableFile(path, too_many_rows(path.name))
    for match in CELL_REF.finditer(xml):
        letters = match.group(1).decode()
        if column_index_from_string(letters) > MAX_COLUMNS:
            where = f"cell {letters}{match.group(2).decode()}"
            raise UnreadableFile(path, too_many_columns(path.name, where))


def _blank(values: list[Any]) -> bool:
    return all(cell_text(v) == "" for v in values)


def _sheet_xml(data: bytes, sheet: Any) -> bytes:
    """The sheet's own XML (b'' when openpyxl does not say where it is)."""
    where = getattr(sheet, "_worksheet_path", None)
    if not where:
        return b""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(where)


def _mark_unsaved_formulas(data: bytes, rows: Rows) -> None:
    """Replace each empty value whose cell holds a formula by ``UnsavedFormula``."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        sheet = workbook.worksheets[0]
        for n, cells in enumerate(_formula_rows(sheet), start=1):
            if n > len(rows):
                break
            values = rows[n - 1][1]
            for col, formula in cells:
                if col < len(values) and values[col] is None:
                    values[col] = UnsavedFormula(formula)
    finally:
        workbook.close()


def _formula_rows(sheet: Any) -> Any:
    """Per row, the (column index, formula text) of its formula cells."""
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()
    for row in sheet.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS):
        yield [
            (col, str(getattr(cell.value, "text", None) or cell.value))
            for col, cell in enumerate(row)
            if getattr(cell, "data_type", None) == "f"
        ]


def _fill_merged_down(rows: Rows, xml: bytes) -> None:
    """Copy the value of each cell merged down over rows (one column wide) into every row."""
    from openpyxl.utils.cell import range_boundaries

    for _, element in ElementTree.iterparse(io.BytesIO(xml)):
        if not element.tag.endswith("}mergeCell") and element.tag != "mergeCell":
            element.clear()
            continue
        min_col, min_row, max_col, max_row = range_boundaries(element.get("ref", ""))
        if min_col is None or min_row is None or max_row is None:
            continue  # a whole-row or whole-column merge carries no value to copy down
        if min_col != max_col or max_row <= min_row or max_row > len(rows):
            continue
        col = min_col - 1
        top = rows[min_row - 1][1]
        value = top[col] if col < len(top) else None
        for n in range(min_row, max_row):
            values = rows[n][1]
            values.extend([None] * (col + 1 - len(values)))
            if values[col] is None:
                values[col] = value


def _refuse_empty_first_sheet(path: Path, workbook: Any) -> None:
    """Say that the first sheet is empty, and which sheet holds something (only the first is read)."""
    others = [
        sheet.title
        for sheet in workbook.worksheets[1:]
        if not all(_blank(values) for _, values in _values(sheet))
    ]
    hint = (
        f" (only the first sheet is read: move the sheet '{others[0]}' to the front)"
        if others
        else ""
    )
    raise UnreadableFile(
        path, f"The first sheet of {path.name} is empty: there is nothing to import{hint}."
    )
