"""The roll-up as it was before SQL sums replaced pandas: the oracle of test_fast_results.py.

This is the previous ``facilitator.voting.scoring.Scores`` (pandas) and the
``Results`` built from its frames, kept unchanged (apart from imports) so that
the fast roll-up can be checked cell by cell against a straightforward
recomputation on random workshops. Not used by the application.
"""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np

import math

from facilitator.plan import model
from facilitator.voting.cells import (
    KIND_NAMES,
    NOTE_PREFIX,
    ActivityRow,
    Column,
    Grid,
    ItemRow,
    Key,
    PriorityTable,
    ScopeTable,
    VoteLine,
    VotesBehind,
    _nan,
    _with_note,
    figure_cell,
    text_cell,
)
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


# -- the results layer as it was -------------------------------------------------


class Results:
    """The session's tables as cells, each built once on first use from one ``Scores``."""

    def __init__(self, store: SessionStore, scores: Scores | None = None):
        self.store = store
        self.scores = scores if scores is not None else Scores(store)

    # -- figures as dicts -------------------------------------------------------------

    @cached_property
    def _overall(self) -> dict[tuple, tuple[float, str]]:
        f = self.scores.overall
        return {
            (int(t), str(c)): (float(s), str(st))
            for t, c, s, st in zip(f["target_id"], f["criterion"], f["score"], f["state"])
        }

    def _by_scope(self, scope_kind: str) -> dict[tuple, tuple[float, str]]:
        """Figures by (item, criterion, column): regions (and lone countries) or countries."""
        f = self.scores.region if scope_kind == "region" else self.scores.country("item")
        return {
            (int(t), str(c), str(s)): (float(v), str(st))
            for t, c, s, v, st in zip(
                f["target_id"], f["criterion"], f[scope_kind], f["score"], f["state"]
            )
        }

    @cached_property
    def items(self) -> list[model.Item]:
        return model.items(self.store)

    @cached_property
    def regions(self) -> list[model.Region]:
        return model.regions(self.store)

    @cached_property
    def countries(self) -> list[model.Country]:
        return model.countries(self.store)

    # -- Table 3.1 --------------------------------------------------------------------

    @cached_property
    def threat_ranking(self) -> list[ItemRow]:
        """Drivers then Threats, each by overall importance as printed (ties in item order)."""
        rows = []
        for item in self.items:
            if item.kind == "constraint":
                continue
            row = ItemRow(item.id, item.kind, item.label, item.status)
            for criterion in RANKED_CRITERIA:
                score, state = self._overall.get((item.id, criterion), (math.nan, "empty"))
                row.cells[criterion] = figure_cell(
                    score, state, THREAT_PLACES, criterion, ("overall", item.id, criterion)
                )
            rows.append(row)
        kind_rank = {"driver": 0, "threat": 1}

        def order(row: ItemRow) -> tuple:
            value = row.cells["importance"].value
            return (kind_rank[row.kind], value is None, -(value or 0.0))

        return sorted(rows, key=order)

    @cached_property
    def constraints(self) -> list[model.Item]:
        return [i for i in self.items if i.kind == "constraint"]

    def importance_texts(self) -> dict[int, str]:
        """Item id → its overall importance as every table prints it (the outline lists these)."""
        return {
            r.item_id: r.cells["importance"].text
            for r in self.threat_ranking
            if r.cells["importance"].state == "number"
        }

    # -- Appendix III and the by-country table -----------------------------------------

    @cached_property
    def by_region(self) -> ScopeTable:
        if not self.regions:
            return self._scope_table("country")
        return self._scope_table("region")

    @cached_property
    def by_country(self) -> ScopeTable:
        return self._scope_table("country")

    def _scope_table(self, scope_kind: str) -> ScopeTable:
        figures = self._by_scope(scope_kind)
        if scope_kind == "region":
            names = {c.code: c.name for c in self.countries}
            lone = self.scores.lone_countries
            columns = [Column(r.name, r.abbreviation or r.name) for r in self.regions]
            columns += [Column(code, names.get(code, code)) for code in lone]
            legend = ", ".join(
                [
                    f"{r.abbreviation} = {r.name}"
                    for r in self.regions
                    if r.abbreviation and r.abbreviation != r.name
                ]
                + [
                    f"{names.get(code, code)}: in no region, counted as a region of its own"
                    for code in lone
                ]
            )
        else:
            columns, legend = self._country_columns(figures)
        brackets = self._brackets if scope_kind == "region" else {}
        notes = self._cell_notes if scope_kind == "region" or not self.regions else {}
        rows = []
        for ranked in self.threat_ranking:
            row = ItemRow(ranked.item_id, ranked.kind, ranked.label, ranked.status)
            for criterion in RANKED_CRITERIA:
                overall = ranked.cells[criterion]
                row.cells[(criterion, "overall")] = _with_note(
                    overall, notes.get((ranked.item_id, criterion, "overall"))
                )
                for column in columns:
                    key3 = (ranked.item_id, criterion, column.name)
                    score, state = figures.get(key3, (math.nan, "empty"))
                    cell = figure_cell(
                        score,
                        state,
                        THREAT_PLACES,
                        criterion,
                        (scope_kind, *key3),
                        brackets.get(key3, ""),
                    )
                    row.cells[(criterion, column.name)] = _with_note(cell, notes.get(key3))
            rows.append(row)
        return ScopeTable(scope_kind, [Column("overall", "Overall"), *columns], rows, legend)

    def _country_columns(self, figures: dict) -> tuple[list[Column], str]:
        """One column per country, and one per country and region where it voted separately."""
        groups = self.scores.country_in_groups
        voted = set(zip(groups["country"], groups["region"]))
        abbreviations = {r.name: r.abbreviation or r.name for r in self.regions}
        columns = []
        for c in self.countries:
            columns.append(Column(c.code, c.code))
            for region in [r.name for r in self.regions if c.code in r.countries]:
                if (c.code, region) in voted:
                    name = f"{c.code} in {region}"
                    columns.append(Column(name, f"{c.code} in {abbreviations[region]}"))
        for t, crit, code, region, score, state in zip(
            groups["target_id"],
            groups["criterion"],
            groups["country"],
            groups["region"],
            groups["score"],
            groups["state"],
        ):
            figures[(int(t), str(crit), f"{code} in {region}")] = (float(score), str(state))
        return columns, ""

    @cached_property
    def _brackets(self) -> dict[tuple, str]:
        """'(TM 1.5) (KZ -)' per item, criterion and region, countries in the region's order."""
        out: dict[tuple, list[str]] = {}
        d = self.scores.deviations
        for t, crit, region, country, score, state in zip(
            d["target_id"],
            d["criterion"],
            d["region"],
            d["country"],
            d["country_score"],
            d["country_state"],
        ):
            figure = (
                format_compact(float(score), THREAT_PLACES)
                if state == "number"
                else missing_text(str(state)) or "-"
            )
            key = (int(t), str(crit), str(region))
            out.setdefault(key, []).append(f"({country} {figure})")
        return {key: " ".join(parts) for key, parts in out.items()}

    @cached_property
    def _cell_notes(self) -> dict[tuple, str]:
        """Notes attached to cells of the by-region table: (item id, criterion, column) → text."""
        out: dict[tuple, list[str]] = {}
        for note in model.notes(self.store, "cell"):
            key = str(note["key"])
            if not key.startswith(NOTE_PREFIX):
                continue
            parts = key[len(NOTE_PREFIX) :].split("/", 2)
            if len(parts) != 3 or not parts[0].isdigit():
                continue
            column = "overall" if parts[2].lower() == "overall" else parts[2]
            out.setdefault((int(parts[0]), parts[1], column), []).append(str(note["body"]))
        return {key: " ".join(bodies) for key, bodies in out.items()}

    # -- Appendix IV ------------------------------------------------------------------

    @cached_property
    def priorities(self) -> PriorityTable:
        p = self.scores.priority
        by_country = {
            (int(t), str(c)): (float(s), str(st))
            for t, c, s, st in zip(p["target_id"], p["country"], p["score"], p["state"])
        }
        o = self.scores.overall_priority
        overall = {
            int(t): (float(s), str(st)) for t, s, st in zip(o["target_id"], o["score"], o["state"])
        }
        codes = [c.code for c in self.countries]
        rows = []
        for activity in model.activities(self.store):
            row = ActivityRow(activity.id, activity.number, activity.text)
            for code in codes:
                score, state = by_country.get((activity.id, code), (math.nan, "empty"))
                row.cells[code] = figure_cell(
                    score,
                    state,
                    PRIORITY_PLACES,
                    "priority",
                    ("country", activity.id, "priority", code),
                )
            score, state = overall.get(activity.id, (math.nan, "empty"))
            row.cells["overall"] = figure_cell(
                score, state, PRIORITY_PLACES, "priority", ("overall", activity.id, "priority")
            )
            rows.append(row)
        return PriorityTable(codes, rows)

    # -- flat grids (CLI, CSV, spreadsheets) -------------------------------------------

    def grid(self, name: str) -> Grid:
        build = GRIDS[name]
        return build(self)

    def threats_grid(self) -> Grid:
        rows = [
            [
                text_cell(KIND_NAMES[r.kind]),
                text_cell(r.label),
                *(r.cells[c] for c in RANKED_CRITERIA),
            ]
            for r in self.threat_ranking
        ]
        return Grid("threats", ["kind", "item", *RANKED_CRITERIA], rows)

    def _scope_grid(self, name: str, table: ScopeTable) -> Grid:
        headers = ["kind", "item", "criterion", *(c.name for c in table.columns)]
        rows = [
            [
                text_cell(KIND_NAMES[r.kind]),
                text_cell(r.label),
                text_cell(criterion),
                *(r.cells[(criterion, c.name)] for c in table.columns),
            ]
            for r in table.rows
            for criterion in RANKED_CRITERIA
        ]
        return Grid(name, headers, rows)

    def threats_by_region_grid(self) -> Grid:
        return self._scope_grid("threats-by-region", self.by_region)

    def threats_by_country_grid(self) -> Grid:
        return self._scope_grid("threats-by-country", self.by_country)

    def priorities_grid(self) -> Grid:
        table = self.priorities
        rows = [
            [
                text_cell(r.number),
                text_cell(r.text),
                *(r.cells[c] for c in table.codes),
                r.cells["overall"],
            ]
            for r in table.rows
        ]
        return Grid("priorities", ["activity", "text", *table.codes, "overall"], rows)

    def rounds_grid(self) -> Grid:
        from facilitator.voting.rounds import round_comparison

        return round_comparison(self.store)

    def constraints_grid(self) -> Grid:
        rows = [[text_cell(i.label), text_cell(i.status)] for i in self.constraints]
        return Grid("constraints", ["item", "status"], rows)

    # -- the votes behind a figure -----------------------------------------------------

    def votes_behind(self, target_kind: str, key: Key) -> VotesBehind:
        """The votes a figure is made of, by the rules of ``scoring``.

        A country's figure: the votes for that country. A region's: its working
        group's own votes where they gave an answer, else its countries' votes.
        The overall figure of a driver or threat: the votes behind each region's
        figure (every country's where no regions are defined); of an activity:
        every country's.
        """
        level, target_id, criterion = key[0], key[1], key[2]
        votes = [v for v in self._votes.get((target_kind, int(target_id), criterion), [])]
        countries = [v for v in votes if v[1] == "country"]
        members = {r.name: r.countries for r in self.regions}
        if level == "country":
            chosen = [v for v in countries if v[2] == key[3]]
        elif level == "region":
            chosen = self._region_votes(votes, key[3], members.get(key[3], []))
        elif target_kind == "item" and members:
            seen: set[int] = set()
            chosen = []
            for region, codes in members.items():
                for v in self._region_votes(votes, region, codes):
                    if v[6] not in seen:
                        seen.add(v[6])
                        chosen.append(v)
            chosen.sort(key=lambda v: v[6])
        else:
            chosen = countries
        lines = [VoteLine(v[0], v[2], _answer_text(v[3], v[4])) for v in chosen]
        return VotesBehind(lines, _summary(chosen))

    @cached_property
    def _votes(self) -> dict[tuple, list[tuple]]:
        """(target kind, id, criterion) → (participant, scope kind, scope, answer, value, at, n)."""
        out: dict[tuple, list[tuple]] = {}
        f = self.scores.votes
        for n, v in enumerate(
            zip(
                f["participant"],
                f["scope_kind"],
                f["scope"],
                f["answer"],
                f["value"],
                f["at"],
                f["target_kind"],
                f["target_id"],
                f["criterion"],
            )
        ):
            line = (str(v[0]), str(v[1]), str(v[2]), str(v[3]), float(v[4]), str(v[5]), n)
            out.setdefault((str(v[6]), int(v[7]), str(v[8])), []).append(line)
        return out

    @staticmethod
    def _region_votes(votes: list[tuple], region: str, codes: list[str]) -> list[tuple]:
        own = [v for v in votes if v[1] == "region" and v[2] == region]
        theirs = [v for v in votes if v[1] == "country" and v[2] in codes]

        def answered(lines: list[tuple]) -> bool:
            return any(v[3] in ("number", "unknown") for v in lines)

        return own if answered(own) or (own and not answered(theirs)) else theirs


