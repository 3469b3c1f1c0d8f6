"""How votes add up, as pandas frames: country, region and overall scores (method.md).

The figures are added up by ``facilitator.voting.rollup`` (SQLite's sums, the
rules in plain Python); every function here lays them out as a pandas
``DataFrame`` for exports and reports. The app's tables read ``rollup`` through
``facilitator.voting.results`` and never need pandas. The rules:

- A country score is the mean of the numeric votes cast for that country.
- Working groups: a country vote may name the region it was given in. A
  country's score *within a region* is the mean of its votes given in that
  region; where it has none there, the mean of its votes given without a region.
- A region score is the mean of the votes cast for the region as a whole
  where there are any; otherwise the mean of its countries' scores within it.
- The overall score of a Driver or Threat is the mean of its region scores,
  skipping regions without a number; a country in no region counts as a region
  of its own; where no regions are defined, the mean of the country scores. The overall priority of an activity is the mean of the
  country priorities, each country weighing the same.
- ``unknown`` ('-') and ``empty`` (not filled in) never count as numbers and
  are kept apart: ``state`` says why a figure has no number.

Only votes of participants marked as voting count (a participant who may not
be removed because they voted is marked "not voting" instead). Priorities are
given for countries: a priority cast for a whole region is not counted. The latest vote
of a voter replaces the earlier one: the ``votes`` table keeps only that one.
Figures are rounded half up, as spreadsheets and the published tables do.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from facilitator.voting.score_text import (  # noqa: F401  (re-exported: pages and exports import them from here)
    MISSING_TEXT,
    PRIORITY_PLACES,
    THREAT_PLACES,
    cell_text,
    format_compact,
    format_score,
    missing_text,
    round_half_up,
)

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


from facilitator.voting.rollup import (  # noqa: F401  (re-exported)
    CRITERIA,
    RANKED_CRITERIA,
    SHOW_EQUAL_KEY,
    Figure,
    Figures,
    show_equal_brackets,
)

VOTE_COLUMNS = [
    "participant_id",
    "participant",
    "scope_kind",
    "scope",
    "target_kind",
    "target_id",
    "criterion",
    "answer",
    "value",
    "at",
]
DEVIATION_COLUMNS = [
    "target_id",
    "criterion",
    "region",
    "country",
    "country_score",
    "region_score",
    "country_state",
    "region_state",
]
_DEVIATION_DTYPES = {"target_id": "int64", "country_score": "float64", "region_score": "float64"}
SUMMARY_COLUMNS = ["score", "n", "unknown", "empty", "low", "high", "spread", "state"]


# -- reading votes --------------------------------------------------------------------


def votes_frame(
    store: SessionStore,
    target_kind: str | None = None,
    counted_only: bool = False,
    source: str = "votes",
) -> pd.DataFrame:
    """Every recorded vote with its voter's name; ``counted_only`` keeps voting participants only.

    Sorted by target, criterion and time. Names are joined in pandas rather
    than SQL: with 20,000 votes that halves the time to read them.
    """
    where, params = [], []
    if target_kind is not None:
        where.append("target_kind = ?")
        params.append(target_kind)
    if counted_only:
        where.append("participant_id IN (SELECT id FROM participants WHERE votes = 1)")
    columns = [c for c in VOTE_COLUMNS if c != "participant"]
    sql = f"SELECT {', '.join(columns)} FROM {source}" + (
        " WHERE " + " AND ".join(where) if where else ""
    )
    frame = pd.DataFrame(store.conn.execute(sql, params).fetchall(), columns=columns)
    names = dict(store.conn.execute("SELECT id, name FROM participants").fetchall())
    frame.insert(1, "participant", frame["participant_id"].map(names).astype("str"))
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce").astype("float64")
    frame["target_id"] = frame["target_id"].astype("int64")
    frame["participant_id"] = frame["participant_id"].astype("int64")
    order = ["target_kind", "target_id", "criterion", "at"]
    return frame.sort_values(order, kind="stable").reset_index(drop=True)[VOTE_COLUMNS]


def summarise_votes(votes: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Mean, counts and range of the votes in each group of ``keys``."""
    numbers = votes["value"].where(votes["answer"] == "number")
    return _summarise(votes[keys], keys, numbers, votes["answer"])


