"""The presenter view: a second window for the projector showing only what the room should see.

The laptop keeps the controls; this window follows the step the facilitator is on
and shows its question, and for a vote the progress board (who has filled how
much, never the values), the live-voting QR code when one is given
(``set_qr_widget``), the results once revealed, and the votes behind a figure
when the facilitator presses "Show votes" — without the voters' names unless
the facilitator chooses names (View → Voters' names on the projector). On the
problem-tree step it shows the diagram fitted to the window.

With a second screen it opens full screen there; with one screen it is a window
the facilitator can put full screen (F11; Escape leaves full screen).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.plan import model
from facilitator.plan.glossary import step as step_info

from . import theme
from .actions import ActionId
from .i18n import step_definition, step_title
from .voting.progress_board import ProgressDelegate
from .voting.results import FigureTable

#: the question the room answers in each step (others show the step's definition)
QUESTIONS = {
    "vision": QT_TRANSLATE_NOOP(
        "PresenterView", "Where do we want the species to be in 25–50 years?"
    ),
    "goal": QT_TRANSLATE_NOOP(
        "PresenterView", "What do we want to achieve in the next 10–20 years?"
    ),
    "problem_tree": QT_TRANSLATE_NOOP(
        "PresenterView", "What harms the species, what drives it, and what lets it happen?"
    ),
    "threat_ranking": QT_TRANSLATE_NOOP(
        "PresenterView",
        "How important is each driver and threat (0 = non-existent … 3 = major), and how "
        "good is the capacity to address it (1 = poor … 3 = good)?",
    ),
    "prioritisation": QT_TRANSLATE_NOOP(
        "PresenterView",
        "What priority has each activity for your country (1 = low … 3 = high)?",
    ),
}
TEXT, TREE, VOTE, PLAIN = range(4)
#: the smallest type (points on screen) the diagram is shown at before it scrolls instead
READABLE_POINTS = 10.0


class PresenterView(QWidget):
    """The room's window; ``follow()`` shows what the facilitator's step has for the room."""

    def __init__(self, main_window, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter-view")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed: gone, and unhooked
        self.setWindowTitle(
            QCoreApplication.translate("PresenterView", "ZOPP Facilitator — for the room")
        )
        self.main_window = main_window
        self.show_names = False
        self._watched: set[int] = set()
        self._qr: QWidget | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("presenter-title")
        self.heading.setWordWrap(True)
        self.question = QLabel(self)
        self.question.setObjectName("presenter-question")
        self.question.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._text_part())
        self.stack.addWidget(self._tree_part())
        self.stack.addWidget(self._vote_part())
        self.stack.addWidget(QWidget(self))
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.question)
        column.addWidget(self.stack, 1)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.follow)
        main_window.controller.changed.connect(self._soon)
        main_window.controller.session_changed.connect(self._soon)
        self.zoom_changed(main_window.zoom)

    def _soon(self, *_args) -> None:
        """Follow once the current change is over (a slot of this window: disconnected when
        the window is deleted)."""
        self._later.start()

    # -- parts ------------------------------------------------------------------------
    def _text_part(self) -> QWidget:
        self.text = QLabel(self)
        self.text.setObjectName("presenter-text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return self.text

    def _tree_part(self) -> QWidget:
        self.tree = QGraphicsView(self)
        self.tree.setObjectName("presenter-tree")
        self.tree.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.tree.setInteractive(False)
        return self.tree

    def _vote_part(self) -> QWidget:
        holder = QWidget(self)
        self.board = QTableView(holder)
        self.board.setObjectName("presenter-board")
        self.board.setItemDelegateForColumn(1, ProgressDelegate(self.board))
        self.board.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.board.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board.verticalHeader().hide()
        self.board.setShowGrid(False)
        self.qr_holder = QWidget(holder)
        self.qr_holder.setObjectName("presenter-qr")
        QVBoxLayout(self.qr_holder).setContentsMargins(0, 0, 0, 0)
        self.qr_holder.hide()
        # the laptop's table as the room sees it: its group band ('Importance' over its
        # columns) above it, and a line under it when a compared country has no room
        self.results_part = QWidget(holder)
        self.results = FigureTable("presenter-results", parent=self.results_part)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_note = QLabel(self.results_part)
        self.results_note.setObjectName("presenter-results-note")
        self.results_note.setWordWrap(True)
        self.results_note.hide()
        results_column = QVBoxLayout(self.results_part)
        results_column.setContentsMargins(0, 0, 0, 0)
        results_column.setSpacing(0)
        results_column.addWidget(self.results.make_band())
        results_column.addWidget(self.results, 1)
        results_column.addWidget(self.results_note)
        self.results.dropped_changed.connect(self._soon)
        self.votes = QTableWidget(0, 3, holder)
        self.votes.setObjectName("presenter-votes")
        self.votes.verticalHeader().hide()
        self.votes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.votes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.votes.hide()
        self.left_part = QWidget(holder)
        left = QVBoxLayout(self.left_part)
        left.setContentsMargins(0, 0, 0, 0)
        self.board.setParent(self.left_part)
        self.qr_holder.setParent(self.left_part)
        left.addWidget(self.board, 1)
        left.addWidget(self.qr_holder)
        right = QVBoxLayout()
        right.addWidget(self.results_part, 3)
        right.addWidget(self.votes, 1)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.left_part, 2)
        row.addLayout(right, 3)
        return holder

    # -- what the main window tells it -----------------------------------------------
    def set_qr_widget(self, widget: QWidget | None) -> None:
        """Show ``widget`` (the live-voting QR code) beside the progress board; None hides it."""
        layout = self.qr_holder.layout()
        if self._qr is not None and self._qr is not widget:
            layout.removeWidget(self._qr)
            self._qr.setParent(None)
        self._qr = widget
        if widget is not None:
            layout.addWidget(widget)
        self.follow()

    def set_show_names(self, on: bool) -> None:
        """Whether the votes shown on the projector carry the voters' names."""
        self.show_names = bool(on)
        self.follow()

    def zoom_changed(self, factor: float) -> None:
        """Larger type than the laptop's: the room reads from afar. A results table too wide
        for the window shrinks its type, but never below the laptop's."""
        points = 14 * factor
        self.results.smallest_points = theme.point_size(factor)
        self.board.verticalHeader().setDefaultSectionSize(round(points * 2.6))
        self.setStyleSheet(
            f"QWidget {{ font-size: {points:.1f}pt; }}"
            f"QLabel#presenter-title {{ font-size: {points * 1.6:.1f}pt; font-weight: bold; }}"
            f"QLabel#presenter-text {{ font-size: {points * 1.5:.1f}pt; }}"
        )
        self.results.refit()

    # -- following the facilitator -----------------------------------------------------
    def follow(self) -> None:
        window = self.main_window
        store = window.controller.store
        step_id = window.current_step()
        info = step_info(step_id)
        self.heading.setText(step_title(info) if store is not None else "")
        question = (
            QCoreApplication.translate("PresenterView", QUESTIONS[step_id])
            if step_id in QUESTIONS
            else step_definition(info)
        )
        self.question.setText(question if store else "")
        if store is None:
            self.stack.setCurrentIndex(PLAIN)
        elif step_id in ("vision", "goal"):
            text = model.adopted_text(store, step_id)
            self.text.setText(
                text or QCoreApplication.translate("PresenterView", "(not written yet)")
            )
            self.stack.setCurrentIndex(TEXT)
        elif step_id == "problem_tree":
            self._show_tree(window.page(step_id))
        elif step_id in ("threat_ranking", "prioritisation"):
            self._show_vote(window.page(step_id))
        else:
            self.stack.setCurrentIndex(PLAIN)

    def _show_tree(self, page) -> None:
        scene = getattr(page, "scene", None)
        if scene is None:
            self.stack.setCurrentIndex(PLAIN)
            return
        if self.tree.scene() is not scene:
            self.tree.setScene(scene)
        self.stack.setCurrentIndex(TREE)
        self.fit_tree()

    def fit_tree(self) -> None:
        """The whole tree when its type stays readable from the back; else its whole width,
        scrolling down (a sample-sized tree is taller than a projector)."""
        scene = self.tree.scene()
        if scene is None or scene.itemsBoundingRect().isEmpty():
            return
        rect = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
        viewport = self.tree.viewport().size()
        whole = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        readable = READABLE_POINTS / max(1.0, scene.font.pointSizeF())
        scale = whole if whole >= readable else min(1.6, viewport.width() / rect.width())
        self.tree.resetTransform()
        self.tree.scale(scale, scale)
        self.tree.ensureVisible(QRectF(rect.left(), rect.top(), 1, 1), 0, 0)

    def _watch(self, page) -> None:
        """Follow a voting page's board, reveal and 'Show votes' as they change."""
        if id(page) in self._watched:
            return
        self._watched.add(id(page))
        page.results_stack.currentChanged.connect(self._soon)
        page.details.button.toggled.connect(self._soon)
        page.details.table.model().dataChanged.connect(self._soon)
        page.details.table.model().modelReset.connect(self._soon)
        for table in self._result_tables(page):
            table.figures.modelReset.connect(self._soon)
        tabs = getattr(page, "result_tabs", None)
        if tabs is not None:
            tabs.currentChanged.connect(self._soon)

    @staticmethod
    def _result_tables(page) -> list[FigureTable]:
        return [
            t
            for t in (getattr(page, n, None) for n in ("overall_table", "region_table", "table"))
            if t
        ]

    def _shown_results(self, page) -> FigureTable | None:
        tabs = getattr(page, "result_tabs", None)
        if tabs is not None:
            current = tabs.currentWidget()
            tables = self._result_tables(page)
            inside = [t for t in tables if t is current or current.isAncestorOf(t)]
            return inside[0] if inside else tables[0]
        tables = self._result_tables(page)
        return tables[0] if tables else None

    def _show_vote(self, page) -> None:
        self._watch(page)
        self.stack.setCurrentIndex(VOTE)
        if self.board.model() is not page.panel.board.model():
            self.board.setModel(page.panel.board.model())
            header = self.board.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.qr_holder.setVisible(self._qr is not None)
        revealed = page.revealed
        source = self._shown_results(page) if revealed else None
        self.results_part.setVisible(source is not None)
        self.board.setVisible(source is None)  # after the reveal the results take the screen
        self.left_part.setVisible(source is None or self._qr is not None)
        if source is not None:
            self.results.wrap_column, self.results.wrap_width = (
                source.wrap_column,
                source.wrap_width,
            )
            self.results.fill_width = source.fill_width
            self.results.show_grouped(
                source.figures.headers, source.figures.rows, source.groups, source.droppable
            )
        note = getattr(page, "dropped_text", None)
        text = note(self.results) if source is not None and note is not None else ""
        self.results_note.setText(text)
        self.results_note.setVisible(bool(text))
        details = page.details
        showing = revealed and details.button.isChecked() and details.table.rowCount() > 0
        self.votes.setVisible(showing)
        if showing:
            self._mirror_votes(details.table)

    def _mirror_votes(self, table: QTableWidget) -> None:
        """The votes behind the figure, each voter's name replaced by a number unless chosen."""
        rows = table.rowCount()
        self.votes.setRowCount(rows)
        self.votes.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PresenterView", "Voter"),
                QCoreApplication.translate("PresenterView", "For"),
                QCoreApplication.translate("PresenterView", "Vote"),
            ]
        )
        for row in range(rows):
            texts = [(table.item(row, c).text() if table.item(row, c) else "") for c in range(3)]
            if not self.show_names:
                texts[0] = QCoreApplication.translate("PresenterView", "Voter {n}").format(
                    n=row + 1
                )
            for column, text in enumerate(texts):
                self.votes.setItem(row, column, QTableWidgetItem(text))

    # -- window ---------------------------------------------------------------------------
    def place(self) -> None:
        """Full screen on a second screen if there is one, else a window beside the laptop's."""
        screens = QGuiApplication.screens()
        own = self.main_window.screen()
        others = [s for s in screens if s is not own]
        if others:
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.resize(self.main_window.size())
            self.show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.stack.currentIndex() == TREE:
            self.fit_tree()

    def closeEvent(self, event) -> None:
        action = self.main_window.actions.get(ActionId.PRESENTER)
        if action is not None:
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)
