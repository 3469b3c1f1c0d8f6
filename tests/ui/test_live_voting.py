"""Live voting from the Threat ranking page: QR code, address, progress as a phone votes."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import urllib.error
import urllib.request
from contextlib import closing

import pytest
from live_client import Phone
from PySide6.QtCore import Qt
from PySide6.QtSvgWidgets import QSvgWidget
from voting_workshop import build, item, person

from ui.actions import ActionId


@pytest.fixture
def page(main_window, qtbot):
    build(main_window.controller.store)
    main_window.controller.session_changed.emit()
    main_window.show_step("threat_ranking")
    page = main_window.page("threat_ranking")
    page.tabs.setCurrentWidget(page.live)
    return page


def board_text(board):
    model = board.progress
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="needs zbarimg: apt-get install zbar-tools")
def test_start_show_a_readable_qr_code_watch_progress_close_and_stop(
    page, main_window, qtbot, tmp_path, session_path
):
    live = page.live
    live.interface_box.setCurrentIndex(live.interface_box.findData("127.0.0.1"))
    qtbot.mouseClick(live.start_button, Qt.MouseButton.LeftButton)
    assert live.server is not None
    address = live.address_label.text()
    assert address.startswith("http://127.0.0.1:") and len(live.code_label.text()) == 6
    qtbot.wait(100)
    png = tmp_path / "qr.png"
    assert live.qr.grab().save(str(png))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=False
    ).stdout.strip()
    assert decoded == address

    phone = Phone(address)
    assert phone.claim(live.code_label.text(), person(page.store, "Ani Sargsyan").id)[0] == 200
    law = item(page.store, "Weak law enforcement")
    assert phone.vote("country:AM", law, "importance", "2")[0] == 200
    qtbot.waitUntil(lambda: board_text(live.board).get("Ani Sargsyan") == "1 / 8", timeout=3000)
    assert board_text(page.panel.board).get("Ani Sargsyan") == "1 / 8"
    qtbot.waitUntil(lambda: live.phones_label.text() == "Phones connected: 1", timeout=3000)
    assert main_window.controller.store.undo_stack.undo_label() != "set importance vote"

    qtbot.mouseClick(live.close_button, Qt.MouseButton.LeftButton)
    assert live.close_button.text() == "Reopen voting"
    status, body = phone.vote("country:AM", law, "importance", "3")
    assert status == 409 and body["error"].startswith("Threat ranking is closed")

    qtbot.mouseClick(live.stop_button, Qt.MouseButton.LeftButton)
    assert live.server is None and not live.qr.isVisible()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(address, timeout=2)
    with closing(sqlite3.connect(f"file:{session_path}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT value FROM votes").fetchall() == [(2.0,)]
        labels = [r[0] for r in conn.execute("SELECT label FROM history")]
        assert "set importance vote from the phone of Ani Sargsyan" in labels


def test_closing_the_session_stops_the_server_and_the_hint_explains_isolated_wifi(
    page, main_window, qtbot, monkeypatch
):
    from ui.live import panel as live_panel

    monkeypatch.setattr(live_panel, "NO_PHONE_HINT_SECONDS", 0)
    live = page.live
    assert live.start(host="127.0.0.1")
    qtbot.waitUntil(lambda: "client isolation" in live.hint.text(), timeout=3000)
    assert "phone hotspot or a travel router" in live.hint.text()
    address = live.server.address
    main_window.controller.close()
    assert live.server is None
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(address, timeout=2)


def test_reveal_asks_first_closes_the_vote_and_phones_may_see_the_figures(
    page, qtbot, session_path
):
    from answering import answer_next_question, asked

    live = page.live
    assert live.start(host="127.0.0.1")
    phone = Phone(live.server.address)
    phone.claim(live.server.join_code, person(page.store, "Ani Sargsyan").id)
    phone.vote("country:AM", item(page.store, "Prey depletion"), "importance", "3")
    # four of the five voters have entered nothing: the panel's Reveal asks, as the page's does
    asked.clear()
    answer_next_question(yes=False)
    qtbot.mouseClick(live.reveal_button, Qt.MouseButton.LeftButton)
    assert asked == ["4 of 5 voters have not voted — reveal anyway?"]
    assert not page.revealed and live.close_button.text() == "Close voting"
    status, body = phone.request("GET", "/api/results")
    assert status != 200  # nothing revealed to the phones either
    answer_next_question(yes=True)
    qtbot.mouseClick(live.reveal_button, Qt.MouseButton.LeftButton)
    assert page.revealed and live.close_button.text() == "Reopen voting"
    status, body = phone.vote("country:AM", item(page.store, "Road mortality"), "importance", "1")
    assert status == 409  # the reveal closed the vote
    with closing(sqlite3.connect(f"file:{session_path}?mode=ro", uri=True)) as conn:
        keys = {k for (k,) in conn.execute("SELECT key FROM meta")}
    assert "vote.threat_ranking.closed" in keys
    status, body = phone.request("GET", "/api/results")
    assert (
        status == 200 and body["scores"][str(item(page.store, "Prey depletion"))]["importance"] == 3
    )
    live.stop()


def test_the_facilitator_releases_a_phone_so_another_can_sign_in(page, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    live = page.live
    assert live.start(host="127.0.0.1")
    ani = person(page.store, "Ani Sargsyan").id
    first, second = (
        Phone(live.server.address, "lost-phone"),
        Phone(live.server.address, "new-phone"),
    )
    assert first.claim(live.server.join_code, ani)[0] == 200
    assert second.claim(live.server.join_code, ani)[0] == 409
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Ani Sargsyan", True))
    qtbot.mouseClick(live.release_button, Qt.MouseButton.LeftButton)
    assert "can now sign in on another phone" in live.status_label.text()
    assert first.ballot()[0] == 401
    assert second.claim(live.server.join_code, ani)[0] == 200
    live.stop()


def test_revealed_results_follow_phone_votes_added_up_in_a_helper_process(page, qtbot):
    page.set_revealed(True)  # results on screen while phones vote
    live = page.live
    assert live.start(host="127.0.0.1")
    shown = []
    original = page.show_results
    page.show_results = lambda data: (shown.append(data), original(data))
    phone = Phone(live.server.address)
    phone.claim(live.server.join_code, person(page.store, "Şule Yıldız").id)
    road = item(page.store, "Road mortality")
    assert phone.vote("country:TR", road, "importance", "3")[0] == 200
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    row = next(r for r in page.overall_table.figures.rows if r[0].text == "Road mortality")
    assert "3.0" in [c.text for c in row]
    live.stop()


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="needs zbarimg: apt-get install zbar-tools")
def test_the_presenter_view_shows_the_room_the_same_qr_code_while_live_voting_is_on(
    page, main_window, qtbot, tmp_path
):
    main_window.actions[ActionId.PRESENTER].trigger()  # View → Presenter view
    view = main_window.presenter
    assert view is not None
    live = page.live
    live.interface_box.setCurrentIndex(live.interface_box.findData("127.0.0.1"))
    qtbot.mouseClick(live.start_button, Qt.MouseButton.LeftButton)
    room = view.findChild(QSvgWidget, "presenter-live-qr")
    assert room is not None
    qtbot.wait(100)
    png = tmp_path / "room-qr.png"
    assert room.grab().save(str(png))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=False
    ).stdout.strip()
    assert decoded == live.address_label.text()
    qtbot.mouseClick(live.stop_button, Qt.MouseButton.LeftButton)
    assert view.findChild(QSvgWidget, "presenter-live-qr") is None
