"""Spreadsheets: XLSX read back equals the tables, no cell is a formula; CSV keeps formulas inert."""

from __future__ import annotations

import csv

from openpyxl import load_workbook
from test_export_logframe import HOSTILE, NAMES, build_session

from facilitator.documents import export_document
from facilitator.documents.spreadsheet import csv_paths, header_words
from facilitator.documents.workbook import csv_safe
from facilitator.plan import edits as ops
from facilitator.voting import edits as vote_edits
from facilitator.voting import tables
from facilitator.voting.edits import VoteKey


def assert_same_row(got: tuple, want: tuple) -> None:
    """A row read back equals the table's row: texts as they are, figures as numbers."""
    assert len(got) == len(want)
    for g, w in zip(got, want):
        if isinstance(g, (int, float)) and not isinstance(w, (int, float)):
            assert g == float(w)  # a figure stored as a number
        else:
            assert ("" if g is None else g) == w


def in_files(frames: dict) -> dict:
    """The tables as their files hold them: a table of figures ends with its round (1 here)."""
    for name in tables.ROUND_OF:
        frames[name] = frames[name].assign(round="1")
    return frames


def add_threats(store):
    store.apply(ops.add_item("constraint", '=HYPERLINK("http://x")'))
    ids = [
        store.apply(ops.add_item("driver", "-poaching of prey")).created("items")[0],
        store.apply(ops.add_item("threat", "+Road mortality")).created("items")[0],
    ]
    pids = [(p["id"], p["country"]) for p in store.rows("SELECT id, country FROM participants")]
    votes = [
        (VoteKey(pid, "country", c, "item", iid, crit), "-" if k == 0 else (k % 3) + 1)
        for iid in ids
        for k, (pid, c) in enumerate(pids)
        for crit in ("importance", "capacity")
    ]
    store.apply(vote_edits.set_votes("threat votes", votes))


def test_xlsx_reads_back_as_the_tables_and_holds_no_formula(store, tmp_path):
    build_session(store, objectives=2, results=1, activities=2)
    add_threats(store)
    store.apply(ops.add_participant("@SUM(A1:A9)", "=1+2", "GE"))
    out = export_document(store, "tables", tmp_path / "tables.xlsx")
    book = load_workbook(out)
    expected = in_files(tables.all_tables(store))
    assert book.sheetnames == list(expected)
    for name, frame in expected.items():
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        rows = list(sheet.iter_rows(values_only=True))
        words = [header_words(name, c) for c in frame.columns]
        assert list(rows[0]) == words  # headers a reader understands
        assert all(h[:1].isupper() or h[:1].isdigit() or h.isupper() for h in rows[0])
        assert sheet.auto_filter.ref and sheet.page_setup.orientation == "landscape"
        assert sheet.print_title_rows == "$1:$1" and sheet.page_setup.fitToWidth == 1
        assert len(rows) - 1 == len(frame)
        for got, want in zip(rows[1:], frame.itertuples(index=False)):
            assert_same_row(got, want)
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (name, cell.coordinate, cell.value)
    names = [r[0] for r in book["participants"].iter_rows(min_row=2, values_only=True)]
    assert names == NAMES + ["@SUM(A1:A9)"]
    threats = list(book["threats"].iter_rows(min_row=2, values_only=True))
    assert [t[1] for t in threats] == ["-poaching of prey", "+Road mortality"]
    assert book["threats"].column_dimensions["B"].width >= len("-poaching of prey")


def test_csv_prefixes_formulas_but_keeps_a_lone_dash(store, tmp_path):
    build_session(store, objectives=1, results=1, activities=1)
    add_threats(store)
    first = export_document(store, "tables", tmp_path / "tables.csv")
    paths = csv_paths(tmp_path / "tables.csv")
    assert first == paths["threats"]
    with open(paths["threats"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["kind", "item", "importance", "capacity", "round"]
    assert [r[1] for r in rows[1:]] == ["'-poaching of prey", "'+Road mortality"]
    with open(paths["constraints"], encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][0] == '\'=HYPERLINK("http://x")'
    with open(paths["participants"], encoding="utf-8-sig", newline="") as handle:
        assert [r[0] for r in list(csv.reader(handle))[1:]] == NAMES


def test_csv_safe_rules():
    assert csv_safe("-") == "-"
    assert csv_safe("2.5") == "2.5"
    assert csv_safe("Not filled in") == "Not filled in"
    for hostile in HOSTILE[4:] + ["-1+2", "+1", "\tx"]:
        assert csv_safe(hostile).startswith("'")


def test_every_figure_of_the_spreadsheet_is_a_number_cell(sample, tmp_path):
    book = load_workbook(export_document(sample, "tables", tmp_path / "tables.xlsx"))
    for name, column in (("threats-by-country", "AF"), ("votes", "Vote"), ("priorities", "IR")):
        sheet = book[name]
        header = [c.value for c in sheet[1]]
        cells = [row[header.index(column)] for row in sheet.iter_rows(min_row=2)]
        figures = [c for c in cells if c.value not in (None, "-", "Not filled in")]
        assert figures and all(c.data_type == "n" for c in figures), name
        assert all(c.number_format != "General" for c in figures), name


def test_empty_session_spreadsheets(store, tmp_path):
    book = load_workbook(export_document(store, "tables", tmp_path / "t.xlsx"))
    header = [c.value for c in book["threats"][1]]
    assert header == ["Kind", "Driver or threat", "Importance", "Capacity", "Round"]
    assert export_document(store, "tables", tmp_path / "t.csv").exists()


def test_sample_workbook_matches_the_published_layout(sample, tmp_path):
    book = load_workbook(
        export_document(sample, "tables", tmp_path / "sample.xlsx"), read_only=True
    )
    expected = in_files(tables.all_tables(sample))
    for name in ("threats", "priorities", "participants"):
        rows = list(book[name].iter_rows(values_only=True))
        frame = expected[name]
        assert len(rows) - 1 == len(frame)
        for got, want in zip(rows[1:], frame.itertuples(index=False)):
            assert_same_row(got, want)
    priorities = list(book["priorities"].iter_rows(values_only=True))
    assert len(priorities) - 1 == 89
