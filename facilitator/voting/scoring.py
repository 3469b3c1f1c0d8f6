"""How votes add up: country, region and overall scores (method.md, "Votes and how they add up").

Every function reads the session and returns a pandas ``DataFrame``. The rules:

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
from typing import TYPE_CHECKING, Any

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


CRITERIA = ("importance", "capacity", "priority")
RANKED_CRITERIA = ("importance", "capacity")

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


_SUM_GROUPS_SQL = """
SELECT target_id, criterion, scope AS country, region,
    AVG(CASE WHEN answer = 'number' THEN value END) AS score,
    COUNT(CASE WHEN answer = 'number' THEN value END) AS n,
    SUM(answer = 'unknown') AS unknown, SUM(answer = 'empty') AS empty,
    MIN(CASE WHEN answer = 'number' THEN value END) AS low,
    MAX(CASE WHEN answer = 'number' THEN value END) AS high
FROM {source}
WHERE target_kind = 'item' AND scope_kind = 'country'
    AND participant_id IN (SELECT id FROM participants WHERE votes = 1)
GROUP BY target_id, criterion, scope, region
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


def sum_country_groups(store: SessionStore, source: str = "votes") -> pd.DataFrame:
    """Counted country votes on drivers and threats, summed per country and working group.

    ``region`` is the working group's region, '' for votes given without one.
    """
    keys = ["target_id", "criterion", "country", "region"]
    rows = store.conn.execute(_SUM_GROUPS_SQL.format(source=source)).fetchall()
    return _summary_frame(rows, keys)


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


