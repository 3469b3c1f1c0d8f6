"""The window's small dialogs: choosing files and showing a plain sentence.

Message boxes open window-modal without blocking (``open()``), so the app —
and its tests — keep running while the sentence is shown. Qt's dialog classes
are imported when a dialog is first asked for: a window that opens without one
does not build them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.i18n import core_text, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

SESSION_FILTER = "ZOPP sessions (*.zopp);;All files (*)"


def show_problem(parent: QWidget, title: str, sentence: str) -> QMessageBox:
    """Show ``sentence`` (a user-facing error) without blocking; returns the box."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, core_text(sentence), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("problem-dialog")
    box.open()
    return box


def offer_backup(parent: QWidget, sentence: str, backup: object) -> QMessageBox:
    """A damaged session: say where, and offer to open a copy of the newest sound backup."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("dialogs", "The session is damaged"),
        core_text(sentence),
        parent=parent,
    )
    box.setObjectName("damaged-dialog")
    if backup is not None:
        button = box.addButton(
            translate("dialogs", "Open a copy of {0}").format(getattr(backup, "name", backup)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        button.setObjectName("open-backup-button")
    box.addButton(
        QMessageBox.StandardButton.Cancel if backup is not None else QMessageBox.StandardButton.Ok
    )
    box.open()
    return box


def show_info(parent: QWidget, title: str, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information, title, core_text(text), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("info-dialog")
    box.open()
    return box


def ask_open_path(parent: QWidget, folder: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent, translate("dialogs", "Open a session"), folder, SESSION_FILTER
    )
    return path


def ask_new_path(parent: QWidget, folder: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent, translate("dialogs", "Create a new session"), folder, SESSION_FILTER
    )
    if path and not path.endswith(".zopp"):
        path += ".zopp"
    return path


def ask_copy_path(parent: QWidget, suggestion: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent, translate("dialogs", "Save a copy of the session"), suggestion, SESSION_FILTER
    )
    if path and not path.endswith(".zopp"):
        path += ".zopp"
    return path


def ask_import_paths(parent: QWidget, folder: str = "") -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("dialogs", "Import participants and countries"),
        folder,
        translate("dialogs", "Spreadsheets (*.csv *.xlsx);;All files (*)"),
    )
    return paths


def ask_yes_no(parent: QWidget, title: str, question: str, yes: str) -> bool:
    """A question with a named 'yes' button (and Cancel, the default); True when it is chosen."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setObjectName("question")
    chosen = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    chosen.setObjectName("question-yes")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is chosen
