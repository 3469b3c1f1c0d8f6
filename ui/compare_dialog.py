"""Then versus now, in the app: File → Compare with… and File → New from Earlier Workshop….

The Compare view lists the open session's threat figures (overall, per region and
country) and activity priorities beside those of an earlier session, with the
change; by default only the figures that changed. It exports as PDF or XLSX.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.compare.documents import write_comparison
from facilitator.compare.figures import Comparison, Figure, compare_sessions
from facilitator.errors import FacilitatorError
from ui.contrast import ink_for
from ui.i18n import core_text, current_language, isolate, translate

from . import dialogs, settings

if TYPE_CHECKING:
    from .main_window import MainWindow

UP, DOWN = QColor("#fde0c5"), QColor("#d6ecd2")
#: the table's columns (the same as the exported comparison's)
COLUMNS = (
    QT_TRANSLATE_NOOP("CompareDialog", "Table"),
    QT_TRANSLATE_NOOP("CompareDialog", "Item or activity"),
    QT_TRANSLATE_NOOP("CompareDialog", "Criterion"),
    QT_TRANSLATE_NOOP("CompareDialog", "Level"),
    QT_TRANSLATE_NOOP("CompareDialog", "Region or country"),
    QT_TRANSLATE_NOOP("CompareDialog", "Then"),
    QT_TRANSLATE_NOOP("CompareDialog", "Now"),
    QT_TRANSLATE_NOOP("CompareDialog", "Change"),
)
LEVELS = {
    "overall": QT_TRANSLATE_NOOP("CompareDialog", "Overall"),
    "region": QT_TRANSLATE_NOOP("CompareDialog", "Region"),
    "country": QT_TRANSLATE_NOOP("CompareDialog", "Country"),
}
SECTIONS = {
    "threats": QT_TRANSLATE_NOOP("CompareDialog", "Threats"),
    "priorities": QT_TRANSLATE_NOOP("CompareDialog", "Priorities"),
}


def _t(text: str) -> str:
    return translate("CompareDialog", text)


def figure_cells(f: Figure) -> list[str]:
    """One figure as the Compare view shows it, in the app's language."""
    change = f.change_text()
    if change == "new":
        change = translate("CompareDialog", "new")
    elif change == "gone":
        change = translate("CompareDialog", "gone")
    return [
        _t(SECTIONS[f.section]),
        f.item,
        core_text(f.criterion),
        _t(LEVELS[f.level]),
        f.scope,
        f.text(f.old),
        f.text(f.new),
        change,
    ]


def summary_text(c: Comparison) -> list[str]:
    """What was compared with what, and how much changed, in the app's language."""
    lines = [
        translate("CompareDialog", "Then: {0}").format(isolate(c.old_title)),
        translate("CompareDialog", "Now: {0}").format(isolate(c.new_title)),
        translate(
            "CompareDialog",
            "Matched {0} items and activities ({1} by identity, {2} by label); "
            "{3} of {4} figures changed.",
        ).format(
            c.matched_by_uuid + c.matched_by_label,
            c.matched_by_uuid,
            c.matched_by_label,
            len(c.changed()),
            len(c.figures),
        ),
    ]
    if c.only_old:
        lines.append(
            translate("CompareDialog", "Only then: {0}").format(
                "; ".join(isolate(t) for t in c.only_old)
            )
        )
    if c.only_new:
        lines.append(
            translate("CompareDialog", "Only now: {0}").format(
                "; ".join(isolate(t) for t in c.only_new)
            )
        )
    return lines


