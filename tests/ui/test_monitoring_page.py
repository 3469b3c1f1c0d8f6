"""The Monitoring step as a facilitator uses it, then read back from the session file."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QPushButton

from facilitator.monitoring import reviews as mon
from facilitator.plan import edits as ops
from facilitator.session.store import SessionStore


def press_enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.wait(30)


def click_cell(qtbot, table, row: int, col: int) -> None:
    table.setFocus()
    rect = table.visualRect(table.records.index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_in_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """Click a cell, open its editor with Enter, type ASCII text and press Enter."""
    click_cell(qtbot, table, row, col)
    press_enter(qtbot, table)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "Enter should open the cell's editor"
    qtbot.keyClicks(editor, text)
    press_enter(qtbot, editor)


def add_review_by_dialog(qtbot, page, title: str) -> None:
    qtbot.mouseClick(
        page.findChild(QPushButton, "monitoring-new-review"), Qt.MouseButton.LeftButton
    )
    dialog = page.last_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title, title)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    window = page.window()
    window.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.wait(50)


def monitoring_page(main_window):
    store = main_window.controller.store
    store.apply(ops.add_country("IR", "Iran"))
    store.apply(ops.add_objective("Reduce poaching of leopard and prey"))
    store.apply(ops.add_result(1, "Ranger capacity is strengthened"))
    store.apply(ops.add_activity(1, "Train rangers", actors="Government agencies"))
    main_window.show_step("monitoring")
    return main_window.page("monitoring")


def test_record_action_change_status_undo_and_reopen(main_window, qtbot, session_path):
    page = monitoring_page(main_window)
    add_review_by_dialog(qtbot, page, "Midterm review 2025")
    assert page.review_box.currentText().startswith("Midterm review 2025")
    assert page.tree.current_key() == ("activity", 1)
    table = page.detail.actions
    type_in_cell(qtbot, table, 0, 0, "Iran")
    type_in_cell(qtbot, table, 0, 1, "Ranger training in Golestan")
    store = main_window.controller.store
    [action] = mon.actions(store, page.review_id)
    assert (action.countries, action.action, action.status) == (
        "Iran",
        "Ranger training in Golestan",
        "not started",
    )

    click_cell(qtbot, table, 0, 6)
    press_enter(qtbot, table)
    box = QApplication.focusWidget()
    assert isinstance(box, QComboBox), "the status cell opens a drop-down"
    box.setCurrentIndex(box.findText("done"))
    press_enter(qtbot, box)
    assert mon.actions(store, page.review_id)[0].status == "done"
    assert table.records.index(0, 6).data() == "done"
    assert page.tree.currentItem().text(1) == "done"

    main_window.navigator.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table.records.index(0, 6).data() == "not started"
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        [kept] = mon.actions(saved, mon.latest_review_id(saved))
        assert (kept.countries, kept.action, kept.status) == (
            "Iran",
            "Ranger training in Golestan",
            "not started",
        )


def test_later_review_copies_the_record_and_undo_takes_it_back(main_window, qtbot, session_path):
    page = monitoring_page(main_window)
    store = main_window.controller.store
    store.apply(mon.add_review("Midterm review 2025", "2025-04-01", "2022"))
    store.apply(
        mon.add_action(1, "activity", 1, countries="Iran", action="Patrols", status="ongoing")
    )
    page.detail.recommendation.setFocus()
    page.detail.recommendation.setPlainText("Genişletilmeli: ادامه یابد")
    page.tabs.setFocus()
    assert mon.recommendation(store, 1, "activity", 1).text == "Genişletilmeli: ادامه یابد"

    add_review_by_dialog(qtbot, page, "Final review 2027")
    later = page.review_id
    assert later != 1 and page.detail.actions.records.index(0, 1).data() == "Patrols"
    assert page.detail.recommendation.toPlainText() == "Genişletilmeli: ادامه یابد"
    assert page.review_edits["since_year"].text() == "2022"
    main_window.controller.apply(mon.set_action_status(mon.actions(store, later)[0].id, "done"))
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    shown = page.overview.toPlainText()
    assert (
        "Changes since Midterm review 2025" in shown and "Iran: Patrols: ongoing → done." in shown
    )
    main_window.controller.undo()
    main_window.controller.undo()
    assert page.review_box.count() == 1 and page.review_id == 1
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert [r.title for r in mon.reviews(saved)] == ["Midterm review 2025"]
        assert saved.scalar("SELECT COUNT(*) FROM monitoring_actions") == 1


def test_import_programme_link_activity_and_export(main_window, qtbot, tmp_path):
    page = monitoring_page(main_window)
    store = main_window.controller.store
    store.apply(mon.add_review("Review 2025"))
    csv = tmp_path / "pow.csv"
    csv.write_text(
        "code,text,responsible,priority\n1.1,Illegal hunting,,\n"
        '1.1.1,Strengthen ranger capacity,"Government agencies, NGOs",High\n',
        encoding="utf-8",
    )
    assert page.import_programme([str(csv)])
    assert page.tree.select(
        "programme", store.scalar("SELECT id FROM programme_items WHERE code = '1.1.1'")
    )
    assert "Strengthen ranger capacity" in page.detail.heading.text()

    page.tree.select("activity", 1)
    messages = []
    main_window.controller.message.connect(messages.append)
    links = page.detail.links
    links.setFocus()
    links.setText("1.1.1, 9.9")
    links.editingFinished.emit()
    assert messages and "9.9" in messages[-1]
    assert store.scalar("SELECT COUNT(*) FROM activity_programme") == 0
    links.setText("1.1.1")
    links.editingFinished.emit()
    assert store.scalar("SELECT COUNT(*) FROM activity_programme") == 1

    out = tmp_path / "overview.pdf"
    assert page.export_to(out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Strengthen ranger capacity" in text and "Train rangers" in text
    assert not page.export_to(tmp_path / "overview.docx")
    assert page.last_dialog.objectName() == "problem-dialog"


def test_a_bad_programme_file_imports_nothing_and_says_why(main_window, tmp_path):
    page = monitoring_page(main_window)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a spreadsheet")
    assert not page.import_programme([str(bad)])
    assert (
        page.last_dialog.objectName() == "problem-dialog"
        and "broken.xlsx" in page.last_dialog.text()
    )
    assert main_window.controller.store.scalar("SELECT COUNT(*) FROM programme_items") == 0


def test_typing_left_in_a_field_is_saved_when_the_window_closes(main_window, qtbot, session_path):
    page = monitoring_page(main_window)
    main_window.controller.apply(mon.add_review("Midterm review 2025"))
    page.detail.recommendation.setFocus()
    page.detail.recommendation.setPlainText("Çok önemli: take it to the Caucasus")
    page.review_edits["date"].setText("2025-06-30")
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert (
            mon.recommendation(saved, 1, "activity", 1).text
            == "Çok önemli: take it to the Caucasus"
        )
        assert mon.review(saved, 1).date == "2025-06-30"


def test_hidden_page_catches_up_when_shown(main_window):
    page = monitoring_page(main_window)
    main_window.show_step("session")
    main_window.controller.apply(mon.add_review("Review made elsewhere"))
    main_window.controller.apply(ops.add_activity(1, "Equip rangers"))
    main_window.show_step("monitoring")
    assert page.review_box.currentText() == "Review made elsewhere"
    assert page.tree.select("activity", 2)
