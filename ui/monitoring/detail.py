"""One activity in one review: its actions (a typing table), recommendation and links.

Typing in the actions table records or changes an action, Delete removes it,
rows pasted from a spreadsheet are recorded as one step. Every change is an
edit handed to the controller; the panel then reloads from the session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.monitoring import reviews as mon
from facilitator.monitoring.overview import OverviewRow, programme_items
from facilitator.plan import edits as ops
from ui.i18n import core_text, translate

from ..controller import Controller
from ..undo_keys import mark_session_field
from ..widgets import Column, Record, RecordTable
from ..widgets.autosave import save_after_pause

#: an action's statuses (``mon.ACTION_STATUSES``) with their words
STATUS_CHOICES = [
    ("not started", QT_TRANSLATE_NOOP("columns", "not started")),
    ("ongoing", QT_TRANSLATE_NOOP("columns", "ongoing")),
    ("done", QT_TRANSLATE_NOOP("columns", "done")),
    ("not implemented", QT_TRANSLATE_NOOP("columns", "not implemented")),
]
ACTION_COLUMNS = [
    Column(
        "countries",
        QT_TRANSLATE_NOOP("columns", "Countries"),
        tooltip=QT_TRANSLATE_NOOP(
            "columns", "A country, several separated by commas, or 'Regional'"
        ),
    ),
    Column("action", QT_TRANSLATE_NOOP("columns", "What was done")),
    Column(
        "period",
        QT_TRANSLATE_NOOP("columns", "Period"),
        tooltip=QT_TRANSLATE_NOOP("columns", "Years, e.g. 2018-2019"),
    ),
    Column("implemented_by", QT_TRANSLATE_NOOP("columns", "Implemented by")),
    Column("budget", QT_TRANSLATE_NOOP("columns", "Budget")),
    Column("funder", QT_TRANSLATE_NOOP("columns", "Funder")),
    Column("status", QT_TRANSLATE_NOOP("columns", "Status"), "choice", lambda: STATUS_CHOICES),
]
#: share of the table's width per column (the table keeps them when resized)
COLUMN_SHARES = (0.13, 0.29, 0.10, 0.18, 0.10, 0.10, 0.10)


class ActionsTable(RecordTable):
    """The actions table: columns share the width, so 'What was done' never collapses."""

    autosave_new_rows = True  # a new action is in the file a moment after its last key

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        for n, share in enumerate(COLUMN_SHARES):
            self.setColumnWidth(n, int(width * share))


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text field that says when the user leaves it."""

    committed = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class ActivityDetail(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.review_id: int | None = None
        self.row: OverviewRow | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("monitoring-activity-heading")
        self.heading.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        for label in (self.heading, self.facts):
            label.setTextFormat(Qt.TextFormat.RichText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.actions = ActionsTable(
            ACTION_COLUMNS,
            on_update=self._update,
            on_add=self._add,
            on_remove=self._remove,
            on_paste=self._paste,
            parent=self,
        )
        self.actions.setObjectName("monitoring-actions")
        self.actions.horizontalHeader().setStretchLastSection(False)
        self.recommendation = CommitTextEdit(self)
        self.recommendation.setObjectName("monitoring-recommendation")
        self.recommendation.setPlaceholderText(
            self.tr("Recommendation for this activity (rewording, urgency, …)")
        )
        self.recommendation.setMaximumHeight(90)
        self.recommendation.committed.connect(self._save_recommendation)
        save_after_pause(self.recommendation, self._save_recommendation)  # 0.25 s after a key
        self.priority = QComboBox(self)
        self.priority.setObjectName("monitoring-proposed-priority")
        self.priority.setEditable(True)
        self.priority.setMaximumWidth(220)
        for choice in mon.PRIORITY_CHOICES:
            self.priority.addItem(translate("core", choice) if choice else "", choice)
        self.priority.activated.connect(lambda _n: self._save_recommendation())
        self.priority.lineEdit().editingFinished.connect(self._save_recommendation)
        self.links = QLineEdit(self)
        self.links.setObjectName("monitoring-programme-links")
        self.links.setPlaceholderText(self.tr("Codes of the programme's items, e.g. 1.1.1, 1.1.2"))
        self.links.editingFinished.connect(self._save_links)
        for field in (self.recommendation, self.priority, self.links):
            mark_session_field(field)
        self.links_label = QLabel(self.tr("Programme items:"), self)
        self._build()
        self.show_row(None, None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(
            QLabel(
                self.tr("Actions taken (type in the last row to add one; Delete removes):"), self
            )
        )
        layout.addWidget(self.actions, 1)
        form = QFormLayout()
        form.addRow(self.tr("Recommendation:"), self.recommendation)
        form.addRow(self.tr("Proposed priority:"), self.priority)
        form.addRow(self.links_label, self.links)
        layout.addLayout(form)

    # -- showing --------------------------------------------------------------
    def show_row(self, review_id: int | None, row: OverviewRow | None) -> None:
        """Show one activity of one review (None: nothing chosen)."""
        self.review_id, self.row = review_id, row
        enabled = review_id is not None and row is not None
        for widget in (self.actions, self.recommendation, self.priority, self.links):
            widget.setEnabled(enabled)
        if not enabled:
            self.heading.setText(
                self.tr("Choose an activity on the left.")
                if review_id
                else self.tr("Add a review (New review…) to record what was done.")
            )
            self.facts.clear()
            self.actions.set_records([])
            self._set_recommendation("", "")
            return
        self.heading.setText(f"<b>{_html(row.number)}</b> {_html(row.text)}")
        facts = [
            (self.tr("Responsible"), row.responsible),
            (self.tr("Priority"), core_text(row.priority)),
            (self.tr("Status"), translate("columns", row.status)),
        ]
        self.facts.setText(" · ".join(f"{k}: {_html(v)}" for k, v in facts if v))
        self.actions.set_records(
            [Record(a.id, {k: getattr(a, k) for k in mon.ACTION_FIELDS}) for a in row.actions]
        )
        self._set_recommendation(row.recommendation, row.proposed_priority)
        programme = row.activity_kind == "activity"
        self.links_label.setText(
            self.tr("Programme items:") if programme else self.tr("Workshop activities:")
        )
        self.links.setReadOnly(not programme)
        self.links.setPlaceholderText(
            self.tr("Codes of the programme's items, e.g. 1.1.1, 1.1.2")
            if programme
            else self.tr("None yet: link them from an activity of the plan")
        )
        if not self.links.hasFocus():
            self.links.setText(", ".join(row.links))

    def _set_recommendation(self, text: str, priority: str) -> None:
        if not self.recommendation.hasFocus() and self.recommendation.toPlainText() != text:
            self.recommendation.setPlainText(text)
        if not self.priority.hasFocus():
            found = self.priority.findData(priority)
            self.priority.setCurrentText(self.priority.itemText(found) if found >= 0 else priority)

    # -- changing -------------------------------------------------------------
    def flush(self) -> None:
        """Hand over typing not yet saved: an open cell editor, the recommendation, the links."""
        editor = QApplication.focusWidget()
        if (
            editor is not None
            and self.actions.isAncestorOf(editor)
            and self.actions.state() == QAbstractItemView.State.EditingState
        ):
            self.actions.commitData(editor)
        self._save_recommendation()
        self._save_links()

    def _apply(self, edit) -> bool:
        return self.controller.apply(edit) is not None

    def _target(self) -> tuple[int, str, int]:
        assert self.review_id is not None and self.row is not None
        return self.review_id, self.row.activity_kind, self.row.activity_id

    def _add(self, values: dict[str, Any]) -> bool:
        return self._apply(mon.add_action(*self._target(), **values))

    def _update(self, action_id: int, key: str, value: Any) -> bool:
        return self._apply(mon.update_action(action_id, **{key: value}))

    def _remove(self, keys: list[int]) -> bool:
        edits = [mon.remove_action(k) for k in keys]
        return self._apply(
            edits[0] if len(edits) == 1 else ops.combine(f"remove {len(edits)} actions", edits)
        )

    def _paste(self, rows: list[dict[str, Any]]) -> bool:
        edits = [mon.add_action(*self._target(), **row) for row in rows]
        return bool(edits) and self._apply(ops.combine(f"paste {len(edits)} actions", edits))

    def _save_recommendation(self) -> None:
        if self.row is None or self.review_id is None:
            return
        text, priority = self.recommendation.toPlainText(), self.priority.currentText()
        found = self.priority.findText(priority)
        if found >= 0:  # a listed choice is kept in English, as the documents' source
            priority = self.priority.itemData(found)
        if (text.strip(), priority.strip()) != (
            self.row.recommendation,
            self.row.proposed_priority,
        ):
            self._apply(mon.set_recommendation(*self._target(), text, priority))

    def _save_links(self) -> None:
        row, store = self.row, self.controller.store
        if row is None or store is None or row.activity_kind != "activity":
            return
        codes = [
            c.strip().rstrip(".")
            for c in self.links.text().replace(";", ",").split(",")
            if c.strip()
        ]
        if codes == row.links:
            return
        by_code = {str(i["code"]).rstrip("."): int(i["id"]) for i in programme_items(store)}  # type: ignore[call-overload]
        missing = [c for c in codes if c not in by_code]
        if missing:
            self.controller.message.emit(
                self.tr(
                    "There is no programme item {0}; import the programme of work first."
                ).format(", ".join(missing))
            )
            return
        try:
            self._apply(ops.set_activity_programme(row.activity_id, [by_code[c] for c in codes]))
        except FacilitatorError as error:
            self.controller.message.emit(core_text(str(error)))


def _html(text: str) -> str:
    from html import escape

    return escape(text or "")
