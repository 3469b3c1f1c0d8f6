"""Export: the rapporteur's documents — LogFrame, score tables, minutes — as PDF or spreadsheets.

The facilitator picks a document and a format (or "Export all"), and a folder.
The documents are written in a worker thread from a snapshot of the session,
with a progress dialog, so the window never freezes. When a file is written,
"Open the file" shows it in the system's viewer.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QRect,
    QSize,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
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

from facilitator.documents import export_document, formats, kinds
from facilitator.errors import FacilitatorError
from facilitator.monitoring.reviews import latest_review_id
from facilitator.plan.glossary import step
from facilitator.session.store import SessionStore
from ui.i18n import core_text, current_language, language_names, translate

from ..controller import Controller
from .base import StepPage

log = logging.getLogger(__name__)

_ABOUT = {
    "logframe": QT_TRANSLATE_NOOP(
        "ExportPage",
        "Vision, Goal, objectives, results and activities with indicators, baseline and target, "
        "means of verification, assumptions, timeline, actors, budget and priority; as Word, one "
        "editable table.",
    ),
    "tables": QT_TRANSLATE_NOOP(
        "ExportPage",
        "Threat ranking, threats by region and country, activity priorities per country; as a "
        "spreadsheet, every table on its own sheet (CSV: one file each).",
    ),
    "minutes": QT_TRANSLATE_NOOP(
        "ExportPage",
        "Everything for the rapporteur: glossary, participants, Vision, Goal, problem tree, "
        "tables, LogFrame, priorities and notes; as Word, with Word headings and tables to edit "
        "further.",
    ),
    "monitoring": QT_TRANSLATE_NOOP(
        "ExportPage", "Actions taken per activity and country, their status and recommendations."
    ),
    "miradi": QT_TRANSLATE_NOOP(
        "ExportPage",
        "The plan for Miradi (Conservation Standards): the problem tree as causes with a "
        "conceptual-model diagram, objectives as strategies, results as objectives, activities "
        "as tasks.",
    ),
    "iati": QT_TRANSLATE_NOOP(
        "ExportPage",
        "The LogFrame for donors' reporting (IATI 2.03): one activity, a result per objective "
        "and result with its indicators.",
    ),
}
_NAMES = {
    "logframe": QT_TRANSLATE_NOOP("ExportPage", "LogFrame matrix"),
    "tables": QT_TRANSLATE_NOOP("ExportPage", "Score tables"),
    "minutes": QT_TRANSLATE_NOOP("ExportPage", "Session minutes"),
    "monitoring": QT_TRANSLATE_NOOP("ExportPage", "Monitoring overview"),
    "miradi": QT_TRANSLATE_NOOP("ExportPage", "Miradi project"),
    "iati": QT_TRANSLATE_NOOP("ExportPage", "IATI activity file"),
}
#: kind → (name, what it holds)
DOCUMENTS = {kind: (name, _ABOUT[kind]) for kind, name in _NAMES.items()}
FORMAT_NAMES = {
    ".pdf": "PDF",
    ".docx": QT_TRANSLATE_NOOP("ExportPage", "Word document (.docx)"),
    ".xlsx": QT_TRANSLATE_NOOP("ExportPage", "Excel workbook (.xlsx)"),
    ".csv": QT_TRANSLATE_NOOP("ExportPage", "CSV files (.csv)"),
    ".xmpz2": QT_TRANSLATE_NOOP("ExportPage", "Miradi project (.xmpz2)"),
    ".xml": QT_TRANSLATE_NOOP("ExportPage", "IATI XML (.xml)"),
}

#: how a document's description wraps in the list
WRAP = int(Qt.TextFlag.TextWordWrap)


def _t(text: str) -> str:
    return translate("ExportPage", text)


def document_title(kind: str) -> str:
    return _t(DOCUMENTS.get(kind, (kind.capitalize(), ""))[0])


class ExportWorker(QThread):
    """Writes documents from a snapshot of the session, off the UI thread.

    The snapshot (a ``save_copy`` of the open session) is opened in this
    thread, so no SQLite connection is shared between threads and the
    facilitator can keep working while the documents are written.
    """

    #: documents finished so far, and what is being written now
    progress = Signal(int, str)
    #: files written, and one sentence per document that could not be written
    done = Signal(list, list)

    def __init__(self, snapshot: Path, jobs: list[tuple[str, str, Path]], language: str = "en"):
        super().__init__()
        self.snapshot = snapshot
        self.jobs = jobs
        self.language = language

    def run(self) -> None:
        written: list[str] = []
        problems: list[str] = []
        try:
            store = SessionStore.open(self.snapshot, backup=False)
        except FacilitatorError as error:
            self.done.emit(written, [core_text(str(error))])
            return
        try:
            for n, (kind, ext, target) in enumerate(self.jobs):
                if self.isInterruptionRequested():
                    break
                self.progress.emit(
                    n,
                    translate("ExportPage", "Writing the {0} ({1})…").format(
                        document_title(kind), _t(FORMAT_NAMES.get(ext, ext))
                    ),
                )
                try:
                    written.append(str(export_document(store, kind, target, self.language)))
                except FacilitatorError as error:
                    problems.append(core_text(str(error)))
                except Exception as error:  # a failed document must not take the app down
                    log.exception("Export of %s%s failed", kind, ext)
                    problems.append(
                        translate("ExportPage", "The {0} could not be written ({1}).").format(
                            document_title(kind), error
                        )
                    )
        finally:
            store.close()
        self.done.emit(written, problems)


class ExportPage(StepPage):
    step_id = "export"
    title = step("export").title
    tables = frozenset({"meta"})

    #: an export finished (files written or problems shown)
    exported = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.written: list[Path] = []
        self._worker: ExportWorker | None = None
        #: what the running export left out on purpose, said with its result
        self._notes: list[str] = []
        self._progress: QProgressDialog | None = None
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait_for_export)
        self._build()
        self.refresh()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.documents = QListWidget(self)
        self.documents.setObjectName("export-documents")
        for kind in kinds():
            name, about = DOCUMENTS.get(kind, (kind.capitalize(), ""))
            name, about = _t(name), _t(about) if about else ""
            item = QListWidgetItem(f"{name}\n{about}" if about else name)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.documents.addItem(item)
        self.documents.setWordWrap(True)
        self.documents.setSpacing(6)
        self.documents.currentRowChanged.connect(self._on_document_chosen)
        self.format = QComboBox(self)
        self.format.setObjectName("export-format")
        self.language = QComboBox(self)
        self.language.setObjectName("export-language")
        self.language.setToolTip(
            self.tr(
                "The language of the documents' headings, column names and page numbers; "
                "what the workshop typed stays as typed."
            )
        )
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("export-folder")
        self.choose_folder = QPushButton(self.tr("Choose folder…"), self)
        self.choose_folder.setObjectName("export-choose-folder")
        self.choose_folder.clicked.connect(self._pick_folder)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("export-button")
        self.export_button.clicked.connect(self.export_selected)
        self.export_all_button = QPushButton(self.tr("Export all documents"), self)
        self.export_all_button.setObjectName("export-all-button")
        self.export_all_button.clicked.connect(self.export_all)
        self.status = QLabel(self)
        self.status.setObjectName("export-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open the file"), self)
        self.open_button.setObjectName("export-open-file")
        self.open_button.clicked.connect(self.open_written)
        self.open_folder_button = QPushButton(self.tr("Open the folder"), self)
        self.open_folder_button.setObjectName("export-open-folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self._lay_out()
        self.documents.setCurrentRow(0)

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Save in:"), folder_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_all_button)
        buttons.addStretch(1)
        opened = QHBoxLayout()
        opened.addWidget(self.open_button)
        opened.addWidget(self.open_folder_button)
        opened.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Document:"), self))
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
        # each description as tall as its wrapped lines at this width: Qt's own estimate
        # can fall a line short of a longer translation, which then loses its end
        fm = self.documents.fontMetrics()
        width = self.documents.viewport().width() - 2 * self.documents.spacing() - 8
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            lines = fm.boundingRect(QRect(0, 0, width, 100_000), WRAP, item.text())
            item.setSizeHint(QSize(width, lines.height() + 4))
        self.documents.doItemsLayout()
        rows = sum(
            self.documents.visualItemRect(self.documents.item(i)).height()
            for i in range(self.documents.count())
        )
        spacing = 2 * self.documents.spacing() * self.documents.count()
        self.documents.setFixedHeight(rows + spacing + 2 * self.documents.frameWidth() + 4)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit_list)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_list)

    def current_kind(self) -> str:
        item = self.documents.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else kinds()[0]

    def _on_document_chosen(self, _row: int) -> None:
        self.format.clear()
        for ext in formats(self.current_kind()):
            self.format.addItem(_t(FORMAT_NAMES.get(ext, ext)), ext)

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the documents in"), self.folder.text()
        )
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
        """Every document; the monitoring overview only once the session has a monitoring review."""
        jobs = [(kind, ext) for kind in kinds() for ext in formats(kind) if ext != ".csv"]
        notes = []
        if self.store is not None and latest_review_id(self.store) is None:
            jobs = [job for job in jobs if job[0] != "monitoring"]
            notes.append(
                self.tr(
                    "The monitoring overview was left out: add a review in the Monitoring step first."
                )
            )
        self._run(jobs, notes)

    def _run(self, jobs: list[tuple[str, str]], notes: list[str] | None = None) -> None:
        """Export a snapshot of the session in a worker thread, with a progress dialog."""
        if self.store is None or self._worker is not None:
            return
        self._notes = list(notes or [])
        folder = Path(tempfile.mkdtemp(prefix="zopp-export-"))
        try:
            snapshot = self.store.save_copy(folder / "snapshot.zopp")
        except FacilitatorError as error:
            shutil.rmtree(folder, ignore_errors=True)
            self._show_written([core_text(str(error))])
            return
        targets = [(kind, ext, self.target(kind, ext)) for kind, ext in jobs]
        self._progress = QProgressDialog(self.tr("Exporting…"), self.tr("Stop"), 0, len(jobs), self)
        self._progress.setObjectName("export-progress")
        self._progress.setWindowTitle(self.tr("Export"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._worker = ExportWorker(snapshot, targets, self.language.currentData() or "en")
        self._progress.canceled.connect(self._worker.requestInterruption)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(
            lambda written, problems: self._on_done(folder, written, problems)
        )
        self._set_busy(True)
        self._worker.start()

    def _on_progress(self, done: int, label: str) -> None:
        if self._progress is not None:
            self._progress.setLabelText(label)
            self._progress.setValue(done)

    def _on_done(self, folder: Path, written: list[str], problems: list[str]) -> None:
        if self._worker is not None:
            self._worker.wait()
            self._worker = None
        shutil.rmtree(folder, ignore_errors=True)
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        self.written = [Path(p) for p in written]
        self._set_busy(False)
        self._show_written(problems + self._notes)
        self.exported.emit()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.export_all_button):
            widget.setEnabled(not busy and self.store is not None)

    def wait_for_export(self) -> None:
        """Let a running export finish (the app is closing)."""
        if self._worker is not None:
            self._worker.requestInterruption()
            self._worker.wait()

    def _show_written(self, problems: list[str] | None = None) -> None:
        lines = [self.tr("Saved {0}").format(p) for p in self.written] + list(problems or [])
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
