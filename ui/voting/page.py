"""What the two voting pages share: the Vote tab, the Results tab, Reveal/Hide, ballots.

Results stay hidden until the facilitator reveals them (kept with the session,
so reopening the file mid-vote keeps them hidden). Ballots are exported to a
folder and imported through a preview; an accepted import is one edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ballots import write as ballots
from facilitator.errors import FacilitatorError
from facilitator.plan import model
from facilitator.voting import closing, rounds
from facilitator.voting import edits as vote_edits
from facilitator.voting import state as voting
from facilitator.voting.state import VoteKind
from ui.i18n import core_text, current_language, translate

from .. import dialogs
from ..live.panel import LivePanel
from ..pages.base import StepPage
from .ballot_dialog import BallotPreviewDialog
from .panel import VotingPanel
from .results import FigureTable
from .rounds import RoundActions, make_round_picker

RESULTS_DELAY_MS = 250


class VotePage(RoundActions, StepPage):
    """A step page with a voting panel and results that can be revealed and hidden."""

    kind: VoteKind
    tables = frozenset(
        {
            "votes",
            "participants",
            "countries",
            "regions",
            "region_members",
            "items",
            "activities",
            "results",
            "objectives",
            "meta",
            "notes",
        }
    )

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.panel = VotingPanel(controller, self.kind)
        self.reveal_button = QPushButton(self.tr("Reveal results"))
        self.reveal_button.setObjectName("reveal-results")
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._reveal_toggled)
        self.reopen_button = QPushButton(self.tr("Reopen voting"))
        self.reopen_button.setObjectName("reopen-voting")
        self.reopen_button.setToolTip(self.tr("The vote closed when the results were revealed"))
        self.reopen_button.clicked.connect(self.reopen)
        self.reopen_button.hide()
        self.close_button = QPushButton(self.tr("Close voting"))
        self.close_button.setObjectName("close-voting")
        self.close_button.setToolTip(self.tr("No vote can change until it is reopened"))
        self.close_button.clicked.connect(self.close_voting)
        self.next_round_button = QPushButton(self.tr("Next round…"))
        self.next_round_button.setObjectName("next-round")
        self.next_round_button.setToolTip(
            self.tr(
                "Keep these votes as a round and ask again about every item or the disputed ones"
            )
        )
        self.next_round_button.clicked.connect(lambda: self.next_round_dialog().open())
        self.next_round_button.hide()
        self.round_box = make_round_picker()
        self.round_box.activated.connect(lambda _: self.refresh_results())
        self.compare_table = FigureTable("round-comparison")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("vote-tabs")
        self.tabs.addTab(self.panel, self.tr("Vote"))
        self.hidden_note = QLabel(
            self.tr(
                "The results are hidden while people vote.\nPress “Reveal results” to show them."
            )
        )
        self.hidden_note.setObjectName("results-hidden")
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.hidden_note)
        self.results_stack.addWidget(self.build_results())
        self.tabs.addTab(self.results_stack, self.tr("Results (hidden until revealed)"))
        self.hidden_note.setProperty("tone", "muted")
        self.live = LivePanel(self)
        self.tabs.addTab(self.live, self.tr("Phones"))
        self.hidden_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        corner = QWidget()
        corner.setLayout(self._toolbar())
        self.tabs.setCornerWidget(corner)  # the buttons sit beside the tabs: no extra row
        layout.addWidget(self.tabs, 1)
        self.results_timer = QTimer(self)
        self.results_timer.setSingleShot(True)
        self.results_timer.setInterval(RESULTS_DELAY_MS)
        self.results_timer.timeout.connect(self._refresh_revealed_results)
        self._results_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        controller.session_changed.connect(self._new_session)

    def _new_session(self) -> None:
        """Another session: nobody is voting yet, and the Vote tab comes first."""
        self.panel.forget_voter()
        self.tabs.setCurrentIndex(0)
        self.refresh()

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 2)
        export = QToolButton()
        export.setObjectName("export-ballots")
        export.setText(self.tr("Export ballots…"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(
            self.tr("One workbook per participant…"),
            lambda: self.export_ballots_dialog("participant"),
        )
        menu.addAction(
            self.tr("One workbook per country…"), lambda: self.export_ballots_dialog("country")
        )
        export.setMenu(menu)
        importing = QPushButton(self.tr("Import ballots…"))
        importing.setObjectName("import-ballots-button")
        importing.clicked.connect(self.import_ballots_dialog)
        # the ballots' and rounds' buttons fold into "More" when the zoomed tabs need the width
        self.secondary = QWidget()
        row = QHBoxLayout(self.secondary)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            export,
            importing,
            self.close_button,
            self.reopen_button,
            self.next_round_button,
        ):
            row.addWidget(widget)
        self.more_button = QToolButton()
        self.more_button.setObjectName("vote-more")
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setMenu(QMenu(self.more_button))
        self.more_button.menu().aboutToShow.connect(self._fill_more_menu)
        self.more_button.hide()
        for widget in (self.secondary, self.more_button, self.reveal_button):
            bar.addWidget(widget)
        return bar

    def _fill_more_menu(self) -> None:
        """The folded buttons, as they stand (Reopen only while closed, and so on)."""
        menu = self.more_button.menu()
        menu.clear()
        for button in self.secondary.findChildren(QAbstractButton):
            if button.isHidden():
                continue
            if button.menu() is not None:
                menu.addActions(button.menu().actions())
            else:
                action = menu.addAction(button.text().replace("&", "&&"))
                action.triggered.connect(button.click)

    def fit_toolbar(self) -> None:
        """Fold the secondary buttons into "More" when the tabs and every button do not fit
        side by side (a zoomed projector): the tabs are never cut."""
        bar = self.tabs.tabBar()
        spacing = 4 * self.fontMetrics().averageCharWidth()
        wanted = (
            bar.sizeHint().width()
            + self.secondary.sizeHint().width()
            + self.reveal_button.sizeHint().width()
            + spacing
        )
        fold = wanted > self.tabs.width()
        if fold != self.secondary.isHidden():
            self.secondary.setVisible(not fold)
            self.more_button.setVisible(fold)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_toolbar()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self.fit_toolbar)  # once the zoomed type is measured

    def entry_widget(self) -> QWidget | None:
        """The grid: PageDown hands it to the next voter as soon as the step is shown."""
        if self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)
        return self.panel.grid

    # -- subclasses ---------------------------------------------------------------
    def build_results(self) -> QWidget:
        raise NotImplementedError

    def refresh_results(self) -> None:
        raise NotImplementedError

    # -- state --------------------------------------------------------------------
    def _maybe_refresh(self, tables: set[str]) -> None:
        if tables == {"votes"}:
            # A keystroke: the grid and the board at once; the results a moment later,
            # once typing pauses, so a vote is never held up by the tables.
            self.panel.refresh_votes()
            if self.revealed:
                self.results_timer.start()
            return
        super()._maybe_refresh(tables)

    def _refresh_revealed_results(self) -> None:
        """Recompute the results now if they are on screen, else when they are next shown.

        Adding up every vote takes a moment on a large workshop; a hidden page
        or the Vote tab should not pay it on every edit made elsewhere.
        """
        if self.revealed and self.results_stack.isVisible():
            self._results_stale = False
            self.refresh_results()
        else:
            self._results_stale = True

    def _tab_changed(self, _index: int) -> None:
        if self._results_stale:
            self._refresh_revealed_results()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._results_stale:
            self._refresh_revealed_results()

    def refresh(self) -> None:
        self.panel.refresh()
        revealed = self.store is not None and voting.is_revealed(self.store, self.kind)
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(revealed)
        self.reveal_button.blockSignals(False)
        self._show_revealed(revealed)
        self._show_closed()

    def _reveal_toggled(self, revealed: bool) -> None:
        if revealed:
            self.reveal()
        else:
            self.set_revealed(False)

    def not_voted(self) -> tuple[int, int]:
        """(voters who entered nothing in this vote, all voters)."""
        rows = voting.progress(self.store, self.kind)
        return sum(1 for r in rows if r.done == 0), len(rows)

    def reveal(self) -> bool:
        """Reveal the results and close the vote (it stays closed until reopened); first ask
        when some voters have entered nothing."""
        if self.store is None:
            return False
        idle, everyone = self.not_voted()
        if idle:
            question = (
                self.tr("{0} of {1} voters has not voted — reveal anyway?")
                if idle == 1
                else self.tr("{0} of {1} voters have not voted — reveal anyway?")
            ).format(idle, everyone)
            if not dialogs.ask_yes_no(
                self, self.tr("Reveal the results"), question, self.tr("Reveal anyway")
            ):
                self.reveal_button.blockSignals(True)
                self.reveal_button.setChecked(False)
                self.reveal_button.blockSignals(False)
                return False
        if not closing.is_closed(self.store, self.kind.id):
            self.controller.apply(closing.close_vote(self.kind.id))
        self.set_revealed(True)
        self.controller.message.emit(
            self.tr(
                "Results revealed; the vote is closed (Reopen voting lets people change their "
                "votes)."
            )
        )
        return True

    def reopen(self) -> None:
        if self.store is not None and closing.is_closed(self.store, self.kind.id):
            self.controller.apply(closing.reopen_vote(self.kind.id))
            self.controller.message.emit(self.tr("Voting is open again."))
        self._show_closed()

    def _show_closed(self) -> None:
        closed = self.store is not None and closing.is_closed(self.store, self.kind.id)
        self.reopen_button.setVisible(closed)
        self.next_round_button.setVisible(closed)
        self.close_button.setVisible(self.store is not None and not closed)
        number = rounds.current_round(self.store, self.kind.id) if self.store is not None else 1
        self.tabs.setTabText(
            0, self.tr("Vote") if number == 1 else self.tr("Vote — round {0}").format(number)
        )
        self.fit_toolbar()

    def set_revealed(self, revealed: bool) -> None:
        """Reveal the results (and switch to them) or hide them again."""
        if self.store is None:
            return
        if self.controller.apply(vote_edits.reveal(self.kind, revealed)) is None:
            revealed = voting.is_revealed(self.store, self.kind)
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(revealed)
        self.reveal_button.blockSignals(False)
        self._show_revealed(revealed)
        self._show_closed()
        self.tabs.setCurrentIndex(1 if revealed else 0)

    def _show_revealed(self, revealed: bool) -> None:
        self.reveal_button.setText(
            self.tr("Hide results") if revealed else self.tr("Reveal results")
        )
        self.tabs.setTabText(
            1, self.tr("Results") if revealed else self.tr("Results (hidden until revealed)")
        )
        self.results_stack.setCurrentIndex(1 if revealed else 0)
        self.fit_toolbar()
        if revealed:
            self._refresh_revealed_results()

    @property
    def revealed(self) -> bool:
        return self.results_stack.currentIndex() == 1

    # -- ballots ------------------------------------------------------------------
    def export_ballots_dialog(self, per: str) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the ballots"))
        if folder:
            self.export_ballots(Path(folder), per)

    def export_ballots(self, folder: Path, per: str = "participant") -> list[Path]:
        if self.store is None:
            return []
        try:
            # A ballot speaks the app's language, as the facilitator sees it on the screen.
            paths = ballots.export_ballots(
                self.store, folder, self.kind, per, language=current_language()
            )
        except (OSError, FacilitatorError) as error:
            self.controller.message.emit(
                self.tr("The ballots could not be written to {0}: {1}").format(
                    folder, core_text(str(error))
                )
            )
            return []
        self.controller.message.emit(
            self.tr("{0} ballot workbook(s) written to {1}.").format(len(paths), folder)
        )
        return paths

    def import_ballots_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Returned ballots"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if files:
            self.import_ballots([Path(f) for f in files]).open()

    def import_ballots(self, paths: list[Path]) -> BallotPreviewDialog:
        """Read ``paths`` and return the preview dialog (not shown); accepting it imports."""
        preview = ballots.read_ballots(self.store, paths)
        dialog = BallotPreviewDialog(preview, self.store, self)
        dialog.accepted.connect(lambda: self._import(dialog))
        return dialog

    def _import(self, dialog: BallotPreviewDialog) -> None:
        try:
            edit = dialog.preview.edit(dialog.skip_problem_rows)
        except FacilitatorError as error:
            self.controller.message.emit(core_text(str(error)))
            return
        if self.controller.apply(edit) is not None:
            self.controller.message.emit(
                self.tr("Ballots imported from {0}.").format(", ".join(dialog.preview.files))
            )

    # -- the country filter of the results --------------------------------------
    #: first entry of the results' country filter, and how a country is named in it
    all_countries_label = QT_TRANSLATE_NOOP("VotingResults", "Range-wide only")
    country_label = "{name} ({code})"

    def make_country_box(self) -> QComboBox:
        box = QComboBox()
        box.setObjectName("country-filter")
        box.activated.connect(lambda _: self.refresh_results())
        return box

    def results_box(self, filter_label: str, body: QWidget, *beside_filter: QWidget) -> QWidget:
        """The results: the country filter (and ``beside_filter``) over ``body``, the figure details below."""
        box = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.round_box)
        top.addWidget(QLabel(filter_label))
        top.addWidget(self.country_box)
        for widget in beside_filter:
            top.addWidget(widget)
        top.addStretch(1)
        self.figures_stack = QStackedWidget()
        self.figures_stack.addWidget(body)
        self.figures_stack.addWidget(self.compare_table)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(top)
        column.addWidget(self.figures_stack, 1)
        column.addWidget(self.details)
        return box

    def country(self) -> str | None:
        return self.country_box.currentData()

    def _fill_countries(self) -> None:
        wanted = [(translate("VotingResults", self.all_countries_label), None)] + [
            (
                translate("VotingResults", self.country_label).format(name=c.name, code=c.code),
                c.code,
            )
            for c in model.countries(self.store)
        ]
        box = self.country_box
        shown = [(box.itemText(n), box.itemData(n)) for n in range(box.count())]
        if shown == wanted:  # after a vote: the same countries, nothing to redo
            return
        current = self.country()
        box.clear()
        for label, code in wanted:
            box.addItem(label, code)
        box.setCurrentIndex(max(box.findData(current), 0))
