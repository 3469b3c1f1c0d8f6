"""Picture every step page: one PNG per step, named ``NN-step_id.png``.

Runs offscreen at 1280×720 (a common projector resolution), so the pictures
show what a room would see.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from facilitator.plan.glossary import STEPS

SIZE = (1280, 720)


def settle(ms: int = 60) -> None:
    """Let the window lay itself out and paint before it is grabbed."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def write_screenshots(window, folder: str | Path) -> list[Path]:
    """Show each step in ``window`` and save a PNG of the whole window into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    settle(200)
    written = []
    for number, step in enumerate(STEPS, start=1):
        window.show_step(step.id)
        settle()
        target = folder / f"{number:02d}-{step.id}.png"
        window.grab().save(str(target))
        written.append(target)
    return written
