"""Benchmark of voting on the shared screen: keystroke to saved vote, and table refresh after a vote.

Uses the synthetic workshop of ``bench/run.py`` (100 participants × 15
countries × 60 drivers/threats, 100 activities, every vote cast), opens the
Threat ranking and Prioritisation pages offscreen, and times key presses on
the voting grid as a facilitator types them: each one is checked, saved as an
undoable edit (committed to the file), and the page refreshes.

Usage:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/voting.py [--keys 100]

Also times the ballots of an online workshop: every voter's threat-ranking
workbook exported, read back with the preview, and imported as one edit.

Prints one table of medians. Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from run import build_workshop

from facilitator.ballots import write as ballots
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits
from ui.controller import Controller
from ui.pages.prioritisation import PrioritisationPage
from ui.pages.threat_ranking import ThreatRankingPage


def time_keys(app: QApplication, page, keys: int, rng: random.Random) -> list[float]:
    """Seconds from a digit key on the grid to the vote saved and the page refreshed."""
    grid = page.panel.grid
    criteria = grid.grid.columnCount() - 1
    timings = []
    for n in range(keys):
        row = rng.randrange(grid.grid.rowCount())
        column = 1 + rng.randrange(criteria)
        grid.setCurrentIndex(grid.grid.index(row, column))
        current = grid.grid.index(row, column).data()
        digit = "1" if current != "1" else "2"  # always a real change
        start = time.perf_counter()
        QTest.keyClick(grid, digit)
        timings.append(time.perf_counter() - start)
        app.processEvents()
    return timings


def time_refresh(page, runs: int, rng: random.Random) -> list[float]:
    """Seconds to refresh the results on screen after one vote, as the page does once typing
    pauses: the figures kept current from the store's change notices, the tables updated."""
    store = page.store
    voter = store.scalar("SELECT id FROM participants WHERE votes = 1 ORDER BY id")
    code = store.scalar("SELECT country FROM participants WHERE id = ?", (voter,))
    if page.kind.target_kind == "item":
        targets = [
            (r["id"], c)
            for r in store.rows("SELECT id FROM items")
            for c in ("importance", "capacity")
        ]
    else:
        targets = [(r["id"], "priority") for r in store.rows("SELECT id FROM activities")]
    page.refresh_results()
    samples = []
    for _ in range(runs):
        target, criterion = rng.choice(targets)
        low = 0 if criterion == "importance" else 1
        value = rng.randint(low, 3)
        page.controller.apply(
            vote_edits.set_vote(
                voter, "country", code, page.kind.target_kind, target, criterion, value
            )
        )
        page.results_timer.stop()  # timed here instead of when the page's timer fires
        start = time.perf_counter()
        page.refresh_results()
        samples.append(time.perf_counter() - start)
    return samples


def time_ballots(
    store: SessionStore, folder: Path, language: str = "en"
) -> tuple[float, float, float, int]:
    """Seconds to export every voter's ballot (in ``language``), read them all back, and import
    them as one edit."""
    start = time.perf_counter()
    paths = ballots.export_ballots(store, folder, "threat_ranking", language=language)
    export = time.perf_counter() - start
    start = time.perf_counter()
    preview = ballots.read_ballots(store, paths)
    preview.changes(store)
    read = time.perf_counter() - start
    start = time.perf_counter()
    store.apply(preview.edit(skip_problem_rows=True))
    return export, read, time.perf_counter() - start, len(paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=100)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        store = SessionStore.create(Path(folder) / "bench.zopp")
        start = time.perf_counter()
        build_workshop(store, rng)
        print(
            f"synthetic workshop built in {time.perf_counter() - start:.1f} s "
            f"({store.scalar('SELECT COUNT(*) FROM votes')} votes)"
        )
        controller = Controller()
        controller.use(store)
        rows = []
        for page_class in (ThreatRankingPage, PrioritisationPage):
            page = page_class(controller)
            page.resize(1280, 720)
            page.show()
            page.refresh()
            page.panel.choose_voter(store.scalar("SELECT MIN(id) FROM participants"))
            page.set_revealed(False)
            hidden = time_keys(app, page, args.keys, rng)
            page.set_revealed(True)
            shown = time_keys(app, page, max(10, args.keys // 5), rng)
            refresh = time_refresh(page, 21, rng)
            page.set_revealed(False)
            rows.append((page.title, hidden, shown, refresh))
            page.close()
        ballot_times = time_ballots(store, Path(folder) / "ballots")
        russian = time_ballots(store, Path(folder) / "ballots-ru", "ru")
        controller.close()
    print(f"{'page':<16}{'key→saved (hidden)':>22}{'key→saved (shown)':>20}{'table refresh':>16}")
    for title, hidden, shown, refresh in rows:
        print(
            f"{title:<16}{statistics.median(hidden) * 1000:>19.1f} ms"
            f"{statistics.median(shown) * 1000:>17.1f} ms{statistics.median(refresh) * 1000:>13.1f} ms"
        )
    export, read, apply, count = ballot_times
    print(
        f"ballots: {count} threat-ranking workbooks exported in {export:.1f} s, read with preview in "
        f"{read:.1f} s, imported (one edit) in {apply:.2f} s"
    )
    export, read, apply, count = russian
    print(
        f"ballots in Russian: {count} exported in {export:.1f} s, read with preview in "
        f"{read:.1f} s, imported again (nothing changes) in {apply:.2f} s"
    )


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown of the offscreen pages at exit: nothing is left to save
