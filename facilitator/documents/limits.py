"""How much of a spreadsheet is read: bounds that stop a hostile or broken file early.

A 296 KB XLSX can inflate to a 300-million-character cell, a sheet can claim
a million rows or 16,384 columns, and its XML can declare entities that
expand or fetch files. A workshop's table is a few MB at most, so anything
far beyond is refused in one sentence before it is read.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

#: the most bytes the parts of one XLSX may inflate to (a workshop's largest is a few MB)
MAX_UNZIPPED = 50_000_000
#: the most a part over ``RATIO_FROM`` bytes may inflate relative to its compressed size
MAX_RATIO = 100
RATIO_FROM = 1_000_000
#: the rows and columns of a sheet that are read
MAX_ROWS = 100_000
MAX_COLUMNS = 200
#: the longest text a cell may hold (what a spreadsheet cell itself can hold)
MAX_CELL = 32_767
#: a CSV field longer than this is refused (Python's csv module's own limit)
MAX_CSV_FIELD = 131_072


def xlsx_archive_problem(name: str, data: bytes | Path) -> str | None:
    """Why this XLSX must not be read, in one sentence; None when its archive is sound.

    Checks what each part says it inflates to (the zip stops reading a part at
    that size) and refuses XML that declares a document type or entities,
    which no spreadsheet program writes.
    """
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        with zipfile.ZipFile(source) as archive:
            parts = archive.infolist()
            total = sum(part.file_size for part in parts)
            if total > MAX_UNZIPPED:
                return (
                    f"{name} would unpack to {total // 1_000_000:,} MB, far more than any "
                    f"workshop's table (at most {MAX_UNZIPPED // 1_000_000} MB are read); "
                    "is it the right file?"
                )
            for part in parts:
                ratio = part.file_size / max(part.compress_size, 1)
                if part.file_size > RATIO_FROM and ratio > MAX_RATIO:
                    return (
                        f"{name} is packed {ratio:,.0f} times smaller than it unpacks to "
                        f"(its part {part.filename}), as no spreadsheet program writes; "
                        "it was not read."
                    )
            for part in parts:
                if part.filename.endswith((".xml", ".rels")):
                    with archive.open(part) as handle:
                        head = handle.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        return (
                            f"{name} declares a document type or entities in {part.filename}, "
                            "as no spreadsheet program writes; it was not read."
                        )
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return None  # not a sound zip: the reader's own 'damaged' sentence says so
    return None


def cell_too_long(where: str, length: int) -> str:
    return (
        f"{where} holds {length:,} characters, more than a cell may hold "
        f"({MAX_CELL:,}); shorten it and import again."
    )


def too_many_rows(name: str) -> str:
    return (
        f"{name} has more than {MAX_ROWS:,} rows, far more than any workshop's table; "
        "only tables up to that size are read."
    )


def too_many_columns(name: str, where: str) -> str:
    return (
        f"{name} has something in {where}, beyond column {MAX_COLUMNS}; "
        f"only the first {MAX_COLUMNS} columns are read: remove what is beyond and import again."
    )
