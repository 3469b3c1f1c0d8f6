"""Country monitoring returns in Russian, Persian and Turkish: the focal point reads their
language (headings, columns, statuses, priorities; Persian right to left) and the filled-in
workbook imports back exactly as an English one does."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest
from test_ballots_in_language import english_left

from facilitator.ballots.returns import read_returns
from facilitator.ballots.returns_workbook import HEADER_ROW, export_returns
from facilitator.cli.commands import main
from facilitator.monitoring.reviews import latest_review_id, review

FIRST = HEADER_ROW + 1
#: (sheet, header row, statuses offered, a status and a priority as a focal point picks them)
EXPECTED = {
    "ru": ("Меры", ["Код мероприятия", "Мероприятие", "Текст мероприятия", "Принятая мера"],
           "не начато,выполняется,выполнено,не выполнено", "выполнено", "Высокий/средний"),
    "fa": ("اقدام‌ها", ["شناسهٔ فعالیت", "فعالیت", "متن فعالیت", "اقدام انجام‌شده"],
           "آغاز نشده,در جریان,انجام شده,اجرا نشده", "انجام شده", "بالا/متوسط"),
    "tr": ("Çalışmalar", ["Faaliyet kimliği", "Faaliyet", "Faaliyet metni", "Yapılan çalışma"],
           "başlamadı,sürüyor,tamamlandı,uygulanmadı", "tamamlandı", "Yüksek/Orta"),
}  # fmt: skip


def visible_texts(wb) -> list[str]:
    """What the focal point reads: the visible sheets' names, cells (not the hidden id column)
    and validation messages."""
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state == "hidden":
            continue
        out.append(ws.title)
        out += [str(c.value) for row in ws.iter_rows(min_col=2) for c in row if c.value]
        for dv in ws.data_validations.dataValidation:
            out += [dv.errorTitle or "", dv.error or "", dv.formula1 or ""]
    return out


def session_words(sample) -> list[str]:
    """The workshop's own texts in the return (never translated)."""
    rev = review(sample, latest_review_id(sample))
    return [rev.title]


@pytest.mark.parametrize("language", ["ru", "fa", "tr"])
def test_a_return_speaks_the_language_and_imports_back(sample, sample_path, tmp_path, language):
    review_id = latest_review_id(sample)
    folder = tmp_path / language
    folder.mkdir()
    [path] = export_returns(sample, review_id, folder, ["GE"], language=language)
    english_folder = tmp_path / "en"
    english_folder.mkdir()
    [english_path] = export_returns(sample, review_id, english_folder, ["GE"])

    sheet_name, header, statuses, status, priority = EXPECTED[language]
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [sheet_name, "About"]
    assert wb["About"].sheet_state == "hidden"  # the language-independent keys
    ws = wb[sheet_name]
    assert [ws.cell(HEADER_ROW, c).value for c in range(1, 5)] == header
    assert ws.sheet_view.rightToLeft is (True if language == "fa" else None)
    assert ws.column_dimensions["C"].width == 50 and ws.cell(FIRST, 3).alignment.wrap_text
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["I"] == f'"{statuses}"'
    assert ws.column_dimensions["K"].width >= len(priority) + 3  # a chosen priority stays whole
    assert ws.column_dimensions["B"].width >= len(header[1]) + 2

    english = english_left(sample, visible_texts(openpyxl.load_workbook(english_path)))
    english -= set(" ".join(session_words(sample)).split())
    assert {"Implementation", "Action", "Status", "Choose", "grey"} <= english
    left = english_left(sample, visible_texts(wb)) - set(" ".join(session_words(sample)).split())
    assert left & english == set()
    if language != "tr":
        assert left == set()

    line = FIRST + 1
    ws.cell(line, 4).value = "Patrols in Javakheti"
    ws.cell(line, 9).value = status
    ws.cell(line, 10).value = "Keep the patrols"
    ws.cell(line, 11).value = priority
    wb.save(path)
    preview = read_returns(sample, [path])
    assert preview.problems == []
    sample.apply(preview.edit())
    activity = sample.scalar("SELECT id FROM activities WHERE uuid = ?", (ws.cell(line, 1).value,))
    with sqlite3.connect(sample_path) as db:
        actions = db.execute(
            "SELECT action, status, countries FROM monitoring_actions WHERE review_id = ? "
            "AND activity_id = ? AND countries = 'Georgia'",
            (review_id, activity),
        ).fetchall()
        rec = db.execute(
            "SELECT text, proposed_priority FROM recommendations WHERE review_id = ? "
            "AND activity_id = ?",
            (review_id, activity),
        ).fetchone()
    assert actions == [("Patrols in Javakheti", "done", "Georgia")]
    assert "[GE] Keep the patrols" in rec[0] and rec[1] == "High/Medium"


def test_the_command_writes_a_persian_return_and_a_wrong_status_is_named(
    sample_path, tmp_path, capsys
):
    folder = tmp_path / "out"
    folder.mkdir()
    args = ["returns", str(sample_path), "-o", str(folder), "--country", "GE", "--language", "fa"]
    assert main(args) == 0
    [path] = folder.iterdir()
    wb = openpyxl.load_workbook(path)
    ws = wb["اقدام‌ها"]
    ws.cell(FIRST, 4).value = "Patrols"
    ws.cell(FIRST, 9).value = "گاهی"  # "sometimes": on no list
    wb.save(path)
    capsys.readouterr()
    assert main(["import-returns", str(sample_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert f"sheet اقدام‌ها, line {FIRST}, column I: 'گاهی' is not a status" in err
    assert "Nothing was imported" in err
