"""The three lists of the problem tree (constraints, drivers, threats) as typing tables.

Each list is a ``RecordTable``: type a label and press Enter to add it and go
on to the next, paste lines from a spreadsheet (one item per line, one undo
step), Delete removes with undo, Alt+Up/Down moves an item in its list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView

from facilitator.errors import FacilitatorError
from facilitator.plan import edits as ops
from facilitator.plan.model import STATUSES, Item
from facilitator.session.edits import Edit
from ui.i18n import core_text
from ui.removal import how_many, one

from ..widgets import Column, Record, RecordTable

STATUS_CHOICES = [
    ("current", QT_TRANSLATE_NOOP("columns", "current")),
    ("emerging", QT_TRANSLATE_NOOP("columns", "emerging")),
]
assert [value for value, _ in STATUS_CHOICES] == list(STATUSES)
#: kind → the title of its list's column
KIND_TITLES = {
    "constraint": QT_TRANSLATE_NOOP("columns", "Constraint"),
    "driver": QT_TRANSLATE_NOOP("columns", "Driver"),
    "threat": QT_TRANSLATE_NOOP("columns", "Threat"),
}
TITLES = {
    "constraint": QT_TRANSLATE_NOOP("ItemTable", "Constraints"),
    "driver": QT_TRANSLATE_NOOP("ItemTable", "Drivers"),
    "threat": QT_TRANSLATE_NOOP("ItemTable", "Threats"),
}


class ItemTable(RecordTable):
    """The items of one kind; builds the edits and hands them to ``apply``."""

    autosave_new_rows = True  # a new item is in the file a moment after its last key

    def __init__(
        self, kind: str, apply: Callable[[Edit], bool], report: Callable[[str], None], parent=None
    ):
        self.kind = kind
        self.apply = apply
        self.report = report
        columns = [
            Column("label", KIND_TITLES[kind]),
            Column(
                "status",
                QT_TRANSLATE_NOOP("columns", "Status"),
                "choice",
                lambda: STATUS_CHOICES,
                tooltip=QT_TRANSLATE_NOOP("columns", "current or emerging"),
            ),
        ]
        super().__init__(
            columns,
            on_update=self._update,
            on_add=self._add,
            on_remove=self._remove,
            on_paste=self._paste,
            parent=parent,
        )
        self.setObjectName(f"{kind}-list")
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # wrapped labels take the height their column's new width needs
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self, self.fit_rows))

    def show_items(self, items: list[Item]) -> None:
        self.set_records([Record(i.id, {"label": i.label, "status": i.status}) for i in items])

    def select_item(self, iid: int) -> bool:
        for row, record in enumerate(self.records.records):
            if record.key == iid:
                index = self.records.index(row, 0)
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return True
        return False

    def current_item(self) -> int | None:
        row = self.currentIndex().row()
        return self.records.records[row].key if 0 <= row < len(self.records.records) else None

    # -- edits ------------------------------------------------------------------
    def _item_edit(self, values: dict[str, Any]) -> Edit:
        status = values.get("status") or "current"
        if status not in STATUSES:
            raise FacilitatorError(f"'{status}' is not a status; use current or emerging.")
        return ops.add_item(self.kind, str(values.get("label", "")), status)

    def _add(self, values: dict[str, Any]) -> bool:
        return self._paste([values])

    def _paste(self, rows: list[dict[str, Any]]) -> bool:
        try:
            edits = [self._item_edit(row) for row in rows if str(row.get("label", "")).strip()]
        except FacilitatorError as error:
            self.report(core_text(str(error)))
            return False
        if not edits:
            return False
        return self.apply(
            edits[0] if len(edits) == 1 else ops.combine(f"paste {len(edits)} {self.kind}s", edits)
        )

    def _update(self, iid: int, key: str, value: Any) -> bool:
        if key == "label":
            return self.apply(ops.update_item(iid, label=str(value)))
        return self.apply(ops.update_item(iid, status=str(value)))

    #: called with what was removed ('driver "Poaching"') after a removal; the page says
    #: what went with it
    on_removed: Callable[[str, int], None] | None = None

    def _remove(self, keys: list[int]) -> bool:
        labels = {r.key: r.values.get("label", "") for r in self.records.records}
        edits = [ops.remove_item(k) for k in keys]
        done = self.apply(
            edits[0] if len(edits) == 1 else ops.combine(f"remove {len(edits)} items", edits)
        )
        if done and self.on_removed is not None:
            if len(keys) == 1:
                self.on_removed(one(self.kind, f'"{labels.get(keys[0], "")}"'), 1)
            else:
                self.on_removed(how_many(self.kind, len(keys)), len(keys))
        return done

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            iid, row = self.current_item(), self.currentIndex().row()
            if iid is not None:
                target = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
                if 0 <= target < len(self.records.records) and self.apply(
                    ops.move_item(iid, target)
                ):
                    self.select_item(iid)
            return
        super().keyPressEvent(event)
