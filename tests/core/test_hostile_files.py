"""Hostile and oversized spreadsheets are refused in one sentence, early, changing nothing."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from facilitator.ballots.read import read_workbook
from facilitator.cli.commands import main
from facilitator.documents import limits
from facilitator.importing.reading import UnreadableFile, read_table

BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
    b"</sheetData></worksheet>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
    b"</sheetData></worksheet>"
)


def _workbook(path: Path, cells: dict[tuple[int, int], str]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.cell(1, 1, "code")
    sheet.cell(1, 2, "name")
    for (row, col), value in cells.items():
        sheet.cell(row, col, value)
    book.save(path)
    return path


def _with_part(path: Path, part: str, content: bytes) -> Path:
    """``path`` with one part of its zip replaced by ``content``."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[part] = content
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def _refused(path: Path) -> str:
    started = time.perf_counter()
    with pytest.raises(UnreadableFile) as refused:
        read_table(path)
    assert time.perf_counter() - started < 5
    sentence = str(refused.value)
    assert "\n" not in sentence and "Traceback" not in sentence
    return sentence


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = _workbook(tmp_path / "bomb.xlsx", {(2, 1): "AF"})
    bomb = b'<?xml version="1.0"?><sst><si><t>' + b"A" * 20_000_000 + b"</t></si></sst>"
    _with_part(path, "xl/sharedStrings.xml", bomb)
    assert path.stat().st_size < 100_000
    assert "packed" in _refused(path) and "xl/sharedStrings.xml" in _refused(path)


def test_a_workbook_that_unpacks_too_large_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNZIPPED", 5_000)
    path = _workbook(tmp_path / "big.xlsx", {(n, 1): f"C{n}" for n in range(2, 200)})
    assert "would unpack to" in _refused(path)


def test_a_cell_longer_than_a_cell_may_hold_is_refused_naming_it(tmp_path):
    path = _workbook(tmp_path / "long.xlsx", {(3, 2): "LONGCELL"})
    with zipfile.ZipFile(path) as archive:
        part = next(n for n in archive.namelist() if b"LONGCELL" in archive.read(n))
        text = archive.read(part)
    _with_part(path, part, text.replace(b"LONGCELL", b"x" * 40_000))
    assert _refused(path) == (
        "Cell B3 of long.xlsx holds 40,000 characters, more than a cell may hold (32,767); "
        "shorten it and import again."
    )


def test_a_row_bomb_stops_at_the_row_limit(tmp_path):
    path = _workbook(tmp_path / "rows.xlsx", {(2, 1): "AF", (1_048_576, 1): "XX"})
    assert "more than 100,000 rows" in _refused(path)


def test_a_wide_sheet_stops_at_the_column_limit(tmp_path):
    path = _workbook(tmp_path / "wide.xlsx", {(2, 1): "AF", (2, 16_384): "XX"})
    assert "something in cell XFD2, beyond column 200" in _refused(path)


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY, b"<worksheet><sheetData><row"])
def test_entities_and_malformed_xml_are_one_sentence(tmp_path, xml):
    path = _with_part(
        _workbook(tmp_path / "x.xlsx", {(2, 1): "AF"}), "xl/worksheets/sheet1.xml", xml
    )
    sentence = _refused(path)
    assert "entities" in sentence or "damaged" in sentence
    assert "root:" not in sentence  # nothing of /etc/passwd


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY, b"<worksheet><sheetData><row"])
def test_a_hostile_ballot_is_one_problem(sample, tmp_path, xml):
    path = _with_part(
        _workbook(tmp_path / "ballot.xlsx", {(2, 1): "AF"}), "xl/worksheets/sheet1.xml", xml
    )
    votes, problems = read_workbook(sample, path)
    assert votes == [] and len(problems) == 1
    assert "root:" not in problems[0].message


def test_a_ballot_row_bomb_is_one_problem(sample, tmp_path):
    path = _workbook(tmp_path / "ballot.xlsx", {(1_048_576, 16_384): "x"})
    started = time.perf_counter()
    votes, problems = read_workbook(sample, path)
    assert time.perf_counter() - started < 5
    assert votes == [] and "far larger than a ballot" in problems[0].message


def test_a_csv_header_longer_than_the_csv_limit_is_one_sentence(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("code," + "n" * 200_000 + "\nAF,Afghanistan\n")
    assert "longer than 131,072 characters" in _refused(path)


def test_a_file_where_every_row_is_bad_lists_fifty_and_counts_the_rest(
    sample_path, tmp_path, capsys
):
    path = tmp_path / "votes.csv"
    path.write_text(
        "participant,scope,item,criterion,value\n" + "Nobody,Mars,Poaching,importance,2\n" * 3000
    )
    assert main(["import", str(sample_path), str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 + 50 + 1
    assert err[0].endswith("was not imported: 3000 problem(s).")
    assert err[-1] == "  … and 2950 more problem(s) not listed."
