"""The outline editor shared by the Objectives, Results and Activities pages.

Left: the numbered tree and, under it, the line where new rows are typed
(Enter adds one and stays ready for the next; pasted lines become one row
each, one undoable step). Right: the details of the selected row. Below:
where the chain Threats → Objectives → Results → Activities breaks. Every
change is an edit from ``facilitator.plan.edits``; the core renumbers.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.plan.outline_input import move_edit, save_edit
from facilitator.session.edits import Edit
from facilitator.status.chain_checks import chain_warnings, importance_ranking, ranking_signature
from ui.i18n import core_text
from ui.removal import one, removal_text

from ..controller import Controller
from .forms import ActivityForm, AddLine, ObjectiveForm, ResultForm
from .paste import pasted_rows
from .tree import LEVELS, OutlineTree, RowKey

NOUNS = {"objectives": "objective", "results": "result", "activities": "activity"}


SINGULAR_OF = {"objectives": "objective", "results": "result", "activities": "activity"}


class DetailsArea(QScrollArea):
    """Holds the detail forms; tells them the width they have so they can stack labels over fields."""

    def __init__(self, forms, parent: QWidget | None = None):
        super().__init__(parent)
        self.forms = list(forms)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event) -> None:
        for form in self.forms:
            form.fit_width(self.viewport().width())
        super().resizeEvent(event)


class FormStack(QStackedWidget):
    """Shows one detail form; asks only for the room the shown form needs.

    A plain stacked widget is as wide as its widest form, even a hidden one:
    zoomed on a projector, the Results form's check boxes pushed the Activity
    form wider than its column and cut every field off on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _n: self.updateGeometry())

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()


