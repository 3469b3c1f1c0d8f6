"""Picture every step page: one PNG per step, named ``NN-step_id.png``.

Runs offscreen at 1280×720 (a common projector resolution) unless another size
is asked for, so the pictures show what a room would see. The voting steps are
pictured twice: with the first voter chosen (``NN-step_id-voting.png``) and with
the results revealed (``NN-step_id.png``); the presenter view is pictured last
(``presenter-NN-step_id.png`` for the steps it shows, ``-results-N`` for the other result
tabs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from facilitator.plan.glossary import STEPS

SIZE = (1280, 720)
VOTE_STEPS = ("threat_ranking", "prioritisation")
#: the steps the presenter view shows, pictured in it
PRESENTER_STEPS = ("vision", "problem_tree", "threat_ranking", "prioritisation")


def settle(ms: int = 60) -> None:
    """Let the window lay itself out and paint before it is grabbed."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def _pose_vote(page) -> bool:
    """Choose the first voter of a voting page; False when the session has none."""
    from facilitator.voting.state import voters as voters_of

    panel = page.panel
    voters = voters_of(panel.store) if panel.store is not None else []
    if not voters:
        return False
    panel.choose_voter(voters[0].id)
    return True


def compare_with(page, code: str | None) -> bool:
    """Compare a voting page's results with the country ``code`` (False: not in the session)."""
    box = getattr(page, "country_box", None)
    if box is None or not code:
        return True
    page.refresh_results()  # the filter lists the session's countries
    found = box.findData(code.upper())
    if found < 0:
        return False
    box.setCurrentIndex(found)
    page.refresh_results()
    return True


def write_screenshots(
    window,
    folder: str | Path,
    size: tuple[int, int] = SIZE,
    presenter: bool = True,
    compare: str | None = None,
) -> list[Path]:
    """Show each step in ``window`` and save a PNG of the whole window into ``folder``;
    ``compare``: the voting results compared with that country (its code)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*size)
    window.show()
    settle(200)
    written = []
    for number, step in enumerate(STEPS, start=1):
        window.show_step(step.id)
        settle()
        page = window.pages.get(step.id)
        if step.id in VOTE_STEPS and page is not None and hasattr(page, "panel"):
            if _pose_vote(page):
                settle()
                target = folder / f"{number:02d}-{step.id}-voting.png"
                window.grab().save(str(target))
                written.append(target)
            was_revealed = page.revealed
            page.set_revealed(True)
            compare_with(page, compare)
            settle(150)
            target = folder / f"{number:02d}-{step.id}.png"
            window.grab().save(str(target))
            written.append(target)
            written += _result_tabs(page, window, folder / f"{number:02d}-{step.id}")
            if not was_revealed:  # (a private copy, but keep the session as it was)
                page.set_revealed(False)
            continue
        target = folder / f"{number:02d}-{step.id}.png"
        window.grab().save(str(target))
        written.append(target)
    if presenter and window.controller.store is not None:
        written += _presenter_shots(window, folder, size)
    return written


def _presenter_shots(window, folder: Path, size: tuple[int, int]) -> list[Path]:
    view = window.open_presenter()
    if view is None:
        return []
    view.resize(*size)
    view.show()
    written = []
    for number, step in enumerate(STEPS, start=1):
        if step.id not in PRESENTER_STEPS:
            continue
        window.show_step(step.id)
        page = window.pages.get(step.id)
        if page is not None and hasattr(page, "set_revealed"):
            page.set_revealed(True)
        settle(150)
        target = folder / f"presenter-{number:02d}-{step.id}.png"
        view.grab().save(str(target))
        written.append(target)
        written += _result_tabs(page, view, folder / f"presenter-{number:02d}-{step.id}")
    view.close()
    return written


def _result_tabs(page, shown, stem: Path) -> list[Path]:
    """A picture of ``shown`` (the window, or the presenter view) for each of the page's
    result tabs after the first (by region, the chart): ``STEM-results-N.png``."""
    tabs = getattr(page, "result_tabs", None)
    if tabs is None:
        return []
    written = []
    for tab in range(1, tabs.count()):
        tabs.setCurrentIndex(tab)
        settle(150)
        target = stem.with_name(f"{stem.name}-results-{tab + 1}.png")
        shown.grab().save(str(target))
        written.append(target)
    tabs.setCurrentIndex(0)
    return written
