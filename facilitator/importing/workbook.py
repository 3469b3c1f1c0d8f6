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
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on broken archives
        raise UnreadableFile(
            path, f"{path.name} is damaged or is not an Excel workbook (.xlsx)."
        ) from None
    try:
        sheet = workbook.worksheets[0]
        rows = _values(sheet)
        xml = _sheet_xml(data, sheet)
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


def _values(sheet: Any) -> Rows:
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # some writers record a wrong sheet size; read every row
    return [
        (n, list(values)) for n, values in enumerate(sheet.iter_rows(values_only=True), start=1)
    ]


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
    for row in sheet.iter_rows():
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
