"""Objectives, Results and Activities: one outline editor seen with three focuses.

Each page shows the numbered outline down to its own level, adds rows of its
level (under the selected parent), and shows the details of that level:
an objective's theme and the threats/drivers it addresses, a result's
indicator and SMART checks, an activity's timeline, actors, indicator,
budget and references. Warnings say where the chain breaks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator.status.chain_checks import ranking_signature

from ..controller import Controller
from ..outline.widget import OutlineWidget
from .base import StepPage

OUTLINE_TABLES = frozenset(
    {
        "objectives",
        "results",
        "activities",
        "themes",
        "objective_items",
        "activity_refs",
        "activity_programme",
        "programme_items",
        "items",
    }
)


class OutlinePage(StepPage):
    refresh_when_hidden = False
    focus = "objectives"
    tables = OUTLINE_TABLES

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        self._stale = False
        self._votes_seen = ""
        super().__init__(controller, parent)
        self.outline = OutlineWidget(controller, self.focus, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outline)
        self.refresh()

    def flush(self) -> None:
        self.outline.flush()

    def entry_widget(self) -> QWidget:
        """The outline when it has rows (arrows move, typing renames), else the line for the first one."""
        return self.outline.tree if self.outline.tree.rows else self.outline.add_line

    def showEvent(self, event) -> None:
        super().showEvent(event)  # catches up with edits made while hidden
        if self._votes_seen != self._vote_count():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._votes_seen = self._vote_count()
        self.outline.refresh()

    def _vote_count(self) -> str:
        """Votes cast elsewhere change which threats rank highest, so the warnings."""
        return ranking_signature(self.store) if self.store is not None else ""


class ObjectivesPage(OutlinePage):
    step_id = "objectives"
    title = "Objectives"
    focus = "objectives"


class ResultsPage(OutlinePage):
    step_id = "results"
    title = "Results"
    focus = "results"


class ActivitiesPage(OutlinePage):
    step_id = "activities"
    title = "Activities"
    focus = "activities"
