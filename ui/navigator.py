"""The workshop's steps: the always visible list (each marked done, started or
empty) and the registry of the page that shows each step."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from facilitator.plan import glossary
from facilitator.plan.glossary import STEPS

from .controller import Controller
from .i18n import step_definition, step_title
from .pages.base import StepPage
from .pages.placeholder import PlaceholderPage

log = logging.getLogger(__name__)

#: step id → (module, class) of its page
PAGES: dict[str, tuple[str, str]] = {
    "session": ("ui.pages.session", "SessionPage"),
    "vision": ("ui.pages.texts", "VisionPage"),
    "goal": ("ui.pages.texts", "GoalPage"),
    "problem_tree": ("ui.pages.problem_tree", "ProblemTreePage"),
    "threat_ranking": ("ui.pages.threat_ranking", "ThreatRankingPage"),
    "objectives": ("ui.pages.outline", "ObjectivesPage"),
    "results": ("ui.pages.outline", "ResultsPage"),
    "activities": ("ui.pages.outline", "ActivitiesPage"),
    "prioritisation": ("ui.pages.prioritisation", "PrioritisationPage"),
    "logframe": ("ui.pages.logframe", "LogFramePage"),
    "monitoring": ("ui.pages.monitoring", "MonitoringPage"),
    "export": ("ui.pages.export", "ExportPage"),
}


def make_page(step_id: str, controller: Controller, parent: QWidget | None = None) -> StepPage:
    """Build (and, with a session open, fill) the page of ``step_id`` inside ``parent``; a
    placeholder when its module is missing or the page fails."""
    module_name, class_name = PAGES[step_id]
    title = step_title(glossary.step(step_id))
    page = None
    try:
        page_class = getattr(importlib.import_module(module_name), class_name)
        page = page_class(controller, parent)
        if controller.store is not None:
            page.refresh()
        return page
    except ModuleNotFoundError as error:
        if error.name != module_name:
            log.warning(
                "Step page %s.%s unavailable: %s", module_name, class_name, error, exc_info=True
            )
        else:
            log.warning("Step page %s is not installed; showing a placeholder", module_name)
        return PlaceholderPage(controller, step_id, title, parent=parent)
    except Exception as error:  # a broken page must not stop the workshop
        log.warning(
            "Step page %s.%s unavailable: %s", module_name, class_name, error, exc_info=True
        )
        if page is not None:
            _retire(page, controller)
        return PlaceholderPage(controller, step_id, title, parent=parent)


def _retire(page: StepPage, controller: Controller) -> None:
    """Stop a failed page from hearing about the session, and delete it."""
    for signal, slot in (
        (controller.session_changed, page.refresh),
        (controller.changed, page._maybe_refresh),
    ):
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):
            pass
    page.deleteLater()


#: status → (mark shown before the title, words for screen readers and tooltips)
MARKS = {
    "done": ("✔", QT_TRANSLATE_NOOP("StepNavigator", "done")),
    "started": ("◐", QT_TRANSLATE_NOOP("StepNavigator", "started")),
    "empty": ("○", QT_TRANSLATE_NOOP("StepNavigator", "not started")),
}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class StepNavigator(QListWidget):
    """One row per step; choosing a row asks the window to show that step."""

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("step-navigator")
        self.setUniformItemSizes(True)
        for number, step in enumerate(STEPS, start=1):
            item = QListWidgetItem(f"{number}. {step_title(step)}")
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setToolTip(step_definition(step))
            self.addItem(item)
        self.compact = False
        self._statuses: dict[str, str] = {}
        self.currentRowChanged.connect(self._on_row_changed)
        self.set_statuses({})

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.step_chosen.emit(STEPS[row].id)

    def select_step(self, step_id: str) -> None:
        for row, step in enumerate(STEPS):
            if step.id == step_id and self.currentRow() != row:
                self.setCurrentRow(row)

    def current_step(self) -> str | None:
        row = self.currentRow()
        return STEPS[row].id if row >= 0 else None

    def set_compact(self, compact: bool) -> None:
        """Numbers only (the titles in tooltips), to leave a zoomed page the width it needs."""
        if compact != self.compact:
            self.compact = compact
            self.set_statuses(self._statuses)

    def full_width(self) -> int:
        """The width the list needs to show every title whole."""
        fm = self.fontMetrics()
        widest = max(
            fm.horizontalAdvance(f"✔  {n}. {step_title(s)}") for n, s in enumerate(STEPS, 1)
        )
        return widest + 4 * fm.averageCharWidth() + self.verticalScrollBar().sizeHint().width()

    def compact_width(self) -> int:
        fm = self.fontMetrics()
        return fm.horizontalAdvance("✔ 12") + 4 * fm.averageCharWidth()

    def set_statuses(self, statuses: dict[str, str]) -> None:
        """Show each step's status mark (steps missing from ``statuses`` show as empty)."""
        self._statuses = dict(statuses)
        for row, step in enumerate(STEPS):
            status = statuses.get(step.id, "empty")
            mark, words = MARKS[status]
            words = self.tr(words)
            title = step_title(step)
            item = self.item(row)
            item.setText(f"{mark} {row + 1}" if self.compact else f"{mark}  {row + 1}. {title}")
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                # a right-to-left mark keeps "10. LogFrame" in the list's reading order
                item.setText("\u200f" + item.text())
            item.setData(STATUS_ROLE, status)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {words}")
            item.setToolTip(f"{title} ({words})\n\n{step_definition(step)}")

    def status_of(self, step_id: str) -> str:
        for row, step in enumerate(STEPS):
            if step.id == step_id:
                return self.item(row).data(STATUS_ROLE)
        raise KeyError(step_id)
