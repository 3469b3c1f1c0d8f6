"""Ballots: export, fill in as a participant would, import with a preview, fix, re-import."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from voting_workshop import item, person

from facilitator.ballots import write as ballots
from facilitator.errors import EditError
from facilitator.voting import edits as vote_edits
from facilitator.voting import state as voting


def score_rows(sheet):
    """(line, id, text) of each target row below the header."""
    header = next(r[0].row for r in sheet.iter_rows() if r[2].value in ("Importance", "Priority"))
    return [
        (r[0].row, r[0].value, r[1].value)
        for r in sheet.iter_rows(min_row=header + 1)
        if r[0].value is not None
    ]


def test_export_writes_a_ballot_per_voter_with_scales_and_validation(ws, tmp_path):
    paths = ballots.export_ballots(ws, tmp_path / "out", "threat_ranking")
    assert len(paths) == len(voting.voters(ws)) == 5
    ani = next(p for p in paths if "Ani" in p.name)
    sheet = load_workbook(ani).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Ani Sargsyan" in cells and "AM" in cells
    assert any("0 = non-existent" in c and "3 = major" in c for c in cells)
    assert any("1 = poor" in c for c in cells)
    labels = [t for _, _, t in score_rows(sheet)]
    assert labels == [
        "Driver: Weak law enforcement",
        "Driver: Inadequate livestock husbandry",
        "Threat: Prey depletion",
        "Threat: Road mortality",
    ]
    rules = {str(dv.sqref): dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert sorted(rules.values()) == ['"0,1,2,3,-"', '"1,2,3,-"']


def test_per_country_export_has_a_sheet_per_participant(ws, tmp_path):
    paths = ballots.export_ballots(ws, tmp_path / "out", "prioritisation", per="country")
    am = next(p for p in paths if "-AM" in p.name)
    assert load_workbook(am).sheetnames == ["Ani Sargsyan", "Gor Petrosyan"]
    assert len(paths) == 4  # AM, TR, IQ, and the international expert who writes in a region
    lena = load_workbook(next(p for p in paths if "international" in p.name)).active
    assert lena["B3"].value == "Lena Brandt" and lena["B5"].value is None


def fill(path, scores, **header):
    """Fill a ballot as a participant would: scores per line offset, header fields by label."""
    wb = load_workbook(path)
    sheet = wb.active
    for row in sheet.iter_rows(max_row=8):
        if row[0].value in header:
            row[1].value = header[row[0].value]
    rows = score_rows(sheet)
    for n, values in scores.items():
        for col, value in enumerate(values, start=3):
            sheet.cell(rows[n][0], col).value = value
    wb.save(path)
    return [line for line, _, _ in rows]


def test_import_previews_problems_and_imports_nothing_until_fixed(ws, tmp_path):
    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "threat_ranking") if "Ani" in p.name
    )
    lines = fill(path, {0: (3, "2,5"), 1: ("\ufeff2", "-"), 2: (5, 1), 3: ("lots", None)})
    preview = ballots.read_ballots(ws, [path])
    problems = sorted((p.line, p.column[0], p.message) for p in preview.problems)
    assert [(line, col) for line, col, _ in problems] == [(lines[2], "C"), (lines[3], "C")]
    assert "outside the importance scale" in problems[0][2]
    assert "'lots' is not a score" in problems[1][2]
    with pytest.raises(EditError):
        preview.edit()
    assert ws.scalar("SELECT COUNT(*) FROM votes") == 0

    [summary] = preview.changes(ws)
    assert (summary.name, summary.new, summary.changed) == ("Ani Sargsyan", 4, 0)
    ws.apply(preview.edit(skip_problem_rows=True))
    ani = person(ws, "Ani Sargsyan")
    mine = voting.own_votes(ws, ani.id, voting.Scope("country", "AM", ""), "threat_ranking")
    assert mine[(item(ws, "Weak law enforcement"), "capacity")] == ("number", 2.5)
    assert mine[(item(ws, "Inadequate livestock husbandry"), "importance")] == ("number", 2.0)
    assert mine[(item(ws, "Inadequate livestock husbandry"), "capacity")] == ("unknown", None)
    assert (item(ws, "Prey depletion"), "capacity") not in mine  # its row had a problem: skipped


def test_reimporting_a_corrected_ballot_replaces_earlier_votes_in_one_step(ws, tmp_path):
    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "threat_ranking") if "Şule" in p.name
    )
    fill(path, {0: (1, 1), 1: (2, 2)})
    ws.apply(ballots.read_ballots(ws, [path]).edit())
    fill(path, {0: (3, 1)})
    preview = ballots.read_ballots(ws, [path])
    [summary] = preview.changes(ws)
    assert (summary.changed, summary.unchanged) == (1, 3)
    ws.apply(preview.edit())
    sule, law = person(ws, "Şule Yıldız"), item(ws, "Weak law enforcement")
    assert (
        ws.scalar(
            "SELECT value FROM votes WHERE participant_id = ? AND target_id = ? AND criterion = 'importance'",
            (sule.id, law),
        )
        == 3
    )
    history = ws.scalar(
        "SELECT COUNT(*) FROM history_changes WHERE tbl = 'votes' AND before LIKE '%\"value\": 1.0%'"
    )
    assert history >= 1
    ws.undo()
    assert (
        ws.scalar(
            "SELECT value FROM votes WHERE participant_id = ? AND target_id = ? AND criterion = 'importance'",
            (sule.id, law),
        )
        == 1
    )


def test_scope_written_as_alpha3_lower_case_or_region_is_understood(ws, tmp_path):
    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "prioritisation") if "Karwan" in p.name
    )
    for written, expected in (
        ("irq", ("country", "IQ")),
        ("tur", ("country", "TR")),
        ("zagros", ("region", "Zagros")),
    ):
        fill(path, {0: (3,)}, **{"Votes for": written})
        preview = ballots.read_ballots(ws, [path])
        assert not preview.problems
        assert {(v.scope_kind, v.scope) for v in preview.votes} == {expected}


def test_missing_scope_unknown_item_and_bad_file_are_problems(ws, tmp_path):
    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "threat_ranking") if "Gor" in p.name
    )
    fill(path, {0: (1, 1)}, **{"Votes for": None})
    preview = ballots.read_ballots(ws, [path])
    assert [p.message for p in preview.problems] == [
        "the scope is missing: write the country code or region this ballot votes for."
    ]
    assert preview.votes == []

    fill(path, {}, **{"Votes for": "AM"})
    wb = load_workbook(path)
    line = score_rows(wb.active)[1][0]
    wb.active.cell(line, 1).value = 999
    wb.active.cell(line, 2).value = "Wolves"
    wb.active.cell(line, 3).value = 2
    wb.save(path)
    junk = tmp_path / "notes.xlsx"
    junk.write_text("not a workbook")
    old = tmp_path / "ballot.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))
    preview = ballots.read_ballots(ws, [path, junk, old])
    messages = sorted(str(p) for p in preview.problems)
    assert any("'999' is not a driver or threat" in m and f"line {line}" in m for m in messages)
    assert any(m.startswith("notes.xlsx: this is not an Excel workbook") for m in messages)
    assert any(m.startswith("ballot.xls: this is not an Excel workbook (.xlsx)") for m in messages)


def test_ballot_shows_earlier_scores_and_an_empty_cell_never_erases_a_vote(ws, tmp_path):

    ani, law = person(ws, "Ani Sargsyan"), item(ws, "Weak law enforcement")
    ws.apply(vote_edits.set_vote(ani.id, "country", "AM", "item", law, "importance", 2))
    ws.apply(vote_edits.set_vote(ani.id, "country", "AM", "item", law, "capacity", "-"))
    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "threat_ranking") if "Ani" in p.name
    )
    sheet = load_workbook(path).active
    line = score_rows(sheet)[0][0]
    assert (sheet.cell(line, 3).value, sheet.cell(line, 4).value) == (2, "-")

    fill(path, {0: (None, 3)})  # she clears importance and gives a capacity
    preview = ballots.read_ballots(ws, [path])
    [summary] = preview.changes(ws)
    assert (summary.changed, summary.kept) == (1, 1)
    assert "1 left empty (earlier votes kept)" in str(summary)
    ws.apply(preview.edit())
    mine = voting.own_votes(ws, ani.id, voting.Scope("country", "AM", ""), "threat_ranking")
    assert mine[(law, "importance")] == ("number", 2.0) and mine[(law, "capacity")] == (
        "number",
        3.0,
    )


def test_a_voter_for_two_countries_gets_a_sheet_for_each(ws, tmp_path):

    sule = person(ws, "Şule Yıldız")
    ws.apply(vote_edits.set_vote(sule.id, "country", "IQ", "activity", 1, "priority", 3))
    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "prioritisation") if "Şule" in p.name
    )
    book = load_workbook(path)
    assert book.sheetnames == ["Şule Yıldız TR", "Şule Yıldız IQ"]
    assert [book[n]["B5"].value for n in book.sheetnames] == ["TR", "IQ"]
    preview = ballots.read_ballots(ws, [path])
    assert not preview.problems
    assert {(v.scope, v.answer) for v in preview.votes if v.target_id == 1} == {
        ("TR", "empty"),
        ("IQ", "number"),
    }


def saved_result(path, formula: str, result: str) -> None:
    """Store a formula's result in the file, as a spreadsheet program does on saving."""
    import zipfile

    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(
        f"<f>{formula}</f><v></v>".encode(), f"<f>{formula}</f><v>{result}</v>".encode()
    )
    with zipfile.ZipFile(path, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)