class OutlineWidget(QWidget):
    def __init__(self, controller: Controller, focus: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.focus = focus
        self.outline: list[model.Objective] = []
        self._last_message: str | None = None
        self._ranking_cache: tuple[str, list[tuple[int, float]]] | None = None
        controller.message.connect(self._remember_message)
        self.tree = OutlineTree(focus, self)
        self.tree.setObjectName(f"{focus}-tree")
        self.tree.text_edited.connect(lambda key, text: self.save(key[0], key[1], {"text": text}))
        self.tree.remove_requested.connect(self.remove)
        self.tree.move_requested.connect(self.move)
        self.tree.lines_pasted.connect(self.add_lines)
        self.tree.currentItemChanged.connect(lambda *_: self._show_details())
        self.tree.add_requested.connect(lambda: self.add_line.setFocus())
        self.add_line = AddLine(self)
        self.add_line.setObjectName(f"new-{NOUNS[focus]}")
        self.add_line.returnPressed.connect(self._add_typed)
        self.add_line.lines_pasted.connect(self.add_lines)
        self.forms = {
            "objectives": ObjectiveForm(self.save),
            "results": ResultForm(self.save),
            "activities": ActivityForm(self.save),
        }
        self.details = FormStack(self)
        self.details.setObjectName("outline-details")
        self.nothing = QLabel(self.tr("Select a row to see its details."), self)
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.addWidget(self.nothing)
        for form in self.forms.values():
            self.details.addWidget(form)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("outline-problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("tone", "alert")  # coloured by the theme
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("chain-warnings")
        self._sized = False
        self.warnings.itemActivated.connect(self._go_to_warning)
        self._build_layout()

    def _build_layout(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(self.add_line)
        column.addWidget(self.problem)
        self.split = split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        scroller = DetailsArea(
            self.forms.values(), self
        )  # a zoomed form scrolls, the page does not grow
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.details)
        split.addWidget(scroller)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(
            QLabel(self.tr("Where the chain breaks (double-click or Enter to go there):"), self)
        )
        layout.addWidget(self.warnings)

    # -- reading --------------------------------------------------------------
    def refresh(self) -> None:
        store = self.controller.store
        self.outline = model.outline(store) if store is not None else []
        self.tree.show_outline(self.outline)
        if self.tree.current_key() is None and self.tree.rows:
            self.tree.select_key(self._default_key())
        self._show_details()
        self.warnings.clear()
        if store is not None:
            self.warnings.addItems(
                chain_warnings(store, self._ranking(store))
                or [self.tr("The chain holds: nothing to fix.")]
            )
        self._fit_warnings()

    def _fit_warnings(self) -> None:
        """The warnings list shows up to four lines without wasting height."""
        rows = min(4, max(1, self.warnings.count()))
        self.warnings.setFixedHeight(
            rows * self.warnings.sizeHintForRow(0) + 2 * self.warnings.frameWidth() + 4
        )

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "warnings"):
            QTimer.singleShot(0, self, self._fit_warnings)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self, self._share_width)

    def _share_width(self) -> None:
        """The tree gets three fifths of the width the page finally has."""
        width = self.split.width()
        self.split.setSizes([width * 3 // 5, width - width * 3 // 5])

    def _ranking(self, store) -> list[tuple[int, float, str]]:
        """The importance ranking, computed again only when votes, voters or regions changed."""
        signature = ranking_signature(store)
        if self._ranking_cache is None or self._ranking_cache[0] != signature:
            self._ranking_cache = (signature, importance_ranking(store))
        return self._ranking_cache[1]

    def _default_key(self) -> RowKey:
        """The row selected when none is: the last one of this page's level; with none yet, the
        first row of the level above, so the first row typed has a parent to go under."""
        keys = [k for k in self.tree.rows if k[0] == self.focus]
        if not keys and self.focus != "objectives":
            parent_table = LEVELS[LEVELS.index(self.focus) - 1]
            keys = [k for k in self.tree.rows if k[0] == parent_table][:1]
        return keys[-1] if keys else next(iter(self.tree.rows))

    def _find(self, key: RowKey | None):
        for o in self.outline:
            if key == ("objectives", o.id):
                return o
            for r in o.results:
                if key == ("results", r.id):
                    return r
                for a in r.activities:
                    if key == ("activities", a.id):
                        return a
        return None

    def _show_details(self) -> None:
        key = self.tree.current_key()
        row = self._find(key)
        store = self.controller.store
        if row is None or store is None:
            self.details.setCurrentWidget(self.nothing)
        else:
            form = self.forms[key[0]]
            if key[0] == "objectives":
                importance = {iid: text for iid, _, text in self._ranking(store)}
                order = {iid: n for n, (iid, _, _) in enumerate(self._ranking(store))}
                ranked = sorted(
                    (i for i in model.items(store) if i.kind != "constraint"),
                    key=lambda i: (i.kind != "threat", order.get(i.id, len(order))),
                )
                form.show_row(row, model.themes(store), ranked, importance)
            else:
                form.show_row(row)
            self.details.setCurrentWidget(form)
        self._update_add_hint()

    def parent_for_new_row(self) -> tuple[int | None, str]:
        """The id of the row a new row goes under, and its number ('' for objectives)."""
        if self.focus == "objectives":
            return None, ""
        parent_table = LEVELS[LEVELS.index(self.focus) - 1]
        key = self.tree.current_key()
        item = self.tree.rows.get(key) if key else None
        while item is not None and item.data(0, Qt.ItemDataRole.UserRole)[0] != parent_table:
            item = item.parent()
        if item is None:
            return None, ""
        return item.data(0, Qt.ItemDataRole.UserRole)[1], item.text(0)

    def _update_add_hint(self) -> None:
        parent_id, number = self.parent_for_new_row()
        if self.focus == "objectives":
            hint = self.tr("New objective: type and press Enter; paste adds one per line")
        elif self.focus == "results" and parent_id is None:
            hint = self.tr(
                "New result (first select the objective it belongs to): "
                "type and press Enter; paste adds one per line"
            )
        elif self.focus == "results":
            hint = self.tr(
                "New result under objective {0}: type and press Enter; paste adds one per line"
            ).format(number)
        elif parent_id is None:
            hint = self.tr(
                "New activity (first select the result it belongs to): "
                "type and press Enter; paste adds one per line"
            )
        else:
            hint = self.tr(
                "New activity under result {0}: type and press Enter; paste adds one per line"
            ).format(number)
        self.add_line.setPlaceholderText(hint)

    # -- writing --------------------------------------------------------------
    def _remember_message(self, text: str) -> None:
        self._last_message = text

    def apply(self, edit: Edit | None) -> bool:
        if edit is None:
            return False
        self._last_message = None
        done = self.controller.apply(edit) is not None
        self.problem.setText(
            ""
            if done
            else (core_text(self._last_message) or self.tr("That change could not be made."))
        )
        return done

    def say(self, sentence: str) -> None:
        self.problem.setText(sentence)

    def _add_typed(self) -> None:
        text = self.add_line.text().strip()
        if text and self.add_lines([text]):
            self.add_line.setText("")  # no typing left to undo: Ctrl+Z now removes the row

    def add_lines(self, lines: list[str]) -> bool:
        parent_id, _ = self.parent_for_new_row()
        if self.focus != "objectives" and parent_id is None:
            if self.focus == "results":
                self.say(self.tr("Select the objective the new result belongs to first."))
            else:
                self.say(self.tr("Select the result the new activity belongs to first."))
            return False
        make = {
            "objectives": lambda f: ops.add_objective(f["text"]),
            "results": lambda f: ops.add_result(parent_id, f["text"], f.get("indicator", "")),
            "activities": lambda f: ops.add_activity(parent_id, **f),
        }[self.focus]
        rows = pasted_rows(lines, self.focus)  # spreadsheet columns fill the matching fields
        if not rows:
            return False
        edits = [make(fields) for fields in rows]
        label = f"add {len(rows)} {self.focus}"
        done = self.apply(edits[0] if len(edits) == 1 else ops.combine(label, edits))
        if done:
            new_key = self._newest_child(parent_id)
            if new_key and self.focus == "objectives":
                self.tree.select_key(new_key)
            elif new_key:
                self.tree.scrollToItem(self.tree.rows[new_key])
        return done

    def _newest_child(self, parent_id: int | None) -> RowKey | None:
        keys = [
            k
            for k, item in self.tree.rows.items()
            if k[0] == self.focus
            and (
                parent_id is None
                or item.parent() is not None
                and item.parent().data(0, Qt.ItemDataRole.UserRole)[1] == parent_id
            )
        ]
        return max(keys, key=lambda k: k[1]) if keys else None

    def remove(self, key: RowKey) -> None:
        item = self.tree.rows.get(key)
        what = one(key[0], item.text(0) if item is not None else "")
        self._last_message = None
        applied = self.controller.apply(ops.remove_outline_row(key[0], key[1]))
        if applied is None:
            self.problem.setText(self._last_message or self.tr("That change could not be made."))
            return
        self.problem.setText("")
        self.controller.notice.emit(removal_text(what, applied.changes, key[0]))

    def move(self, key: RowKey, delta: int) -> None:
        if self.apply(move_edit(self.outline, key, delta)):
            self.tree.select_key(key)

    def save(self, table: str, row_id: int, fields: dict) -> None:
        store = self.controller.store
        if store is None:
            return
        edit, problem = save_edit(store, table, row_id, fields)
        if problem:
            self.say(problem)
        else:
            self.apply(edit)

    def flush(self) -> None:
        for form in self.forms.values():
            form.flush()

    def _go_to_warning(self, entry) -> None:
        found = re.search(r"\b(Objective|Result|Activity) (\d+(?:\.\d+)*)", entry.text())
        if found:
            key = self.tree.key_of_number(found.group(2))
            if key:
                self.tree.select_key(key)
                self.tree.setFocus()
