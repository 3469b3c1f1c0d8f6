"""Country returns from the Monitoring step: send one workbook per country, import many back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from facilitator.ballots.returns import read_returns
from facilitator.ballots.returns_workbook import export_returns
from facilitator.errors import FacilitatorError
from ui.i18n import core_text, current_language, translate

from .. import dialogs
from ..voting.ballot_dialog import BallotPreviewDialog

if TYPE_CHECKING:
    from ..pages.monitoring import MonitoringPage


def send_returns_dialog(page: MonitoringPage) -> None:
    folder = QFileDialog.getExistingDirectory(
        page, translate("ReturnsDialogs", "Folder for the country return workbooks")
    )
    if folder:
        send_returns(page, Path(folder))


def send_returns(page: MonitoringPage, folder: Path) -> list[Path]:
    """One workbook per country for the review shown; says where they went."""
    if page.store is None or page.review_id is None:
        page.last_dialog = dialogs.show_problem(
            page,
            translate("ReturnsDialogs", "Country returns"),
            translate("ReturnsDialogs", "Add a review first: the returns are made for a review."),
        )
        return []
    try:
        paths = export_returns(page.store, page.review_id, folder, language=current_language())
    except (FacilitatorError, OSError) as error:
        page.last_dialog = dialogs.show_problem(
            page, translate("ReturnsDialogs", "Country returns"), str(error)
        )
        return []
    page.last_dialog = dialogs.show_info(
        page,
        translate("ReturnsDialogs", "Country returns"),
        translate(
            "ReturnsDialogs",
            "{0} return workbooks were written to {1}: send each to its country's "
            "focal point, then import the returned workbooks here.",
        ).format(len(paths), folder),
    )
    return paths


def import_returns_dialog(page: MonitoringPage) -> None:
    files, _ = QFileDialog.getOpenFileNames(
        page,
        translate("ReturnsDialogs", "Returned country workbooks"),
        "",
        translate("ReturnsDialogs", "Excel workbooks (*.xlsx)"),
    )
    if files:
        import_returns(page, [Path(f) for f in files]).open()


def import_returns(page: MonitoringPage, paths: list[Path]) -> BallotPreviewDialog:
    """Read ``paths`` and return the preview dialog (not shown); accepting it imports."""
    preview = read_returns(page.store, paths)
    dialog = BallotPreviewDialog(
        preview,
        page.store,
        page,
        title=translate("ReturnsDialogs", "Import country returns"),
        per="country",
    )
    dialog.setObjectName("returns-preview")
    page.last_dialog = dialog

    def accept() -> None:
        try:
            edit = preview.edit(dialog.skip_problem_rows)
        except FacilitatorError as error:
            page.controller.message.emit(core_text(str(error)))
            return
        if page.controller.apply(edit) is not None:
            page.controller.message.emit(
                translate("ReturnsDialogs", "Country returns imported from {0} file(s).").format(
                    len(paths)
                )
            )

    dialog.accepted.connect(accept)
    return dialog