class Scores:
    """All figures of one session as it stands, each computed once on first use.

    The module-level functions build a fresh ``Scores`` each call; the tables,
    pages and exports build one and reuse it for every figure they need.
    Attributes (computed on first use): ``votes``, ``countries`` and
    ``regions`` (names in session order), ``members``, ``country(kind)``,
    ``region``, ``overall``, ``deviations``, ``priority``, ``overall_priority``.
    """

    def __init__(
        self,
        store: SessionStore,
        show_equal: bool | None = None,
        item_round: int | None = None,
        activity_round: int | None = None,
    ):
        """``item_round`` / ``activity_round``: show a kept round of the threat ranking or the
        prioritisation (``facilitator.voting.rounds``) instead of the votes as they stand."""
        from facilitator.voting.rounds import votes_source

        self.store = store
        self.rounds = {"item": item_round, "activity": activity_round}
        self.sources = {
            "item": votes_source(store, item_round, "item"),
            "activity": votes_source(store, activity_round, "activity"),
        }
        self._derived: dict[str, pd.DataFrame] = {}
        #: list in brackets every country that voted separately, equal figures too
        self.show_equal = show_equal if show_equal is not None else show_equal_brackets(store)

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

    @cached_property
    def countries(self) -> list[str]:
        return [
            r["code"] for r in self.store.rows("SELECT code FROM countries ORDER BY position, code")
        ]

    @cached_property
    def regions(self) -> list[str]:
        return [
            r["name"] for r in self.store.rows("SELECT name FROM regions ORDER BY position, name")
        ]

    @cached_property
    def members(self) -> pd.DataFrame:
        """(region, country) in the order each region lists its countries."""
        rows = self.store.rows(
            "SELECT m.region, m.country FROM region_members m "
            "JOIN countries c ON c.code = m.country ORDER BY m.rowid"
        )
        return pd.DataFrame(rows, columns=["region", "country"]).astype("str")

    @cached_property
    def lone_countries(self) -> list[str]:
        """Countries in no region: where regions are defined, each counts as a region of its own."""
        if not self.regions:
            return []
        inside = set(self.members["country"])
        return [c for c in self.countries if c not in inside]

    @cached_property
    def region_columns(self) -> list[str]:
        """The regions, then the countries in no region (each a region of its own)."""
        return [*self.regions, *self.lone_countries]

    @cached_property
    def country_groups(self) -> pd.DataFrame:
        """Country figures per working group ('' = votes given without one)."""
        return sum_country_groups(self.store, self.sources["item"])

    @cached_property
    def within(self) -> pd.DataFrame:
        """Each member country's figure within each of its regions.

        The mean of its votes given in that region's working group; where it
        has none there, the mean of its votes given without a region.
        Column ``separately`` is True where the figure comes from the group.
        """
        keys = ["target_id", "criterion", "region", "country"]
        groups = self.country_groups
        if groups.empty or self.members.empty:
            frame = _empty_summary(keys)
            return frame.assign(separately=pd.Series(dtype="bool"))
        in_group = groups[groups["region"] != ""].merge(self.members, on=["region", "country"])
        plain = (
            groups[groups["region"] == ""].drop(columns="region").merge(self.members, on="country")
        )
        merged = plain.merge(in_group[keys], on=keys, how="left", indicator=True)
        fallback = plain[(merged["_merge"] == "left_only").to_numpy()]
        out = pd.concat(
            [in_group.assign(separately=True), fallback.assign(separately=False)],
            ignore_index=True,
        )
        return out[[*keys, *SUMMARY_COLUMNS, "separately"]]

    @cached_property
    def ranked_items(self) -> list[int]:
        rows = self.store.rows(
            "SELECT id FROM items WHERE kind IN ('driver', 'threat') "
            "ORDER BY CASE kind WHEN 'driver' THEN 0 ELSE 1 END, position, id"
        )
        return [r["id"] for r in rows]

    @cached_property
    def activity_ids(self) -> list[int]:
        return [r["id"] for r in self.store.rows("SELECT id FROM activities ORDER BY id")]

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
        out = sum_votes(self.store, target_kind, "country", self.sources[target_kind])
        if target_kind == "item":
            out = self._without_groups(out)
        return _ordered(out, {"criterion": list(CRITERIA), "country": self.countries})

    def _without_groups(self, every: pd.DataFrame) -> pd.DataFrame:
        """A country's own figure: its votes given without a working group where there are
        any, else all its votes (a country that voted only in working groups)."""
        groups = self.country_groups
        plain = groups[groups["region"] == ""].drop(columns="region")
        if len(plain) == len(every):
            return plain.reset_index(drop=True)
        keys = ["target_id", "criterion", "country"]
        rest = every.merge(plain[keys], on=keys, how="left", indicator=True)
        rest = rest[rest["_merge"] == "left_only"].drop(columns="_merge")
        return pd.concat([plain, rest], ignore_index=True)

    @cached_property
    def country_in_groups(self) -> pd.DataFrame:
        """Figures of countries that voted in a region's working group, one row per group."""
        groups = self.country_groups
        return groups[groups["region"] != ""].reset_index(drop=True)

    @cached_property
    def region(self) -> pd.DataFrame:
        """Region scores for every ranked item, criterion and region (see ``region_scores``)."""
        keys = ["target_id", "criterion", "region"]
        grid = _grid(self.ranked_items, list(RANKED_CRITERIA), self.region_columns, "region")
        own = sum_votes(self.store, "item", "region", self.sources["item"])
        members = self.within
        lone = self.country("item")
        lone = lone[lone["country"].isin(self.lone_countries)].rename(columns={"country": "region"})
        if len(lone):
            own = pd.concat([own, lone[own.columns]], ignore_index=True)
        from_countries = summarise_figures(members, keys) if len(members) else _empty_summary(keys)
        return _choose_source(grid, own, from_countries, keys)

    @cached_property
    def overall(self) -> pd.DataFrame:
        """Overall scores for every ranked item and criterion (see ``overall_scores``)."""
        keys = ["target_id", "criterion"]
        grid = _grid(self.ranked_items, list(RANKED_CRITERIA))
        figures = self.region if self.regions else self.country("item")
        summary = summarise_figures(figures, keys) if len(figures) else _empty_summary(keys)
        return _fill_grid(grid, summary, keys)[
            ["target_id", "criterion", "score", "n", "unknown", "empty", "state"]
        ]

    @cached_property
    def deviations(self) -> pd.DataFrame:
        """Countries whose own score differs from their region's (see ``deviations``)."""
        return _deviations(self.region, self.within, self.members, self.show_equal)

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
        keys = ["target_id"]
        grid = pd.DataFrame({"target_id": pd.Series(self.activity_ids, dtype="int64")})
        summary = (
            summarise_figures(self.priority, keys) if len(self.priority) else _empty_summary(keys)
        )
        return _fill_grid(grid, summary, keys)[
            ["target_id", "score", "n", "unknown", "empty", "low", "high", "spread", "state"]
        ]


def _grid(
    targets: list[int], criteria: list[str], scopes: list[str] | None = None, scope_name: str = ""
) -> pd.DataFrame:
    """Every target × criterion (× scope), in order."""
    index: list[list[Any]] = [list(targets), list(criteria)]
    if scopes is not None:
        index.append(list(scopes))
    names = ["target_id", "criterion"] + ([scope_name] if scopes is not None else [])
    frame = pd.MultiIndex.from_product(index, names=names).to_frame(index=False)
    frame["target_id"] = frame["target_id"].astype("int64")
    for name in names[1:]:
        frame[name] = frame[name].astype("str")
    return frame