_SUM_SQL = """
SELECT target_id, criterion, scope AS {scope},
    AVG(CASE WHEN answer = 'number' THEN value END) AS score,
    COUNT(CASE WHEN answer = 'number' THEN value END) AS n,
    SUM(answer = 'unknown') AS unknown, SUM(answer = 'empty') AS empty,
    MIN(CASE WHEN answer = 'number' THEN value END) AS low,
    MAX(CASE WHEN answer = 'number' THEN value END) AS high
FROM {source}
WHERE target_kind = ? AND scope_kind = ?
    AND participant_id IN (SELECT id FROM participants WHERE votes = 1)
GROUP BY target_id, criterion, scope
"""


def _summary_frame(rows: list[tuple], keys: list[str]) -> pd.DataFrame:
    """SQLite's sums per ``keys`` as the summary frame the roll-up reads."""
    if not rows:
        return _empty_summary(keys)
    out = pd.DataFrame(rows, columns=[*keys, "score", "n", "unknown", "empty", "low", "high"])
    out["target_id"] = out["target_id"].astype("int64")
    for key in keys[1:]:
        out[key] = out[key].astype("str")
    return _finish(out)


def sum_votes(
    store: SessionStore, target_kind: str, scope_kind: str, source: str = "votes"
) -> pd.DataFrame:
    """``summarise_votes`` of the counted votes for one kind of target and scope, done by SQLite.

    Adding up in the database avoids reading every vote into pandas: with
    20,000 votes that is most of the time a refresh takes.
    """
    keys = ["target_id", "criterion", scope_kind]
    rows = store.conn.execute(
        _SUM_SQL.format(scope=scope_kind, source=source), (target_kind, scope_kind)
    ).fetchall()
    return _summary_frame(rows, keys)