def _answer_text(answer: str, value: float) -> str:
    if answer == "number" and not _nan(value):
        return format_compact(value, PRIORITY_PLACES)
    return "-" if answer == "unknown" else "not filled in"


def _summary(votes: list[tuple]) -> str:
    """'5 votes (1–3, spread 2), 1 unknown, 2 not filled in'."""
    numbers = [v[4] for v in votes if v[3] == "number" and not _nan(v[4])]
    parts = [f"{len(numbers)} vote{'s' if len(numbers) != 1 else ''}"]
    if numbers:
        low, high = min(numbers), max(numbers)
        parts[0] += (
            f" ({low:g}–{high:g}, spread {high - low:g})" if high > low else f" (all {low:g})"
        )
    unknown = sum(1 for v in votes if v[3] == "unknown")
    empty = sum(1 for v in votes if v[3] == "empty")
    parts += [f"{unknown} unknown"] if unknown else []
    parts += [f"{empty} not filled in"] if empty else []
    return ", ".join(parts)


def _of(store: SessionStore, scores: Scores | None = None) -> Results:
    """The ``Results`` of these scores, made once and shared by every table built from them."""
    if scores is None:
        return Results(store)
    shared = getattr(scores, "_results", None)
    if shared is None:
        shared = Results(store, scores)
        scores._results = shared  # type: ignore[attr-defined]
    return shared


GRIDS = {
    "threats": Results.threats_grid,
    "threats-by-region": Results.threats_by_region_grid,
    "threats-by-country": Results.threats_by_country_grid,
    "priorities": Results.priorities_grid,
    "constraints": Results.constraints_grid,
}
