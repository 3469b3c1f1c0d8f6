"""Country returns in the Monitoring step: send one workbook per country, import the returned
ones after a preview that names every problem cell, then read the session file back."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QPushButton, QTableWidget

from facilitator.ballots.returns_workbook import HEADER_ROW
from facilitator.monitoring import reviews as mon
from facilitator.plan import edits as ops
from facilitator.session.store import SessionStore


def test_send_and_import_country_returns(main_window, qtbot, session_path, tmp_path, monkeypatch):
    store = main_window.controller.store
    store.apply(ops.add_country("IR", "Iran"))
    store.apply(ops.add_country("TR", "Turkey"))
    store.apply(ops.add_objective("Reduce poaching"))
    store.apply(ops.add_result(1, "Rangers are trained"))
    store.apply(ops.add_activity(1, "Train rangers"))
    store.apply(mon.add_review("Review 2024"))
    main_window.show_step("monitoring")
    page = main_window.page("monitoring")
    page.choose_review(mon.latest_review_id(store))
    folder = tmp_path / "returns"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(
        page.findChild(QPushButton, "monitoring-send-returns"), Qt.MouseButton.LeftButton
    )
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["return-IR-Iran.xlsx", "return-TR-Turkey.xlsx"]
    assert "2 return workbooks were written" in page.last_dialog.text()
    page.last_dialog.close()
    for path, status in ((files[0], "done"), (files[1], "half done")):
        wb = openpyxl.load_workbook(path)
        wb["Actions"].cell(HEADER_ROW + 1, 4).value = f"Patrols in {path.stem[10:]}"
        wb["Actions"].cell(HEADER_ROW + 1, 9).value = status
        wb.save(path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], "")
    )
    qtbot.mouseClick(
        page.findChild(QPushButton, "monitoring-import-returns"), Qt.MouseButton.LeftButton
    )
    dialog = page.last_dialog
    qtbot.waitExposed(dialog)
    problems = dialog.findChild(QTableWidget, "ballot-problems")
    assert problems.rowCount() == 1
    assert problems.item(0, 3).text() == "I"
    assert "'half done' is not a status" in problems.item(0, 4).text()
    assert not dialog.import_button.isEnabled()
    lines = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert lines[0].startswith("Iran") and "1 action(s)" in lines[0]
    dialog.findChild(QCheckBox, "skip-problem-rows").click()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.scalar("SELECT COUNT(*) FROM monitoring_actions") == 1)
    main_window.close()
    with SessionStore.open(session_path, backup=False) as again:
        assert again.rows("SELECT countries, action, status FROM monitoring_actions") == [
            {"countries": "Iran", "action": "Patrols in Iran", "status": "done"}
        ]
