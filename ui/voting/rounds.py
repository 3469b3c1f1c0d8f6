"""Voting rounds in the app: close the vote, open the next round, pick the round the results show.

The core keeps the rounds (``facilitator.voting.rounds``): opening a round is one
undoable edit that keeps every vote under the round it was given in and asks the
room again about every item, or only about those whose votes range widely. The
page shows a kept round in every results table, or round N-1 → round N side by
side (mean, spread and number of votes per item and criterion).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.plan.model import SCALES
from facilitator.voting import closing, rounds
from facilitator.voting.cells import Cell, text_cell
from facilitator.voting.state import CRITERION_TITLES, VoteKind, targets
from ui.i18n import translate

#: what the round picker holds beside a round's number: the comparison of the last two rounds
COMPARE = "compare"


class NextRoundDialog(QDialog):
    """Open the next round on every item, or only where the votes range at least N."""

    def __init__(self, store, kind: VoteKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("next-round-dialog")
        self.store, self.kind = store, kind
        self.number = rounds.current_round(store, kind.id) + 1
        self.setWindowTitle(self.tr("Open round {0}").format(self.number))
        self.every = QRadioButton(self.tr("Ask again about every item"))
        self.every.setObjectName("round-every")
        self.wide = QRadioButton(self.tr("Ask again only where the votes range at least"))
        self.wide.setObjectName("round-wide")
        choice = QButtonGroup(self)
        choice.addButton(self.every)
        choice.addButton(self.wide)
        low, high = (
            min(SCALES[c][0] for c in kind.criteria),
            max(SCALES[c][1] for c in kind.criteria),
        )
        self.spread = QSpinBox()
        self.spread.setObjectName("round-spread")
        self.spread.setRange(1, int(high - low))
        self.spread.setValue(min(2, int(high - low)))
        self.spread.setToolTip(self.tr("The highest vote minus the lowest, on any criterion"))
        self.count = QLabel()
        self.count.setObjectName("round-count")
        self.count.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("open-round")
        self.ok.setText(self.tr("Open round {0}").format(self.number))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        wide_line = QHBoxLayout()
        wide_line.addWidget(self.wide)
        wide_line.addWidget(self.spread)
        wide_line.addStretch(1)
        column = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Every vote given so far is kept as round {0}. The items asked again start "
                "empty; the others keep their figures."
            ).format(self.number - 1)
        )
        note.setWordWrap(True)
        column.addWidget(note)
        column.addWidget(self.every)
        column.addLayout(wide_line)
        column.addWidget(self.count)
        column.addWidget(self.buttons)
        self.wide.setChecked(True)
        for signal in (self.every.toggled, self.wide.toggled):
            signal.connect(self._update)
        self.spread.valueChanged.connect(self._update)
        self._update()

    def chosen_spread(self) -> float | None:
        """The spread that chooses the items, or None for every item."""
        return float(self.spread.value()) if self.wide.isChecked() else None

    def _update(self) -> None:
        every = targets(self.store, self.kind)
        self.spread.setEnabled(self.wide.isChecked())
        spread = self.chosen_spread()
        if spread is None:
            self.count.setText(self.tr("All {0} items are asked again.").format(len(every)))
            self.ok.setEnabled(bool(every))
            return
        wide = set(rounds.wide_items(self.store, self.kind.id, spread))
        names = [t.title for t in every if t.id in wide]
        if not names:
            self.count.setText(self.tr("No item's votes range that far: no item is asked again."))
        else:
            shown = "; ".join(names[:5]) + ("; …" if len(names) > 5 else "")
            self.count.setText(
                self.tr("{0} of {1} items are asked again: {2}").format(
                    len(names), len(every), shown
                )
            )
        self.ok.setEnabled(bool(names))


def make_round_picker() -> QComboBox:
    box = QComboBox()
    box.setObjectName("round-picker")
    box.setToolTip(translate("VotingRounds", "Which round the results show"))
    return box


def fill_round_picker(box: QComboBox, store, kind: VoteKind) -> None:
    """'Round 2 (now)', 'Round 1', 'Round 1 → 2'; hidden while the vote has one round."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    now = rounds.current_round(store, kind.id) if store is not None else 1
    if now > 1:
        box.addItem(translate("VotingRounds", "Round {0} (now)").format(now), now)
        for n in range(now - 1, 0, -1):
            box.addItem(translate("VotingRounds", "Round {0}").format(n), n)
        box.addItem(
            translate("VotingRounds", "Round {0} → {1} compared").format(now - 1, now), COMPARE
        )
    box.setCurrentIndex(max(box.findData(current), 0))
    box.setVisible(now > 1)
    box.blockSignals(False)


