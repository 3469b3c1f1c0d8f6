"""Vision and Goal: typing in any script, drafts, adopting, undo — then read back from the file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from facilitator.plan import model
from facilitator.session.store import SessionStore

VISION_TR = "Anadolu parsı yaşar; İnsanlar ve doğa barış içinde."
VISION_KA = " ლეოპარდი კავკასიაში."
VISION_FA = " پلنگ ایرانی"


def type_unicode(widget, text: str) -> None:
    """Type ``text`` one key event per character, each carrying its text (any script)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def vision_page(main_window):
    main_window.show_step("vision")
    return main_window.page("vision")


def test_typing_a_vision_is_one_undo_step_and_is_in_the_file(main_window, qtbot, session_path):
    page = vision_page(main_window)
    page.editor.setFocus()
    type_unicode(page.editor, VISION_TR + VISION_KA + VISION_FA)
    assert page.editor.toPlainText() == VISION_TR + VISION_KA + VISION_FA
    main_window.navigator.setFocus()  # leaving the editor saves it
    store = main_window.controller.store
    assert model.adopted_text(store, "vision") == VISION_TR + VISION_KA + VISION_FA
    assert store.undo_stack.undo_label() == "edit vision"
    assert main_window.navigator.status_of("vision") == "done"
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.adopted_text(store, "vision") == ""
    assert page.editor.toPlainText() == ""
    assert main_window.navigator.status_of("vision") == "empty"
    qtbot.keyClick(
        main_window.navigator,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.editor.toPlainText() == VISION_TR + VISION_KA + VISION_FA
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert model.adopted_text(saved, "vision") == VISION_TR + VISION_KA + VISION_FA


def test_typing_pauses_save_without_leaving_the_editor(main_window, qtbot, monkeypatch):
    page = vision_page(main_window)
    page.save_timer.setInterval(50)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Leopards thrive")
    qtbot.waitUntil(
        lambda: model.adopted_text(main_window.controller.store, "vision") == "Leopards thrive"
    )
    assert page.editor.hasFocus()


def test_keep_a_draft_then_adopt_it(main_window, qtbot, session_path):
    page = vision_page(main_window)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "First wording")
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    page.editor.setFocus()
    page.editor.selectAll()
    type_unicode(page.editor, "İkinci metin")
    main_window.navigator.setFocus()
    store = main_window.controller.store
    assert model.adopted_text(store, "vision") == "İkinci metin"
    texts = [page.drafts.item(i).text() for i in range(page.drafts.count())]
    assert texts == ["✔ İkinci metin", "First wording"]
    page.drafts.setFocus()
    page.drafts.setCurrentRow(1)
    qtbot.mouseClick(page.adopt_button, Qt.MouseButton.LeftButton)
    assert model.adopted_text(store, "vision") == "First wording"
    assert page.editor.toPlainText() == "First wording"
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        drafts = {d["body"]: d["adopted"] for d in model.drafts(saved, "vision")}
        assert drafts == {"İkinci metin": 0, "First wording": 1}


def test_goal_page_shows_the_adopted_vision(main_window, qtbot):
    page = vision_page(main_window)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Leopards roam free")
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    goal = main_window.page("goal")
    assert main_window.current_step() == "goal"
    assert "Leopards roam free" in goal.context.text()


def test_closing_the_window_keeps_what_was_being_typed(main_window, qtbot, session_path):
    page = vision_page(main_window)
    page.editor.setFocus()
    type_unicode(page.editor, "Ирбис и леопард")
    main_window.show_step("session")
    details = main_window.page("session").meta_edits["place"]
    details.setFocus()
    type_unicode(details, "Երևան")
    main_window.close()  # no focus change, no pause: the window saves before it closes
    with SessionStore.open(session_path, backup=False) as saved:
        assert model.adopted_text(saved, "vision") == "Ирбис и леопард"
        assert saved.meta()["place"] == "Երևան"


def test_draft_keys_work_with_both_text_pages_built(main_window, qtbot):
    main_window.show_step("goal")
    page = vision_page(main_window)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Leopards everywhere")
    qtbot.keyClick(
        page.editor,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    store = main_window.controller.store
    assert [d["body"] for d in model.drafts(store, "vision")] == [
        "Leopards everywhere",
        "Leopards everywhere",
    ]
    page.drafts.setFocus()
    page.drafts.setCurrentRow(1)
    qtbot.keyClick(page.drafts, Qt.Key.Key_Delete)
    assert [d["adopted"] for d in model.drafts(store, "vision")] == [1]
    assert model.drafts(store, "goal") == []
