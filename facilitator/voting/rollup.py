"""How votes add up, from SQLite's sums in plain Python (method.md, "Votes and how they add up").

SQLite adds up the counted votes once per target, criterion, scope and working
group (exact sums and counts: a mean is the sum over the count, rounded half up
only when printed). Everything above a country's figure — its figure within
each region, the region's figure, the overall one and the brackets — depends
only on the votes of one target and criterion, so ``Figures`` keeps them per
(target kind, target, criterion): after a vote only that one is added up again
(``Figures.refreshed``). No pandas: the app's figures never need it.

The rules (``scoring`` names them for the frames it builds from these):

- a country's figure is the mean of its numeric votes; on drivers and threats,
  the votes given without a working group where there are any, else all of them;
- its figure *within a region* is the mean of its votes given in that region's
  working group; where it has none there, the mean of its votes given without one;
- a region's figure is the mean of the votes for the region as a whole where they
  answered, else the mean of its countries' figures within it; a country in no
  region counts as a region of its own;
- the overall figure is the mean of the region figures (of the country figures
  where no regions are defined); an activity's overall priority is the mean of
  its country priorities.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from facilitator.voting.score_text import THREAT_PLACES, round_half_up
from facilitator.voting.sums import (  # noqa: F401  (re-exported: the roll-up's vocabulary)
    EMPTY,
    Figure,
    Sum,
    Target,
    VoteSums,
    mean_of,
    read_sums,
    without_gc_pauses,
)

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

CRITERIA = ("importance", "capacity", "priority")
RANKED_CRITERIA = ("importance", "capacity")
SHOW_EQUAL_KEY = "results.brackets_show_equal"

#: above this many touched targets a refresh adds up every vote again (one pass is cheaper)
MOST_TARGETS = 200


@dataclass(frozen=True)
class Layout:
    """What the roll-up needs of the session besides the votes (countries, regions, order)."""

    countries: list[str]
    regions: list[str]
    members: list[tuple[str, str]]  # (region, country), in the order each region lists them
    show_equal: bool

    @cached_property
    def lone_countries(self) -> list[str]:
        """Countries in no region: where regions are defined, each counts as a region of its own."""
        if not self.regions:
            return []
        inside = {c for _r, c in self.members}
        return [c for c in self.countries if c not in inside]

    @cached_property
    def lone_set(self) -> frozenset[str]:
        return frozenset(self.lone_countries)

    @cached_property
    def region_columns(self) -> list[str]:
        """The regions, then the countries in no region (each a region of its own)."""
        return [*self.regions, *self.lone_countries]


def read_layout(store: SessionStore, show_equal: bool | None = None) -> Layout:
    countries = [
        str(r[0]) for r in store.conn.execute("SELECT code FROM countries ORDER BY position, code")
    ]
    regions = [
        str(r[0]) for r in store.conn.execute("SELECT name FROM regions ORDER BY position, name")
    ]
    members = [
        (str(r[0]), str(r[1]))
        for r in store.conn.execute(
            "SELECT m.region, m.country FROM region_members m "
            "JOIN countries c ON c.code = m.country ORDER BY m.rowid"
        )
    ]
    if show_equal is None:
        show_equal = show_equal_brackets(store)
    return Layout(countries, regions, members, show_equal)


def show_equal_brackets(store: SessionStore) -> bool:
    """The session's setting: list equal figures in brackets too (``3.0 (UZ 3) (AF 3)``)."""
    return store.scalar("SELECT value FROM meta WHERE key = ?", (SHOW_EQUAL_KEY,)) == "1"


class Within(NamedTuple):
    region: str
    country: str
    figure: Figure
    separately: bool  # from the country's votes in the region's working group


class Deviation(NamedTuple):
    region: str
    country: str
    country_figure: Figure
    region_figure: Figure


