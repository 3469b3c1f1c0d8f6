"""SQLite's sums of the counted votes, and the figures made of them (``rollup`` applies the rules).

SQLite adds up the counted votes (participants marked as voting) per target,
criterion, scope and working group with exact sums and counts: a mean is the
sum over the count. ``Figure`` is a figure with what it is made of; ``mean_of``
the mean of figures that are themselves means (country → region → overall).
"""

from __future__ import annotations

import functools
import gc
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, ParamSpec, TypeVar

from facilitator.session import vote_sums

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

NAN = math.nan
Target = tuple[str, int, str]  # (target kind, target id, criterion)
P = ParamSpec("P")
R = TypeVar("R")


def without_gc_pauses(build: Callable[P, R]) -> Callable[P, R]:
    """Build a table with Python's cycle collector held: the tens of thousands of short-lived
    tuples of a large workshop would otherwise set off full collections over every object the
    process holds (measured: a quarter of the time of every table). Nothing built here makes
    reference cycles; the collector runs again as soon as the table is built."""

    @functools.wraps(build)
    def held(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return build(*args, **kwargs)
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            gc.enable()

    return held


class Figure(NamedTuple):
    """A figure and what it is made of: ``n`` numbers (their mean is ``score``), ``unknown``
    '-' answers, ``empty`` blank ones; ``state`` says why there is no number."""

    score: float
    n: int
    unknown: int
    empty: int
    low: float
    high: float
    state: str

    @property
    def spread(self) -> float:
        return self.high - self.low


EMPTY = Figure(NAN, 0, 0, 0, NAN, NAN, "empty")


def _state(n: int, unknown: int) -> str:
    """'number' when any figure counted, else 'unknown' when anyone said '-', else 'empty'."""
    return "number" if n > 0 else "unknown" if unknown > 0 else "empty"


def _low(a: float, b: float) -> float:
    return b if math.isnan(a) else a if math.isnan(b) else min(a, b)


def _high(a: float, b: float) -> float:
    return b if math.isnan(a) else a if math.isnan(b) else max(a, b)


class Sum(NamedTuple):
    """Votes added up: the exact sum and count of the numbers, the other answers counted."""

    total: float
    n: int
    unknown: int
    empty: int
    low: float
    high: float

    def plus(self, other: Sum) -> Sum:
        return Sum(
            self.total + other.total,
            self.n + other.n,
            self.unknown + other.unknown,
            self.empty + other.empty,
            _low(self.low, other.low),
            _high(self.high, other.high),
        )

    def figure(self) -> Figure:
        return _figure_of(self)


@functools.lru_cache(maxsize=65536)
def _figure_of(s: Sum) -> Figure:
    """The figure of a sum; a large workshop's thousands of sums hold few distinct values."""
    total, n, unknown, empty, low, high = s
    if n:
        return _new(Figure, (total / n, n, unknown, empty, low, high, "number"))
    return _new(Figure, (NAN, 0, unknown, empty, NAN, NAN, _state(0, unknown)))


_new = tuple.__new__


def mean_of(figures: Iterable[Figure]) -> Figure:
    """The mean of figures that are themselves means (country → region → overall).

    ``n`` counts the figures with a number, ``unknown`` / ``empty`` those without.
    """
    numbers: list[float] = []
    unknown = empty = 0
    for f in figures:
        if f.state == "number":
            numbers.append(f.score)
        elif f.state == "unknown":
            unknown += 1
        else:
            empty += 1
    if not numbers:
        return Figure(NAN, 0, unknown, empty, NAN, NAN, _state(0, unknown))
    score = math.fsum(numbers) / len(numbers)
    return Figure(score, len(numbers), unknown, empty, min(numbers), max(numbers), "number")


@dataclass
class VoteSums:
    """The counted votes of one target and criterion, added up per scope and working group."""

    country: dict[str, Sum] = field(default_factory=dict)  # all of a country's votes
    plain: dict[str, Sum] = field(default_factory=dict)  # given without a working group
    groups: dict[tuple[str, str], Sum] = field(default_factory=dict)  # (country, region)
    region: dict[str, Sum] = field(default_factory=dict)  # votes for a region as a whole

    def add(self, scope_kind: str, scope: str, region: str, s: Sum) -> None:
        if scope_kind == "region":
            old = self.region.get(scope)
            self.region[scope] = s if old is None else old.plus(s)
            return
        old = self.country.get(scope)
        self.country[scope] = s if old is None else old.plus(s)
        if region:
            self.groups[(scope, region)] = s
        else:
            self.plain[scope] = s


@without_gc_pauses
def read_sums(
    store: SessionStore, sources: dict[str, str], targets: Iterable[Target] | None = None
) -> dict[Target, VoteSums]:
    """SQLite's sums of the counted votes per target (only ``targets`` when given).

    The votes as they stand are added up already (``session.vote_sums``: kept current by
    triggers); a kept round's are added up here. Every target in one pass; a few targets
    one query each, so that each is a search of the index (a list of targets in one query
    would scan the whole index).
    """
    out: dict[Target, VoteSums] = {}
    for source in sorted(set(sources.values())):
        kinds = [k for k, s in sources.items() if s == source]
        sql = vote_sums.KEPT_SQL if source == "votes" else vote_sums.FRESH_SQL
        if targets is None:
            where = "AND target_kind IN (" + ",".join("?" * len(kinds)) + ")"
            _add_sums(out, store.conn.execute(sql.format(source=source, targets=where), kinds))
            continue
        one = sql.format(
            source=source, targets="AND target_kind = ? AND target_id = ? AND criterion = ?"
        )
        for target in sorted(set(targets)):
            if target[0] in kinds:
                _add_sums(out, store.conn.execute(one, target))
    return out


def _add_sums(out: dict[Target, VoteSums], rows: Iterable[tuple]) -> None:
    new, last, sums = tuple.__new__, None, VoteSums()
    for tk, tid, crit, scope_kind, scope, region, total, n, unknown, empty, low, high in rows:
        s = new(
            Sum,
            (
                float(total),
                int(n),
                int(unknown or 0),
                int(empty or 0),
                NAN if low is None else float(low),
                NAN if high is None else float(high),
            ),
        )
        key = (str(tk), int(tid), str(crit))
        if key != last:  # the rows come by target: look a target up once
            sums = out.get(key) or out.setdefault(key, VoteSums())
            last = key
        sums.add(str(scope_kind), str(scope), str(region or ""), s)
