"""A session that cannot be written opens read-only with a banner; a damaged one offers its backup."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from facilitator.plan import model
from facilitator.session.opening import open_to_read
from facilitator.session.store import backup_path
from ui.main_window import MainWindow


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type_a_vision(window, qtbot) -> None:
    window.show_step("vision")
    page = window.page("vision")
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Leopards thrive")
    window.navigator.setFocus()  # leaving the editor saves it
    window.flush_pages()


@pytest.fixture
def immutable(session_path: Path):
    """The session file marked immutable (chattr +i): not even root may write it."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    done = subprocess.run(["chattr", "+i", str(session_path)], check=False, capture_output=True)
    if done.returncode != 0:
        pytest.skip("this file system cannot mark files immutable")
    yield session_path
    subprocess.run(["chattr", "-i", str(session_path)], check=True)


def _opened_read_only(window, qtbot, path: Path, reason: str) -> None:
    before = path.read_bytes()
    assert window.open_session(path)
    banner = window.session_banner
    assert banner.isVisible()
    assert banner.text().startswith("Open for reading only.") and reason in banner.text()
    window.set_zoom(1.5)  # a view setting is not kept in a file open for reading
    _type_a_vision(window, qtbot)
    assert "open only for reading" in window.statusBar().currentMessage()
    window.controller.close()
    assert path.read_bytes() == before
    with open_to_read(str(path)) as s:
        assert model.adopted_text(s, "vision") == ""


def test_an_immutable_session_opens_read_only_with_a_banner(qtbot, immutable):
    window = _window(qtbot)
    _opened_read_only(window, qtbot, immutable, "read-only")
    assert sorted(p.name for p in immutable.parent.glob("workshop*")) == ["workshop.zopp"]


def test_a_lock_file_that_is_a_folder_opens_read_only_with_a_banner(qtbot, session_path):
    (session_path.parent / "workshop.zopp.lock").mkdir()
    window = _window(qtbot)
    _opened_read_only(window, qtbot, session_path, "its lock file workshop.zopp.lock is a folder")


def test_a_damaged_session_offers_a_copy_of_its_newest_sound_backup(qtbot, session_path):
    shutil.copy(session_path, backup_path(session_path, 1))
    conn = sqlite3.connect(session_path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("INSERT INTO items (kind, label) VALUES ('threaf', 'A bit flipped')")
    conn.commit()
    conn.close()
    window = _window(qtbot)
    assert not window.open_session(session_path)
    box = window.last_dialog
    assert box.objectName() == "damaged-dialog"
    assert "damaged in the threat analysis (problem tree)" in box.text()
    assert "workshop.bak1.zopp" in box.text()
    button = box.findChild(QPushButton, "open-backup-button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.store is not None)
    restored = window.controller.store.path
    assert restored.name == "workshop (from workshop.bak1).zopp"
    assert window.controller.store.scalar("SELECT COUNT(*) FROM items") == 0
    window.controller.close()


def test_a_vision_longer_than_its_limit_is_refused_as_it_is_saved(qtbot, session_path):
    window = _window(qtbot)
    assert window.open_session(session_path)
    window.show_step("vision")
    page = window.page("vision")
    page.editor.setFocus()
    page.editor.setPlainText("Leopards thrive. " * 200)  # 3,400 characters pasted (kept trimmed)
    window.navigator.setFocus()
    window.flush_pages()
    assert window.statusBar().currentMessage() == (
        "The text of the Vision or Goal may hold at most 3,000 characters "
        "(this one has 3,399); shorten it — nothing was changed."
    )
    window.controller.close()
    with open_to_read(str(session_path)) as s:
        assert model.adopted_text(s, "vision") == ""


def test_the_backups_roll_once_the_window_shows_the_session(qtbot, session_path):
    window = _window(qtbot)
    assert window.open_session(session_path)
    qtbot.waitUntil(lambda: backup_path(session_path, 1).exists(), timeout=3000)
    assert not window.session_banner.isVisible()


def test_a_disk_too_full_for_the_backup_shows_a_warning_and_the_session_stays_open(
    qtbot, session_path, monkeypatch
):
    from facilitator.session import store as store_module

    def full(conn, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module, "_vacuum_into", full)
    window = _window(qtbot)
    assert window.open_session(session_path)
    qtbot.waitUntil(lambda: window.session_banner.isVisible(), timeout=3000)
    assert "full" in window.session_banner.text()
    assert window.controller.store is not None and not window.controller.store.read_only
    assert not backup_path(session_path, 1).exists()
