"""Revealed results kept fresh while phones vote, added up outside the window's process.

Phones' votes come through the server's own connection, so the window's results
kept current (``facilitator.voting.current``) must add up every vote again after
them: about 50 ms on a large workshop, which on the window's thread once a second,
or on a thread holding the interpreter lock the window and the server need, would
still be felt while 100 phones vote. ``ResultsFeed`` computes the page's figures
(``compute_results`` of the page's class) in one helper process with its own
read connection to the session file and hands them back through a queued
signal; the page only redraws (``page.show_results``). At most one computation
runs at a time and a new one starts at most every ``MIN_INTERVAL`` seconds.
"""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from facilitator.session.store import SessionStore

log = logging.getLogger(__name__)

MIN_INTERVAL = 1.0

_store: SessionStore | None = None  # the helper process's connection


def compute(path: str, kind: str, country: str | None, round_no: int | None = None) -> dict:
    """In the helper process: the figures of the ``kind`` page, from the file at ``path``."""
    global _store
    if _store is None or str(_store.path) != path:
        _store = SessionStore.attach(Path(path))
    if kind == "prioritisation":
        from ui.pages.prioritisation import PrioritisationPage as Page
    else:
        from ui.pages.threat_ranking import ThreatRankingPage as Page  # type: ignore[assignment]
    return Page.compute_results(_store, country, round_no)


class ResultsFeed(QObject):
    ready = Signal(object)

    def __init__(self, page, parent: QObject | None = None):
        super().__init__(parent)
        self.page = page
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._busy = False
        self._wanted = False
        self._last = 0.0
        self.ready.connect(self._show)

    def request(self) -> None:
        """Votes changed: recompute the figures soon (never two at once, never too often)."""
        if self._busy or time.monotonic() - self._last < MIN_INTERVAL:
            self._wanted = True
            return
        store = self.page.store
        if store is None or store.path is None:
            return
        self._busy, self._wanted, self._last = True, False, time.monotonic()
        if self._pool is None:
            # 'spawn': a fresh interpreter, never a fork of the window's threads.
            context = multiprocessing.get_context("spawn")
            self._pool = concurrent.futures.ProcessPoolExecutor(1, mp_context=context)
        future = self._pool.submit(
            compute,
            str(store.path),
            self.page.kind.id,
            self.page.country(),
            self.page.shown_round(),
        )
        future.add_done_callback(self._done)

    def poll(self) -> None:
        """Called by the panel's timer: start a wanted computation once the pause is over."""
        if self._wanted:
            self.request()

    def _done(self, future: concurrent.futures.Future) -> None:
        try:
            data = future.result()
        except Exception:  # the next vote asks again; the screen keeps its last figures
            log.exception("live results could not be computed")
            data = None
        self.ready.emit(data)

    def _show(self, data) -> None:
        self._busy = False
        if data is not None and self.page.revealed and self.page.store is not None:
            self.page.show_results(data)

    def close(self) -> None:
        """End the helper process (waiting for a computation in flight)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._busy = self._wanted = False
