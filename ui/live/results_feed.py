"""Revealed results kept fresh while phones vote, added up off the window's thread.

Adding up every vote of a large workshop takes a few hundred milliseconds of
pandas; done on the window's thread once per refresh, 100 phones voting would
freeze the shared screen. ``ResultsFeed`` computes the page's figures
(``page.compute_results``) on one worker thread with its own connection to the
session file and hands them back through a queued signal; the page only
redraws (``page.show_results``). At most one computation runs at a time and a
new one starts at most every ``MIN_INTERVAL`` seconds.
"""

from __future__ import annotations

import concurrent.futures
import logging
import time

from PySide6.QtCore import QObject, Signal

from facilitator.session.store import SessionStore

log = logging.getLogger(__name__)

MIN_INTERVAL = 1.0


class ResultsFeed(QObject):
    ready = Signal(object)

    def __init__(self, page, parent: QObject | None = None):
        super().__init__(parent)
        self.page = page
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="live-results")
        self._store: SessionStore | None = None
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
        self._pool.submit(self._compute, store.path, self.page.country())

    def poll(self) -> None:
        """Called by the panel's timer: start a wanted computation once the pause is over."""
        if self._wanted:
            self.request()

    def _compute(self, path, country) -> None:
        try:
            if self._store is None:
                self._store = SessionStore.attach(path)
            data = self.page.compute_results(self._store, country)
        except Exception:  # the next vote asks again; the screen keeps its last figures
            log.exception("live results could not be computed")
            data = None
        self.ready.emit(data)

    def _show(self, data) -> None:
        self._busy = False
        if data is not None and self.page.revealed and self.page.store is not None:
            self.page.show_results(data)

    def close(self) -> None:
        """Wait for a computation in flight and close the worker's connection."""
        self._pool.submit(self._close_store).result()
        self._wanted = False

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
