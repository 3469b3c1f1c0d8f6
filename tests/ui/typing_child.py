"""A child process for ``test_typing_survives_a_kill``: opens a session in the app's window
(offscreen), types into one field with QTest as a user would — never leaving the field, never
pressing Enter — and then keeps running until the test kills it.

    python typing_child.py SESSION SETTINGS_FOLDER FIELD TEXT

It prints ``typed <title>`` straight after the last key and ``paused <title>`` 0.35 s later,
so the test can read what the title bar said before and after the text reached the file.
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit


def _cell(table, row: int, column: int):
    """Open the editor of a table cell with Enter; returns the editor."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    QTest.keyClick(table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace it
    return editor


def name(window):
    """Rename the first participant in the Session step's table."""
    window.go_to_step("session")
    return _cell(window.page("session").participants, 0, 0)


def item(window):
    """Type a new driver on the blank row of the Problem tree's drivers."""
    window.go_to_step("problem_tree")
    page = window.page("problem_tree")
    from ui.problem_tree.item_lists import ItemTable

    table = next(t for t in page.findChildren(ItemTable) if t.kind == "driver")
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().rowCount() - 1, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    return QApplication.focusWidget()


def indicator(window):
    """Type an activity's indicator in the Activities step's form."""
    window.go_to_step("activities")
    page = window.page("activities")
    field = next(
        f
        for f in page.findChildren(QPlainTextEdit)
        if f.objectName() == "field-indicator" and f.isVisible()
    )
    field.setFocus()
    field.selectAll()
    return field


def recommendation(window):
    """Type the recommendation for the chosen activity in the Monitoring step."""
    window.go_to_step("monitoring")
    field = window.page("monitoring").detail.recommendation
    field.setFocus()
    field.selectAll()
    return field


def vision(window):
    """Type the Vision."""
    window.go_to_step("vision")
    field = window.page("vision").editor
    field.setFocus()
    field.selectAll()
    return field


FIELDS = {
    "vision": vision,
    "name": name,
    "item": item,
    "indicator": indicator,
    "recommendation": recommendation,
}


def main() -> None:
    session, settings_folder, field, text = sys.argv[1:5]
    app = QApplication([])
    QCoreApplication.setOrganizationName("ZOPP Facilitator Tests")
    QCoreApplication.setApplicationName("zopp-facilitator-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    from ui.main_window import MainWindow

    window = MainWindow()
    assert window.open_session(session)
    window.resize(1280, 720)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(100)
    target = FIELDS[field](window)
    QTest.keyClicks(target, text)
    print("typed", window.windowTitle(), flush=True)
    QTimer.singleShot(350, lambda: print("paused", window.windowTitle(), flush=True))
    app.exec()


if __name__ == "__main__":
    main()
