"""A row of group headings over a table's own header: 'Importance' over its overall and
region columns, 'Capacity' over its own, as in the reference's Appendix III.

The band is a second ``QHeaderView`` (styled like every header, in either theme) whose
sections span the table's column groups; it follows the table's column widths and
sideways scrolling. The table's header then names only what differs under a group
('overall', 'C', 'A', …), so a figure column is as narrow as its figures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableView

#: (heading, first column, last column) of each group
Group = tuple[str, int, int]


class GroupBand(QHeaderView):
    def __init__(self, table: QTableView):
        super().__init__(Qt.Orientation.Horizontal)
        self.table = table
        self.setObjectName(f"{table.objectName()}-groups")
        self.setModel(QStandardItemModel(0, 0, self))
        self.setSectionsClickable(False)
        self.setHighlightSections(False)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setStretchLastSection(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.spans: list[tuple[str, int, int]] = []
        header = table.horizontalHeader()
        header.sectionResized.connect(lambda *_: self.follow())
        header.geometriesChanged.connect(self.follow)
        table.horizontalScrollBar().valueChanged.connect(self.setOffset)
        self.hide()

    def set_groups(self, groups: list[Group], columns: int) -> None:
        """Group ``columns`` columns; a column in no group gets an empty heading of its own."""
        spans: list[tuple[str, int, int]] = []
        column = 0
        for heading, first, last in sorted(groups, key=lambda g: g[1]):
            spans += [("", c, c) for c in range(column, first)]
            spans.append((heading, first, last))
            column = last + 1
        spans += [("", c, c) for c in range(column, columns)]
        self.spans = spans if groups else []
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        model.setColumnCount(len(self.spans))
        model.setHorizontalHeaderLabels([heading for heading, _, _ in self.spans])
        self.setVisible(bool(groups))
        self.follow()

    def follow(self) -> None:
        """Match the table's column widths and its place (inside its frame)."""
        if not self.spans:
            return
        frame = self.table.frameWidth()
        self.setViewportMargins(frame, 0, frame, 0)
        one_line = self.sectionSizeFromContents(0).height() if self.count() else 0
        self.setFixedHeight(max(one_line, self.fontMetrics().height() + 10))
        for section, (_heading, first, last) in enumerate(self.spans):
            width = sum(self.table.columnWidth(c) for c in range(first, last + 1))
            self.resizeSection(section, width)
        self.setOffset(self.table.horizontalScrollBar().value())

    def group_width(self, section: int) -> int:
        return self.sectionSize(section)
