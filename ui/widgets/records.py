"""A table model that only adapts: it shows records and turns typing into requests.

The model never writes the session. Typing in a cell calls ``on_update``
(existing record) or ``on_add`` (the blank last row); the page builds an edit
and hands it to the controller, then reloads the model from the session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
#: a cell's text longer than this may not fit its row: it gets a tooltip and shows its beginning
LONG_TEXT = 120
NO_PARENT = QModelIndex()
Choices = Callable[[], list[tuple[Any, str]]]


@dataclass
class Column:
    """One column: ``key`` in the record's values; ``kind`` is 'text', 'choice' (one of
    ``choices``), 'multi' (a list of ``choices``' values) or 'check'."""

    key: str
    title: str
    kind: str = "text"
    choices: Choices | None = None
    editable: bool = True
    tooltip: str = ""
    #: this column takes the table's spare width (the others fit their contents)
    stretch: bool = False

    def labels(self) -> dict[Any, str]:
        """Value → label of a 'choice' column (read once per reload, never per cell)."""
        return (
            {value: QCoreApplication.translate("columns", label) for value, label in self.choices()}
            if self.kind in ("choice", "multi") and self.choices is not None
            else {}
        )

    def parse(self, text: str) -> Any:
        """A pasted or typed text as this column's value (choices match value or label)."""
        text = text.strip()
        if self.kind == "check":
            return text.lower() in ("1", "yes", "y", "true", "x", "✔", "evet", "да", "بله")
        if self.kind == "multi":
            parts = [part for part in text.replace(";", ",").split(",") if part.strip()]
            return [self._match(part.strip()) for part in parts]
        if self.kind == "choice":
            return self._match(text)
        return text

    def _match(self, text: str) -> Any:
        """The choice whose value or label is ``text`` (any case); else ``text`` itself."""
        folded = text.casefold()
        for choice_value, label in self.choices() if self.choices is not None else []:
            if folded in (str(choice_value).casefold(), label.casefold()):
                return choice_value
        return text


@dataclass
class Record:
    """One row: ``key`` identifies it to the page (an id, a code)."""

    key: Any
    values: dict[str, Any] = field(default_factory=dict)


class RecordModel(QAbstractTableModel):
    """Records plus, when adding is allowed, one blank row to type a new record into."""

    def __init__(
        self,
        columns: list[Column],
        on_update: Callable[[Any, str, Any], bool],
        on_add: Callable[[dict[str, Any]], bool] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.columns = columns
        self.records: list[Record] = []
        self.labels: list[dict[Any, str]] = [c.labels() for c in columns]
        self.on_update = on_update
        self.on_add = on_add
        #: (row, column) of the last cell the user changed
        self.last_edit: tuple[int, int] | None = None

    def set_records(self, records: list[Record]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.labels = [c.labels() for c in self.columns]
        self.endResetModel()

    def is_new_row(self, row: int) -> bool:
        return self.on_add is not None and row == len(self.records)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid():
            return 0
        return len(self.records) + (1 if self.on_add is not None else 0)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", self.columns[section].title)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tooltip = self.columns[section].tooltip
            return QCoreApplication.translate("columns", tooltip) if tooltip else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return "+" if self.is_new_row(section) else str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if self.is_new_row(index.row()):
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "RecordTable",
                    "Type here to add a new row; paste rows from a spreadsheet with Ctrl+V.",
                )
            return None
        value = self.records[index.row()].values.get(column.key)
        if column.kind == "check":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole and column.kind == "multi":
            return ", ".join(str(v) for v in value or [])
        if role == Qt.ItemDataRole.DisplayRole:
            return self.labels[index.column()].get(value, "" if value is None else str(value))
        long_text = column.kind == "text" and isinstance(value, str) and len(value) > LONG_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and long_text:
            from html import escape  # here: its table of entities is not needed to start

            return f"<p>{escape(value)}</p>"  # shown as typed, never as markup
        if role == Qt.ItemDataRole.TextAlignmentRole and long_text:
            return int(
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
            )  # its beginning, if cut
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        column = self.columns[index.column()]
        if not column.editable:
            return base
        if column.kind == "check":
            return base if self.is_new_row(index.row()) else base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, str):
            value = column.parse(value) if column.kind != "text" else value.strip()
        self.last_edit = (index.row(), index.column())
        if self.is_new_row(index.row()):
            if value in ("", None, []) or self.on_add is None:
                return False
            return self.on_add({column.key: value})
        record = self.records[index.row()]
        if record.values.get(column.key) == value:
            return False
        return self.on_update(record.key, column.key, value)

    def values_from_texts(self, texts: list[str], first_column: int) -> dict[str, Any]:
        """Cells pasted from a spreadsheet, starting at ``first_column``, as record values."""
        values: dict[str, Any] = {}
        for offset, text in enumerate(texts):
            position = first_column + offset
            if position < len(self.columns) and self.columns[position].editable:
                values[self.columns[position].key] = self.columns[position].parse(text)
        return values
