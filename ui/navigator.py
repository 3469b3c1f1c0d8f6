"""The always visible list of workshop steps, each marked done, started or empty."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from facilitator.glossary import STEPS

#: status → (mark shown before the title, words for screen readers and tooltips)
MARKS = {
    "done": ("✔", "done"),
    "started": ("◐", "started"),
    "empty": ("○", "not started"),
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
            item = QListWidgetItem(f"{number}. {step.title}")
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setToolTip(step.definition)
            self.addItem(item)
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

    def set_statuses(self, statuses: dict[str, str]) -> None:
        """Show each step's status mark (steps missing from ``statuses`` show as empty)."""
        for row, step in enumerate(STEPS):
            status = statuses.get(step.id, "empty")
            mark, words = MARKS[status]
            item = self.item(row)
            item.setText(f"{mark}  {row + 1}. {step.title}")
            item.setData(STATUS_ROLE, status)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{step.title}, {words}")
            item.setToolTip(f"{step.title} ({words})\n\n{step.definition}")

    def status_of(self, step_id: str) -> str:
        for row, step in enumerate(STEPS):
            if step.id == step_id:
                return self.item(row).data(STATUS_ROLE)
        raise KeyError(step_id)
