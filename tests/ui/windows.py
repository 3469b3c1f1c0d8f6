"""The main window as a user first sees it: a session open, 1280×720, on screen."""

from __future__ import annotations

from pathlib import Path


def open_window(qtbot, session: Path, size: tuple[int, int] = (1280, 720)):
    """A new main window with ``session`` open, resized to ``size``, shown and exposed."""
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_session(session)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
