"""Ballots in Russian, Persian and Turkish: every fixed word a participant reads is in that
language, a Persian ballot reads right to left, and a ballot filled in and returned in any
language imports the same votes as an English one."""

from __future__ import annotations

import re
import sqlite3

import pytest
from openpyxl import load_workbook
from voting_workshop import ITEMS, PEOPLE, person

from facilitator.ballots import write as ballots
from facilitator.cli.commands import main
from facilitator.plan import model
from facilitator.words import document_language, word

#: words a ballot in any language shows as they are: the method's name and the vote's key
ALLOWED = {"ZOPP", "threat_ranking", "prioritisation"}
#: a few words each language's ballot must say (title, labels, headers, scale words)
EXPECTED = {
    "ru": ["Бюллетень ZOPP: Ранжирование угроз", "Участник", "Номер участника", "Важность",
           "Потенциал", "0 = отсутствует", "3 = хороший", "Движущий фактор: Weak law enforcement",
           "Угроза: Road mortality"],
    "fa": ["برگهٔ رأی ZOPP", "شرکت‌کننده", "اهمیت", "توان", "0 = ناموجود",
           "عامل محرک: Weak law enforcement", "تهدید: Road mortality"],
    "tr": ["ZOPP oy pusulası: Tehdit sıralaması", "Katılımcı", "Önem", "Kapasite", "0 = yok",
           "Etken: Weak law enforcement", "Tehdit: Road mortality"],
}  # fmt: skip


def texts(wb) -> list[str]:
    """Every text a participant can read: sheet names, cells, the validation messages."""
    out = list(wb.sheetnames)
    for sheet in wb.worksheets:
        out += [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
        for dv in sheet.data_validations.dataValidation:
            out += [dv.errorTitle or "", dv.error or ""]
    return out


def english_left(store, found: list[str]) -> set[str]:
    """Latin-letter words that are neither the workshop's own texts, codes nor allowed."""
    own = [label for _, label in ITEMS] + [name for name, _ in PEOPLE]
    own += [c.name for c in model.countries(store)] + [store.meta().get("title", "")]
    own += [a.text for a in model.activities(store)]
    left = set()
    for text in found:
        for mine in sorted(own, key=len, reverse=True):
            text = text.replace(mine, " ") if mine else text
        words = re.findall(r"[^\W\d]{2,}", text)  # whole words, in any script
        left |= {w for w in words if w.isascii() and w not in ALLOWED}
    return {w for w in left if not w.isupper()}  # country codes: AM, TR …


def score_lines(sheet, header_word: str) -> dict[str, int]:
    """Line of each target row, by its id cell, below the header row (found by ``header_word``)."""
    header = next(r[0].row for r in sheet.iter_rows() if r[2].value == header_word)
    return {str(r[0].value): r[0].row for r in sheet.iter_rows(min_row=header + 1) if r[0].value}


def file_votes(path, participant_id: int) -> set[tuple]:
    """The votes the session file holds for one voter, read with a fresh connection."""
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT scope, target_id, criterion, answer, value FROM votes WHERE participant_id = ?",
            (participant_id,),
        ).fetchall()
    return set(rows)