def _fill_grid(grid: pd.DataFrame, summary: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """``summary`` on every row of ``grid``; rows without figures are 'empty'."""
    out = grid.merge(summary, on=keys, how="left")
    for column in ("n", "unknown", "empty"):
        out[column] = out[column].fillna(0).astype("int64")
    out["state"] = _state(out["n"], out["unknown"])
    return out


def _choose_source(
    grid: pd.DataFrame, own: pd.DataFrame, from_countries: pd.DataFrame, keys: list[str]
) -> pd.DataFrame:
    """A region's own (working-group) figure where it has an answer, else its countries' mean.

    A working group's '-' counts as an answer (the region then shows '-'); a
    region whose own votes are all empty falls back to its countries.
    """
    own_full = _fill_grid(grid, own, keys)
    countries_full = _fill_grid(grid, from_countries, keys)
    own_answered = (own_full["n"] + own_full["unknown"]) > 0
    countries_answered = (countries_full["n"] + countries_full["unknown"]) > 0
    own_any = own_answered | (own_full["empty"] > 0)
    use_own = own_answered | (~countries_answered & own_any)
    out = countries_full.copy()
    for column in SUMMARY_COLUMNS:
        out[column] = own_full[column].where(use_own, countries_full[column])
    out["source"] = np.where(use_own, "region", "countries")
    out["source"] = out["source"].astype("str")
    return out[
        [*keys, "score", "source", "n", "unknown", "empty", "low", "high", "spread", "state"]
    ]


def _deviations(
    region: pd.DataFrame, within: pd.DataFrame, members: pd.DataFrame, show_equal: bool = False
) -> pd.DataFrame:
    """Countries whose figure within a region, as printed, differs from the region's figure.

    A country with a number differs when the region has none or another one
    (compared at the printed precision); a country that answered '-' differs
    from a region with a number. Countries that filled in nothing are not shown.
    With ``show_equal``, every country that voted in the region's working group
    with an answer is listed, equal or not (as the reference does).
    Rows come in the order each region lists its countries.
    """
    if region.empty or within.empty or members.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype=_DEVIATION_DTYPES.get(c, "str")) for c in DEVIATION_COLUMNS}
        )
    pairs = within.merge(
        region[["target_id", "criterion", "region", "score", "state"]],
        on=["target_id", "criterion", "region"],
        suffixes=("", "_region"),
    )
    c_printed = pairs["score"].map(lambda x: round_half_up(x, THREAT_PLACES))
    r_printed = pairs["score_region"].map(lambda x: round_half_up(x, THREAT_PLACES))
    c_num, r_num = pairs["state"] == "number", pairs["state_region"] == "number"
    differs = (c_num & (~r_num | (c_printed != r_printed))) | (
        (pairs["state"] == "unknown") & r_num
    )
    if show_equal:
        differs = differs | (pairs["state"] != "empty")
    out = pairs[differs].rename(
        columns={
            "score": "country_score",
            "score_region": "region_score",
            "state": "country_state",
            "state_region": "region_state",
        }
    )[DEVIATION_COLUMNS]
    order = {(r, c): i for i, (r, c) in enumerate(zip(members["region"], members["country"]))}
    rank = [order.get((r, c), 0) for r, c in zip(out["region"], out["country"])]
    return (
        out.assign(_m=rank, _c=out["criterion"].map({c: i for i, c in enumerate(CRITERIA)}))
        .sort_values(["target_id", "_c", "_m"], kind="stable")
        .drop(columns=["_m", "_c"])
        .reset_index(drop=True)
    )


SHOW_EQUAL_KEY = "results.brackets_show_equal"


def show_equal_brackets(store: SessionStore) -> bool:
    """The session's setting: list equal figures in brackets too (``3.0 (UZ 3) (AF 3)``)."""
    return store.scalar("SELECT value FROM meta WHERE key = ?", (SHOW_EQUAL_KEY,)) == "1"


def _ordered(frame: pd.DataFrame, orders: dict[str, list[str]]) -> pd.DataFrame:
    """Rows sorted by target, then by the session's order of each named column."""
    ranks = {
        f"_{col}": frame[col].map({v: i for i, v in enumerate(values)})
        for col, values in orders.items()
    }
    sort_by = ["target_id", *ranks]
    return (
        frame.assign(**ranks)
        .sort_values(sort_by, kind="stable")
        .drop(columns=list(ranks))
        .reset_index(drop=True)
    )


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
