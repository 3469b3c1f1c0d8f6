"""The Phones tab of a voting page: start live voting, show the QR code, watch progress.

The server (``facilitator.live.server``) runs in its own thread with its own
connection to the session file; this panel only hears "someone voted" through
a queued signal and redraws the progress board (and revealed results) at most
a few times a second, so 100 phones never slow the window down.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.live.qr import qr_svg
from facilitator.live.server import LiveServer, network_addresses
from facilitator.voting import closing
from facilitator.voting import state as voting
from ui.i18n import core_text, current_language

from ..voting.progress_board import ProgressBoard
from .results_feed import ResultsFeed

#: how often the board and results are redrawn while phones vote (ms)
REFRESH_MS = 300
#: after this long with no phone, say why phones may not reach the laptop (s)
NO_PHONE_HINT_SECONDS = 60
NO_PHONE_HINT = QT_TRANSLATE_NOOP(
    "LivePanel",
    "No phone has connected yet. If phones cannot open the address, the Wi-Fi probably keeps "
    "devices apart (client isolation): connect the laptop and the phones to a phone hotspot or "
    "a travel router instead, or carry on with the shared screen and ballots, which keep working.",
)


class _Relay(QObject):
    """Carries the server thread's 'someone voted' to the window's thread."""

    voted = Signal(int)


class LivePanel(QWidget):
    """Start / stop live voting for one vote, with the QR code large enough for the back row."""

    def __init__(self, page, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.kind = page.kind
        self.server: LiveServer | None = None
        self._started_at = 0.0
        self._dirty = False
        self.relay = _Relay(self)
        self.relay.voted.connect(self._voted)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.feed = ResultsFeed(page, self)
        self._build()
        page.controller.session_changed.connect(self.stop)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._show_running(False)

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        self.interface_box = QComboBox()
        self.interface_box.setObjectName("live-interface")
        for name, address in network_addresses():
            self.interface_box.addItem(f"{address} ({name})", address)
        self.start_button = QPushButton(self.tr("Start live voting"))
        self.start_button.setObjectName("live-start")
        self.start_button.clicked.connect(lambda: self.start())
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("live-stop")
        self.stop_button.clicked.connect(self.stop)
        self.close_button = QPushButton(self.tr("Close voting"))
        self.close_button.setObjectName("live-close")
        self.close_button.clicked.connect(self.toggle_closed)
        self.reveal_button = QPushButton(self.tr("Reveal results"))
        self.reveal_button.setObjectName("live-reveal")
        self.reveal_button.clicked.connect(self.reveal)
        self.sheet_button = QPushButton(self.tr("Personal QR codes (PDF)…"))
        self.sheet_button.setObjectName("live-sheet")
        self.sheet_button.clicked.connect(self.sheet_dialog)
        self.release_button = QPushButton(self.tr("Release a phone…"))
        self.release_button.setObjectName("live-release")
        self.release_button.setToolTip(self.tr("Let a participant sign in on another phone"))
        self.release_button.clicked.connect(self.release_dialog)
        # Two rows of buttons, so the tab fits a 1280-pixel projector at any zoom.
        top = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(QLabel(self.tr("Network:")))
        first.addWidget(self.interface_box)
        for button in (self.start_button, self.stop_button):
            first.addWidget(button)
        first.addStretch(1)
        for button in (self.close_button, self.reveal_button, self.sheet_button):
            second.addWidget(button)
        second.addWidget(self.release_button)
        second.addStretch(1)
        top.addLayout(first)
        top.addLayout(second)

        self.qr = QSvgWidget()
        self.qr.setObjectName("live-qr")
        self.qr.setMinimumSize(240, 240)
        self.qr.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.qr.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.address_label = QLabel()
        self.address_label.setObjectName("live-address")
        self.address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label = QLabel()
        self.code_label.setObjectName("live-code")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        # Large enough for the back row (a style sheet, so the app's theme cannot shrink it).
        self.address_label.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.code_label.setStyleSheet("font-size: 44pt; font-weight: bold; letter-spacing: 4px;")
        self.phones_label = QLabel()
        self.phones_label.setObjectName("live-phones")
        self.hint = QLabel()
        self.hint.setObjectName("live-hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setProperty("tone", "alert")  # reads in either theme
        self.status_label = QLabel()
        self.status_label.setObjectName("live-status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        words = QVBoxLayout()
        words.addWidget(QLabel(self.tr("Scan the code, or open:")))
        words.addWidget(self.address_label)
        words.addWidget(QLabel(self.tr("Join code:")))
        words.addWidget(self.code_label)
        words.addWidget(self.phones_label)
        words.addWidget(self.hint)
        words.addStretch(1)
        self.board = ProgressBoard()
        self.board.setObjectName("live-board")
        grid = QGridLayout()
        grid.addWidget(self.qr, 0, 0)
        grid.addLayout(words, 0, 1)
        grid.addWidget(self.board, 0, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.status_label)
        column.addLayout(grid, 1)

    # -- starting and stopping ----------------------------------------------------------
    def start(self, host: str | None = None, port: int = 0) -> bool:
        """Start the server on the chosen network; False (and one sentence) if it cannot."""
        store = self.page.store
        if self.server is not None or store is None:
            return False
        if store.path is None:
            self._say(self.tr("Live voting needs a session saved as a file."))
            return False
        host = host or self.interface_box.currentData() or "127.0.0.1"
        server = LiveServer(
            store.path, self.kind.id, host=host, port=port, on_vote=self.relay.voted.emit
        )
        try:
            server.start()
        except (OSError, FacilitatorError) as error:
            self._say(
                self.tr("Live voting could not start on {0}: {1}.").format(
                    host, getattr(error, "strerror", None) or core_text(str(error))
                )
            )
            return False
        self.server = server
        self._started_at = time.monotonic()
        self.qr.load(qr_svg(server.address))
        self.qr.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.address_label.setText(server.address)
        self.code_label.setText(server.join_code)
        self.hint.clear()
        self._show_running(True)
        self._refresh_board()
        self.timer.start()
        self._say(
            self.tr("Live voting is on at {0}; join code {1}.").format(
                server.address, server.join_code
            )
        )
        self._show_in_room(server.address)
        return True

    def _show_in_room(self, address: str | None) -> None:
        """The presenter view shows its own copy of the QR code while live voting is on."""
        show = getattr(self.window(), "set_room_qr", None)
        if show is None:
            return
        if address is None:
            show(None)
            return
        room = QSvgWidget()
        room.setObjectName("presenter-live-qr")
        room.load(qr_svg(address))
        room.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        room.setMinimumSize(200, 200)
        show(room)

    def stop(self) -> None:
        """Stop listening (also when the session closes or the app quits)."""
        if self.server is None:
            return
        self.timer.stop()
        server, self.server = self.server, None
        server.stop()
        self.feed.close()
        self._show_running(False)
        self._show_in_room(None)
        self._say(self.tr("Live voting stopped; phones can no longer reach the laptop."))

    def _show_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.interface_box.setEnabled(not running)
        for widget in (self.stop_button, self.sheet_button, self.release_button):
            widget.setEnabled(running)
        for widget in (self.qr, self.address_label, self.code_label, self.phones_label):
            widget.setVisible(running)
        if not running:
            self.hint.clear()
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.page.controller.message.emit(text)

    # -- the facilitator's buttons --------------------------------------------------------
    def _update_buttons(self) -> None:
        store = self.page.store
        closed = store is not None and closing.is_closed(store, self.kind.id)
        self.close_button.setText(self.tr("Reopen voting") if closed else self.tr("Close voting"))
        self.close_button.setEnabled(store is not None)
        self.reveal_button.setEnabled(store is not None)

    def toggle_closed(self) -> None:
        store = self.page.store
        if store is None:
            return
        closed = closing.is_closed(store, self.kind.id)
        edit = closing.reopen_vote(self.kind.id) if closed else closing.close_vote(self.kind.id)
        self.page.controller.apply(edit)
        self._update_buttons()

    def reveal(self) -> bool:
        """Close the vote and reveal the results on the shared screen (and to the phones),
        asking first when some voters have entered nothing — as the page's own Reveal does."""
        if self.page.store is None:
            return False
        revealed = self.page.reveal()
        self._update_buttons()
        return revealed

    def bound_names(self) -> dict[str, int]:
        """Participants signed in on a phone: name → id."""
        from facilitator.live import access

        store = self.page.store
        if store is None:
            return {}
        bound = access.bound_participants(store)
        return {p.name: p.id for p in voting.voters(store) if p.id in bound}

    def release_dialog(self) -> None:
        names = self.bound_names()
        if not names:
            self._say(self.tr("No participant is signed in on a phone."))
            return
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Release a phone"),
            self.tr("Let this participant sign in on another phone:"),
            list(names),
            0,
            False,
        )
        if ok and name:
            self.release(names[name])

    def release(self, participant_id: int) -> None:
        """The participant's phone is signed out; the next phone to claim them gets them."""
        if self.server is None:
            return
        names = {pid: n for n, pid in self.bound_names().items()}
        self.server.call(lambda booth: booth.release(participant_id))
        who = names.get(participant_id)
        self._say(
            self.tr("{0} can now sign in on another phone.").format(who)
            if who
            else self.tr("The participant can now sign in on another phone.")
        )

    def sheet_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Personal QR codes"),
            f"{self.kind.id}-personal-codes.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.write_sheet(Path(path))

    def write_sheet(self, path: Path) -> Path | None:
        from facilitator.live.sheet import write_sheet

        if self.server is None or self.page.store is None:
            return None
        try:
            written = write_sheet(
                self.page.store, path, self.server.address, self.kind.id, current_language()
            )
        except OSError as error:
            self._say(
                self.tr("The sheet could not be written to {0}: {1}.").format(
                    path, error.strerror or error
                )
            )
            return None
        self._say(self.tr("Personal QR codes written to {0}.").format(written))
        return written

    # -- live updates ----------------------------------------------------------------------
    def _voted(self, _participant_id: int) -> None:
        self._dirty = True

    def _tick(self) -> None:
        """At most a few times a second: redraw what phones changed."""
        if self.server is None:
            return
        connected = len(self.server.connected())
        self.phones_label.setText(self.tr("Phones connected: {0}").format(connected))
        waited = time.monotonic() - self._started_at
        self.hint.setText(
            self.tr(NO_PHONE_HINT) if connected == 0 and waited > NO_PHONE_HINT_SECONDS else ""
        )
        self.feed.poll()
        if not self._dirty:
            return
        self._dirty = False
        self._refresh_board()
        if self.page.revealed:
            self.feed.request()

    def _refresh_board(self) -> None:
        """This board and the Vote tab's board and picker: one count of everyone's cells."""
        store = self.page.store
        if store is None:
            return
        rows = voting.progress(store, self.kind)
        self.board.progress.set_rows(rows)
        vote_panel = self.page.panel
        vote_panel.board.progress.set_rows(rows)
        vote_panel.picker.mark_complete({r.participant.id: r.complete for r in rows})
        if vote_panel.voter_id is not None and vote_panel.scope is not None:
            vote_panel.grid.grid.set_answers(
                voting.own_votes(store, vote_panel.voter_id, vote_panel.scope, self.kind)
            )
