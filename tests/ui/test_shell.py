"""The main window as a facilitator uses it: steps, files, undo, projector mode."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator import ops
from facilitator.glossary import STEPS
from facilitator.store import SessionStore
from ui.actions import ActionId


def test_every_step_is_listed_and_ctrl_number_moves(main_window, qtbot):
    nav = main_window.navigator
    assert nav.count() == len(STEPS)
    main_window.navigator.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_step() == "goal"
    assert main_window.step_title.text() == "Goal"
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_step() == "session"
    assert main_window.stack.currentWidget().objectName() == "page-session"


def test_step_status_follows_the_session(main_window):
    assert main_window.navigator.status_of("session") == "empty"
    main_window.controller.apply(ops.add_country("TR", "Türkiye"))
    assert main_window.navigator.status_of("session") == "started"
    main_window.controller.apply(ops.add_participant("Ayşe Yılmaz", country="TR"))
    assert main_window.navigator.status_of("session") == "done"
    main_window.controller.undo()
    assert main_window.navigator.status_of("session") == "started"


def test_undo_menu_names_the_edit(main_window, qtbot, session_path):
    undo = main_window.findChild(type(main_window.actions[ActionId.UNDO]), ActionId.UNDO.value)
    assert not undo.isEnabled()
    main_window.controller.apply(ops.add_country("GE", "Georgia"))
    assert undo.isEnabled() and "Undo" in undo.text() and undo.text() != "&Undo"
    main_window.navigator.setFocus()
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert main_window.controller.store.rows("SELECT * FROM countries") == []
    main_window.close()
    with SessionStore.open(session_path, backup=False) as store:
        assert store.rows("SELECT * FROM countries") == []
