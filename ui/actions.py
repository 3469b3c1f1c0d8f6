"""Every menu and keyboard action of the main window, built in one place.

Each action has a stable id (``ActionId``) that is also its ``objectName``, so
tests and menus find it by name, and uses the standard key sequence where one
exists.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from facilitator.plan.glossary import STEPS

from .i18n import step_title


class ActionId(str, Enum):
    NEW = "action-new"
    NEW_FROM = "action-new-from"
    COMPARE = "action-compare"
    IMPORT_MIRADI = "action-import-miradi"
    OPEN = "action-open"
    SAVE_COPY = "action-save-copy"
    CLOSE = "action-close"
    QUIT = "action-quit"
    UNDO = "action-undo"
    REDO = "action-redo"
    ZOOM_IN = "action-zoom-in"
    ZOOM_OUT = "action-zoom-out"
    ZOOM_RESET = "action-zoom-reset"
    FULL_SCREEN = "action-full-screen"
    HIGH_CONTRAST = "action-high-contrast"
    STEP_LIST = "action-step-list"
    STEP_HELP = "action-step-help"
    NEXT_STEP = "action-next-step"
    PREVIOUS_STEP = "action-previous-step"
    PREFERENCES = "action-preferences"
    PRESENTER = "action-presenter"
    PRESENTER_NAMES = "action-presenter-names"


Shortcut = QKeySequence.StandardKey | str | list[str] | None

#: id → (menu text, shortcut, checkable)
SPECS: dict[ActionId, tuple[str, Shortcut, bool]] = {
    ActionId.NEW: (
        QT_TRANSLATE_NOOP("actions", "&New session…"),
        QKeySequence.StandardKey.New,
        False,
    ),
    ActionId.OPEN: (
        QT_TRANSLATE_NOOP("actions", "&Open session…"),
        QKeySequence.StandardKey.Open,
        False,
    ),
    ActionId.SAVE_COPY: (
        QT_TRANSLATE_NOOP("actions", "Save a &Copy…"),
        QKeySequence.StandardKey.SaveAs,
        False,
    ),
    ActionId.CLOSE: (
        QT_TRANSLATE_NOOP("actions", "&Close session"),
        QKeySequence.StandardKey.Close,
        False,
    ),
    ActionId.QUIT: (QT_TRANSLATE_NOOP("actions", "&Quit"), QKeySequence.StandardKey.Quit, False),
    ActionId.UNDO: (QT_TRANSLATE_NOOP("actions", "&Undo"), QKeySequence.StandardKey.Undo, False),
    ActionId.REDO: (QT_TRANSLATE_NOOP("actions", "&Redo"), QKeySequence.StandardKey.Redo, False),
    ActionId.ZOOM_IN: (QT_TRANSLATE_NOOP("actions", "Zoom &in"), ["Ctrl++", "Ctrl+="], False),
    ActionId.ZOOM_OUT: (QT_TRANSLATE_NOOP("actions", "Zoom &out"), ["Ctrl+-"], False),
    ActionId.ZOOM_RESET: (QT_TRANSLATE_NOOP("actions", "&Normal size"), "Ctrl+0", False),
    ActionId.FULL_SCREEN: (QT_TRANSLATE_NOOP("actions", "&Full screen"), "F11", True),
    ActionId.HIGH_CONTRAST: (QT_TRANSLATE_NOOP("actions", "&High contrast"), "Ctrl+Shift+H", True),
    ActionId.STEP_LIST: (QT_TRANSLATE_NOOP("actions", "&Step list"), "F9", True),
    ActionId.STEP_HELP: (QT_TRANSLATE_NOOP("actions", "&What is this step?"), "F1", True),
    ActionId.NEXT_STEP: (QT_TRANSLATE_NOOP("actions", "&Next step"), "Ctrl+PgDown", False),
    ActionId.PREVIOUS_STEP: (QT_TRANSLATE_NOOP("actions", "&Previous step"), "Ctrl+PgUp", False),
    ActionId.PREFERENCES: (
        QT_TRANSLATE_NOOP("actions", "&Preferences…"),
        QKeySequence.StandardKey.Preferences,
        False,
    ),
    ActionId.NEW_FROM: (QT_TRANSLATE_NOOP("actions", "New &from Earlier Workshop…"), None, False),
    ActionId.COMPARE: (QT_TRANSLATE_NOOP("actions", "Co&mpare with Earlier Session…"), None, False),
    ActionId.IMPORT_MIRADI: (
        QT_TRANSLATE_NOOP("actions", "Import a M&iradi Project…"),
        None,
        False,
    ),
    ActionId.PRESENTER: (
        QT_TRANSLATE_NOOP("actions", "&Presenter view (for the projector)"),
        "F5",
        True,
    ),
    ActionId.PRESENTER_NAMES: (
        QT_TRANSLATE_NOOP("actions", "Voters' &names on the projector"),
        None,
        True,
    ),
}


def _shortcuts(shortcut: Shortcut) -> list[QKeySequence]:
    if shortcut is None:
        return []
    if isinstance(shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(shortcut)
    if isinstance(shortcut, str):
        return [QKeySequence(shortcut)]
    return [QKeySequence(s) for s in shortcut]


def build_actions(
    parent: QWidget, handlers: dict[ActionId, Callable[..., None]]
) -> dict[ActionId, QAction]:
    """Create every action, owned by ``parent``, wired to its handler."""
    actions: dict[ActionId, QAction] = {}
    for action_id, (text, shortcut, checkable) in SPECS.items():
        action = QAction(QCoreApplication.translate("actions", text), parent)
        action.setObjectName(action_id.value)
        action.setShortcuts(_shortcuts(shortcut))
        action.setCheckable(checkable)
        handler = handlers.get(action_id)
        if handler is not None:
            signal = action.toggled if checkable else action.triggered
            signal.connect(handler)
        parent.addAction(action)
        actions[action_id] = action
    return actions


#: the steps after the ninth, which Ctrl+digit cannot reach: a letter of their title
LATER_STEP_KEYS = {
    "logframe": "Ctrl+Shift+L",
    "monitoring": "Ctrl+Shift+M",
    "export": "Ctrl+Shift+E",
}


def step_shortcut(number: int, step_id: str) -> QKeySequence:
    """The key of a step: Ctrl+1 … Ctrl+9, then Ctrl+Shift and a letter of the title."""
    if number <= 9:
        return QKeySequence(f"Ctrl+{number}")
    return QKeySequence(LATER_STEP_KEYS.get(step_id, ""))


def build_step_actions(parent: QWidget, show_step: Callable[[str], None]) -> dict[str, QAction]:
    """One action per step (objectName ``action-step-<id>``), each with its own key
    (``step_shortcut``)."""
    actions: dict[str, QAction] = {}
    for number, s in enumerate(STEPS, start=1):
        action = QAction(f"{number}. {step_title(s)}", parent)
        action.setObjectName(f"action-step-{s.id}")
        action.setShortcut(step_shortcut(number, s.id))
        action.triggered.connect(lambda _=False, sid=s.id: show_step(sid))
        parent.addAction(action)
        actions[s.id] = action
    return actions
