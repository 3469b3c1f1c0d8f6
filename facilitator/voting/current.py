"""The session's results kept current from the store's change notices.

``results(store)`` is what a page that shows figures asks for: the first call
adds up every vote (``rollup.Figures``); after that the store tells this cache
which votes each edit, undo or redo touched, and the next call adds up only
those targets again and builds only their rows of each table (``Results`` with
``previous``). Anything else that changes the session (an item renamed, a
participant who no longer votes, a country moved, the bracket setting, a round
opened) — or a change the cache did not hear of, made through another connection
(phones) or past ``store.apply`` — makes the next call add up everything afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.voting.results import Results
from facilitator.voting.rollup import SHOW_EQUAL_KEY, Target

if TYPE_CHECKING:
    from facilitator.session.changes import RowChange
    from facilitator.session.store import SessionStore

#: tables the results never read: a change to them (the Vision typed, a tree link drawn, a box
#: moved, a monitoring record) keeps the results as they are
_QUIET = frozenset(
    {
        "history",
        "history_changes",
        "item_positions",
        "links",
        "texts",
        "reviews",
        "monitoring_actions",
        "recommendations",
    }
)
Rounds = tuple[int | None, int | None]


def results(
    store: SessionStore, item_round: int | None = None, activity_round: int | None = None
) -> Results:
    """The session's results as they stand now (or a kept round's), reusing what did not change."""
    cache = store.caches.get(__name__)
    if cache is None:
        cache = store.caches[__name__] = CurrentResults(store)
    return cache.results((item_round, activity_round))


class CurrentResults:
    """Results per (item round, activity round), patched by the votes each change touched."""

    def __init__(self, store: SessionStore):
        self.store = store
        self._results: dict[Rounds, Results] = {}
        self._touched: dict[Rounds, set[Target]] = {}
        self._seen = self._stamp()
        store.add_change_listener(self._heard)

    def _stamp(self) -> tuple[int, int]:
        """Changes made through this connection, and a mark that moves when another commits."""
        version = self.store.conn.execute("PRAGMA data_version").fetchone()[0]
        return self.store.conn.total_changes, int(version)

    def _forget(self) -> None:
        self._results.clear()
        self._touched.clear()

    def _heard(self, tables: set[str], changes: list[RowChange] | None) -> None:
        unheard = self._stamp_before_change_moved()
        if unheard or changes is None and not all(t.startswith("pref.") for t in tables):
            self._forget()
        for change in changes or []:
            if change.table == "votes":
                key = change.key
                target = (str(key["target_kind"]), int(key["target_id"]), str(key["criterion"]))
                for touched in self._touched.values():
                    touched.add(target)
            elif change.table == "meta" and change.key.get("key") != SHOW_EQUAL_KEY:
                continue  # revealed, closed: the figures stay as they are
            elif change.table not in _QUIET:
                self._forget()
                break
        self._seen = self._stamp()

    def _stamp_before_change_moved(self) -> bool:
        """True when another connection committed since the cache last looked."""
        return self._stamp()[1] != self._seen[1]

    def results(self, rounds: Rounds) -> Results:
        if self._stamp() != self._seen:  # a change this cache did not hear of
            self._forget()
            self._seen = self._stamp()
        old = self._results.get(rounds)
        touched = self._touched.get(rounds, set())
        if old is None:
            fresh = Results(self.store, scores=None, figures=self._figures(rounds))
        elif touched:
            fresh = Results(self.store, figures=old.figures.refreshed(touched), previous=old)
            old._previous = None  # keep one Results back, never a chain of them
        else:
            return old
        self._results[rounds] = fresh
        self._touched[rounds] = set()
        return fresh

    def _figures(self, rounds: Rounds):  # -> rollup.Figures
        from facilitator.voting.rollup import Figures

        return Figures(self.store, item_round=rounds[0], activity_round=rounds[1])