class CompareDialog(QDialog):
    def __init__(self, comparison: Comparison, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compare-view")
        self.setWindowTitle(self.tr("Then versus now"))
        self.comparison = comparison
        self.resize(1100, 640)
        summary = QLabel("\n".join(summary_text(comparison)))
        summary.setObjectName("compare-summary")
        summary.setWordWrap(True)
        self.only_changed = QCheckBox(self.tr("Only the figures that changed"))
        self.only_changed.setObjectName("compare-only-changed")
        self.only_changed.setChecked(True)
        self.only_changed.toggled.connect(self._fill)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("compare-table")
        self.table.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("compare-export")
        self.export_button.clicked.connect(self.export_dialog)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(summary)
        column.addWidget(self.only_changed)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        self.last_dialog: QWidget | None = None
        self._fill()

    def _fill(self) -> None:
        figures = (
            self.comparison.changed() if self.only_changed.isChecked() else self.comparison.figures
        )
        self.table.setRowCount(len(figures))
        for row, f in enumerate(figures):
            for col, text in enumerate(figure_cells(f)):
                item = QTableWidgetItem(text)
                if col >= 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col == 7 and f.change:
                    colour = UP if f.change > 0 else DOWN
                    item.setBackground(QBrush(colour))
                    item.setForeground(QBrush(ink_for(colour)))  # not the theme's white
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 320))

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the comparison"),
            "then-and-now.pdf",
            self.tr("PDF document (*.pdf);;Spreadsheet (*.xlsx)"),
        )
        if path:
            if not Path(path).suffix:
                path += ".xlsx" if "xlsx" in chosen else ".pdf"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            write_comparison(self.comparison, path, current_language())
        except (FacilitatorError, OSError) as error:
            self.last_dialog = dialogs.show_problem(self, self.tr("Export"), str(error))
            return False
        self.last_dialog = dialogs.show_info(
            self, self.tr("Export"), self.tr("The comparison was written to {0}.").format(path)
        )
        return True


def compare_dialog(window: MainWindow) -> None:
    store = window.controller.store
    if store is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("CompareDialog", "Compare with an earlier session"),
        settings.get("last_folder"),
        dialogs.SESSION_FILTER,
    )
    if path:
        show_comparison(window, Path(path))


def show_comparison(window: MainWindow, earlier: Path) -> CompareDialog | None:
    """Compare the open session (now) with ``earlier`` (then) and show the Compare view."""
    from facilitator.session.opening import open_to_read

    window.flush_pages()
    try:
        with open_to_read(str(earlier)) as old:
            comparison = compare_sessions(old, window.controller.store)
    except FacilitatorError as error:
        window.last_dialog = dialogs.show_problem(
            window, translate("CompareDialog", "Nothing to compare"), str(error)
        )
        return None
    dialog = CompareDialog(comparison, window)
    window.last_dialog = dialog
    dialog.open()
    return dialog


def new_from_dialog(window: MainWindow) -> None:
    folder = settings.get("last_folder")
    earlier, _ = QFileDialog.getOpenFileName(
        window,
        translate("CompareDialog", "Start from an earlier workshop"),
        folder,
        dialogs.SESSION_FILTER,
    )
    if not earlier:
        return
    target = dialogs.ask_new_path(window, folder)
    if target:
        new_from(window, Path(earlier), Path(target))


def new_from(window: MainWindow, earlier: Path, target: Path) -> bool:
    """Create ``target`` from ``earlier`` (plan, countries, participants; no votes) and open it."""
    from facilitator.compare.new_from import new_from as start_from

    window.flush_pages()
    try:
        start_from(earlier, target)
    except FacilitatorError as error:
        window.last_dialog = dialogs.show_problem(
            window, translate("CompareDialog", "The session could not be created"), str(error)
        )
        return False
    return window.open_session(target)


def import_miradi_dialog(window: MainWindow) -> None:
    if window.controller.store is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("CompareDialog", "Seed the plan from a Miradi project"),
        settings.get("last_folder"),
        translate("CompareDialog", "Miradi projects (*.xmpz2);;All files (*)"),
    )
    if path:
        import_miradi(window, Path(path))


def import_miradi(window: MainWindow, path: Path) -> bool:
    """Seed the open session's problem tree and outline from a Miradi project (one undoable step)."""
    from facilitator.exchange.miradi_read import read_miradi
    from facilitator.exchange.seed import seed_plan

    window.flush_pages()
    try:
        plan = read_miradi(path)
    except FacilitatorError as error:
        window.last_dialog = dialogs.show_problem(
            window, translate("CompareDialog", "Nothing was imported"), str(error)
        )
        return False
    if window.controller.apply(seed_plan(plan, f"import {path.name}")) is None:
        return False
    n_activities = sum(len(r["activities"]) for o in plan.objectives for r in o["results"])
    lines = [
        translate(
            "CompareDialog",
            "Imported {0} problem-tree items, {1} links, {2} objectives and {3} activities "
            "from {4}. Undo takes it back.",
        ).format(len(plan.items), len(plan.links), len(plan.objectives), n_activities, path.name)
    ]
    if plan.not_carried:
        lines += ["", translate("CompareDialog", "Not carried over:")] + [
            f"• {core_text(line)}" for line in plan.not_carried
        ]
    window.last_dialog = dialogs.show_info(
        window, translate("CompareDialog", "Miradi project imported"), "\n".join(lines)
    )
    return True