class TargetFigures:
    """Every figure of one target and criterion, each computed once on first use."""

    def __init__(self, sums: VoteSums, layout: Layout, ranked: bool):
        self.sums = sums
        self.layout = layout
        self.ranked = ranked  # a driver or threat (regions apply), not an activity

    @cached_property
    def _plain(self) -> dict[str, Figure]:
        """Each country's figure from its votes given without a working group."""
        return {c: total.figure() for c, total in self.sums.plain.items()}

    @cached_property
    def country(self) -> dict[str, Figure]:
        """Each country's own figure (for drivers and threats: without a working group where
        it gave any such votes, else all its votes)."""
        s = self.sums
        if not self.ranked:
            return {c: total.figure() for c, total in s.country.items()}
        plain = self._plain
        return {c: plain.get(c) or total.figure() for c, total in s.country.items()}

    @cached_property
    def groups(self) -> dict[tuple[str, str], Figure]:
        """(country, region) → the country's figure from its votes in that working group."""
        return {key: total.figure() for key, total in self.sums.groups.items()}

    @cached_property
    def within(self) -> list[Within]:
        """Each member country's figure within each of its regions, in member order."""
        out = []
        groups, plain = self.groups, self._plain
        for region, code in self.layout.members:
            group = groups.get((code, region))
            if group is not None:
                out.append(Within(region, code, group, True))
                continue
            own = plain.get(code)
            if own is not None:
                out.append(Within(region, code, own, False))
        return out

    @cached_property
    def region(self) -> dict[str, tuple[Figure, str]]:
        """Region column → (figure, source): 'region' from its own votes, 'countries' from
        its countries' figures within it."""
        by_region: dict[str, list[Figure]] = {}
        for w in self.within:
            by_region.setdefault(w.region, []).append(w.figure)
        lone = self.layout.lone_set
        out = {}
        for column in self.layout.region_columns:
            if column in lone:
                own_sum = self.sums.country.get(column)
                own = self.country.get(column, EMPTY) if own_sum is not None else None
                from_countries = EMPTY
            else:
                total = self.sums.region.get(column)
                own = total.figure() if total is not None else None
                members = by_region.get(column)
                from_countries = mean_of(members) if members else EMPTY
            out[column] = _choose(own, from_countries)
        return out

    @cached_property
    def overall(self) -> Figure:
        if self.ranked and self.layout.regions:
            return mean_of(f for f, _source in self.region.values())
        return mean_of(self.country.values())  # the exact sum: the order does not matter

    @cached_property
    def deviations(self) -> list[Deviation]:
        """Countries whose figure within a region, as printed, differs from the region's.

        A country with a number differs when the region has none or another one
        (at the printed precision); one that answered '-' differs from a region
        with a number; with the show-equal setting every country that answered is
        listed. In the order each region lists its countries.
        """
        out = []
        regions = self.region
        printed = {
            name: round_half_up(f.score, THREAT_PLACES)
            for name, (f, _source) in regions.items()
            if f.state == "number"
        }
        for w in self.within:
            if w.region not in regions:
                continue
            r = regions[w.region][0]
            c = w.figure
            shown = printed.get(w.region)
            if c.state == "number":
                differs = shown is None or round_half_up(c.score, THREAT_PLACES) != shown
            else:
                differs = c.state == "unknown" and shown is not None
            if differs or (self.layout.show_equal and c.state != "empty"):
                out.append(Deviation(w.region, w.country, c, r))
        return out


def _choose(own: Figure | None, from_countries: Figure) -> tuple[Figure, str]:
    """A region's own (working-group) figure where it answered, else its countries' mean.

    A working group's '-' counts as an answer (the region then shows '-'); a
    region whose own votes are all empty falls back to its countries.
    """
    if own is None:
        return from_countries, "countries"
    own_answered = own.n + own.unknown > 0
    countries_answered = from_countries.n + from_countries.unknown > 0
    own_any = own_answered or own.empty > 0
    if own_answered or (not countries_answered and own_any):
        return own, "region"
    return from_countries, "countries"


class Figures:
    """Every figure of a session's votes (as they stand, or a kept round), per target.

    Built from one pass of SQLite's sums; ``refreshed`` adds up only the targets
    some votes changed and shares everything else with this one.
    """

    def __init__(
        self,
        store: SessionStore,
        show_equal: bool | None = None,
        item_round: int | None = None,
        activity_round: int | None = None,
        *,
        layout: Layout | None = None,
        sums: dict[Target, VoteSums] | None = None,
    ):
        from facilitator.voting.rounds import votes_source

        self.store = store
        self.rounds = {"item": item_round, "activity": activity_round}
        self.sources = {
            "item": votes_source(store, item_round, "item"),
            "activity": votes_source(store, activity_round, "activity"),
        }
        self.layout = layout if layout is not None else read_layout(store, show_equal)
        if sums is not None:
            self.__dict__["sums"] = sums
        self._targets: dict[Target, TargetFigures] = {}
        #: targets whose figures differ from those of the Figures this one was refreshed from
        self.changed: set[Target] | None = None

    @cached_property
    def sums(self) -> dict[Target, VoteSums]:
        """SQLite's sums of every counted vote, read on first use."""
        return read_sums(self.store, self.sources)

    @property
    def show_equal(self) -> bool:
        return self.layout.show_equal

    def target(self, kind: str, target_id: int, criterion: str) -> TargetFigures:
        key = (kind, target_id, criterion)
        found = self._targets.get(key)
        if found is None:
            sums = self.sums.get(key) or VoteSums()
            found = self._targets[key] = TargetFigures(sums, self.layout, kind == "item")
        return found

    def refreshed(self, touched: set[Target]) -> Figures:
        """These figures after votes of ``touched`` targets changed (and nothing else did)."""
        live = [t for t in touched if self.sources.get(t[0]) == "votes"]
        if len(live) > MOST_TARGETS:
            fresh = Figures(self.store, None, *self._round_args(), layout=self.layout)
            fresh.changed = None
            return fresh
        sums = dict(self.sums)
        for key in live:
            sums.pop(key, None)
        sums.update(read_sums(self.store, self.sources, live))
        out = Figures(self.store, None, *self._round_args(), layout=self.layout, sums=sums)
        out._targets = {k: v for k, v in self._targets.items() if k not in touched}
        out.changed = set(live)
        return out

    def _round_args(self) -> tuple[int | None, int | None]:
        return self.rounds["item"], self.rounds["activity"]

    def targets(self, kind: str) -> list[Target]:
        """Every (kind, target, criterion) with votes, in target then criterion order."""
        order = {c: i for i, c in enumerate(CRITERIA)}
        return sorted((k for k in self.sums if k[0] == kind), key=lambda k: (k[1], order[k[2]]))
