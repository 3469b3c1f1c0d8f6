"""No formula in any file the app writes, from a session full of text that looks like one."""

from __future__ import annotations

import csv
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitator.cli.commands import main
from facilitator.documents.workbook import FORMULA_STARTS
from facilitator.voting import tables

HOSTILE = {
    "participant": "=cmd|' /C calc'!A0",
    "participant2": "+1+1 Voter",
    "participant3": "@SUM(A1)",
    "country": '=HYPERLINK("http://example.invalid","AF")',
    "region": "+1+1",
    "item": "=1+1 Poaching of prey",
    "activity": "=cmd|' /C notepad'!A0 train rangers",
    "action": "-2+3 patrols",
}
FORMULA_XML = re.compile(rb"<(?:\w+:)?f[\s>/]")


@pytest.fixture
def hostile(sample_path: Path) -> Path:
    conn = sqlite3.connect(sample_path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("UPDATE participants SET name = ? WHERE id = 1", (HOSTILE["participant"],))
    conn.execute("UPDATE participants SET name = ? WHERE id = 3", (HOSTILE["participant2"],))
    conn.execute("UPDATE participants SET name = ? WHERE id = 5", (HOSTILE["participant3"],))
    conn.execute("UPDATE countries SET name = ? WHERE code = 'AF'", (HOSTILE["country"],))
    conn.execute("UPDATE regions SET name = ? WHERE name = 'Caucasus'", (HOSTILE["region"],))
    conn.execute(
        "UPDATE votes SET scope = ? WHERE scope_kind = 'region' AND scope = 'Caucasus'",
        (HOSTILE["region"],),
    )
    conn.execute("UPDATE votes SET region = ? WHERE region = 'Caucasus'", (HOSTILE["region"],))
    conn.execute("UPDATE items SET label = ? WHERE id = 21", (HOSTILE["item"],))
    conn.execute(
        "UPDATE activities SET text = ? WHERE id = (SELECT MIN(id) FROM activities)",
        (HOSTILE["activity"],),
    )
    conn.execute("UPDATE monitoring_actions SET action = ?", (HOSTILE["action"],))
    conn.commit()
    conn.close()
    return sample_path


def _workbooks(session: Path, out: Path) -> list[Path]:
    """Every kind of workbook the app writes, from ``session``."""
    s = str(session)
    for vote in ("threat-ranking", "prioritisation"):
        for per in ("participant", "country"):
            assert main(["ballots", s, vote, "-o", str(out / f"{vote}-{per}"), "--per", per]) == 0
    assert main(["export", s, "tables", "-o", str(out / "tables.xlsx")]) == 0
    assert main(["export", s, "monitoring", "-o", str(out / "monitoring.xlsx")]) == 0
    for name in tables.TABLES:
        assert main(["table", s, name, "-o", str(out / f"table-{name}.xlsx")]) == 0
    return sorted(out.rglob("*.xlsx"))


def test_no_workbook_holds_a_formula(hostile, tmp_path, capsys):
    books = _workbooks(hostile, tmp_path)
    assert len(books) > 40  # one ballot per voter or country, and every table
    seen: set[str] = set()
    for book in books:
        with zipfile.ZipFile(book) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/"):
                    assert not FORMULA_XML.search(archive.read(name)), f"{book.name}: {name}"
        workbook = load_workbook(book)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", f"{book.name} {sheet.title}!{cell.coordinate}"
                    if isinstance(cell.value, str):
                        seen.update(v for v in HOSTILE.values() if v in cell.value)
    assert seen == set(HOSTILE.values())  # each hostile text is there, as text


def _csv_cells(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_no_csv_cell_runs_as_a_formula(hostile, tmp_path, capsys):
    written = [tmp_path / f"{name}.csv" for name in tables.TABLES]
    for name, path in zip(tables.TABLES, written):
        assert main(["table", str(hostile), name, "-o", str(path)]) == 0
    assert main(["export", str(hostile), "tables", "-o", str(tmp_path / "all.csv")]) == 0
    written += sorted(tmp_path.glob("all-*.csv"))
    headers = _csv_cells(tmp_path / "threats-by-region.csv")[0]
    assert "'+1+1" in headers
    for path in written:
        for row in _csv_cells(path):
            for cell in row:
                assert cell == "-" or not cell.startswith(FORMULA_STARTS), (path.name, cell)


def test_a_votes_csv_round_trips_unchanged(hostile, tmp_path, capsys):
    first = tmp_path / "votes.csv"
    assert main(["table", str(hostile), "votes", "-o", str(first)]) == 0
    assert f"'{HOSTILE['participant']}" in first.read_text(encoding="utf-8-sig")
    conn = sqlite3.connect(hostile)
    conn.execute("DELETE FROM votes")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["import", str(hostile), str(first)]) == 0
    out = capsys.readouterr().out
    assert "New participants" not in out  # '=cmd…' was read back as the voter it names
    second = tmp_path / "again.csv"
    assert main(["table", str(hostile), "votes", "-o", str(second)]) == 0

    def without_times(path: Path) -> list[list[str]]:
        return sorted(row[:5] for row in _csv_cells(path))

    assert without_times(second) == without_times(first)


def test_every_workbook_is_written_through_the_one_writer():
    """No module but ``documents.workbook`` makes or saves a workbook."""
    root = Path(__file__).resolve().parents[2]
    for source in (root / "facilitator").rglob("*.py"):
        if source.name == "workbook.py":
            continue
        text = source.read_text(encoding="utf-8")
        assert "import Workbook" not in text and "Workbook(" not in text, source
