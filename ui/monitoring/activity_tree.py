"""The activities to monitor: the plan's (objective → result → activity) and the programme's.

Shows each activity's number, text and status; selecting one tells the page
which activity to show. Only adapts the core's overview: no SQL here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from facilitator.monitoring.overview import Overview
from ui.contrast import ReadableInkDelegate
from ui.i18n import translate

KEY_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {
    "done": "#2e7d32",
    "ongoing": "#1565c0",
    "not started": "#757575",
    "not implemented": "#c62828",
}
SECTION_TITLES = {
    "activity": QT_TRANSLATE_NOOP("ActivityTree", "Activities of the plan"),
    "programme": QT_TRANSLATE_NOOP("ActivityTree", "Programme of work"),
}


class ActivityTree(QTreeWidget):
    #: (activity kind, activity id) of the chosen activity
    activity_chosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monitoring-activities")
        self.setHeaderLabels([self.tr("Activity"), self.tr("Status")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(ReadableInkDelegate(self))  # status colours read in either theme
        self.currentItemChanged.connect(self._on_current)

    def set_views(self, views: list[Overview]) -> None:
        """Show the overviews' activities, keeping the current one selected."""
        keep = self.current_key()
        self.blockSignals(True)
        self.clear()
        for view in views:
            section = QTreeWidgetItem(self, [self.tr(SECTION_TITLES[view.activity_kind]), ""])
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for group in view.groups:
                word = self.tr("Objective ") if view.activity_kind == "activity" else ""
                parent = QTreeWidgetItem(
                    section, [f"{word}{group.number}. {group.heading}".strip(), ""]
                )
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setToolTip(0, group.heading)
                for row in group.rows:
                    self._add_row(parent, row)
        self.expandAll()
        self.blockSignals(False)
        if keep and self.select(*keep):
            return
        first = self.first_activity()
        if first is not None:
            self.setCurrentItem(first)

    def _add_row(self, parent: QTreeWidgetItem, row) -> None:
        item = QTreeWidgetItem(
            parent,
            [
                f"{row.number} {row.text}",
                "" if row.kind == "heading" else translate("columns", row.status),
            ],
        )
        item.setToolTip(0, row.text)
        if row.kind == "heading":
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            return
        item.setData(0, KEY_ROLE, (row.activity_kind, row.activity_id))
        item.setForeground(1, QBrush(QColor(STATUS_COLOURS[row.status])))

    def items(self) -> list[QTreeWidgetItem]:
        out = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack[:0] = [item.child(i) for i in range(item.childCount())]
        return out

    def first_activity(self) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.data(0, KEY_ROLE)), None)

    def select(self, kind: str, activity_id: int) -> bool:
        for item in self.items():
            if item.data(0, KEY_ROLE) == (kind, activity_id):
                self.setCurrentItem(item)
                return True
        return False

    def current_key(self) -> tuple[str, int] | None:
        item = self.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return tuple(key) if key else None  # type: ignore[return-value]

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        key = current.data(0, KEY_ROLE) if current is not None else None
        if key:
            self.activity_chosen.emit(key[0], key[1])
