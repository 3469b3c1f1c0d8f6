"""The window's small dialogs: choosing files and showing a plain sentence.

Message boxes open window-modal without blocking (``open()``), so the app —
and its tests — keep running while the sentence is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.i18n import core_text, translate

SESSION_FILTER = "ZOPP sessions (*.zopp);;All files (*)"


def show_problem(parent: QWidget, title: str, sentence: str) -> QMessageBox:
    """Show ``sentence`` (a user-facing error) without blocking; returns the box."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, core_text(sentence), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("problem-dialog")
    box.open()
    return box


def offer_backup(parent: QWidget, sentence: str, backup: object) -> QMessageBox:
    """A damaged session: say where, and offer to open a copy of the newest sound backup."""
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
    box = QMessageBox(
        QMessageBox.Icon.Information, title, core_text(text), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("info-dialog")
    box.open()
    return box


def ask_open_path(parent: QWidget, folder: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("dialogs", "Open a session"), folder, SESSION_FILTER
    )
    return path


def ask_new_path(parent: QWidget, folder: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("dialogs", "Create a new session"), folder, SESSION_FILTER
    )
    if path and not path.endswith(".zopp"):
        path += ".zopp"
    return path


def ask_copy_path(parent: QWidget, suggestion: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("dialogs", "Save a copy of the session"), suggestion, SESSION_FILTER
    )
    if path and not path.endswith(".zopp"):
        path += ".zopp"
    return path


def ask_import_paths(parent: QWidget, folder: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("dialogs", "Import participants and countries"),
        folder,
        translate("dialogs", "Spreadsheets (*.csv *.xlsx);;All files (*)"),
    )
    return paths


def ask_yes_no(parent: QWidget, title: str, question: str, yes: str) -> bool:
    """A question with a named 'yes' button (and Cancel, the default); True when it is chosen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setObjectName("question")
    chosen = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    chosen.setObjectName("question-yes")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is chosen