def shown_round(box: QComboBox) -> int | None:
    """The round the results show (None: the votes as they stand, the current round)."""
    data = box.currentData()
    return data if isinstance(data, int) and box.currentIndex() > 0 else None


def comparison_table(store, kind: VoteKind) -> tuple[list[str], list[list[Cell]]]:
    """The round comparison of this vote (from the core), headed in the app's language."""
    grid = rounds.round_comparison(store, vote_kind=kind.id)
    if len(grid.headers) <= 3:
        return [], []
    what = (
        translate("VotingRounds", "Driver or threat")
        if kind.target_kind == "item"
        else translate("VotingRounds", "Activity")
    )
    words = {
        "mean": translate("VotingRounds", "Round {0} mean"),
        "spread": translate("VotingRounds", "Round {0} spread"),
        "votes": translate("VotingRounds", "Round {0} votes"),
    }
    headers = [what, translate("VotingRounds", "Criterion")]
    for heading in grid.headers[3:]:
        _, number, which = heading.split(" ")
        headers.append(words[which].format(number))
    rows = [
        [row[1], text_cell(translate("core", CRITERION_TITLES[row[2].text])), *row[3:]]
        for row in grid.rows
    ]
    return headers, rows


class RoundActions:
    """What a voting page does with rounds (mixed into ``VotePage``, which owns the widgets:
    ``round_box``, ``compare_table``, ``figures_stack``, ``tabs``)."""

    def close_voting(self) -> None:
        store = self.store
        if store is None or closing.is_closed(store, self.kind.id):
            return
        if self.controller.apply(closing.close_vote(self.kind.id)) is not None:
            self.controller.message.emit(
                translate(
                    "VotingRounds", "Voting is closed: no vote can change until it is reopened."
                )
            )
        self._show_closed()

    def next_round_dialog(self) -> NextRoundDialog:
        """The choice of the next round's items (not shown); accepting it opens the round."""
        dialog = NextRoundDialog(self.store, self.kind, self)
        dialog.accepted.connect(lambda: self.open_next_round(dialog.chosen_spread()))
        return dialog

    def open_next_round(self, spread: float | None = None) -> bool:
        """Keep the votes as a round and open the next one (on the wide items if ``spread``)."""
        if self.store is None:
            return False
        edit = rounds.open_round(self.kind.id, spread_at_least=spread)
        if self.controller.apply(edit) is None:
            return False
        number = rounds.current_round(self.store, self.kind.id)
        asked = rounds.reopened_items(self.store, self.kind.id, number)
        self.controller.message.emit(
            translate("VotingRounds", "Round {0} is open on every item.").format(number)
            if asked is None
            else translate(
                "VotingRounds", "Round {0} is open on {1} item(s); the others keep their figures."
            ).format(number, len(asked))
        )
        self.tabs.setCurrentIndex(0)
        return True

    def shown_round(self) -> int | None:
        """The kept round the results show; None for the votes as they stand."""
        return shown_round(self.round_box)

    def round_kwargs(self) -> dict[str, int | None]:
        """``Scores``' argument for the round the results show."""
        key = "item_round" if self.kind.target_kind == "item" else "activity_round"
        return {key: self.shown_round()}

    def show_rounds(self) -> bool:
        """Fill the round picker; True when it asks for the comparison (then shown instead of
        the figures, which the caller leaves alone)."""
        fill_round_picker(self.round_box, self.store, self.kind)
        comparing = self.round_box.count() > 0 and self.round_box.currentData() == COMPARE
        self.figures_stack.setCurrentIndex(1 if comparing else 0)
        if comparing:
            self.compare_table.figures.set_table(*comparison_table(self.store, self.kind))
        return comparing
