"""The voting view on the shared screen: who votes, for which scope, and their grid.

Only the current voter's own entries are shown; the progress board shows how
far everyone is, never their values. Every keystroke becomes one undoable
``vote_edits.set_vote`` edit through the controller, saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import EditError
from facilitator.voting import edits as vote_edits
from facilitator.voting import state as voting
from facilitator.voting.state import Scope, VoteKind
from ui.i18n import core_text, isolate

from ..controller import Controller
from .grid import VoteGridView, answer_text
from .picker import VoterPicker
from .progress_board import ProgressBoard

PICKER_RULES = (
    "QPushButton { font-size: SIZE; text-align: left; padding: 4px 10px; min-height: 1.6em; }"
    "QPushButton:checked { background: #2f6f3e; color: white; font-weight: bold; }"
    "QLabel { font-size: SIZE; font-weight: bold; }"
)
#: a panel shorter than this many lines of the window's type (200 % zoom on a 720-pixel
#: screen) folds the voters' list into a drop-down above the grid: the grid takes the whole
#: width, so its items wrap into few lines and several show at once
SHORT_SCREEN_LINES = 20
#: the grid's type against the window's: normally, and on a short screen
GRID_SCALE, GRID_SCALE_SHORT = 1.3, 1.0
#: on a short screen, the lines of an item's text shown but for the item being voted on
SHORT_ROW_LINES = 2
#: tones of the line under the grid; the theme's stylesheet colours them (QLabel[tone=…])
REFUSED_STYLE = "alert"
SAVED_STYLE = "good"


def sized(widget: QWidget, points: float, rules: str = "") -> None:
    """Set ``widget``'s text size through its stylesheet.

    The app's zoom sets font sizes in the application stylesheet, which
    overrides ``setFont``; a widget's own stylesheet overrides that in turn.
    """
    widget.setStyleSheet(
        rules.replace("SIZE", f"{points:.1f}pt") if rules else f"font-size: {points:.1f}pt;"
    )


class VotingPanel(QWidget):
    """Picker | voter, scope and grid | progress board."""

    def __init__(self, controller: Controller, kind: VoteKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.kind = controller, kind
        self.voter_id: int | None = None
        self.scope: Scope | None = None
        self.scopes: list[Scope] = []
        self._base_points = 0.0
        self._typing = False  # set while the voter's own keystroke is being saved
        self._arrange_timer = QTimer(self)
        self._arrange_timer.setSingleShot(True)
        self._arrange_timer.setInterval(0)
        self._arrange_timer.timeout.connect(self.arrange)
        self.picker = VoterPicker()
        self.picker.chosen.connect(self.choose_voter)
        self.grid = VoteGridView()
        self.grid.criteria_hint = tuple(kind.criteria)
        self.grid.entered.connect(self.enter)
        self.grid.next_voter.connect(self.step_voter)
        self.board = ProgressBoard()
        self.voter_label = QLabel(self.tr("Choose who is voting"))
        self.voter_label.setObjectName("voter-name")
        self.voter_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.voter_label.setWordWrap(True)  # a long name wraps, never loses its first letters
        self.scope_box = QComboBox()
        self.scope_box.setObjectName("scope-box")
        self.scope_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_box.setMinimumContentsLength(14)
        self.scope_box.activated.connect(self._scope_chosen)
        self.voter_box = QComboBox()  # the voters' list, folded, on a short screen
        self.voter_box.setObjectName("voter-box")
        self.voter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voter_box.activated.connect(self._voter_box_chosen)
        self.voter_box.setPlaceholderText(self.tr("Choose who is voting"))
        self.voter_box.hide()
        self.compact = False
        self.reason = QLabel(" ")
        self.reason.setObjectName("vote-reason")
        self.reason.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        picker_box = self._titled(self.tr("Who is voting"), self.picker)
        board_box = self._titled(self.tr("Progress (cells answered)"), self.board)
        head = QHBoxLayout()
        head.addWidget(self.voter_box)
        scope_label = QLabel(
            self.tr("Vo&tes for")
        )  # Alt+T: a second country or a region, by keyboard
        scope_label.setBuddy(self.scope_box)
        head.addWidget(scope_label)
        head.addWidget(self.scope_box)
        head.addStretch(1)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(6, 0, 6, 0)
        column.addWidget(self.voter_label)
        column.addLayout(head)
        column.addWidget(self.grid, 1)
        column.addWidget(self.reason)
        hint = QLabel(
            self.tr(
                "Type a digit to score, '-' for unknown, Delete to clear; arrows, Tab and Enter move; "
                "PageDown: next voter, PageUp: previous."
            )
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.hint = hint
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setChildrenCollapsible(False)
        self.left.addWidget(picker_box)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        for part in (self.left, centre, board_box):
            self.split.addWidget(part)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([230, 720, 190])
        self.board_box, self.centre = board_box, centre
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.apply_sizes()

    # -- fitting the width: names whole, the grid without sideways scrolling ----------------
    def _picker_need(self) -> int:
        """The width that shows the longest voter's name whole (with the ✓ of a finished one)."""
        buttons = list(self.picker.buttons.values())
        if not buttons:
            return 160
        fm = buttons[0].fontMetrics()  # the buttons' own (larger) type
        widest = max(
            fm.horizontalAdvance("✓ " + b.text().removeprefix("✓ ").replace("\n", " "))
            for b in buttons
        )
        return widest + self._picker_frame()

    def _picker_frame(self) -> int:
        """What a picker takes besides the name: padding, margins, the scroll bar."""
        buttons = list(self.picker.buttons.values())
        fm = buttons[0].fontMetrics() if buttons else self.picker.fontMetrics()
        return 4 * fm.averageCharWidth() + 44

    def _board_need(self) -> int:
        fm = self.board.fontMetrics()
        names = [r.participant.name for r in self.board.progress.rows]
        widest = max((fm.horizontalAdvance(n) for n in names), default=80)
        return widest + self.board.columnWidth(1) + 2 * fm.averageCharWidth() + 24

    def arrange(self) -> None:
        """Share the width: the picker shows every name whole, the grid gets what it needs, and
        the progress board goes under the picker when there is no room beside the grid."""
        total = self.split.width()
        if total <= 0:
            return
        self._fold(self.height() < SHORT_SCREEN_LINES * self.fontMetrics().height())
        # the key hint gives its lines to the grid when a zoomed screen is short of height
        self.hint.setVisible(
            not self.compact and self.height() >= 16 * self.hint.fontMetrics().height()
        )
        if self.compact:
            self.split.setSizes([0, total, 0])
            return
        centre_need = self.grid.needed_width() + 24
        # names break over two lines rather than squeeze the grid
        picker = min(self._picker_need(), max(total - centre_need, int(total * 0.22)))
        self.picker.set_wrap_width(picker - self._picker_frame())
        board = min(self._board_need(), int(total * 0.25))
        beside = total - picker - board >= centre_need
        if beside and self.board_box.parent() is not self.split:
            self.split.addWidget(self.board_box)
        elif not beside and self.board_box.parent() is not self.left:
            self.left.addWidget(self.board_box)
        if beside:
            self.split.setSizes([picker, total - picker - board, board])
        else:
            self.split.setSizes([picker, total - picker])
            self.left.setSizes([self.left.height() * 3 // 5, self.left.height() * 2 // 5])

    def _fold(self, short: bool) -> None:
        """On a short screen the voters' list and the progress board give way to a drop-down
        of voters beside the scope (PageDown and PageUp still hand on the grid); the big name
        gives way too, the drop-down shows it in the same large type."""
        if short == self.compact:
            return
        self.compact = short
        self.left.setVisible(not short)
        self.board_box.setVisible(not short)
        self.voter_label.setVisible(not short)
        self.voter_box.setVisible(short)
        self._size_grid()
        self.grid.set_row_lines(SHORT_ROW_LINES if short else None)

    def _size_grid(self) -> None:
        """The grid's type: larger than the window's for the room, a little less so when the
        screen is short (the zoom already makes it large; rows stay a few lines tall)."""
        scale = GRID_SCALE_SHORT if self.compact else GRID_SCALE
        sized(self.grid, self._base_points * scale, "QTableView { font-size: SIZE; }")
        self.grid.fit_to_font()

    def _fill_voter_box(self, groups) -> None:
        self.voter_box.blockSignals(True)
        self.voter_box.clear()
        for heading, people in groups:
            for p in people:
                self.voter_box.addItem(p.name, p.id)
                self.voter_box.setItemData(
                    self.voter_box.count() - 1, core_text(heading), Qt.ItemDataRole.ToolTipRole
                )
        self.voter_box.setCurrentIndex(self.voter_box.findData(self.voter_id))
        self.voter_box.blockSignals(False)

    def _voter_box_chosen(self, position: int) -> None:
        pid = self.voter_box.itemData(position)
        if pid is not None:
            self.choose_voter(pid)

    def arrange_soon(self) -> None:
        """Arrange once the current restyling or refresh is over (moving the board between
        splitters while Qt restyles the window would pull widgets from under it)."""
        self._arrange_timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange_soon()

    def _titled(self, title: str, body: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setStyleSheet("font-weight: bold;")
        label.setWordWrap(True)  # a zoomed title wraps instead of widening its column
        column.addWidget(label)
        column.addWidget(body, 1)
        return box

    def apply_sizes(self) -> None:
        """Large type for the room: the voter's name, the grid, the picker (relative to the zoom)."""
        base = self.font().pointSizeF()
        if base <= 0 or base == self._base_points:
            return
        self._base_points = base
        sized(self.voter_label, base * 1.6, "font-size: SIZE; font-weight: bold;")
        sized(self.picker, base * 1.15, PICKER_RULES)
        sized(self.scope_box, base * 1.15)
        sized(self.voter_box, base * 1.3, "font-size: SIZE; font-weight: bold;")
        self._size_grid()
        self.board.fit_to_font()
        self.arrange_soon()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):  # the window was zoomed
            self.apply_sizes()

    # -- loading ------------------------------------------------------------------
    @property
    def store(self):
        return self.controller.store

    def refresh(self) -> None:
        store = self.store
        if store is None:
            self.picker.set_voters([], None)
            self.grid.grid.clear()
            self.board.progress.set_rows([])
            return
        groups = voting.voter_groups(store)
        ids = {p.id for _, people in groups for p in people}
        if self.voter_id not in ids:
            self.voter_id, self.scope = None, None
        self.picker.set_voters(groups, self.voter_id)
        self._fill_voter_box(groups)
        self._load_scopes()
        self._load_grid()
        rows = voting.progress(store, self.kind)
        self.board.progress.set_rows(rows)
        self.picker.mark_complete({r.participant.id: r.complete for r in rows})
        self.arrange_soon()

    def refresh_votes(self) -> None:
        """Only votes changed: the current voter's entries and the progress board."""
        if self.store is None:
            return
        if self.voter_id is not None and self.scope is not None and self.grid.grid.targets:
            self.grid.grid.set_answers(
                voting.own_votes(self.store, self.voter_id, self.scope, self.kind)
            )
        if self._typing and self.voter_id is not None:
            count = len(self.grid.grid.targets)
            rows = voting.progress(self.store, self.kind, [self.voter_id], count)
            self.board.progress.update_rows(rows)
        else:  # an import, an undo: anyone's votes may have changed
            rows = voting.progress(self.store, self.kind)
            self.board.progress.set_rows(rows)
        self.picker.mark_complete({r.participant.id: r.complete for r in rows})

    def _voter(self):
        return (
            next((p for p in voting.voters(self.store) if p.id == self.voter_id), None)
            if self.store
            else None
        )

    def _load_scopes(self) -> None:
        voter = self._voter()
        self.scopes = voting.scopes_for(self.store, voter) if voter else []
        if self.scope not in self.scopes:
            self.scope = self._likely_scope(voter.id) if voter else None
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        for s in self.scopes:
            self.scope_box.addItem(s.label)
        if self.scope is not None:
            self.scope_box.setCurrentIndex(self.scopes.index(self.scope))
        self.scope_box.setEnabled(voter is not None)
        self.scope_box.blockSignals(False)
        if voter is not None and not self.scopes:
            self._say(
                self.tr(
                    "There is no country or region to vote for yet: add them in Session & people."
                ),
                REFUSED_STYLE,
            )
        self.voter_label.setText(voter.name if voter else self.tr("Choose who is voting"))

    def _likely_scope(self, voter_id: int) -> Scope | None:
        """The first scope (own country first) the voter already voted for, else the first one.

        Someone who took part in a working group, or an international expert
        who spoke for a region, finds their own entries when chosen again.
        """
        voted = set(voting.voted_scopes(self.store, voter_id, self.kind))
        return next(
            (s for s in self.scopes if (s.kind, s.name, s.region) in voted),
            self.scopes[0] if self.scopes else None,
        )

    def _load_grid(self) -> None:
        if self.voter_id is None or self.scope is None:
            self.grid.grid.clear()
            return
        targets = voting.targets(self.store, self.kind)
        answers = voting.own_votes(self.store, self.voter_id, self.scope, self.kind)
        self.grid.grid.set_contents(self.kind, targets, answers)
        self.arrange_soon()  # the items' longest word may need another share of the width

    # -- acting -------------------------------------------------------------------
    def forget_voter(self) -> None:
        self.voter_id, self.scope = None, None
        self._say("", "")

    def choose_voter(self, pid: int, scope: Scope | None = None) -> None:
        """Show ``pid``'s own grid (their own country unless ``scope`` is given)."""
        self.voter_id, self.scope = pid, scope
        self.picker.select(pid)
        self.voter_box.setCurrentIndex(self.voter_box.findData(pid))
        self._say("", "")
        self._load_scopes()
        self._load_grid()
        self.grid.setFocus()
        self.grid.first_cell()

    def step_voter(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) voter in the picker's order takes the grid."""
        if self.store is None:
            return
        ids = [p.id for p in voting.voters(self.store)]
        if not ids:
            return
        if self.voter_id not in ids:
            self.choose_voter(ids[0] if step > 0 else ids[-1])
            return
        position = ids.index(self.voter_id) + step
        if not 0 <= position < len(ids):
            self._say(
                self.tr("That was the last voter.")
                if step > 0
                else self.tr("This is the first voter."),
                "",
            )
            return
        self.choose_voter(ids[position])

    def choose_scope(self, scope: Scope) -> None:
        self.scope = scope
        self._load_scopes()
        self._load_grid()
        self.grid.setFocus()

    def _scope_chosen(self, position: int) -> None:
        if 0 <= position < len(self.scopes):
            self.choose_scope(self.scopes[position])

    def enter(self, index: QModelIndex, text: str | None) -> None:
        """A keystroke on a score cell: check it, save it as one edit, move on."""
        criterion = self.grid.grid.criterion(index.column())
        if criterion is None or self.voter_id is None or self.scope is None:
            return
        target = self.grid.grid.targets[index.row()]
        before = self.grid.grid.answer(index)
        if text is None and (before is None or before[0] == "empty"):
            return
        try:
            vote_edits.parse_vote(text, criterion)
        except EditError as error:
            self._say(self.tr("Not saved — {0}").format(core_text(str(error))), REFUSED_STYLE)
            return
        edit = vote_edits.set_vote(
            self.voter_id,
            self.scope.kind,
            self.scope.name,
            self.kind.target_kind,
            target.id,
            criterion,
            text,
            region=self.scope.region,
        )
        # Whose vote an undo takes back, never its value: the next voter may press Ctrl+Z.
        edit.label = f"{edit.label} by {self.voter_label.text()}"
        self._typing = True
        try:
            applied = self.controller.apply(edit)
        finally:
            self._typing = False
        if applied is None:
            self._say(self.tr("Not saved — see the message in the status bar."), REFUSED_STYLE)
            return
        if self.grid.grid.answer(index) == before:  # no page listens (the panel on its own)
            self.refresh_votes()
        shown = answer_text(self.grid.grid.answer(index)) or self.tr("cleared")
        self._say(
            self.tr("Saved: {0} {1} for {2}").format(
                core_text(criterion), shown, isolate(target.title[:60])
            ),
            SAVED_STYLE,
        )
        if text is not None:
            self.grid.move(1)

    def _say(self, text: str, style: str) -> None:
        self.reason.setText(text or " ")
        if self.reason.property("tone") != style:
            self.reason.setProperty("tone", style)
            self.reason.style().unpolish(self.reason)
            self.reason.style().polish(self.reason)
