"""Asking for a new review: title, date, the year actions are counted from, and where it starts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from facilitator.monitoring.reviews import Review
from ui.i18n import local_date, shown_date, typed_date


class NewReviewDialog(QDialog):
    """Fields for ``monitoring.add_review``; 'Start from' copies an earlier review's record."""

    def __init__(self, reviews: list[Review], current: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new-review-dialog")
        self.setWindowTitle(self.tr("New review"))
        self.title = QLineEdit(self)
        self.title.setObjectName("review-title")
        self.title.setPlaceholderText(self.tr("e.g. Midterm review {0}").format(date.today().year))
        self.date = QLineEdit(shown_date(date.today().isoformat()), self)
        self.date.setObjectName("review-date")
        self.since = QLineEdit(self)
        self.since.setObjectName("review-since")
        self.since.setPlaceholderText(self.tr("Year the plan began, e.g. 2022"))
        self.start_from = QComboBox(self)
        self.start_from.setObjectName("review-start-from")
        self.start_from.addItem(self.tr("Nothing (an empty record)"), None)
        for r in reviews:
            self.start_from.addItem(
                f"{r.title} ({local_date(r.date)})" if r.date else r.title, r.id
            )
        if current is not None:
            self.start_from.setCurrentIndex(max(self.start_from.findData(current), 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Actions taken since:"), self.since)
        form.addRow(self.tr("Start from:"), self.start_from)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        """Keyword arguments for ``monitoring.add_review``."""
        return {
            "title": self.title.text(),
            "date": typed_date(self.date.text()),
            "since_year": self.since.text(),
            "based_on": self.start_from.currentData(),
        }
