"""Ctrl+Z / Ctrl+Shift+Z undo the session's edits with the cursor still in a text field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from facilitator.plan import model
from facilitator.session.store import SessionStore

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
GOAL = "Kafkas parsı korunur; ლეოპარდი; پلنگ"


def type_unicode(widget, text: str) -> None:
    """Type ``text`` one key event per character, each carrying its text (any script)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def objectives(store) -> list[str]:
    return [o.text for o in model.outline(store)]


def test_undo_from_the_vision_editor_undoes_the_goal_typed_on_another_page(
    main_window, qtbot, session_path
):
    store = main_window.controller.store
    main_window.show_step("goal")
    goal = main_window.page("goal").editor
    goal.setFocus()
    type_unicode(goal, GOAL)
    main_window.show_step("vision")  # leaving the page saves the goal
    vision = main_window.page("vision").editor
    vision.setFocus()
    assert model.adopted_text(store, "goal") == GOAL
    qtbot.keyClick(vision, Qt.Key.Key_Z, CTRL)
    assert model.adopted_text(store, "goal") == ""
    assert "Undone: edit goal" in main_window.statusBar().currentMessage()
    qtbot.keyClick(vision, Qt.Key.Key_Z, CTRL_SHIFT)
    assert model.adopted_text(store, "goal") == GOAL
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert model.adopted_text(saved, "goal") == GOAL


def test_typing_still_in_a_detail_field_is_saved_then_undone_as_one_edit(main_window, qtbot):
    store = main_window.controller.store
    vision = main_window.page("vision")
    main_window.show_step("vision")
    vision.editor.setFocus()
    type_unicode(vision.editor, "İlk cümle")
    qtbot.keyClick(vision.editor, Qt.Key.Key_Z, CTRL)
    assert model.adopted_text(store, "vision") == "" and vision.editor.toPlainText() == ""
    qtbot.keyClick(vision.editor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert model.adopted_text(store, "vision") == "İlk cümle" == vision.editor.toPlainText()


def test_ctrl_z_after_adding_a_row_removes_it_instead_of_bringing_the_text_back(
    main_window, qtbot, session_path
):
    store = main_window.controller.store
    main_window.show_step("objectives")
    line = main_window.page("objectives").outline.add_line
    line.setFocus()
    for text in ("Leopards are safe", "Prey recovers"):
        qtbot.keyClicks(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert objectives(store) == ["Leopards are safe", "Prey recovers"]
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert objectives(store) == ["Leopards are safe"]
    assert line.text() == ""
    qtbot.keyClicks(line, "Half typ")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)  # typing not yet added is the line's own to undo
    assert line.text() == "" and objectives(store) == ["Leopards are safe"]
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert objectives(store) == []
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert objectives(saved) == []
