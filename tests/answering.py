"""Answer the app's next question dialog as a user would: click its button."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

asked: list[str] = []


def answer_next_question(yes: bool = True) -> None:
    """When a question dialog opens, note its text and click 'yes' (or Cancel)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)  # not open yet
            return
        asked.append(box.text())
        if yes:
            box.findChild(QPushButton, "question-yes").click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, click)
