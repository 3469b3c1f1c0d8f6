"""The main window: step navigator, step pages, menus, undo/redo and projector mode.

Pages are registered by module and class name (``navigator.PAGES``) and built
when first shown; a page whose module is missing or fails falls back to a
placeholder that says so, so one broken page never stops the app.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import DamagedSession, FacilitatorError
from facilitator.plan.glossary import STEPS, step
from facilitator.session.opening import restore_backup
from facilitator.status.progress import step_status

from . import dialogs, resources, settings, theme
from .actions import ActionId, build_actions, build_step_actions
from .controller import Controller
from .i18n import core_text, step_definition, step_title
from .navigator import PAGES, StepNavigator, make_page  # noqa: F401  (PAGES: the step registry)
from .pages.base import StepPage
from .undo_keys import UndoKeys
from .widgets import autosave
from .widgets.viewport import python_viewport
from .widgets.welcome import WelcomePanel

APP_NAME = "ZOPP Facilitator"
#: the step list's width (pixels) at zoom 1.0: room for the longest step title
NAVIGATOR_WIDTH = 230
DEFAULT_SIZE = (1280, 720)
#: the most characters of the workshop's title shown in the title bar
TITLE_CHARS = 80


class MainWindow(QMainWindow):
    """The app's one window."""

    def __init__(self, controller: Controller | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main-window")
        self.zoom = theme.DEFAULT_ZOOM
        # The theme first: setting it once widgets exist sends each of them a style change.
        theme.apply(settings.get("high_contrast"), self.zoom)
        resources.register_fonts()
        self.setWindowIcon(resources.icon("app"))
        self.controller = controller or Controller(self)
        self.pages: dict[str, StepPage] = {}
        self._holders: dict[str, QScrollArea] = {}
        self._shown_store = None
        self._message_step: str | None = None
        self._sticky_message = False
        self.presenter = None
        self._room_qr = None
        self.last_dialog = None
        self._build_body()
        self.actions = build_actions(self, self._handlers())
        self.step_actions = build_step_actions(self, self.go_to_step)
        self._build_menus()
        self.undo_keys = UndoKeys(self, self.flush_pages)
        for keys, delta in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Backtab", -1)):
            shortcut = QShortcut(QKeySequence(keys), self, lambda d=delta: self.next_table(d))
            shortcut.setObjectName(f"shortcut-table-{'next' if delta > 0 else 'previous'}")
        self.controller.changed.connect(self._on_changed)
        self.controller.session_changed.connect(self._on_session_changed)
        self.controller.warnings_changed.connect(self._show_warnings)
        self.controller.message.connect(self.show_message)
        self.controller.notice.connect(self.show_notice)
        self.controller.typing.connect(self._update_title)
        autosave.pending().changed.connect(self._update_title)
        self.actions[ActionId.HIGH_CONTRAST].setChecked(settings.get("high_contrast"))
        self.actions[ActionId.STEP_LIST].setChecked(settings.get("step_list"))
        self.navigator.setVisible(settings.get("step_list"))
        self._restore_window_state()
        self.navigator.select_step(STEPS[0].id)
        self._on_session_changed()

    # -- layout ---------------------------------------------------------------
    def _build_body(self) -> None:
        # Each widget is made inside its final parent: moving a widget restyles all of it again.
        self.splitter = QSplitter(self)
        self.navigator = StepNavigator(self.splitter)
        self.navigator.step_chosen.connect(self.show_step)
        right = QWidget(self.splitter)
        self.step_title = QLabel(right)
        self.step_title.setObjectName("step-title")
        self.help_button = QToolButton(right)
        self.help_button.setObjectName("step-help-button")
        self.help_button.setText(self.tr("What is this step?"))
        self.help_button.setCheckable(True)
        self.help_button.toggled.connect(self._show_definition)
        self.definition = QLabel(right)
        self.definition.setObjectName("step-definition")
        self.definition.setWordWrap(True)
        self.definition.hide()
        self.stack = QStackedWidget(right)
        self.stack.setObjectName("step-pages")
        self._welcome: WelcomePanel | None = None
        self._welcome_when_shown = False

        header = QHBoxLayout()
        header.addWidget(self.step_title, 1)
        header.addWidget(self.help_button)
        column = QVBoxLayout(right)
        column.addLayout(header)
        # What the user must know about the open file: read-only, no backup made.
        self.session_banner = QLabel(right)
        self.session_banner.setObjectName("session-banner")
        self.session_banner.setWordWrap(True)
        self.session_banner.hide()
        column.addWidget(self.session_banner)
        column.addWidget(self.definition)
        column.addWidget(self.stack, 1)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([NAVIGATOR_WIDTH, 1280 - NAVIGATOR_WIDTH])
        self.setCentralWidget(self.splitter)
        self.statusBar().setObjectName("status-bar")

    @property
    def no_session(self) -> WelcomePanel:
        """What the window shows without a session; built when first needed (a window
        started with a session never needs it)."""
        if self._welcome is None:
            self._welcome = WelcomePanel(self)
            self._welcome.new_requested.connect(self.new_session_dialog)
            self._welcome.open_requested.connect(self.open_session_dialog)
            self._welcome.recent_chosen.connect(self.open_session)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def _handlers(self):
        return {
            ActionId.NEW: self.new_session_dialog,
            ActionId.NEW_FROM: lambda: _compare_dialogs().new_from_dialog(self),
            ActionId.COMPARE: lambda: _compare_dialogs().compare_dialog(self),
            ActionId.IMPORT_MIRADI: lambda: _compare_dialogs().import_miradi_dialog(self),
            ActionId.OPEN: self.open_session_dialog,
            ActionId.SAVE_COPY: self.save_copy_dialog,
            ActionId.CLOSE: self.close_session,
            ActionId.QUIT: self.close,
            ActionId.UNDO: self.undo,
            ActionId.REDO: self.redo,
            ActionId.ZOOM_IN: lambda: self.set_zoom(self.zoom + theme.ZOOM_STEP),
            ActionId.ZOOM_OUT: lambda: self.set_zoom(self.zoom - theme.ZOOM_STEP),
            ActionId.ZOOM_RESET: lambda: self.set_zoom(theme.DEFAULT_ZOOM),
            ActionId.FULL_SCREEN: self.set_full_screen,
            ActionId.HIGH_CONTRAST: self.set_high_contrast,
            ActionId.STEP_LIST: self.set_step_list,
            ActionId.STEP_HELP: self.help_button.setChecked,
            ActionId.NEXT_STEP: lambda: self._move_step(1),
            ActionId.PREVIOUS_STEP: lambda: self._move_step(-1),
            ActionId.PREFERENCES: self.preferences_dialog,
            ActionId.PRESENTER: self.set_presenter,
            ActionId.PRESENTER_NAMES: self._presenter_names,
        }

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a[ActionId.NEW], a[ActionId.NEW_FROM], a[ActionId.OPEN]])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("menu-recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions(
            [a[ActionId.SAVE_COPY], a[ActionId.COMPARE], a[ActionId.IMPORT_MIRADI]]
        )
        file_menu.addAction(a[ActionId.CLOSE])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a[ActionId.UNDO], a[ActionId.REDO]])
        edit_menu.addSeparator()
        edit_menu.addAction(a[ActionId.PREFERENCES])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([a[ActionId.ZOOM_IN], a[ActionId.ZOOM_OUT], a[ActionId.ZOOM_RESET]])
        view_menu.addSeparator()
        view_menu.addActions(
            [a[ActionId.FULL_SCREEN], a[ActionId.HIGH_CONTRAST], a[ActionId.STEP_LIST]]
        )
        view_menu.addSeparator()
        view_menu.addActions([a[ActionId.PRESENTER], a[ActionId.PRESENTER_NAMES]])
        step_menu = self.menuBar().addMenu(self.tr("&Step"))
        step_menu.addActions(list(self.step_actions.values()))
        step_menu.addSeparator()
        step_menu.addActions(
            [a[ActionId.PREVIOUS_STEP], a[ActionId.NEXT_STEP], a[ActionId.STEP_HELP]]
        )

    def preferences_dialog(self) -> None:
        from .preferences import PreferencesDialog

        self.last_dialog = PreferencesDialog(self)
        self.last_dialog.open()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_session(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent sessions")).setEnabled(False)

    # -- steps ----------------------------------------------------------------
    def page(self, step_id: str) -> StepPage:
        """The page of ``step_id``, built (and filled) on first use.

        Each page sits in a scroll area, so a page wider than a 1280×720
        projector scrolls instead of pushing the whole window off the screen. The page
        is built inside it: moving a built page there would restyle every widget of it
        again (8–12 ms for the Session page).
        """
        if step_id not in self.pages:
            holder = QScrollArea(self.stack)
            viewport = python_viewport()
            holder.setViewport(viewport)
            page = make_page(step_id, self.controller, viewport)
            self.pages[step_id] = page
            holder.setObjectName(f"scroll-{step_id}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(page)
            self.stack.addWidget(holder)
            self._holders[step_id] = holder
            page.zoom_changed(self.zoom)
            if hasattr(page, "exported"):
                page.exported.connect(lambda p=page: self._mark_exported(p))
        return self.pages[step_id]

    def _mark_exported(self, page: QWidget) -> None:
        """Remember in the session that documents were written (the Export step is then done)."""
        store = self.controller.store
        if store is not None and getattr(page, "written", None):
            store.set_preference("exported", datetime.now().isoformat(timespec="seconds"))

    def current_page(self) -> QWidget:
        """The page shown now (or the 'no session' notice)."""
        shown = self.stack.currentWidget()
        return shown.widget() if isinstance(shown, QScrollArea) else shown

    def current_step(self) -> str:
        return self.navigator.current_step() or STEPS[0].id

    def flush_pages(self) -> None:
        """Let every page and field save typing it has not handed over yet."""
        for page in self.pages.values():
            page.flush()
        autosave.pending().flush_all()

    def show_step(self, step_id: str) -> None:
        if self.controller.store is self._shown_store:
            self.flush_pages()  # (typing for a session that was just closed was saved before)
        self._shown_store = self.controller.store
        if step_id != self._message_step:
            self.clear_message()  # a step's message does not follow the facilitator elsewhere
        self.navigator.select_step(step_id)
        s = step(step_id)
        self.step_title.setText(step_title(s))
        self.definition.setText(step_definition(s))
        has_session = self.controller.store is not None
        self.help_button.setVisible(has_session)
        self.definition.setVisible(has_session and self.help_button.isChecked())
        if not has_session:
            self.step_title.setText(APP_NAME)
            # A window not yet on screen, showing nothing yet, may get its session before it shows.
            self._welcome_when_shown = not self.isVisible() and self.stack.count() == 0
            if not self._welcome_when_shown:
                self.no_session.set_recent(settings.recent_files())
                self.stack.setCurrentWidget(self.no_session)
            return
        self._welcome_when_shown = False
        self.page(step_id)
        self.stack.setCurrentWidget(self._holders[step_id])
        if self.presenter is not None:
            self.presenter.follow()

    def go_to_step(self, step_id: str) -> None:
        """Show a step from the keyboard or menu (Ctrl+1…9, Ctrl+PgUp/PgDown) and put the
        cursor where its typing starts; choosing in the step list keeps the focus there."""
        self.show_step(step_id)
        page = self.pages.get(step_id)
        if page is not None and self.current_page() is page:
            page.focus_entry()

    def page_tables(self) -> list[QWidget]:
        """The tables and lists of the page shown, in the order Tab visits them."""
        page = self.current_page()
        if not isinstance(page, StepPage):
            return []
        found, widget = [], page.nextInFocusChain()
        while widget is not None and widget is not page and len(found) < 200:
            if (
                isinstance(widget, QAbstractItemView)
                and page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget not in found
            ):
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def next_table(self, step: int = 1) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the cursor to the page's next (previous) table."""
        tables = self.page_tables()
        if not tables:
            return
        focused = QApplication.focusWidget()
        now = next(
            (n for n, t in enumerate(tables) if focused is t or t.isAncestorOf(focused)), None
        )
        target = tables[0 if now is None and step > 0 else ((now or 0) + step) % len(tables)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if not target.currentIndex().isValid() and target.model() and target.model().rowCount():
            target.setCurrentIndex(target.model().index(0, 0))

    def _move_step(self, delta: int) -> None:
        ids = [s.id for s in STEPS]
        row = (ids.index(self.current_step()) + delta) % len(ids)
        self.go_to_step(ids[row])

    def _show_definition(self, shown: bool) -> None:
        self.definition.setVisible(shown)
        self.actions[ActionId.STEP_HELP].setChecked(shown)

    # -- session --------------------------------------------------------------
    def open_session(self, path: str | Path) -> bool:
        """Open ``path``; on failure show the reason and keep the current session."""
        store = self.controller.store
        if (
            store is not None
            and store.path is not None
            and Path(path).resolve() == store.path.resolve()
        ):
            self.show_message(self.tr("{0} is already open.").format(store.path.name))
            return True
        self.flush_pages()
        try:
            self.controller.open(path)
        except DamagedSession as error:
            backup = error.backup
            self.last_dialog = dialogs.offer_backup(self, str(error), backup)
            if backup is not None:
                self.last_dialog.accepted.connect(
                    lambda: self._open_backup_copy(Path(path), Path(str(backup)))
                )
            return False
        except FacilitatorError as error:
            self.last_dialog = dialogs.show_problem(
                self, self.tr("The session could not be opened"), core_text(str(error))
            )
            return False
        settings.remember_recent(str(Path(path).resolve()))
        return True

    def _open_backup_copy(self, damaged: Path, backup: Path) -> None:
        """Open a copy of the good backup beside the damaged file (which is left as it is)."""
        try:
            copy = restore_backup(damaged, backup)
        except FacilitatorError as error:
            self.last_dialog = dialogs.show_problem(
                self, self.tr("The backup could not be copied"), core_text(str(error))
            )
            return
        if self.open_session(copy):
            self.show_message(self.tr("Opened {0}, a copy of {1}.").format(copy.name, backup.name))

    def create_session(self, path: str | Path, title: str = "") -> bool:
        self.flush_pages()
        try:
            self.controller.create(path, title)
        except FacilitatorError as error:
            self.last_dialog = dialogs.show_problem(
                self, self.tr("The session could not be created"), core_text(str(error))
            )
            return False
        settings.remember_recent(str(Path(path).resolve()))
        self.show_step(STEPS[0].id)
        return True

    def close_session(self) -> None:
        self.flush_pages()
        self.controller.close()

    def new_session_dialog(self) -> None:
        path = dialogs.ask_new_path(self, settings.get("last_folder"))
        if path:
            self.create_session(path)

    def open_session_dialog(self) -> None:
        path = dialogs.ask_open_path(self, settings.get("last_folder"))
        if path:
            self.open_session(path)

    def save_copy_dialog(self) -> None:
        store = self.controller.store
        if store is None:
            return
        suggestion = str(store.path.with_name(store.path.stem + " copy.zopp")) if store.path else ""
        path = dialogs.ask_copy_path(self, suggestion)
        if path:
            self.save_copy(path)

    def save_copy(self, path: str | Path) -> bool:
        try:
            written = self.controller.store.save_copy(path)
        except FacilitatorError as error:
            self.last_dialog = dialogs.show_problem(
                self, self.tr("No copy was saved"), core_text(str(error))
            )
            return False
        except OSError as error:  # a read-only stick, a folder without rights
            self.last_dialog = dialogs.show_problem(
                self,
                self.tr("No copy was saved"),
                self.tr("{0} cannot be written there ({1}); choose another folder.").format(
                    path, error
                ),
            )
            return False
        self.show_message(self.tr("A copy of the session was saved as {0}.").format(written))
        return True

    def _on_session_changed(self) -> None:
        store = self.controller.store
        has_session = store is not None
        for action_id in (
            ActionId.SAVE_COPY,
            ActionId.COMPARE,
            ActionId.IMPORT_MIRADI,
            ActionId.CLOSE,
        ):
            self.actions[action_id].setEnabled(has_session)
        if has_session:
            self.set_zoom(theme.parse_zoom(store.preference("zoom") or None), remember=False)
        self._show_warnings()
        self._on_changed(set())
        self.show_step(self.current_step())

    def _show_warnings(self) -> None:
        """The open session's warnings (opened read-only, a backup that could not be made)."""
        store = self.controller.store
        warnings = store.warnings if store is not None else []
        self.session_banner.setText("\n".join(core_text(w) for w in warnings))
        self.session_banner.setVisible(bool(warnings))

    def _on_changed(self, _tables: set[str]) -> None:
        if self._sticky_message:
            self.clear_message()  # the next action ends a notice about what was removed
        store = self.controller.store
        self.navigator.set_statuses(step_status(store) if store is not None else {})
        self._update_undo_actions()
        self._update_title()

    def undo(self) -> None:
        self.flush_pages()
        label = self.controller.undo_text()
        if self.controller.undo() and label:
            self.show_message(self.tr("Undone: {0}. Redo with Ctrl+Shift+Z.").format(label))

    def redo(self) -> None:
        self.flush_pages()
        label = self.controller.redo_text()
        if self.controller.redo() and label:
            self.show_message(self.tr("Redone: {0}.").format(label))

    def _update_undo_actions(self) -> None:
        for action_id, text, verb in (
            (ActionId.UNDO, self.controller.undo_text(), self.tr("&Undo")),
            (ActionId.REDO, self.controller.redo_text(), self.tr("&Redo")),
        ):
            action = self.actions[action_id]
            action.setEnabled(bool(text))
            action.setText(f"{verb} {core_text(text)}" if text else verb)

    def _update_title(self) -> None:
        store = self.controller.store
        if store is None:
            self.setWindowTitle(APP_NAME)
            return
        title = store.meta().get("title", "") or self.tr("Untitled workshop")
        if len(title) > TITLE_CHARS:  # a title bar shows the beginning of a long title
            title = title[:TITLE_CHARS].rstrip() + "…"
        where = store.path.name if store.path else self.tr("not saved to a file")
        if self.has_unsaved_typing():
            saved = self.tr("saving typing…")
        else:
            saved = self.tr("all changes saved") if store.path else self.tr("in memory only")
        self.setWindowTitle(f"{title} — {where} — {saved} — {APP_NAME}")

    def has_unsaved_typing(self) -> bool:
        """Whether a page holds typing not yet in the session file."""
        return bool(autosave.pending()) or any(
            page.has_unsaved_typing() for page in self.pages.values()
        )

    def show_message(self, text: str) -> None:
        """A plain sentence in the status bar (refused edits, confirmations), for this step."""
        self._sticky_message = False
        self._message_step = self.current_step()
        self.statusBar().showMessage(text, 12000)

    def show_notice(self, text: str) -> None:
        """A sentence that stays until the next action or step (what a removal took with it)."""
        self._message_step = self.current_step()
        self.statusBar().showMessage(text)
        self._sticky_message = True

    def clear_message(self) -> None:
        self._sticky_message = False
        self._message_step = None
        self.statusBar().clearMessage()

    # -- projector mode -------------------------------------------------------
    def set_zoom(self, factor: float, remember: bool = True) -> None:
        self.zoom = theme.clamp_zoom(factor)
        theme.apply(settings.get("high_contrast"), self.zoom)
        self.fit_navigator()
        for page in self.pages.values():
            page.zoom_changed(self.zoom)
        if self.presenter is not None:
            self.presenter.zoom_changed(self.zoom)
        store = self.controller.store
        if remember and store is not None:
            store.set_preference("zoom", f"{self.zoom:.2f}")
        if remember:
            self.show_message(self.tr("Zoom {0} %").format(round(self.zoom * 100)))

    #: the most of the window's width the step list takes before it shows numbers only
    NAVIGATOR_SHARE = 0.2

    def fit_navigator(self) -> None:
        """Titles when they fit in a fifth of the window, else numbers only (titles in tooltips)."""
        nav = self.navigator
        nav.ensurePolished()
        full = nav.full_width()
        compact = full > self.width() * self.NAVIGATOR_SHARE
        nav.set_compact(compact)
        width = nav.compact_width() if compact else full
        nav.setMinimumWidth(width)
        nav.setMaximumWidth(width if compact else max(width, round(self.width() * 0.3)))
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[0] != width:
            self.splitter.setSizes([width, max(1, sum(sizes) - width)])

    def showEvent(self, event) -> None:
        if self._welcome_when_shown and self.controller.store is None:
            self.show_step(self.current_step())
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_navigator()

    def set_full_screen(self, full: bool) -> None:
        self.showFullScreen() if full else self.showNormal()

    # -- the presenter view ---------------------------------------------------------
    def open_presenter(self):
        """Open (or bring up) the room's window; None without a session."""
        if self.controller.store is None:
            self.show_message(self.tr("Open a session first: the presenter view shows its steps."))
            self.actions[ActionId.PRESENTER].setChecked(False)
            return None
        if self.presenter is None:
            from .presenter import PresenterView

            self.presenter = PresenterView(self)
            self.presenter.set_show_names(self.actions[ActionId.PRESENTER_NAMES].isChecked())
            self.presenter.set_qr_widget(self._room_qr)
            self.presenter.destroyed.connect(lambda *_: setattr(self, "presenter", None))
        self.presenter.follow()
        self.actions[ActionId.PRESENTER].blockSignals(True)
        self.actions[ActionId.PRESENTER].setChecked(True)
        self.actions[ActionId.PRESENTER].blockSignals(False)
        return self.presenter

    def set_presenter(self, on: bool) -> None:
        if on:
            view = self.open_presenter()
            if view is not None:
                view.place()
        elif self.presenter is not None:
            self.presenter.close()  # (deletes itself)
            self.presenter = None

    def set_room_qr(self, widget) -> None:
        """Live voting's QR code for the presenter view (None: live voting is off)."""
        self._room_qr = widget
        if self.presenter is not None:
            self.presenter.set_qr_widget(widget)

    def _presenter_names(self, on: bool) -> None:
        if self.presenter is not None:
            self.presenter.set_show_names(on)

    def set_step_list(self, on: bool) -> None:
        """Show or fold away the step list (F9): on a projector at a high zoom the pages get
        its width; Ctrl+1 … Ctrl+9 and Ctrl+PgDown still move between steps."""
        settings.put("step_list", bool(on))
        self.navigator.setVisible(bool(on))

    def set_high_contrast(self, on: bool) -> None:
        settings.put("high_contrast", bool(on))
        theme.apply(bool(on), self.zoom)

    # -- window state -----------------------------------------------------------
    def _restore_window_state(self) -> None:
        geometry = settings.get("window/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            self._default_size()
        splitter = settings.get("window/splitter")
        if splitter:
            self.splitter.restoreState(splitter)

    def _default_size(self) -> None:
        """A projector-sized window (1280×720), smaller if the screen is."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(DEFAULT_SIZE[0], screen.width()) if screen else DEFAULT_SIZE[0]
        height = min(DEFAULT_SIZE[1], screen.height()) if screen else DEFAULT_SIZE[1]
        self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.put_many(
            {"window/geometry": self.saveGeometry(), "window/splitter": self.splitter.saveState()}
        )
        self.flush_pages()
        if self.presenter is not None:
            self.presenter.close()
            self.presenter = None
        self.controller.close()
        super().closeEvent(event)


def _compare_dialogs():
    """The Compare / New from / Miradi dialogs, imported when first asked for (they need pandas,
    which the window does not load at start)."""
    from . import compare_dialog

    return compare_dialog