@pytest.mark.parametrize("language", ["ru", "fa", "tr"])
def test_a_ballot_speaks_the_language_and_imports_back(ws, tmp_path, language):
    paths = ballots.export_ballots(ws, tmp_path / "out", "threat_ranking", language=language)
    path = next(p for p in paths if "Ani" in p.name)
    wb = load_workbook(path)
    found = texts(wb)
    for expected in EXPECTED[language]:
        assert any(expected in t for t in found), expected
    english = english_left(ws, texts(load_workbook(ballots.export_ballots(
        ws, tmp_path / "en", "threat_ranking", participant_ids=[person(ws, "Ani Sargsyan").id]
    )[0])))  # fmt: skip
    assert {"Importance", "Participant", "Driver", "earlier", "scale"} <= english
    left = english_left(ws, found)
    assert left & english == set()
    if language != "tr":  # Turkish is written in Latin letters too
        assert left == set()
    sheet = wb.active
    assert sheet.sheet_view.rightToLeft is (True if language == "fa" else None)
    with document_language(language):
        importance = word("Importance")
        number_label = word("Participant number")
    assert sheet["A4"].value == number_label  # whole beside its value, not cut by column B
    assert sheet.column_dimensions["A"].width >= len(number_label) + 2
    lines = score_lines(sheet, importance)
    first = min(lines.values())
    assert sheet.freeze_panes == f"C{first}"  # the ids and texts stay in view
    assert sheet.column_dimensions["B"].width == 70
    assert all(sheet.cell(line, 2).alignment.wrap_text for line in lines.values())
    notes = sorted(str(r) for r in sheet.merged_cells.ranges)  # scales and instructions
    assert notes == ["A10:D10", "A11:D11", "A8:D8", "A9:D9"]
    width = sum(sheet.column_dimensions[c].width for c in "ABCD")
    for line in range(8, 12):
        text = sheet.cell(line, 1).value
        assert sheet.cell(line, 1).alignment.wrap_text
        assert sheet.row_dimensions[line].height >= 15 * (len(text) // width + 1)  # shown whole

    law = ws.scalar("SELECT id FROM items WHERE label = 'Weak law enforcement'")
    road = ws.scalar("SELECT id FROM items WHERE label = 'Road mortality'")
    sheet.cell(lines[str(law)], 3).value = 3
    sheet.cell(lines[str(law)], 4).value = "2,5"
    sheet.cell(lines[str(road)], 3).value = "-"
    wb.save(path)

    preview = ballots.read_ballots(ws, [path])
    assert preview.problems == []
    ws.apply(preview.edit())
    ani = person(ws, "Ani Sargsyan").id
    assert file_votes(tmp_path / "w.zopp", ani) == {
        ("AM", law, "importance", "number", 3.0),
        ("AM", law, "capacity", "number", 2.5),
        ("AM", road, "importance", "unknown", None),
    }


def test_a_persian_country_workbook_from_the_command_imports_its_priorities(ws, tmp_path, capsys):
    path = tmp_path / "w.zopp"
    ws.close()
    out = tmp_path / "ballots"
    args = ["ballots", str(path), "prioritisation", "-o", str(out), "--per", "country"]
    assert main([*args, "--language", "fa"]) == 0
    book = next(p for p in out.iterdir() if "AM" in p.name)
    wb = load_workbook(book)
    assert len(wb.worksheets) == 2  # Ani and Gor, each on a sheet
    with document_language("fa"):
        header_words = [word("Activity"), word("Text"), word("Priority")]
    priority = header_words[2]
    for n, sheet in enumerate(wb.worksheets):
        assert sheet.sheet_view.rightToLeft
        header = next(r for r in sheet.iter_rows() if r[2].value == priority)
        assert [c.value for c in header[:3]] == header_words == ["فعالیت", "متن", "اولویت"]
        lines = score_lines(sheet, priority)
        sheet.cell(lines["1.1.1"], 3).value = 3 - n  # Ani 3, Gor 2
        sheet.cell(lines["1.1.2"], 3).value = 1
    wb.save(book)
    capsys.readouterr()
    assert main(["import", str(path), str(book)]) == 0, capsys.readouterr().err
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT p.name, a.id, v.value FROM votes v JOIN participants p "
            "ON p.id = v.participant_id JOIN activities a ON a.id = v.target_id "
            "WHERE v.criterion = 'priority' ORDER BY p.name, a.id"
        ).fetchall()
    first, second = sorted({r[1] for r in rows})
    assert rows == [
        ("Ani Sargsyan", first, 3.0),
        ("Ani Sargsyan", second, 1.0),
        ("Gor Petrosyan", first, 2.0),
        ("Gor Petrosyan", second, 1.0),
    ]


def test_regions_and_working_groups_are_named_in_the_language_and_import(ws, tmp_path):
    from facilitator.voting.state import scopes_for, vote_kind

    sule = person(ws, "Şule Yıldız")
    kind = vote_kind("threat_ranking")
    written = {
        s.label: ballots.Ballot(sule, s, kind)
        for s in scopes_for(ws, sule)
        if s.label in ("Türkiye — in Zagros", "Caucasus (region)")
    }
    path = tmp_path / "sule.xlsx"
    with document_language("ru"):
        ballots.write_workbook(ws, path, list(written.values()))
    wb = load_workbook(path)
    shown = {sheet["B5"].value: sheet["C5"].value for sheet in wb.worksheets}
    assert shown == {
        "TR in Zagros": "Türkiye — в рабочей группе Zagros",  # B5 keeps the scope's code
        "Caucasus": "Caucasus (регион)",
    }
    regions = {"Zagros", "Zagro", "Caucasus"}  # region names (a sheet name cuts them short)
    assert english_left(ws, texts(wb)) - regions == {"in"}  # only in B5, the code "TR in Zagros"
    law = ws.scalar("SELECT id FROM items WHERE label = 'Weak law enforcement'")
    for sheet in wb.worksheets:
        sheet.cell(score_lines(sheet, "Важность")[str(law)], 3).value = 2
    wb.save(path)
    preview = ballots.read_ballots(ws, [path])
    assert preview.problems == []
    ws.apply(preview.edit())
    with sqlite3.connect(tmp_path / "w.zopp") as db:
        rows = db.execute(
            "SELECT scope_kind, scope, region, value FROM votes WHERE participant_id = ? "
            "AND target_id = ? AND criterion = 'importance' ORDER BY scope",
            (sule.id, law),
        ).fetchall()
    assert rows == [("region", "Caucasus", "", 2.0), ("country", "TR", "Zagros", 2.0)]
