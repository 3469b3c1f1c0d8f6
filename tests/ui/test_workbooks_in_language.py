"""The app writes ballots and country returns in its own language: a facilitator working in
Russian sends Russian workbooks (Persian ones read right to left), and what comes back filled
in imports into the session file."""

from __future__ import annotations

import sqlite3

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QTableWidget, QToolButton
from test_languages_dialogs import window_in  # noqa: F401 - the fixture

from facilitator.ballots.returns_workbook import HEADER_ROW


def test_ballots_from_the_voting_page_speak_russian_and_import(
    window_in,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
):
    window, _ = window_in("ru")
    window.show_step("threat_ranking")
    page = window.page("threat_ranking")
    folder = tmp_path / "byulleteni"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    export = page.findChild(QToolButton, "export-ballots") or page.findChild(
        QPushButton, "export-ballots"
    )
    export.menu().actions()[0].trigger()  # "One workbook per participant…"
    path = min(folder.iterdir())
    wb = openpyxl.load_workbook(path)
    sheet = wb.active
    assert sheet["A1"].value == "Бюллетень ZOPP: Ранжирование угроз"
    assert [sheet[f"A{r}"].value for r in range(3, 6)] == [
        "Участник",
        "Номер участника",
        "Голосует от имени",
    ]
    participant, scope = sheet["B4"].value, sheet["B5"].value
    header = next(r[0].row for r in sheet.iter_rows() if r[2].value == "Важность")
    assert sheet.cell(header, 4).value == "Потенциал"
    target = int(sheet.cell(header + 1, 1).value)
    sheet.cell(header + 1, 3).value = "-"  # "I don't know", in any language
    wb.save(path)

    dialog = page.import_ballots([path])
    qtbot.addWidget(dialog)
    assert dialog.problems.rowCount() == 0
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    session = window.controller.store.path
    window.controller.close()
    with sqlite3.connect(session) as db:
        answer = db.execute(
            "SELECT answer FROM votes WHERE participant_id = ? AND scope = ? AND target_id = ? "
            "AND criterion = 'importance' AND target_kind = 'item'",
            (participant, scope, target),
        ).fetchall()
    assert answer == [("unknown",)]


def test_country_returns_from_the_monitoring_step_read_right_to_left_in_persian(
    window_in,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
):
    window, _ = window_in("fa")
    window.show_step("monitoring")
    page = window.page("monitoring")
    folder = tmp_path / "returns"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(
        page.findChild(QPushButton, "monitoring-send-returns"), Qt.MouseButton.LeftButton
    )
    page.last_dialog.close()
    path = next(p for p in folder.iterdir() if p.name.startswith("return-GE-"))
    wb = openpyxl.load_workbook(path)
    sheet = wb["اقدام‌ها"]
    assert sheet.sheet_view.rightToLeft
    assert sheet.cell(HEADER_ROW, 9).value == "وضعیت"
    sheet.cell(HEADER_ROW + 1, 4).value = "Patrols"
    sheet.cell(HEADER_ROW + 1, 9).value = "در جریان"  # ongoing
    uuid = sheet.cell(HEADER_ROW + 1, 1).value
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    qtbot.mouseClick(
        page.findChild(QPushButton, "monitoring-import-returns"), Qt.MouseButton.LeftButton
    )
    dialog = page.last_dialog
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QTableWidget, "ballot-problems").rowCount() == 0
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    session = window.controller.store.path
    window.controller.close()
    with sqlite3.connect(session) as db:
        rows = db.execute(
            "SELECT m.action, m.status FROM monitoring_actions m JOIN activities a "
            "ON a.id = m.activity_id WHERE a.uuid = ? AND m.countries = 'Georgia'",
            (uuid,),
        ).fetchall()
    assert rows == [("Patrols", "ongoing")]
