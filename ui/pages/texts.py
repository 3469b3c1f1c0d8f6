"""Vision and Goal: one large text each, with drafts that can be kept and adopted.

Typing is saved when the editor loses focus or after a short pause, as one
``ops.set_text`` edit: a sentence typed is one undo step, not one per key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.plan.glossary import step
from ui.i18n import step_definition, step_title

from .. import theme
from ..controller import Controller
from ..undo_keys import mark_session_field
from .base import StepPage

#: milliseconds of quiet after typing before the text is saved: a sentence typed just before
#: the laptop dies is in the file, and still one undo step per pause
SAVE_PAUSE_MS = 250
#: the text being drafted is larger than the rest, for the room to read on the projector
EDITOR_SCALE = 1.5


class TextEditor(QPlainTextEdit):
    """A plain text editor that reports when it loses focus."""

    def __init__(self, on_focus_out, parent: QWidget | None = None):
        super().__init__(parent)
        self._on_focus_out = on_focus_out
        mark_session_field(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._on_focus_out()
        super().focusOutEvent(event)


class TextStepPage(StepPage):
    """The shared page of the Vision and the Goal (``kind``)."""

    kind = ""
    tables = frozenset({"texts"})

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.dirty = False
        self._typed_for = None
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_PAUSE_MS)
        self.save_timer.timeout.connect(self.flush)
        self.context = QLabel(self)
        self.context.setObjectName(f"{self.kind}-context")
        self.context.setWordWrap(True)
        self.editor = TextEditor(self.flush, self)
        self.editor.setObjectName(f"{self.kind}-editor")
        self.editor.setPlaceholderText(
            self.tr("Type the {0} here.").format(step_title(step(self.kind)))
            + " "
            + step_definition(step(self.kind))
        )
        self.editor.textChanged.connect(self._on_typed)
        self.editor.setTabChangesFocus(True)
        self.zoom_changed(theme.DEFAULT_ZOOM)
        layout = QVBoxLayout(self)
        layout.addWidget(self.context)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.editor)
        split.addWidget(self._build_drafts())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

    def _build_drafts(self) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Drafts (✔ = adopted):"), holder))
        self.drafts = QListWidget(holder)
        self.drafts.setObjectName(f"{self.kind}-drafts")
        self.drafts.setWordWrap(True)
        self.drafts.setAlternatingRowColors(True)
        self.drafts.setSpacing(2)
        self.drafts.itemActivated.connect(lambda _item: self.adopt_selected())
        column.addWidget(self.drafts, 1)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Keep as draft"), holder)
        self.keep_button.setObjectName(f"{self.kind}-keep-draft")
        self.keep_button.setToolTip(self.tr("Keep the text as it is now as a draft (Ctrl+Shift+D)"))
        self.keep_button.clicked.connect(self.keep_draft)
        self.adopt_button = QPushButton(self.tr("&Adopt draft"), holder)
        self.adopt_button.setObjectName(f"{self.kind}-adopt-draft")
        self.adopt_button.setToolTip(
            self.tr("Make the selected draft the adopted text (Enter in the list)")
        )
        self.adopt_button.clicked.connect(self.adopt_selected)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.adopt_button)
        column.addLayout(buttons)
        keep = QShortcut(QKeySequence("Ctrl+Shift+D"), self, self.keep_draft)
        keep.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.drafts, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        return holder

    # -- reading --------------------------------------------------------------
    def refresh(self) -> None:
        store = self.store
        self.context.setText(self._context_text() if store is not None else "")
        self.context.setVisible(bool(self.context.text()))
        chosen = self.selected_draft()
        self.drafts.clear()
        if store is None:
            self.editor.blockSignals(True)
            self.editor.setPlainText("")
            self.editor.blockSignals(False)
            return
        for draft in model.drafts(store, self.kind):
            if not str(draft["body"]).strip():
                continue
            mark = "✔ " if draft["adopted"] else ""
            item = QListWidgetItem(f"{mark}{draft['body']}")
            item.setData(Qt.ItemDataRole.UserRole, draft["id"])
            self.drafts.addItem(item)
            if draft["id"] == chosen:
                self.drafts.setCurrentItem(item)
        adopted = model.adopted_text(store, self.kind)
        if self.dirty and store is not self._typed_for:
            self.dirty = False  # typing for another session never goes into this one
        if not self.dirty and model.clean(self.editor.toPlainText()) != adopted:
            self.editor.blockSignals(True)
            self.editor.setPlainText(adopted)
            self.editor.blockSignals(False)

    def _context_text(self) -> str:
        """What the room should see above the text (the Goal shows the adopted Vision)."""
        return ""

    def zoom_changed(self, factor: float) -> None:
        self.editor.setStyleSheet(f"font-size: {theme.point_size(factor * EDITOR_SCALE)}pt;")

    # -- writing --------------------------------------------------------------
    def _on_typed(self) -> None:
        was_dirty = self.dirty
        self.dirty = True
        self._typed_for = self.store
        self.save_timer.start()
        if not was_dirty:
            self.controller.typing.emit()

    def has_unsaved_typing(self) -> bool:
        return self.dirty and self.store is not None and self.store is self._typed_for

    def flush(self) -> None:
        """Save the typed text now (one edit), if it changed."""
        self.save_timer.stop()
        if not self.dirty or self.store is None or self.store is not self._typed_for:
            return
        self.dirty = False
        text = self.editor.toPlainText()
        if model.clean(text) != model.adopted_text(self.store, self.kind):
            self.controller.apply(ops.set_text(self.kind, text))
        self.controller.typing.emit()

    def keep_draft(self) -> None:
        """Keep the editor's text as a new draft, leaving the adopted text as it is."""
        self.flush()
        text = self.editor.toPlainText()
        if not text.strip():
            self.controller.message.emit(
                self.tr("Type the text first; an empty draft is not kept.")
            )
            return
        self.controller.apply(ops.add_draft(self.kind, text))

    def selected_draft(self) -> int | None:
        item = self.drafts.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def adopt_selected(self) -> None:
        tid = self.selected_draft()
        if tid is None:
            self.controller.message.emit(self.tr("Choose a draft in the list first."))
            return
        self.flush()
        self.controller.apply(ops.adopt_draft(tid))

    def remove_selected(self) -> None:
        tid = self.selected_draft()
        if tid is not None:
            self.controller.apply(ops.remove_draft(tid))


class VisionPage(TextStepPage):
    step_id = "vision"
    title = "Vision"
    kind = "vision"


class GoalPage(TextStepPage):
    step_id = "goal"
    title = "Goal"
    kind = "goal"

    def _context_text(self) -> str:
        vision = model.adopted_text(self.store, "vision") if self.store is not None else ""
        return (
            self.tr("Vision: {0}").format(vision)
            if vision
            else self.tr("No Vision is adopted yet.")
        )
