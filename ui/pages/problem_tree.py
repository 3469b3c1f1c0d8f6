"""Problem tree: the constraints, drivers and threats, their links, and the tree drawn from them.

Left: three typing lists (Enter adds and goes on, paste adds one item per
line, Delete removes with undo, Alt+Up/Down reorders) and the link panel
(pick cause and effect, Link). Right: the diagram, laid out by the core
(``facilitator.plan.tree_layout``); clicking a box selects the item in its list.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.plan import model
from facilitator.plan import problem_tree as ops
from facilitator.plan.model import KINDS
from facilitator.session.edits import Edit
from ui.i18n import translate
from ui.removal import removal_text

from .. import theme
from ..controller import Controller
from ..problem_tree.diagram import COLOURS, TreeScene, TreeView, export_picture
from ..problem_tree.item_lists import TITLES, ItemTable
from ..problem_tree.links import LinkPanel
from .base import StepPage


class ProblemTreePage(StepPage):
    refresh_when_hidden = False
    step_id = "problem_tree"
    title = "Problem tree"
    tables = frozenset({"items", "links", "item_positions"})

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self._last_message: str | None = None
        controller.message.connect(self._remember_message)
        self.lists: dict[str, ItemTable] = {}
        self.scene = TreeScene(self)
        self.view = TreeView(self.scene, self)
        self.view.setObjectName("tree-diagram")
        self.scene.item_clicked.connect(self.select_item)
        self.scene.box_moved.connect(self._box_moved)
        self.links = LinkPanel(self.try_edit, self)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("tree-problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("tone", "alert")  # coloured by the theme
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self._build_lists())
        self.splitter.addWidget(self._build_diagram())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 670])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problem)
        self._order_tabs()
        self.refresh()

    # -- building -------------------------------------------------------------
    def _build_lists(self) -> QWidget:
        self.lists_panel = QSplitter(Qt.Orientation.Vertical, self)
        self.lists_panel.setObjectName("tree-lists")
        self.lists_panel.setChildrenCollapsible(False)
        for kind in KINDS:
            holder = QWidget(self.lists_panel)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            table = ItemTable(
                kind, lambda edit: self.apply_edit(edit) is None, self.problem.setText, holder
            )
            table.on_removed = self._say_removed
            table.selectionModel().currentRowChanged.connect(
                lambda *_, t=table: self._list_row_changed(t)
            )
            table.setToolTip(
                self.tr(
                    "Type and press Enter to add the next; paste lines to add one item per line; "
                    "Delete removes (Ctrl+Z brings it back); Alt+Up/Down moves"
                )
            )
            caption = QLabel(
                f"<span style='color:{COLOURS[kind][0]}'>■</span> {translate('ItemTable', TITLES[kind])}",
                holder,
            )
            caption.setBuddy(table)
            column.addWidget(caption)
            column.addWidget(table, 1)
            self.lists[kind] = table
            self.lists_panel.addWidget(holder)
        return self.lists_panel

    def _build_diagram(self) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        legend = "  ".join(
            f"<span style='color:{COLOURS[k][0]}'>■</span> {translate('ItemTable', TITLES[k])}"
            for k in KINDS
        )
        key = QLabel(
            legend + "  ┆ " + self.tr("dashed: emerging  ┆ arrows: cause → effect"), holder
        )
        key.setWordWrap(True)
        key.setMinimumWidth(120)
        column.addWidget(key)  # its own row: zoomed, it wraps without squeezing the diagram
        bar.addStretch(1)
        self.diagram_buttons: list[QWidget] = []
        for text, name, factor in (("−", "zoom-out", 1 / 1.15), ("+", "zoom-in", 1.15)):
            button = QToolButton(holder)
            button.setText(text)
            button.setObjectName(f"tree-{name}")
            button.clicked.connect(lambda _=False, f=factor: self.view.set_zoom(self.view.zoom * f))
            bar.addWidget(button)
            self.diagram_buttons.append(button)
        fit = QPushButton(self.tr("Fit"), holder)
        fit.setObjectName("tree-fit")
        fit.setToolTip(self.tr("The whole tree in the window (zoom with + and −)"))
        fit.clicked.connect(lambda: self.view.fit_window())
        bar.addWidget(fit)
        export = QPushButton(self.tr("Save picture…"), holder)
        export.setObjectName("tree-export")
        export.setToolTip(self.tr("Save the diagram as PNG or SVG"))
        export.clicked.connect(self.export_dialog)
        bar.addWidget(export)
        arrange = QPushButton(self.tr("Arrange afresh"), holder)
        arrange.setObjectName("tree-arrange")
        arrange.setToolTip(self.tr("Forget the boxes' dragged places (Ctrl+Z brings them back)"))
        arrange.clicked.connect(lambda: self.apply_edit(ops.reset_boxes()))
        bar.addWidget(arrange)
        self.diagram_buttons += [fit, export, arrange]
        self.wide_button = QPushButton(self.tr("Diagram only"), holder)
        self.wide_button.setObjectName("tree-diagram-only")
        self.wide_button.setCheckable(True)
        self.wide_button.setToolTip(
            self.tr("Hide the lists and links to give the diagram the whole page (F6)")
        )
        self.wide_button.toggled.connect(self.show_diagram_only)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, activated=self.wide_button.toggle)
        bar.addWidget(self.wide_button)
        self.diagram_buttons.append(self.wide_button)
        column.addLayout(bar)
        right = QSplitter(Qt.Orientation.Vertical, holder)
        right.setChildrenCollapsible(False)
        right.addWidget(self.view)
        right.addWidget(self.links)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        column.addWidget(right, 1)
        return holder

    def _order_tabs(self) -> None:
        """Tab goes through the page as it is used: the three lists, linking, then the diagram."""
        chain = [
            *self.lists.values(),
            self.links.cause,
            self.links.effect,
            self.links.link_button,
            self.links.links,
            self.view,
            *self.diagram_buttons,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -- reading --------------------------------------------------------------
    def refresh(self) -> None:
        store = self.store
        items = model.items(store) if store is not None else []
        links = model.links(store) if store is not None else []
        for kind, table in self.lists.items():
            table.show_items([i for i in items if i.kind == kind])
        self.links.show_items(items, links)
        first_fill = not self.scene.nodes
        font = QFont(self.view.font())
        font.setPointSizeF(theme.point_size(self.zoom))  # the boxes' text follows the zoom
        positions = ops.box_positions(store) if store is not None else {}
        self.scene.show_tree(items, links, font, positions)
        self.view.fit(to_top=first_fill)

    # -- selection ------------------------------------------------------------
    def select_item(self, iid: int) -> None:
        """Select the item in its list (and in the diagram), ready for typing."""
        for table in self.lists.values():
            if table.select_item(iid):
                table.setFocus()
                self.scene.select(iid)
                return

    def _list_row_changed(self, table: ItemTable) -> None:
        iid = table.current_item()
        if iid is not None:
            self.scene.select(iid)
            node = self.scene.nodes.get(iid)
            if node is not None:
                self.view.ensureVisible(node, 20, 20)

    def show_diagram_only(self, on: bool) -> None:
        self.lists_panel.setVisible(not on)
        self.links.setVisible(not on)
        self.view.whole = False  # the width, the type never below a legible size; Fit: all
        self.view.fit(to_top=True)

    def _box_moved(self, iid: int, x: float, y: float) -> None:
        self.apply_edit(ops.move_box(iid, x, y))

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the problem tree"),
            "problem-tree.png",
            self.tr("PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.export_picture(path)

    def export_picture(self, path: str) -> bool:
        """Write the diagram to ``path`` (.png or .svg); a failure is one sentence."""
        if not path.lower().endswith((".png", ".svg")):
            path += ".png"
        try:
            written = export_picture(self.scene, path)
        except OSError as error:
            self.controller.message.emit(
                self.tr("The picture could not be saved: {0}.").format(error)
            )
            return False
        self.controller.message.emit(self.tr("The problem tree was saved as {0}.").format(written))
        return True

    # -- writing --------------------------------------------------------------
    def _remember_message(self, text: str) -> None:
        self._last_message = text

    def try_edit(self, edit: Edit) -> str | None:
        """Apply through the controller; None when done, else the sentence saying why not."""
        self._last_message = None
        if self.controller.apply(edit) is not None:
            return None
        return self._last_message or self.tr("That change could not be made.")

    def _say_removed(self, what: str, rows: int) -> None:
        """Say what a removal took with it (links, scores, notes), from the edit just applied."""
        applied = self.store.undo_stack.peek_undo() if self.store is not None else None
        if applied is not None:
            self.controller.notice.emit(removal_text(what, applied.changes, "items", rows))

    def apply_edit(self, edit: Edit) -> str | None:
        """Like ``try_edit``, showing the refusal under the lists."""
        refusal = self.try_edit(edit)
        self.problem.setText(refusal or "")
        return refusal

    zoom = 1.0

    def zoom_changed(self, factor: float) -> None:
        """The boxes are measured in the window's font: redraw the tree at the new size."""
        self.zoom = factor
        self.refresh()

    # -- refreshing only what is seen ------------------------------------------------
    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "scene"):
            self._stale = True  # boxes are measured in the font: measure again

    def showEvent(self, event) -> None:
        super().showEvent(event)  # catches up with edits made while hidden
        if theme.point_size(self.zoom) != self.scene.font.pointSizeF():
            self.refresh()
