"""Reading a CSV or XLSX file into a header and numbered rows.

Real files are messy: a BOM, ``;`` instead of ``,``, a header typed with
capitals and stray spaces, an old ``.xls`` or a PDF renamed to ``.csv``. This
module reads what it can and turns everything else into one plain sentence
(``UnreadableFile``); it knows nothing of what the columns mean.
"""

from __future__ import annotations

import csv
import datetime
import io
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitator.documents.limits import MAX_CSV_FIELD, MAX_ROWS, too_many_rows
from facilitator.documents.workbook import unguard
from facilitator.errors import ImportProblems
from facilitator.text import CONTROLS, EMPTY_WORDS, cell_text  # noqa: F401  (read from here too)

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old binary .xls / .doc
# What a file is, by its first bytes, for files that are plainly no spreadsheet.
NOT_SPREADSHEETS = {
    b"%PDF": "a PDF document",
    b"SQLite format 3\x00": "a database (a session file?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}
DELIMITERS = (",", ";", "\t")
MAX_MEGABYTES = 20  # a workshop's largest table is a few MB; a film renamed .csv is not read
UNSAVED_FORMULA = (
    "the cell holds the formula {formula}, whose result was never saved; "
    "open the file in Excel or LibreOffice, save it, and import it again."
)


@dataclass(frozen=True)
class UnsavedFormula:
    """An XLSX cell holding a formula whose result was never saved (a file written by a program).

    Reading it as empty would record an empty vote; ``Row.problems`` names it instead.
    """

    formula: str

    def __str__(self) -> str:
        return self.formula


class UnreadableFile(ImportProblems):
    """The file as a whole cannot be imported: ``str()`` is one sentence."""

    def __init__(self, path: str | os.PathLike[str], sentence: str):
        super().__init__(str(path), [(0, "", sentence)])
        self.sentence = sentence

    def __str__(self) -> str:
        return self.sentence


@dataclass
class Row:
    """One row of a table: the line (or spreadsheet row) it came from, and its cells by column."""

    line: int
    cells: dict[str, Any]
    # Non-empty cells beyond the header's last column: usually an unquoted
    # decimal comma ('2,5') in a comma-separated file, which split a value.
    extra: list[str] = field(default_factory=list)

    def overflow(self) -> str | None:
        """Why the row has cells beyond the header, in a sentence; None when it has none."""
        if not self.extra:
            return None
        left = ", ".join(f"'{text}'" for text in self.extra)
        return (
            f"this row has more cells than the header ({left} left over); "
            "a number with a decimal comma must be in quotes, or the columns separated by ';'."
        )

    def problems(self) -> list[tuple[str, str]]:
        """What makes the row unusable whatever its kind: ``(column, sentence)`` pairs ('' = the row)."""
        found = [("", self.overflow())] if self.extra else []
        found += [
            (column, UNSAVED_FORMULA.format(formula=value))
            for column, value in self.cells.items()
            if isinstance(value, UnsavedFormula)
        ]
        return found  # type: ignore[return-value]

    def text(self, column: str) -> str:
        """The cell as trimmed, NFC-normalised text ('' when empty or 'Not filled in')."""
        return cell_text(self.cells.get(column))


@dataclass
class Table:
    """A file's header (normalised names), the names as written, and its rows."""

    path: Path
    header: list[str]
    written: dict[str, str] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    # Every non-blank row as read, so the header can be looked for further down.
    body: list[tuple[int, list[Any]]] = field(default_factory=list, repr=False)

    def with_header_at(self, index: int) -> Table:
        """The same file read with its ``index``-th non-blank row as the header (title rows above it)."""
        return _table(self.path, self.body, index)


# Cyrillic and Greek letters that look like Latin ones (after case folding);
# text pulled out of PDFs mixes them into headers, which are English words.
LOOK_ALIKES = str.maketrans("аеорсухкмтнвіјѕαβεζηικμνορτυχ", "aeopcyxkmthbijsabezhikmnoptyx")


def normalise_header(name: object) -> str:
    """'  Code ', 'CODE', 'code\ufeff', 'Actor(s)' and 'Сode' (Cyrillic С) all become 'code', 'actors'."""
    text = unicodedata.normalize("NFKC", "" if name is None else str(name)).replace("\ufeff", "")
    text = text.strip().casefold().translate(LOOK_ALIKES).replace("(s)", "s")
    return " ".join(text.replace("_", " ").replace("-", " ").split())


def as_date(value: object) -> str | None:
    """The date a spreadsheet cell holds, as text ('2022-05-01'); None when it holds no date.

    Spreadsheets in many languages turn '1.5' or '1.1.1' typed into a cell
    into a date (1 May, 1 January 2001): such a cell is no score or number.
    """
    if isinstance(value, (datetime.date, datetime.time)):
        return cell_text(value)
    return None


DATE_HINT = (
    "the spreadsheet turned what was typed into the date {date}; "
    "format the column as Text and type it again."
)


def read_table(path: str | os.PathLike[str]) -> Table:
    """Read a CSV or XLSX file (first sheet); the first non-empty row is the header.

    Raises ``UnreadableFile`` (one sentence) when the file is missing, empty,
    damaged or not a spreadsheet.
    """
    path = Path(path)
    data = _read_bytes(path)
    if data.startswith(ZIP_MAGIC) or path.suffix.casefold() in (".xlsx", ".xlsm"):
        from facilitator.importing.workbook import xlsx_rows

        raw_rows = xlsx_rows(path, data)
    elif data.startswith(OLE_MAGIC):
        raise UnreadableFile(
            path,
            f"{path.name} is an old Excel (.xls) file; save it as .xlsx or CSV and import that.",
        )
    elif any(data.startswith(magic) for magic in NOT_SPREADSHEETS):
        what = next(what for magic, what in NOT_SPREADSHEETS.items() if data.startswith(magic))
        raise UnreadableFile(path, f"{path.name} is {what}, not a CSV or XLSX spreadsheet.")
    else:
        raw_rows = _csv_rows(path, data)
    return _table(path, raw_rows)


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise UnreadableFile(path, f"There is no file at {path}.")
    if path.is_dir():
        raise UnreadableFile(path, f"{path} is a folder, not a spreadsheet.")
    try:
        size = path.stat().st_size
        if size > MAX_MEGABYTES * 1_000_000:
            raise UnreadableFile(
                path,
                f"{path.name} is {size // 1_000_000} MB, far more than any workshop's table "
                f"(at most {MAX_MEGABYTES} MB are read); is it the right file?",
            )
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(path, f"{path.name} cannot be read: {error.strerror}.") from None
    if not data.strip():
        raise UnreadableFile(path, f"{path.name} is empty: there is nothing to import.")
    return data


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or '-be' when the text is plainly UTF-16 without its byte order mark, else None."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    # ASCII letters, digits, separators and line ends have a zero high byte.
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) >= 0.3 * len(high) and low.count(0) <= 0.05 * len(low):
            return codec
    return None


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    codec = _utf16_without_bom(data)
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: judged as binary below
    head = data[:4096]
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    # A stray control character or two (an old tool's end-of-file mark, Ctrl-Z)
    # is no sign of binary data, even in a short file; cell_text drops them.
    if b"\x00" in head or controls > max(2, len(head) // 100):
        raise UnreadableFile(
            path, f"{path.name} is not a CSV or XLSX spreadsheet (it holds binary data)."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UnreadableFile(
            path,
            f"{path.name} is not UTF-8 text (line {line} is the first with another encoding); "
            "save it as 'CSV UTF-8' (or as .xlsx) and import that.",
        ) from None


def _csv_rows(path: Path, data: bytes) -> list[tuple[int, list[Any]]]:
    text = _decode(path, data).replace("\ufeff", "")
    lines = text.splitlines(keepends=True)
    first = next((line for line in lines if line.strip()), "")
    skipped = 0
    hint = first.rstrip("\r\n").strip('"').casefold()
    if hint.startswith("sep=") and len(hint) <= 6:  # Excel's "sep=;" first line
        skipped = lines.index(first) + 1
        delimiter = hint[4:] or ","
        text = "".join(lines[skipped:])
    else:
        delimiter = _delimiter([line for line in lines[:50] if line.strip()])
    try:
        return _records(path, text, delimiter, skipped, strict=True)
    except _CsvSlip:  # a stray quote inside a cell ('"Poaching" of prey'): read it leniently
        return _records(path, text, delimiter, skipped, strict=False)


def _delimiter(lines: list[str]) -> str:
    """The separator that splits the header into most cells.

    The header is the first line that any separator splits: a title typed
    above the table ('Votes of the Caucasus group') splits into nothing.
    """

    def cells(line: str, delimiter: str) -> int:
        try:
            return len(next(csv.reader([line], delimiter=delimiter), []))
        except csv.Error:  # a field beyond the csv module's limit: refused when read
            return 0

    header = next(
        (line for line in lines if any(cells(line, d) > 1 for d in DELIMITERS)),
        lines[0] if lines else "",
    )
    return max(DELIMITERS, key=lambda d: cells(header, d))


class _CsvSlip(Exception):
    """A strict reading failed on something a lenient one reads sensibly."""


def _records(
    path: Path, text: str, delimiter: str, skipped: int, strict: bool
) -> list[tuple[int, list[Any]]]:
    """Each record with the line it starts on.

    A quote that opens a cell and is never closed would make the rest of the
    file one cell: that is refused, naming the line where the cell starts.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    rows: list[tuple[int, list[Any]]] = []
    start = 1
    try:
        for record in reader:
            if len(rows) >= MAX_ROWS:
                raise UnreadableFile(path, too_many_rows(path.name))
            # A cell the app guarded against formulas ("'=x") reads back as written ("=x").
            rows.append((start + skipped, [unguard(cell) for cell in record]))
            start = reader.line_num + 1
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            raise UnreadableFile(
                path,
                f"{path.name} has a quote that opens a cell on line {start + skipped} and is never "
                "closed, so the rest of the file would be read as that one cell; "
                "close the quote (or remove it) and import again.",
            ) from None
        if "field larger than field limit" in str(error):
            raise UnreadableFile(
                path,
                f"{path.name} has a cell on line {reader.line_num + skipped} longer than "
                f"{MAX_CSV_FIELD:,} characters, far more than any workshop's table holds; "
                "is it the right file?",
            ) from None
        if strict:
            raise _CsvSlip() from None
        raise UnreadableFile(
            path,
            f"{path.name} is not a well-formed CSV file (line {reader.line_num + skipped}: {error}).",
        ) from None
    return rows


def _is_blank(values: list[Any]) -> bool:
    return all(cell_text(v) == "" for v in values)


def _table(path: Path, raw_rows: list[tuple[int, list[Any]]], header_index: int = 0) -> Table:
    body = [(line, values) for line, values in raw_rows if not _is_blank(values)]
    if not body:
        where = "The first sheet of " if path.suffix.casefold() in (".xlsx", ".xlsm") else ""
        raise UnreadableFile(path, f"{where}{path.name} is empty: there is nothing to import.")
    header_line, header_cells = body[header_index]
    while header_cells and cell_text(header_cells[-1]) == "":
        header_cells = header_cells[:-1]
    header = [normalise_header(h) for h in header_cells]
    written = {name: cell_text(h) for name, h in zip(header, header_cells)}
    _check_header(path, header_line, header)
    table = Table(path, header, written, body=body)
    for line, values in body[header_index + 1 :]:
        cells = {
            name: (values[i] if i < len(values) else None) for i, name in enumerate(header) if name
        }
        extra = [cell_text(v) for v in values[len(header) :] if cell_text(v)]
        table.rows.append(Row(line, cells, extra))
    if not table.rows:
        raise UnreadableFile(
            path, f"{path.name} has a header but no rows: there is nothing to import."
        )
    return table


def _check_header(path: Path, line: int, header: list[str]) -> None:
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise UnreadableFile(
                path, f"{path.name} has the column '{name}' twice in its header (line {line})."
            )
        seen.add(name)
