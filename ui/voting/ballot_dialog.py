"""Preview of returned ballots: what changes per participant, every problem cell, then import or not."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.ballots.write import BallotPreview
from ui.i18n import core_text

#: a column named with what it holds: 'D (Capacity)'
NAMED_COLUMN = re.compile(r"(\w+) \((.+)\)")


def column_text(column: str) -> str:
    """A problem's column in the app's language (the letter stays, its title is translated)."""
    named = NAMED_COLUMN.fullmatch(column or "")
    return f"{named[1]} ({core_text(named[2])})" if named else column


class BallotPreviewDialog(QDialog):
    """Nothing is imported while problems remain, unless the facilitator skips those rows knowingly."""

    def __init__(
        self,
        preview: BallotPreview,
        store,
        parent: QWidget | None = None,
        title: str | None = None,
        per: str = "participant",
    ):
        super().__init__(parent)
        self.setObjectName("ballot-preview")
        self.setWindowTitle(title if title is not None else self.tr("Import ballots"))
        self.per = per
        self.preview, self.store = preview, store
        self.resize(900, 560)
        self.changes = QListWidget()
        self.changes.setObjectName("ballot-changes")
        self.problems = QTableWidget(0, 5)
        self.problems.setObjectName("ballot-problems")
        self.problems.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Sheet"),
                self.tr("Line"),
                self.tr("Column"),
                self.tr("What is wrong"),
            ]
        )
        self.problems.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().hide()
        # What is wrong wraps in full; a long file name keeps its distinctive end.
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.problems.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.skip = QCheckBox(
            self.tr("Skip the rows with problems (they are not imported; the rest is)")
        )
        self.skip.setObjectName("skip-problem-rows")
        self.skip.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import-ballots")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        column = QVBoxLayout(self)
        files = QLabel(self.tr("Files: {0}").format(", ".join(preview.files)))
        files.setWordWrap(True)
        column.addWidget(files)
        column.addWidget(
            QLabel(
                self.tr("What will change, per country:")
                if per == "country"
                else self.tr("What will change, per participant:")
            )
        )
        column.addWidget(self.changes, 1)
        column.addWidget(QLabel(self.tr("Problems ({0}):").format(len(preview.problems))))
        column.addWidget(self.problems, 1)
        column.addWidget(self.skip)
        column.addWidget(self.status)
        column.addWidget(self.buttons)
        self._fill()
        self._update()

    def _fill(self) -> None:
        self.problems.setRowCount(len(self.preview.problems))
        for row, p in enumerate(self.preview.problems):
            cells = (
                p.file,
                p.sheet,
                str(p.line or ""),
                column_text(p.column),
                core_text(p.message),
            )
            for col, text in enumerate(cells):
                # File and sheet stay on one line (shortened in the middle); the message wraps.
                item = QTableWidgetItem(
                    text if col == 4 else text.replace("-", "\u2011").replace(" ", "\u00a0")
                )
                item.setToolTip(text)
                self.problems.setItem(row, col, item)
        self.problems.resizeColumnsToContents()
        for col in (0, 1):
            self.problems.setColumnWidth(col, min(self.problems.columnWidth(col), 200))
        self._fit_rows()
        self.skip.setVisible(bool(self.preview.problems))

    def _fit_rows(self, *_resized) -> None:
        """Each row as tall as its wrapped 'What is wrong' (the other cells are short)."""
        fm = self.problems.fontMetrics()
        width = max(80, self.problems.columnWidth(4) - 10)
        for row, p in enumerate(self.preview.problems):
            height = fm.boundingRect(
                0, 0, width, 10000, Qt.TextFlag.TextWordWrap, core_text(p.message)
            )
            self.problems.setRowHeight(
                row, int(max(height.height(), fm.height()) + fm.height() * 0.6)
            )

    def _update(self) -> None:
        skipping = self.skip.isChecked() or not self.preview.problems
        self.changes.clear()
        changes = self.preview.changes(self.store, skip_problem_rows=True)
        for pc in changes:
            self.changes.addItem(self.change_text(pc))
        if not changes:
            self.changes.addItem(
                self.tr("Nothing can be read from these files for any country.")
                if self.per == "country"
                else self.tr("Nothing can be read from these files for any participant.")
            )
        blocked = bool(self.preview.problems) and not skipping
        self.import_button.setEnabled(not blocked and bool(changes))
        if blocked:
            self.status.setText(
                self.tr(
                    "Nothing will be imported while problems remain: fix the files and "
                    "import them again, or skip the rows with problems."
                )
            )
        else:
            self.status.setText(self.tr("The import is one step: Undo takes it back."))

    def change_text(self, pc) -> str:
        """'Karwan Aziz for IQ: 3 new, 0 changed, 5 unchanged' in the app's language."""
        if not all(hasattr(pc, a) for a in ("name", "scope", "new", "changed", "unchanged")):
            return core_text(str(pc))
        parts = [
            self.tr("{0} new").format(pc.new),
            self.tr("{0} changed").format(pc.changed),
            self.tr("{0} unchanged").format(pc.unchanged),
        ]
        if getattr(pc, "kept", 0):
            parts.append(self.tr("{0} left empty (earlier votes kept)").format(pc.kept))
        return self.tr("{0} for {1}: {2}").format(pc.name, pc.scope, ", ".join(parts))

    @property
    def skip_problem_rows(self) -> bool:
        return self.skip.isChecked()
