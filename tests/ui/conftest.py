"""Fixtures for the app's tests: an offscreen app, private settings, and an open main window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from windows import open_window


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp):
    """Every test reads and writes its own QSettings file, never the user's."""
    folder = tmp_path / "settings"
    folder.mkdir(exist_ok=True)
    QCoreApplication.setOrganizationName("ZOPP Facilitator Tests")
    QCoreApplication.setApplicationName("zopp-facilitator-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder


UNANSWERED_AFTER_MS = 15_000


@pytest.fixture(autouse=True)
def no_unanswered_dialog(qapp):
    """A dialog that opens where the test expects none is closed after a while and fails the
    test, instead of waiting for a click that never comes (and holding the whole run)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    left_open: list[str] = []
    seen: dict[int, int] = {}

    def check() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            seen.clear()
            return
        waited = seen.get(id(box), 0) + 1000
        seen[id(box)] = waited
        if waited >= UNANSWERED_AFTER_MS and isinstance(box, QDialog):
            left_open.append(getattr(box, "text", box.windowTitle)() or box.windowTitle())
            box.reject()

    watchdog = QTimer()
    watchdog.setInterval(1000)
    watchdog.timeout.connect(check)
    watchdog.start()
    yield
    watchdog.stop()
    assert not left_open, f"A dialog was left for nobody to answer: {left_open}"


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    """A new, empty session file in a private folder (closed again, ready to open)."""
    from facilitator.session.store import SessionStore

    path = tmp_path / "workshop.zopp"
    SessionStore.create(path, "Test workshop").close()
    return path


@pytest.fixture
def main_window(qtbot, session_path: Path):
    """The main window, shown, with ``session_path`` open in it."""
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.open_session(session_path)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.controller.close()


@pytest.fixture
def sample_window(qtbot, sample_path: Path):
    """The main window at 1280×720, shown, with a private copy of the sample workshop open."""

    window = open_window(qtbot, sample_path)
    yield window
    window.close()