def test_a_formula_is_read_by_its_saved_result_and_never_lost_without_one(ws, tmp_path):
    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "threat_ranking") if "Ani" in p.name
    )
    lines = fill(path, {0: ("=1+1", 3), 1: ("=4-3", None)})
    saved_result(path, "1+1", "2")  # the first as a spreadsheet saved it; the second never computed
    preview = ballots.read_ballots(ws, [path])
    [problem] = preview.problems
    assert (problem.line, problem.column) == (lines[1], "C (Importance)")
    assert "formula =4-3 without a result" in problem.message
    numbers = {(v.target_id, v.criterion): v.value for v in preview.votes if v.answer == "number"}
    assert numbers == {
        (item(ws, "Weak law enforcement"), "importance"): 2.0,
        (item(ws, "Weak law enforcement"), "capacity"): 3.0,
    }


def test_merged_score_cells_are_problems_notes_and_extra_sheets_are_not(ws, tmp_path):
    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "threat_ranking") if "Ani" in p.name
    )
    lines = fill(path, {0: (2, None), 1: (3, 1)})
    wb = load_workbook(path)
    sheet = wb.active
    sheet.merge_cells(start_row=lines[0], start_column=3, end_row=lines[0], end_column=4)
    sheet.title = "My scores"
    sheet.cell(lines[-1] + 2, 1).value = "Comments:"  # a note below the table, no scores
    sheet.cell(lines[-1] + 2, 2).value = "We had no time for capacity."
    wb.create_sheet("Notes")["A1"] = "Asked the ministry about road mortality."
    wb.save(path)
    preview = ballots.read_ballots(ws, [path])
    assert [(p.sheet, p.line, p.column) for p in preview.problems] == [("My scores", lines[0], "C")]
    assert f"C{lines[0]}:D{lines[0]} are merged" in preview.problems[0].message
    ws.apply(preview.edit(skip_problem_rows=True))
    ani = person(ws, "Ani Sargsyan")
    mine = voting.own_votes(ws, ani.id, voting.Scope("country", "AM", ""), "threat_ranking")
    husbandry = item(ws, "Inadequate livestock husbandry")
    assert mine == {
        (husbandry, "importance"): ("number", 3.0),
        (husbandry, "capacity"): ("number", 1.0),
    }

    junk = tmp_path / "notes-only.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "Just notes"
    book.save(junk)
    [problem] = ballots.read_ballots(ws, [junk]).problems
    assert "not a ballot" in problem.message


