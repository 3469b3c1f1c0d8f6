"""The Preferences dialog: the app's language (used from the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from . import settings
from .i18n import current_language, language_names, system_language


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("preferences-language")
        names = language_names()
        self.language.addItem(
            self.tr("The system's language ({0})").format(names[system_language()]), ""
        )
        for code, name in names.items():
            self.language.addItem(name, code)
        index = self.language.findData(settings.get("language"))
        self.language.setCurrentIndex(max(index, 0))
        note = QLabel(self.tr("A new language is used from the next start of the app."), self)
        note.setObjectName("preferences-note")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(note)
        form.addRow(buttons)
        self.current = current_language()

    def accept(self) -> None:
        settings.put("language", self.language.currentData())
        super().accept()
