"""Export: the rapporteur's documents — LogFrame, score tables, minutes — as PDF or spreadsheets.

The facilitator picks a document and a format (or "Export all"), and a folder;
the export runs on the UI thread with a progress dialog that is repainted
between documents, so the window never looks frozen. When a file is written,
"Open the file" shows it in the system's viewer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.export import export_document, formats, kinds
from facilitator.glossary import step

from ..controller import Controller
from .base import StepPage

log = logging.getLogger(__name__)

_ABOUT = {
    "logframe": "Vision, Goal, objectives, results and activities with indicator, timeline, actors, budget "
                "and priority.",
    "tables": "Threat ranking, threats by region and country, activity priorities per country; as a "
              "spreadsheet, every table on its own sheet (CSV: one file each).",
    "minutes": "Everything for the rapporteur: glossary, participants, Vision, Goal, problem tree, tables, "
               "LogFrame, priorities and notes.",
    "monitoring": "Actions taken per activity and country, their status and recommendations.",
}
_NAMES = {"logframe": "LogFrame matrix", "tables": "Score tables", "minutes": "Session minutes",
          "monitoring": "Monitoring overview"}
#: kind → (name, what it holds)
DOCUMENTS = {kind: (name, _ABOUT[kind]) for kind, name in _NAMES.items()}
FORMAT_NAMES = {".pdf": "PDF", ".xlsx": "Excel workbook (.xlsx)", ".csv": "CSV files (.csv)"}


def document_title(kind: str) -> str:
    return DOCUMENTS.get(kind, (kind.capitalize(), ""))[0]


class ExportPage(StepPage):
    step_id = "export"
    title = step("export").title
    tables = frozenset({"meta"})

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.written: list[Path] = []
        self._build()
        self.refresh()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.documents = QListWidget(self)
        self.documents.setObjectName("export-documents")
        for kind in kinds():
            name, about = DOCUMENTS.get(kind, (kind.capitalize(), ""))
            item = QListWidgetItem(f"{name}\n{about}" if about else name)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.documents.addItem(item)
        self.documents.setWordWrap(True)
        self.documents.setSpacing(6)
        self.documents.currentRowChanged.connect(self._on_document_chosen)
        self.format = QComboBox(self)
        self.format.setObjectName("export-format")
        self.folder = QLineEdit(self)
        self.folder.setObjectName("export-folder")
        self.choose_folder = QPushButton("Choose folder…", self)
        self.choose_folder.setObjectName("export-choose-folder")
        self.choose_folder.clicked.connect(self._pick_folder)
        self.export_button = QPushButton("Export", self)
        self.export_button.setObjectName("export-button")
        self.export_button.clicked.connect(self.export_selected)
        self.export_all_button = QPushButton("Export all documents", self)
        self.export_all_button.setObjectName("export-all-button")
        self.export_all_button.clicked.connect(self.export_all)
        self.status = QLabel(self)
        self.status.setObjectName("export-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton("Open the file", self)
        self.open_button.setObjectName("export-open-file")
        self.open_button.clicked.connect(self.open_written)
        self.open_folder_button = QPushButton("Open the folder", self)
        self.open_folder_button.setObjectName("export-open-folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self._lay_out()
        self.documents.setCurrentRow(0)

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        form = QFormLayout()
        form.addRow("Format:", self.format)
        form.addRow("Save in:", folder_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_all_button)
        buttons.addStretch(1)
        opened = QHBoxLayout()
        opened.addWidget(self.open_button)
        opened.addWidget(self.open_folder_button)
        opened.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Document:", self))
        layout.addWidget(self.documents)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addLayout(opened)
        layout.addStretch(1)

    # -- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.store
        has_session = store is not None
        for widget in (self.export_button, self.export_all_button, self.documents, self.format):
            widget.setEnabled(has_session)
        if has_session and not self.folder.text():
            path = getattr(store, "path", None)
            self.folder.setText(str(Path(path).parent if path else Path.home()))
        self._show_written()
        self._fit_list()

    def _fit_list(self) -> None:
        """Show every document without scrolling, at any zoom."""
        self.documents.doItemsLayout()
        rows = sum(self.documents.visualItemRect(self.documents.item(i)).height()
                   for i in range(self.documents.count()))
        spacing = 2 * self.documents.spacing() * self.documents.count()
        self.documents.setFixedHeight(rows + spacing + 2 * self.documents.frameWidth() + 4)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self._fit_list)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_list)

    def current_kind(self) -> str:
        item = self.documents.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else kinds()[0]

    def _on_document_chosen(self, _row: int) -> None:
        self.format.clear()
        for ext in formats(self.current_kind()):
            self.format.addItem(FORMAT_NAMES.get(ext, ext), ext)

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Save the documents in", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def target(self, kind: str, ext: str) -> Path:
        """Where a document goes: '<session name>-<kind><ext>' in the chosen folder."""
        path = getattr(self.store, "path", None)
        stem = Path(path).stem if path else "session"
        return Path(self.folder.text().strip() or Path.home()) / f"{stem}-{kind}{ext}"

    # -- exporting ----------------------------------------------------------------------------
    def export_selected(self) -> None:
        ext = self.format.currentData() or formats(self.current_kind())[0]
        self._run([(self.current_kind(), ext)])

    def export_all(self) -> None:
        jobs = [(kind, ext) for kind in kinds() for ext in formats(kind) if ext != ".csv"]
        self._run(jobs)

    def _run(self, jobs: list[tuple[str, str]]) -> None:
        """Write each (kind, ext) in turn, repainting a progress dialog between documents."""
        if self.store is None:
            return
        progress = QProgressDialog("Exporting…", "Stop", 0, len(jobs), self)
        progress.setObjectName("export-progress")
        progress.setWindowTitle("Export")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        written, problems = [], []
        for n, (kind, ext) in enumerate(jobs):
            if progress.wasCanceled():
                break
            progress.setLabelText(f"Writing the {document_title(kind)} ({FORMAT_NAMES.get(ext, ext)})…")
            progress.setValue(n)
            QApplication.processEvents()
            try:
                written.append(export_document(self.store, kind, self.target(kind, ext)))
            except FacilitatorError as error:
                problems.append(str(error))
            except Exception as error:  # a failed document must not take the session down
                log.exception("Export of %s%s failed", kind, ext)
                problems.append(f"The {document_title(kind)} could not be written ({error}).")
        progress.setValue(len(jobs))
        progress.close()
        self.written = written
        self._show_written(problems)

    def _show_written(self, problems: list[str] | None = None) -> None:
        lines = [f"Saved {p}" for p in self.written] + list(problems or [])
        self.status.setText("\n".join(lines))
        self.open_button.setEnabled(bool(self.written))
        self.open_folder_button.setEnabled(bool(self.written))

    def open_written(self) -> None:
        """Show the last written file in the system's viewer."""
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[-1])))

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[-1].parent)))
