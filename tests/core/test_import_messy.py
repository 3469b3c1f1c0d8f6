"""Importing files as real spreadsheets leave them: merged cells, formulas, dates, odd encodings.

Each case is read as a person looking at the file would read it, or refused
with one sentence naming the line and column, changing nothing.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from facilitator.errors import ImportProblems
from facilitator.importing import UnreadableFile, cell_text, import_file, read_table
from facilitator.plan import edits as ops
from facilitator.plan import model

VOTES_HEADER = ["participant", "scope", "item", "criterion", "value"]


@pytest.fixture
def workshop(store):
    """One country, one voter, a threat and one activity."""
    store.apply(ops.add_country("TM", "Turkmenistan"))
    store.apply(ops.add_participant("Aylar Berdiyeva", "Ministry", "TM"))
    store.apply(ops.add_item("threat", "Retaliatory killing"))
    store.apply(ops.add_objective("Protect habitat"))
    store.apply(ops.add_result(store.scalar("SELECT id FROM objectives"), "Priority areas known"))
    store.apply(ops.add_activity(store.scalar("SELECT id FROM results"), "Review data"))
    store.undo_stack.clear()
    return store


def save(book: Workbook, path: Path) -> Path:
    book.save(path)
    return path


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    return save(book, path)


def with_saved_results(path: Path, results: dict[str, str]) -> Path:
    """The workbook as Excel saves it: each formula cell (by reference) carries its result."""
    data = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(data, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for ref, value in results.items():
                    start = content.index(f'<c r="{ref}"'.encode())
                    empty = content.index(b"<v></v>", start)
                    content = content[:empty] + f"<v>{value}</v>".encode() + content[empty + 7 :]
            target.writestr(item, content)
    path.write_bytes(data.getvalue())
    return path


def all_votes(store) -> list[tuple[str, str, float | None]]:
    return [
        (r["criterion"], r["answer"], r["value"])
        for r in store.rows("SELECT criterion, answer, value FROM votes ORDER BY criterion")
    ]


# -- formulas --------------------------------------------------------------------


def test_a_formula_whose_result_was_never_saved_is_refused_not_read_as_empty(workshop, tmp_path):
    # A workbook written by a program holds the formula but not its result:
    # read as it is, the vote would be recorded as not filled in.
    path = workbook(
        tmp_path / "votes.xlsx",
        [
            VOTES_HEADER,
            ["Aylar Berdiyeva", "TM", "Retaliatory killing", "importance", "=AVERAGE(2,3)"],
            ["Aylar Berdiyeva", "TM", "Retaliatory killing", "capacity", 2],
        ],
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(workshop, path)
    assert raised.value.problems == [
        (
            2,
            "value",
            (
                "the cell holds the formula =AVERAGE(2,3), whose result was never saved; "
                "open the file in Excel or LibreOffice, save it, and import it again."
            ),
        )
    ]
    assert all_votes(workshop) == []


def test_a_formula_with_its_saved_result_imports_the_result(workshop, tmp_path):
    path = workbook(
        tmp_path / "votes.xlsx",
        [VOTES_HEADER, ["Aylar Berdiyeva", "TM", "Retaliatory killing", "importance", "=5/2"]],
    )
    with_saved_results(path, {"E2": "2.5"})
    import_file(workshop, path)
    assert all_votes(workshop) == [("importance", "number", 2.5)]


def test_a_formula_in_a_column_that_is_not_used_does_not_matter(workshop, tmp_path):
    path = workbook(
        tmp_path / "votes.xlsx",
        [
            VOTES_HEADER + ["check"],
            ["Aylar Berdiyeva", "TM", "Retaliatory killing", "importance", 3, "=E2*2"],
        ],
    )
    report = import_file(workshop, path)
    assert all_votes(workshop) == [("importance", "number", 3.0)]
    assert report.ignored_columns == ["check"]


# -- merged cells and dates ---------------------------------------------------------


def test_a_cell_merged_down_over_rows_counts_on_every_row(store, tmp_path):
    book = Workbook()
    sheet = book.active
    for row in (
        ["Problem tree", None, None],  # a title merged across: not copied anywhere
        ["kind", "label", "status"],
        ["threat", "Disease from livestock", "emerging"],
        [None, "Retaliatory killing", None],
        [None, "Road building", None],
        ["driver", "Poaching of wild prey", "current"],
    ):
        sheet.append(row)
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("A3:A5")
    sheet.merge_cells("C3:C5")
    import_file(store, save(book, tmp_path / "tree.xlsx"))
    assert [(i.kind, i.label, i.status) for i in model.items(store)] == [
        ("driver", "Poaching of wild prey", "current"),
        ("threat", "Disease from livestock", "emerging"),
        ("threat", "Retaliatory killing", "emerging"),
        ("threat", "Road building", "emerging"),
    ]


def test_a_score_or_number_the_spreadsheet_turned_into_a_date_is_named(workshop, tmp_path):
    # Typed as 1.5 and 1.1.2 in a spreadsheet set to German: 1 May and 1 January 2002.
    votes = workbook(
        tmp_path / "votes.xlsx",
        [
            VOTES_HEADER,
            [
                "Aylar Berdiyeva",
                "TM",
                "Retaliatory killing",
                "importance",
                datetime.datetime(2022, 5, 1),
            ],
        ],
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(workshop, votes)
    assert raised.value.problems == [
        (
            2,
            "value",
            (
                "the spreadsheet turned what was typed into the date 2022-05-01; "
                "format the column as Text and type it again."
            ),
        )
    ]
    outline = workbook(
        tmp_path / "activities.xlsx",
        [["number", "text"], [datetime.datetime(2002, 1, 1), "Hold workshops"]],
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(workshop, outline)
    assert raised.value.problems[0][:2] == (2, "number")
    assert "the date 2002-01-01" in raised.value.problems[0][2]
    assert all_votes(workshop) == []
    assert [a.number for a in model.activities(workshop)] == ["1.1.1"]


def test_an_empty_first_sheet_names_the_sheet_that_holds_the_table(store, tmp_path):
    book = Workbook()
    book.active.title = "Notes"
    book.create_sheet("Countries").append(["code", "name"])
    book["Countries"].append(["GE", "Georgia"])
    with pytest.raises(UnreadableFile) as raised:
        import_file(store, save(book, tmp_path / "two-sheets.xlsx"))
    assert str(raised.value) == (
        "The first sheet of two-sheets.xlsx is empty: there is nothing to import "
        "(only the first sheet is read: move the sheet 'Countries' to the front)."
    )
    assert model.countries(store) == []


# -- encodings ---------------------------------------------------------------------------


def test_utf16_text_without_its_byte_order_mark_is_read(store, tmp_path):
    path = tmp_path / "countries.txt"
    path.write_bytes("code\tname\r\nAZ\tAzərbaycan\r\nRU\tРоссия\r\n".encode("utf-16-le"))
    import_file(store, path)
    assert [(c.code, c.name) for c in model.countries(store)] == [
        ("AZ", "Azərbaycan"),
        ("RU", "Россия"),
    ]


def test_a_file_in_a_windows_code_page_names_the_first_line_that_is_not_utf8(store, tmp_path):
    path = tmp_path / "people.csv"
    text = "name;country\r\nAnna Smith;TR\r\nAyşe Yılmaz;TR\r\n"
    path.write_bytes(text.encode("cp1254"))
    with pytest.raises(UnreadableFile) as raised:
        import_file(store, path)
    assert str(raised.value) == (
        "people.csv is not UTF-8 text (line 3 is the first with another encoding); "
        "save it as 'CSV UTF-8' (or as .xlsx) and import that."
    )


# -- outline columns ------------------------------------------------------------------


def test_the_theme_of_an_outline_file_with_activities_is_not_reported_unused(store, tmp_path):
    path = tmp_path / "outline.csv"
    path.write_text(
        "number;text;theme;actor(s);notes\n1;Secure habitat;Habitat;;x\n"
        "1.1;Areas known;;;\n1.1.1;Review data;;Experts;\n",
        encoding="utf-8",
    )
    report = import_file(store, path)
    assert model.outline(store)[0].theme == "Habitat"
    assert report.ignored_columns == ["notes"]
    assert report.summary().endswith("Columns not used: notes.")


# -- quotes and headers ------------------------------------------------------------------


def test_a_quote_never_closed_is_refused_rather_than_swallowing_the_file(store, tmp_path):
    path = tmp_path / "tree.csv"
    path.write_text(
        'kind,label\nthreat,Road building\nthreat,"Poaching\nthreat,Disease\ndriver,Mining\n',
        encoding="utf-8",
    )
    with pytest.raises(UnreadableFile) as raised:
        import_file(store, path)
    assert str(raised.value) == (
        "tree.csv has a quote that opens a cell on line 3 and is never closed, so the rest of "
        "the file would be read as that one cell; close the quote (or remove it) and import again."
    )
    assert model.items(store) == []


def test_a_stray_quote_inside_a_cell_is_read_as_before(store, tmp_path):
    path = tmp_path / "tree.csv"
    path.write_text('kind,label\nthreat,"Poaching" of prey\nthreat,"Road, rail"\n', "utf-8")
    import_file(store, path)
    assert [i.label for i in model.items(store)] == ["Poaching of prey", "Road, rail"]


def test_a_header_of_thousands_of_columns_is_named_in_short(store, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{n}" for n in range(5000)) + "\n" + "1," * 4999 + "1\n")
    with pytest.raises(UnreadableFile) as raised:
        import_file(store, path)
    assert str(raised.value).startswith(
        "wide.csv has the headers c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11 "
        "and 4988 more, which match no kind of file"
    )
    assert len(str(raised.value)) < 1000


def test_a_file_far_too_large_for_a_table_is_refused_before_it_is_read(store, tmp_path):
    path = tmp_path / "holiday.csv"
    with open(path, "wb") as handle:  # sparse: takes no room on the disk
        handle.truncate(150_000_000)
    with pytest.raises(UnreadableFile) as raised:
        import_file(store, path)
    assert str(raised.value) == (
        "holiday.csv is 150 MB, far more than any workshop's table (at most 20 MB are read); "
        "is it the right file?"
    )


def test_a_table_of_scores_by_region_says_where_scores_come_in(store, tmp_path):
    # As the workshop report's table reads: a repeated header row, then figures per region.
    path = tmp_path / "threat_ranking_by_region.csv"
    path.write_text(
        "kind,item,importance_overall,importance_C,capacity_overall,capacity_C\n"
        "Driver,,Overall,С,Overall,С\n"
        "Driver,Inadequate livestock husbandry,2.5,2.0,2.1,2.5\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(store, path)
    assert raised.value.problems == [(2, "item", "the label is empty.")]
    path.write_text(
        "kind,item,importance_overall,importance_C\n"
        "Driver,Inadequate livestock husbandry,2.5,2.0\n",
        encoding="utf-8",
    )
    report = import_file(store, path)
    assert [i.label for i in model.items(store)] == ["Inadequate livestock husbandry"]
    assert report.summary() == (
        "threat_ranking_by_region.csv (items): 1 item added. "
        "Columns not used: importance_overall, importance_C. "
        "Scores are imported from a votes file, one vote per row: "
        "participant, scope, item, criterion, value."
    )


def test_control_characters_are_dropped_so_every_export_can_hold_the_text(store, tmp_path):
    from facilitator.documents import export_document

    rows = "".join(f"threat,Threat number {n} of the problem tree\n" for n in range(60))
    path = tmp_path / "tree.csv"
    path.write_text(
        "kind,label\n" + rows + 'driver,"Bell\x07 and \x1b[1mbold\x1b[0m\x0bnext line"\n', "utf-8"
    )
    import_file(store, path)
    assert model.items(store)[0].label == "Bell and [1mbold[0m\nnext line"
    written = export_document(store, "tables", tmp_path / "tables.xlsx")
    assert Path(written).stat().st_size > 0


def test_a_title_line_above_a_semicolon_header_is_skipped(workshop, tmp_path):
    path = tmp_path / "votes.csv"
    path.write_text(
        "Votes of the Kopet Dagh working group\n\n"
        "participant;scope;item;criterion;value\n"
        "Aylar Berdiyeva;TM;Retaliatory killing;importance;2,5\n",
        encoding="utf-8",
    )
    import_file(workshop, path)
    assert all_votes(workshop) == [("importance", "number", 2.5)]


# -- one thing twice in one file -------------------------------------------------------------


def test_two_people_of_one_name_in_a_list_are_not_merged_silently(store, tmp_path):
    store.apply(ops.add_country("IR", "Iran"))
    store.apply(ops.add_country("AF", "Afghanistan"))
    path = tmp_path / "people.csv"
    path.write_text(
        "name,country,affiliation\n"
        "Ali Ahmadi,IR,Department of Environment\n"
        "Maryam Karimi,IR,Tehran University\n"
        "ali ahmadi,AF,Kabul University\n"
        "Maryam Karimi,ir,tehran university\n",  # the same person again: harmless
        encoding="utf-8",
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(store, path)
    assert raised.value.problems == [
        (
            4,
            "name",
            (
                "'ali ahmadi' is on line 2 too, with another country or affiliation; two people "
                "of one name need names that tell them apart (add an initial or a second name)."
            ),
        )
    ]
    assert model.participants(store) == []


def test_one_country_code_twice_with_two_names_is_refused(store, tmp_path):
    path = tmp_path / "countries.csv"
    path.write_text("code,name\nGE,Georgia\nAM,Armenia\nge,Sakartvelo\n", encoding="utf-8")
    with pytest.raises(ImportProblems) as raised:
        import_file(store, path)
    assert raised.value.problems == [
        (4, "code", "the code ge is on line 2 too, with another name; keep one of the two rows.")
    ]
    assert model.countries(store) == []


def test_a_new_voter_whose_name_is_nearly_a_participants_is_pointed_out(workshop, tmp_path):
    path = tmp_path / "votes.csv"
    path.write_text(
        "participant,scope,item,criterion,value\n"
        "Aylar Berdiyva,TM,1.1.1,priority,3\n"  # one letter missing
        "Merdan Ataýew,TM,1.1.1,priority,2\n",
        encoding="utf-8",
    )
    report = import_file(workshop, path)
    assert report.new_participants == ["Aylar Berdiyva", "Merdan Ataýew"]
    assert report.summary().endswith(
        "New participants: Aylar Berdiyva, Merdan Ataýew. "
        "Is Aylar Berdiyva a typing slip for Aylar Berdiyeva, who is in the session already?"
    )


def test_a_short_file_ending_with_an_old_end_of_file_mark_is_read(store, tmp_path):
    path = tmp_path / "countries.csv"
    path.write_bytes(b"code,name\r\nGE,Georgia\r\n\x1a")
    import_file(store, path)
    assert [(c.code, c.name) for c in model.countries(store)] == [("GE", "Georgia")]


# -- any text survives any way of writing a CSV ------------------------------------------------


ALPHABET = "aZ09 ,;\t\"'\n=+-@.|()ğşıİ çğ ЖжЁ ქართ Հայ فارسی\u200c 😀"


@pytest.mark.parametrize("seed", range(8))
def test_random_cells_survive_every_delimiter_and_encoding_excel_writes(tmp_path, seed):
    """What a person typed comes back as typed (trimmed), however the CSV was saved.

    (But for the apostrophe the app's own CSV files put before text that
    would run as a formula, which is removed on import: '=x reads as =x.)
    """
    import csv
    import random

    from facilitator.documents.workbook import unguard

    rng = random.Random(seed)
    delimiter = rng.choice([",", ";", "\t"])
    encoding = rng.choice(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])
    newline = rng.choice(["\n", "\r\n"])
    rows = [
        ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 30))) for _ in range(3)]
        for _ in range(40)
    ]
    rows = [[cell if cell.strip() else "x" for cell in row] for row in rows]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(["kind", "label", "status"])
    writer.writerows(rows)
    path = tmp_path / "cells.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    table = read_table(path)
    assert table.header == ["kind", "label", "status"]
    assert [[row.text(c) for c in table.header] for row in table.rows] == [
        [cell_text(unguard(cell)) for cell in row] for row in rows
    ]