def summarise_figures(figures: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Mean of figures that are themselves scores with a ``state`` (country → region → overall)."""
    numbers = figures["score"].where(figures["state"] == "number")
    return _summarise(figures[keys], keys, numbers, figures["state"])


def _summarise(
    work: pd.DataFrame, keys: list[str], numbers: pd.Series, answers: pd.Series
) -> pd.DataFrame:
    work = work.assign(
        num=numbers,
        is_unknown=(answers == "unknown").astype("int64"),
        is_empty=(answers == "empty").astype("int64"),
    )
    groups = work.groupby(keys, sort=False, dropna=False)
    num = groups["num"]
    # One call per figure: half the CPU time of a named .agg() on these small frames.
    columns = {
        "score": num.mean(),
        "n": num.count(),
        "unknown": groups["is_unknown"].sum(),
        "empty": groups["is_empty"].sum(),
        "low": num.min(),
        "high": num.max(),
    }
    return _finish(pd.concat(columns, axis=1).reset_index())


def _finish(out: pd.DataFrame) -> pd.DataFrame:
    for column in ("score", "low", "high"):
        out[column] = out[column].astype("float64")
    for column in ("n", "unknown", "empty"):
        out[column] = out[column].astype("int64")
    out["spread"] = out["high"] - out["low"]
    out["state"] = _state(out["n"], out["unknown"])
    return out


def _state(n: pd.Series, unknown: pd.Series) -> pd.Series:
    """'number' when any figure counted, else 'unknown' when anyone said '-', else 'empty'."""
    values = np.select([n > 0, unknown > 0], ["number", "unknown"], default="empty")
    return pd.Series(values, index=n.index, dtype="str")


def _empty_summary(keys: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame({k: pd.Series(dtype="int64" if k == "target_id" else "str") for k in keys})
    return _finish(frame.assign(score=np.nan, n=0, unknown=0, empty=0, low=np.nan, high=np.nan))


# -- the scores -----------------------------------------------------------------------

_FIGURE_DTYPES = {
    "target_id": "int64",
    "score": "float64",
    "n": "int64",
    "unknown": "int64",
    "empty": "int64",
    "low": "float64",
    "high": "float64",
    "spread": "float64",
    "country_score": "float64",
    "region_score": "float64",
    "separately": "bool",
}


def _frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """Rows as a frame with the roll-up's column types (text columns as ``str``)."""
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({c: _FIGURE_DTYPES.get(c, "str") for c in columns})


def _summary(f: Figure) -> tuple:
    return (f.score, f.n, f.unknown, f.empty, f.low, f.high, f.spread, f.state)


class Scores:
    """All figures of one session as it stands, as pandas frames (for exports and reports).

    The figures come from ``rollup.Figures`` (SQLite's sums, added up in plain
    Python); this class lays them out as frames, each built once on first use.
    Attributes: ``votes``, ``countries`` and ``regions`` (names in session
    order), ``members``, ``country(kind)``, ``region``, ``overall``,
    ``deviations``, ``priority``, ``overall_priority``.
    """

    def __init__(
        self,
        store: SessionStore,
        show_equal: bool | None = None,
        item_round: int | None = None,
        activity_round: int | None = None,
        figures: Figures | None = None,
    ):
        """``item_round`` / ``activity_round``: show a kept round of the threat ranking or the
        prioritisation (``facilitator.voting.rounds``) instead of the votes as they stand."""
        self.store = store
        self.figures = (
            figures
            if figures is not None
            else Figures(store, show_equal, item_round, activity_round)
        )
        self.rounds = self.figures.rounds
        self.sources = self.figures.sources
        #: list in brackets every country that voted separately, equal figures too
        self.show_equal = self.figures.show_equal
        self._derived: dict[str, pd.DataFrame] = {}
        #: one row per ballot, read once by ``vote_list.read_ballots`` for the list of votes and
        #: the participants' counts
        self.ballots: list[tuple] | None = None

    def derived(self, name: str, build: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        """A frame built from these scores (a table), built once and shared by its callers.

        Each caller gets a shallow copy: under copy-on-write, changing it
        never changes what the next caller gets.
        """
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name].copy(deep=False)

    @cached_property
    def votes(self) -> pd.DataFrame:
        """The counted votes (participants marked as voting), columns ``VOTE_COLUMNS``."""
        if self.sources["item"] == self.sources["activity"]:
            return votes_frame(self.store, counted_only=True, source=self.sources["item"])
        frames = [
            votes_frame(self.store, kind, counted_only=True, source=self.sources[kind])
            for kind in ("item", "activity")
        ]
        return pd.concat(frames, ignore_index=True)

    @property
    def countries(self) -> list[str]:
        return self.figures.layout.countries

    @property
    def regions(self) -> list[str]:
        return self.figures.layout.regions

    @cached_property
    def members(self) -> pd.DataFrame:
        """(region, country) in the order each region lists its countries."""
        return pd.DataFrame(self.figures.layout.members, columns=["region", "country"]).astype(
            "str"
        )

    @property
    def lone_countries(self) -> list[str]:
        """Countries in no region: where regions are defined, each counts as a region of its own."""
        return self.figures.layout.lone_countries

    @property
    def region_columns(self) -> list[str]:
        """The regions, then the countries in no region (each a region of its own)."""
        return self.figures.layout.region_columns

    @cached_property
    def country_groups(self) -> pd.DataFrame:
        """Country figures per working group ('' = votes given without a region)."""
        rows = []
        for kind, t, crit in self.figures.targets("item"):
            sums = self.figures.target(kind, t, crit).sums
            groups = [((c, ""), s) for c, s in sums.plain.items()] + list(sums.groups.items())
            for (country, region), s in sorted(groups):
                rows.append((t, crit, country, region, *_summary(s.figure())))
        rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
        return _frame(rows, ["target_id", "criterion", "country", "region", *SUMMARY_COLUMNS])

    @cached_property
    def within(self) -> pd.DataFrame:
        """Each member country's figure within each of its regions.

        The mean of its votes given in that region's working group; where it
        has none there, the mean of its votes given without a region.
        Column ``separately`` is True where the figure comes from the group.
        """
        rows = [
            (t, crit, w.region, w.country, *_summary(w.figure), w.separately)
            for kind, t, crit in self.figures.targets("item")
            for w in self.figures.target(kind, t, crit).within
        ]
        keys = ["target_id", "criterion", "region", "country"]
        return _frame(rows, [*keys, *SUMMARY_COLUMNS, "separately"])

    @cached_property
    def ranked_items(self) -> list[int]:
        return ranked_item_ids(self.store)

    @cached_property
    def activity_ids(self) -> list[int]:
        return [int(r[0]) for r in self.store.conn.execute("SELECT id FROM activities ORDER BY id")]

    def country(self, target_kind: str) -> pd.DataFrame:
        """Country scores of items ('item') or activities ('activity')."""
        return self._country_item if target_kind == "item" else self._country_activity

    @cached_property
    def _country_item(self) -> pd.DataFrame:
        return self._country_scores("item")

    @cached_property
    def _country_activity(self) -> pd.DataFrame:
        return self._country_scores("activity")

    def _country_scores(self, target_kind: str) -> pd.DataFrame:
        rank = {c: i for i, c in enumerate(self.countries)}
        rows = []
        for kind, t, crit in self.figures.targets(target_kind):
            country = self.figures.target(kind, t, crit).country
            for code in sorted(country, key=lambda c: rank.get(c, len(rank))):
                rows.append((t, crit, code, *_summary(country[code])))
        return _frame(rows, ["target_id", "criterion", "country", *SUMMARY_COLUMNS])

    @cached_property
    def country_in_groups(self) -> pd.DataFrame:
        """Figures of countries that voted in a region's working group, one row per group."""
        groups = self.country_groups
        return groups[groups["region"] != ""].reset_index(drop=True)

    @cached_property
    def region(self) -> pd.DataFrame:
        """Region scores for every ranked item, criterion and region (see ``region_scores``)."""
        rows = []
        for t in self.ranked_items:
            for crit in RANKED_CRITERIA:
                figures = self.figures.target("item", t, crit).region
                for column in self.region_columns:
                    f, source = figures[column]
                    rows.append(
                        (t, crit, column, f.score, source, f.n, f.unknown, f.empty)
                        + (f.low, f.high, f.spread, f.state)
                    )
        columns = ["target_id", "criterion", "region", "score", "source"]
        columns += ["n", "unknown", "empty", "low", "high", "spread", "state"]
        return _frame(rows, columns)

    @cached_property
    def overall(self) -> pd.DataFrame:
        """Overall scores for every ranked item and criterion (see ``overall_scores``)."""
        rows = []
        for t in self.ranked_items:
            for crit in RANKED_CRITERIA:
                f = self.figures.target("item", t, crit).overall
                rows.append((t, crit, f.score, f.n, f.unknown, f.empty, f.state))
        return _frame(rows, ["target_id", "criterion", "score", "n", "unknown", "empty", "state"])

    @cached_property
    def deviations(self) -> pd.DataFrame:
        """Countries whose own score differs from their region's (see ``deviations``)."""
        rows = [
            (t, crit, d.region, d.country, d.country_figure.score, d.region_figure.score)
            + (d.country_figure.state, d.region_figure.state)
            for t in sorted(self.ranked_items)
            for crit in RANKED_CRITERIA
            for d in self.figures.target("item", t, crit).deviations
        ]
        return _frame(rows, DEVIATION_COLUMNS)

    @cached_property
    def priority(self) -> pd.DataFrame:
        scores = self.country("activity")
        return (
            scores[scores["criterion"] == "priority"]
            .drop(columns="criterion")
            .reset_index(drop=True)
        )

    @cached_property
    def overall_priority(self) -> pd.DataFrame:
        rows = [
            (t, *_summary(self.figures.target("activity", t, "priority").overall))
            for t in self.activity_ids
        ]
        return _frame(rows, ["target_id", *SUMMARY_COLUMNS])


def ranked_item_ids(store: SessionStore) -> list[int]:
    """Drivers then threats, each in the facilitator's order."""
    rows = store.conn.execute(
        "SELECT id FROM items WHERE kind IN ('driver', 'threat') "
        "ORDER BY CASE kind WHEN 'driver' THEN 0 ELSE 1 END, position, id"
    )
    return [int(r[0]) for r in rows]


# -- the public functions -----------------------------------------------------------------


def country_scores(store: SessionStore, target_kind: str) -> pd.DataFrame:
    """One row per (target_id, criterion, country) that has any vote.

    Columns: target_id, criterion, country, score (NaN without a numeric vote),
    n (numeric votes), unknown, empty (counts), low, high, spread, state.
    """
    return Scores(store).country(target_kind)


def region_scores(store: SessionStore) -> pd.DataFrame:
    """One row per ranked item, criterion and region (every combination).

    ``source`` is 'region' when the figure comes from the region's own votes
    (n, unknown, empty, low, high count those votes) and 'countries' when it is
    the mean of its countries' scores (n counts countries with a number,
    unknown/empty count countries without one, low/high are country scores).
    """
    return Scores(store).region


def overall_scores(store: SessionStore) -> pd.DataFrame:
    """One row per ranked item and criterion: the range-wide figure.

    Mean of the region scores with a number (n = regions averaged); where no
    regions are defined, mean of the country scores (n = countries averaged).
    """
    return Scores(store).overall


def deviations(store: SessionStore) -> pd.DataFrame:
    """Countries whose score differs from their region's, shown as ``2.0 (TM 1.5)``.

    Columns: target_id, criterion, region, country, country_score,
    region_score, country_state, region_state.
    """
    return Scores(store).deviations


def priority_scores(store: SessionStore) -> pd.DataFrame:
    """One row per (activity, country) with any priority vote: target_id, country, score, n, ..."""
    return Scores(store).priority


def overall_priorities(store: SessionStore) -> pd.DataFrame:
    """One row per activity: mean of its country priorities, each country weighing the same."""
    return Scores(store).overall_priority
