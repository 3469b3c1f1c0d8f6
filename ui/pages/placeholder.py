"""Stands in for a step page that is not available, saying so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..controller import Controller
from .base import StepPage


class PlaceholderPage(StepPage):
    """A page that only says the step cannot be shown in this version."""

    def __init__(
        self,
        controller: Controller,
        step_id: str,
        title: str,
        reason: str = "",
        parent: QWidget | None = None,
    ):
        self.step_id = step_id
        self.title = title
        super().__init__(controller, parent)
        text = self.tr("The {0} step is not available in this version of ZOPP Facilitator.").format(
            title
        )
        if reason:
            text += f"\n\n{reason}"
        label = QLabel(text, self)
        label.setObjectName("placeholder-text")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def refresh(self) -> None:
        """Nothing to load."""
