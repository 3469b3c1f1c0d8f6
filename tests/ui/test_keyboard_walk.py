"""A whole new workshop typed with the keyboard only: every key goes to whatever has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from facilitator.plan import model
from facilitator.session.store import SessionStore

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)
    qtbot.wait(10)


def type_text(text: str) -> None:
    """Type any script into the focused widget, one key event per character."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                focused(), QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def type_line(qtbot, text: str) -> None:
    type_text(text)
    press(qtbot, Qt.Key.Key_Return)


def test_a_workshop_typed_by_keyboard_from_an_empty_session(main_window, qtbot, session_path):
    main_window.navigator.setFocus()
    press(qtbot, Qt.Key.Key_4, CTRL)  # the problem tree: the cursor is in the first list
    assert focused() is main_window.page("problem_tree").lists["constraint"]
    type_line(qtbot, "Yoksulluk")
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the list from its last cell ...
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is main_window.page("problem_tree").lists["driver"]  # ... into the next list
    type_line(qtbot, "Kaçak avcılık")
    press(qtbot, Qt.Key.Key_Escape)

    press(
        qtbot, Qt.Key.Key_6, CTRL
    )  # no objective yet: the cursor is in the line for the first one
    type_line(qtbot, "ლეოპარდი დაცულია")
    press(qtbot, Qt.Key.Key_7, CTRL)
    press(qtbot, Qt.Key.Key_Insert)  # from the outline to the line for a new result
    type_line(qtbot, "Prey recovers")
    press(qtbot, Qt.Key.Key_8, CTRL)  # no activity yet: the first result is chosen as its parent
    press(qtbot, Qt.Key.Key_Insert)
    type_line(qtbot, "شمارش طعمه")

    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert [(i.kind, i.label) for i in model.items(saved)] == [
            ("constraint", "Yoksulluk"),
            ("driver", "Kaçak avcılık"),
        ]
        outline = model.outline(saved)
        assert [o.text for o in outline] == ["ლეოპარდი დაცულია"]
        assert [r.text for r in outline[0].results] == ["Prey recovers"]
        assert [a.text for a in outline[0].results[0].activities] == ["شمارش طعمه"]
