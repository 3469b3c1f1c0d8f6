"""Then versus now in the app: File → Compare with Earlier Session… shows the changed figures
and exports them; File → New from Earlier Workshop… opens a new session with the earlier plan."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QTableWidget

from facilitator.plan import model
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_ops
from facilitator.voting.edits import VoteKey
from ui.actions import ActionId

SAMPLE = Path(__file__).resolve().parents[2] / "sample_sessions" / "persian-leopard-2022.zopp"


def test_compare_with_an_earlier_session(main_window, qtbot, tmp_path, monkeypatch):
    earlier = tmp_path / "2022.zopp"
    now = tmp_path / "2024.zopp"
    shutil.copy(SAMPLE, earlier)
    shutil.copy(SAMPLE, now)
    assert main_window.open_session(now)
    store = main_window.controller.store
    activity = model.activities(store)[0]
    rows = store.rows(
        "SELECT participant_id, scope_kind, scope, target_kind, target_id, criterion, region "
        "FROM votes "
        "WHERE target_kind = 'activity' AND target_id = ? AND scope = 'AM'",
        (activity.id,),
    )
    main_window.controller.apply(vote_ops.set_votes("change", [(VoteKey(**r), 1) for r in rows]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(earlier), ""))
    main_window.actions[ActionId.COMPARE].trigger()
    dialog = main_window.last_dialog
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "compare-table")
    shown = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert [row[3:5] for row in shown] == [["Overall", ""], ["Country", "AM"]]
    assert shown[1][1] == f"{activity.number} {activity.text}" and shown[1][6] == "1.00"
    dialog.findChild(QCheckBox, "compare-only-changed").click()
    assert table.rowCount() == len(dialog.comparison.figures) > 1000
    out = tmp_path / "then-and-now.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    changed = list(openpyxl.load_workbook(out)["Changed"].iter_rows(min_row=2, values_only=True))
    assert [row[4] or "" for row in changed] == ["", "AM"]
    dialog.close()


def test_new_from_an_earlier_workshop(main_window, qtbot, tmp_path, monkeypatch):
    earlier = tmp_path / "2022.zopp"
    shutil.copy(SAMPLE, earlier)
    target = tmp_path / "2024.zopp"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(earlier), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.actions[ActionId.NEW_FROM].trigger()
    store = main_window.controller.store
    assert store.path == target
    assert len(model.activities(store)) == 89
    assert "start from" in store.scalar("SELECT label FROM history ORDER BY id LIMIT 1")
    main_window.close()
    with SessionStore.open(target, backup=False) as again:
        assert again.scalar("SELECT COUNT(*) FROM votes") == 0
        assert again.scalar("SELECT COUNT(*) FROM participants") > 0


def test_import_a_miradi_project_into_an_empty_session(main_window, qtbot, tmp_path, monkeypatch):
    from facilitator.documents import export_document

    project = tmp_path / "plan.xmpz2"
    copy = tmp_path / "sample.zopp"
    shutil.copy(SAMPLE, copy)
    with SessionStore.open(copy, backup=False) as sample:
        export_document(sample, "miradi", project)
        expected = [(i.kind, i.label) for i in model.items(sample)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(project), ""))
    main_window.actions[ActionId.IMPORT_MIRADI].trigger()
    store = main_window.controller.store
    assert [(i.kind, i.label) for i in model.items(store)] == expected
    assert "Not carried over" in main_window.last_dialog.text()
    main_window.last_dialog.close()
    main_window.actions[ActionId.IMPORT_MIRADI].trigger()  # a second time: refused, said
    assert len(model.items(store)) == len(expected)
    main_window.controller.undo()
    assert model.items(store) == []
