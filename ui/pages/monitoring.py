"""Monitoring: record, review by review, what was done for each activity of the plan.

Choose a review (or start a new one from the last), pick an activity on the
left, type the actions taken per country with their status, and a
recommendation. An external programme of work can be imported and monitored
the same way. The Overview tab shows the report's table and the status
summary; both export as PDF or XLSX. Country returns: one workbook per country
to send to the focal points, and the returned ones imported after a preview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.monitoring import reviews as mon
from facilitator.monitoring.changes import review_changes
from facilitator.monitoring.overview import (
    Overview,
    OverviewRow,
    overview,
    status_summary,
    views_of,
)
from ui.i18n import core_text, local_date, shown_date, typed_date

from .. import dialogs
from ..controller import Controller
from ..monitoring import returns
from ..monitoring.activity_tree import ActivityTree
from ..monitoring.detail import ActivityDetail
from ..monitoring.overview_view import OverviewView
from ..monitoring.review_dialog import NewReviewDialog
from ..undo_keys import mark_session_field
from ..widgets.autosave import save_after_pause
from ..widgets.flow import flow_bar
from .base import StepPage

PLAN_TABLES = {
    "objectives",
    "results",
    "activities",
    "programme_items",
    "activity_programme",
    "votes",
    "countries",
}
EXPORT_FILTER = QT_TRANSLATE_NOOP("MonitoringPage", "PDF document (*.pdf);;Spreadsheet (*.xlsx)")


class MonitoringPage(StepPage):
    refresh_when_hidden = False  # votes cast elsewhere must stay fast
    step_id = "monitoring"
    title = "Monitoring"
    tables = frozenset(mon.MONITORING_TABLES | PLAN_TABLES)

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.review_id: int | None = None
        self._stale = False
        self.rows: dict[tuple[str, int], OverviewRow] = {}
        self.views: list[Overview] = []
        self.last_dialog = None
        self.tree = ActivityTree(self)
        self.tree.activity_chosen.connect(self._show_activity)
        self.detail = ActivityDetail(controller, self)
        self.overview = OverviewView(self)
        self._build()
        self.refresh()

    # -- building -------------------------------------------------------------
    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _size_fields(self) -> None:
        """The review fields as wide as their usual text in the current (zoomed) type."""
        for key, chars in self._field_chars.items():
            edit = self.review_edits[key]
            fm = edit.fontMetrics()
            wide = chars * fm.averageCharWidth()
            if key == "date":  # a date whole in the locale's form, never squeezed
                samples = ("2088-12-28", shown_date("2088-12-28"))
                wide = max(wide, max(fm.horizontalAdvance(t) for t in samples))
            edit.setFixedWidth(wide + 24)
        self.bar.layout().invalidate()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._size_fields)  # zoomed: measured once restyled

    def _pair(self, label: QLabel, field: QWidget) -> QWidget:
        """A label and its field, kept together on one row of the bar."""
        pair = QWidget(self)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(field)
        label.setBuddy(field)
        return pair

    def _build(self) -> None:
        self.review_box = QComboBox(self)
        self.review_box.setObjectName("monitoring-review")
        self.review_box.setMinimumWidth(260)
        self.review_box.activated.connect(
            lambda _n: self.choose_review(self.review_box.currentData())
        )
        self.review_edits: dict[str, QLineEdit] = {}
        self._field_chars: dict[str, int] = {}  # each review field's width in characters
        parts: list[QWidget] = [
            self._pair(QLabel(self.tr("Review:"), self), self.review_box),
            self._button(self.tr("New review…"), "monitoring-new-review", self.new_review_dialog),
            self._button(self.tr("Remove review"), "monitoring-remove-review", self.remove_review),
            self._button(self.tr("Import programme…"), "monitoring-import", self.import_dialog),
            self._button(self.tr("Export…"), "monitoring-export", self.export_dialog),
        ]
        for key, label, width in (
            ("title", self.tr("Title"), 360),
            ("date", self.tr("Date"), 120),
            ("since_year", self.tr("Actions taken since"), 70),
            ("until_year", self.tr("Recommendations until"), 70),
        ):
            edit = QLineEdit(self)
            edit.setObjectName(f"monitoring-review-{key}")
            mark_session_field(edit)
            self._field_chars[key] = width // 7
            edit.editingFinished.connect(lambda k=key: self._save_review(k))
            if key == "title":  # a text: in the file a moment after the last key
                save_after_pause(edit, lambda k=key: self._save_review(k))
            self.review_edits[key] = edit
            parts.append(self._pair(QLabel(self.tr("{0}:").format(label), self), edit))
        parts += [
            self._button(
                self.tr("Country returns…"), "monitoring-send-returns", self.send_returns_dialog
            ),
            self._button(
                self.tr("Import returns…"), "monitoring-import-returns", self.import_returns_dialog
            ),
        ]
        # one bar that wraps onto further rows: a zoomed page never scrolls sideways
        self.bar = flow_bar(parts, self)
        self._size_fields()
        split = QSplitter(self)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 760])
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("monitoring-tabs")
        self.tabs.addTab(split, self.tr("Record"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.currentChanged.connect(lambda _n: self._show_overview())
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

    # -- reading --------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        store = self.store
        reviews = mon.reviews(store) if store is not None else []
        ids = [r.id for r in reviews]
        if self.review_id not in ids:
            self.review_id = ids[-1] if ids else None
        self.review_box.blockSignals(True)
        self.review_box.clear()
        for r in reviews:
            self.review_box.addItem(
                f"{r.title} ({local_date(r.date)})" if r.date else r.title, r.id
            )
        self.review_box.setCurrentIndex(max(self.review_box.findData(self.review_id), 0))
        self.review_box.blockSignals(False)
        current = (
            mon.review(store, self.review_id) if store is not None and self.review_id else None
        )
        for key, edit in self.review_edits.items():
            edit.setEnabled(current is not None)
            if not edit.hasFocus():
                edit.setText(self._shown(key, getattr(current, key)) if current else "")
        self._load_views()

    def _load_views(self) -> None:
        store = self.store
        self.views, self.rows = [], {}
        if store is not None and self.review_id is not None:
            for kind in mon.ACTIVITY_KINDS:
                view = overview(store, self.review_id, kind)
                if view.activities():
                    self.views.append(view)
                    self.rows.update(
                        {(r.activity_kind, r.activity_id): r for r in view.activities()}
                    )
        self.tree.set_views(self.views)
        key = self.tree.current_key()
        self.detail.show_row(self.review_id, self.rows.get(key) if key else None)
        self._show_overview()

    def _show_activity(self, kind: str, activity_id: int) -> None:
        self.detail.show_row(self.review_id, self.rows.get((kind, activity_id)))

    def _show_overview(self) -> None:
        if self.tabs.currentWidget() is not self.overview or self.store is None:
            return
        views = views_of(self.store, self.review_id) if self.review_id is not None else []
        changes = review_changes(self.store, self.review_id) if self.review_id is not None else None
        self.overview.show_views(
            [(label, v, status_summary(self.store, v)) for label, v in views], changes
        )

    def choose_review(self, review_id: int | None) -> None:
        self.review_id = review_id
        self.refresh()

    # -- changing -------------------------------------------------------------
    def flush(self) -> None:
        """Save what is typed but not yet handed over (the page is left or the session closes)."""
        if self.store is None:
            return
        for key in self.review_edits:
            self._save_review(key)
        self.detail.flush()

    def _save_review(self, key: str) -> None:
        store, rid = self.store, self.review_id
        current = mon.review(store, rid) if store is not None and rid is not None else None
        text = self.review_edits[key].text()
        if key == "date":  # typed in the locale's form, kept as an ISO date
            text = typed_date(text)
        if current is None or text.strip() == getattr(current, key):
            return
        if self.controller.apply(mon.update_review(current.id, **{key: text})) is None:
            self.review_edits[key].setText(self._shown(key, getattr(current, key)))

    @staticmethod
    def _shown(key: str, value: str) -> str:
        return shown_date(value) if key == "date" and value else value

    def new_review_dialog(self) -> None:
        if self.store is None:
            return
        dialog = NewReviewDialog(mon.reviews(self.store), self.review_id, self)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self.add_review(**dialog.values()))
        dialog.open()

    def add_review(
        self, title: str, date: str = "", since_year: str = "", based_on: int | None = None
    ) -> bool:
        """Add a review (copying ``based_on``'s record) and show it."""
        applied = self.controller.apply(mon.add_review(title, date, since_year, based_on))
        if applied is None:
            return False
        self.choose_review(applied.created("reviews")[0])
        return True

    def remove_review(self) -> None:
        if self.review_id is not None:
            self.controller.apply(mon.remove_review(self.review_id))

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import a programme of work"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if paths:
            self.import_programme(paths)

    def import_programme(self, paths: list[str]) -> bool:
        """Import programme files (code, text, responsible, priority); show what happened."""
        from facilitator.importing import import_files

        report = import_files(self.store, paths)
        from ui.import_report import report_text

        text = report_text(report)
        failed = any(getattr(f, "error", None) for f in getattr(report, "files", []))
        show = dialogs.show_problem if failed else dialogs.show_info
        self.last_dialog = show(
            self, self.tr("Import a programme of work"), core_text(text) or self.tr("Imported.")
        )
        return not failed

    def send_returns_dialog(self) -> None:
        returns.send_returns_dialog(self)

    def import_returns_dialog(self) -> None:
        returns.import_returns_dialog(self)

    def export_dialog(self) -> None:
        if self.store is None:
            return
        suggestion = str(Path(self.store.path or "monitoring").with_suffix("")) + "-monitoring.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the overview"), suggestion, self.tr(EXPORT_FILTER)
        )
        if path:
            if not Path(path).suffix:
                path += ".xlsx" if "xlsx" in chosen else ".pdf"
            self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        """Write the current review's overview as PDF or XLSX (by the extension)."""
        from facilitator.documents.monitoring_pdf import write_monitoring
        from facilitator.documents.monitoring_xlsx import write_monitoring_xlsx

        target = Path(path)
        writers = {".pdf": write_monitoring, ".xlsx": write_monitoring_xlsx}
        try:
            writer = writers.get(target.suffix.lower())
            if writer is None:
                raise FacilitatorError(
                    self.tr("The overview can be written as .pdf or .xlsx, not '{0}'.").format(
                        target.suffix
                    )
                )
            writer(self.store, target, self.review_id)
        except (FacilitatorError, OSError) as error:
            sentence = (
                str(error)
                if isinstance(error, FacilitatorError)
                else self.tr("{0} could not be written: {1}.").format(target, error.strerror)
            )
            self.last_dialog = dialogs.show_problem(self, self.tr("Export"), sentence)
            return False
        self.last_dialog = dialogs.show_info(
            self, self.tr("Export"), f"The overview was written to {target}."
        )
        return True
