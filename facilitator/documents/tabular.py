"""One table (a pandas DataFrame) as CSV text, a Markdown table or an XLSX sheet.

Text that looks like a formula (``=SUM(…)``, ``+1``, ``@x``) must never run
when the file is opened: in XLSX every text cell is stored as a string; in
CSV such text gets a leading apostrophe (a lone ``-``, unknown, is kept).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.documents.workbook import new_workbook, put, save_workbook, write_csv_rows
from facilitator.errors import FacilitatorError

if TYPE_CHECKING:
    import pandas as pd


def frame_to_csv(frame: pd.DataFrame) -> str:
    """The table as CSV text, the header guarded like every cell (``documents.workbook``)."""
    out = io.StringIO()
    write_csv_rows(
        out,
        frame.columns,
        ([_plain(v) for v in values] for values in frame.itertuples(index=False)),
    )
    return out.getvalue()


def _plain(value: Any) -> Any:
    """None for pandas' missing values (NaN, NA), the value otherwise."""
    import pandas as pd

    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # a list or the like: not a missing value
        return value


def _md_cell(value: Any) -> str:
    text = "" if _plain(value) is None else str(value)
    return (
        text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")
    )


def frame_to_markdown(frame: pd.DataFrame) -> str:
    header = [_md_cell(c) for c in frame.columns]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for values in frame.itertuples(index=False):
        lines.append("| " + " | ".join(_md_cell(v) for v in values) + " |")
    return "\n".join(lines) + "\n"


def frame_in_language(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """``frame`` as the document language says it: column names and the core's fixed words
    translated as in the tables workbook (``spreadsheet.header_words``); in English, as it is."""
    from facilitator.words import SOURCE_LANGUAGE, current

    if current() == SOURCE_LANGUAGE:
        return frame
    import pandas as pd

    from facilitator.documents.spreadsheet import header_words, value_words

    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = [
                v if not isinstance(v, str) else value_words(str(column), v) for v in out[column]
            ]
    return out.rename(columns={c: header_words(table, str(c)) for c in out.columns})


def write_frame_xlsx(frame: pd.DataFrame, title: str, path: Path) -> None:
    """One sheet named ``title``: bold header, numbers as numbers, every text as a string cell."""
    from openpyxl.styles import Font

    book = new_workbook()
    sheet = book.worksheets[0]
    sheet.title = title[:31]
    from facilitator.words import is_rtl

    if is_rtl():
        sheet.sheet_view.rightToLeft = True  # a Persian sheet reads from the right
    for col, name in enumerate(frame.columns, start=1):
        put(sheet, 1, col, str(name)).font = Font(bold=True)
    for r, values in enumerate(frame.itertuples(index=False), start=2):
        for col, value in enumerate(values, start=1):
            put(sheet, r, col, _plain(value))
    sheet.freeze_panes = "A2"
    _folder_exists(path)
    try:
        save_workbook(book, path)
    except OSError as error:
        raise FacilitatorError(f"{path} cannot be written: {error.strerror or error}.") from None


def write_text(text: str, output: str | None) -> None:
    """Write ``text`` to the file ``output``, or to the screen when there is none.

    A .csv file starts with a byte order mark, as the exported tables do:
    without it Excel reads UTF-8 as the local code page and garbles every
    Persian, Cyrillic, Armenian or Georgian name.
    """
    if not output:
        sys.stdout.write(text)
        return
    _folder_exists(Path(output))
    encoding = "utf-8-sig" if Path(output).suffix.casefold() == ".csv" else "utf-8"
    try:
        Path(output).write_text(text, encoding=encoding)
    except OSError as error:
        raise FacilitatorError(f"{output} cannot be written: {error.strerror or error}.") from None


def _folder_exists(path: Path) -> None:
    """Refuse, in the words every writer uses, to write into a folder that is not there."""
    if path.parent.is_dir():
        return
    if path.parent.exists():
        raise FacilitatorError(
            f"{path.parent} is a file, not a folder: choose another place to save."
        )
    raise FacilitatorError(
        f"The folder {path.parent} does not exist: choose another place to save."
    )