def test_a_country_workbook_shows_no_one_s_earlier_scores(ws, tmp_path):

    ani, law = person(ws, "Ani Sargsyan"), item(ws, "Weak law enforcement")
    ws.apply(vote_edits.set_vote(ani.id, "country", "AM", "item", law, "importance", 3))
    paths = ballots.export_ballots(ws, tmp_path / "c", "threat_ranking", per="country")
    armenia = next(p for p in paths if "-AM" in p.name)
    book = load_workbook(armenia)  # Ani's and Gor's sheets
    assert len(book.worksheets) == 2
    for sheet in book.worksheets:
        scores = [sheet.cell(line, col).value for line, _, _ in score_rows(sheet) for col in (3, 4)]
        assert scores == [None] * 8
    changes = {c.name: c for c in ballots.read_ballots(ws, [armenia]).changes(ws)}
    assert changes["Ani Sargsyan"].kept == 1  # returned as it was, Ani's earlier vote stays


def test_a_ballot_filled_in_under_a_colleague_s_number_is_a_problem(ws, tmp_path):
    paths = ballots.export_ballots(ws, tmp_path / "c", "threat_ranking", per="country")
    armenia = next(p for p in paths if "-AM" in p.name)
    wb = load_workbook(armenia)
    sheet = wb["Ani Sargsyan"]  # Gor fills in Ani's sheet and writes his own name on it
    sheet["B3"] = "Gor Petrosyan"
    sheet.cell(score_rows(sheet)[0][0], 3).value = 3
    wb.save(armenia)
    preview = ballots.read_ballots(ws, [armenia])
    [problem] = preview.problems
    assert (problem.sheet, problem.line, problem.column) == ("Ani Sargsyan", 3, "B")
    assert "number 1 is Ani Sargsyan, but the name written is 'Gor Petrosyan'" in problem.message
    assert not [v for v in preview.votes if v.answer == "number"]  # filed under no one

    sheet["B3"] = "  ani sargsyan "  # the same name, typed again in another case
    wb.save(armenia)
    assert not ballots.read_ballots(ws, [armenia]).problems


def test_a_ballot_from_someone_not_marked_as_voting_is_a_problem(ws, tmp_path):
    from facilitator.plan import edits as ops

    path = next(
        p for p in ballots.export_ballots(ws, tmp_path, "threat_ranking") if "Gor" in p.name
    )
    fill(path, {0: (2, 2)})
    gor = person(ws, "Gor Petrosyan")
    ws.apply(ops.update_participant(gor.id, votes=False))  # he became an observer
    preview = ballots.read_ballots(ws, [path])
    [problem] = preview.problems
    assert "Gor Petrosyan is not marked as voting" in problem.message and problem.line == 3
    assert not preview.votes
