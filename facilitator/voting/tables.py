"""The named tables of a session, in the shape of the reference document's tables.

``TABLES`` maps a name (what ``facilitator table SESSION NAME`` takes) to a
function ``store -> DataFrame`` whose cells are text as printed: scores with
one decimal for threats and two for priorities, '-' for unknown and
'Not filled in' where nobody filled in a figure.

The ``*_numeric`` variants hold the same figures as floats (NaN where there is
no number) with row ids, for heatmaps and charts; the reason a figure is
missing is in ``facilitator.voting.scoring`` (``state`` columns).

Every function takes an optional ``scores`` (a ``scoring.Scores``) so that
several tables built together read and add up the votes once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd

from facilitator.plan import model
from facilitator.voting.scoring import (
    MISSING_TEXT,
    PRIORITY_PLACES,
    RANKED_CRITERIA,
    THREAT_PLACES,
    Scores,
    cell_text,
    format_compact,
    missing_text,
    round_half_up,
)

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

KIND_NAMES = {"constraint": "Constraint", "driver": "Driver", "threat": "Threat"}


def _scores(store: SessionStore, scores: Scores | None) -> Scores:
    return scores if scores is not None else Scores(store)


# -- the Threat Ranking Table (Table 3.1) ------------------------------------------------


def threats_numeric(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Drivers then Threats, each by overall importance (highest first, ties in item order).

    Columns: item_id, kind ('driver'/'threat'), item, status, importance,
    capacity (floats, NaN without a number), importance_state, capacity_state.
    Sorting uses the printed (rounded) importance, so items that show the same
    figure keep the order the facilitator gave them.
    """
    scores = _scores(store, scores)
    return scores.derived("threats_numeric", lambda: _threats_numeric(store, scores))


def _threats_numeric(store: SessionStore, scores: Scores) -> pd.DataFrame:
    overall = _figures_and_states(scores.overall)
    rows = []
    for item in model.items(store):
        if item.kind == "constraint":
            continue
        row = {"item_id": item.id, "kind": item.kind, "item": item.label, "status": item.status}
        for criterion in RANKED_CRITERIA:
            score, state = overall.get((item.id, criterion), (float("nan"), "empty"))
            row[criterion], row[f"{criterion}_state"] = score, state
        rows.append(row)
    columns = [
        "item_id",
        "kind",
        "item",
        "status",
        "importance",
        "capacity",
        "importance_state",
        "capacity_state",
    ]
    frame = pd.DataFrame(rows, columns=columns).astype(
        {"importance": "float64", "capacity": "float64"}
    )
    rank = frame["importance"].map(lambda x: round_half_up(x, THREAT_PLACES))
    kind_rank = frame["kind"].map({"driver": 0, "threat": 1})
    frame = frame.assign(_k=kind_rank, _r=-rank).sort_values(
        ["_k", "_r"], kind="stable", na_position="last"
    )
    return frame.drop(columns=["_k", "_r"]).reset_index(drop=True)


def _figures_and_states(frame: pd.DataFrame) -> dict[tuple[int, str], tuple[float, str]]:
    return {
        (t, c): (float(s), str(st))
        for t, c, s, st in zip(
            frame["target_id"], frame["criterion"], frame["score"], frame["state"]
        )
    }


def threats(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Table 3.1: kind, item, importance, capacity (overall figures as printed)."""
    frame = threats_numeric(store, scores)
    return pd.DataFrame(
        {
            "kind": frame["kind"].map(KIND_NAMES),
            "item": frame["item"],
            **{
                c: [cell_text(s, st, THREAT_PLACES) for s, st in zip(frame[c], frame[f"{c}_state"])]
                for c in RANKED_CRITERIA
            },
        },
        columns=["kind", "item", *RANKED_CRITERIA],
    ).astype("str")


def constraints(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """The Constraints (not ranked), in the facilitator's order: Table 3.1 starts with them."""
    rows = [{"item": i.label, "status": i.status} for i in model.items(store, "constraint")]
    return pd.DataFrame(rows, columns=["item", "status"]).astype("str")


# -- threats by region and country (Appendix III) --------------------------------------


def _scope_columns(scores: Scores, by_country: bool) -> tuple[list[str], pd.DataFrame, str]:
    """Regions as columns; countries when asked or where no regions are defined."""
    if scores.regions and not by_country:
        return scores.regions, scores.region, "region"
    return scores.countries, scores.country("item"), "country"


def threats_by_region_numeric(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """One row per ranked item and criterion, in Table 3.1's order.

    Columns: item_id, kind, item, criterion, overall, then one float column per
    region (per country when no regions are defined).
    """
    return _threats_by_scope_numeric(store, _scores(store, scores), by_country=False)


def threats_by_country_numeric(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Like ``threats_by_region_numeric`` with one float column per country code."""
    return _threats_by_scope_numeric(store, _scores(store, scores), by_country=True)


def _threats_by_scope_numeric(
    store: SessionStore, scores: Scores, by_country: bool
) -> pd.DataFrame:
    name = f"threats_by_{'country' if by_country else 'region'}_numeric"
    return scores.derived(name, lambda: _build_by_scope_numeric(store, scores, by_country))


def _build_by_scope_numeric(store: SessionStore, scores: Scores, by_country: bool) -> pd.DataFrame:
    names, figures, scope = _scope_columns(scores, by_country)
    values = _figure_map(figures, ["target_id", "criterion", scope])
    rows = []
    for item in threats_numeric(store, scores).to_dict("records"):
        for criterion in RANKED_CRITERIA:
            row = {
                "item_id": item["item_id"],
                "kind": item["kind"],
                "item": item["item"],
                "criterion": criterion,
                "overall": item[criterion],
            }
            for name in names:
                row[name] = values.get((item["item_id"], criterion, name), float("nan"))
            rows.append(row)
    columns = ["item_id", "kind", "item", "criterion", "overall", *names]
    return pd.DataFrame(rows, columns=columns).astype({c: "float64" for c in ["overall", *names]})


def _figure_map(figures: pd.DataFrame, keys: list[str]) -> dict[tuple[object, ...], float]:
    """Score by key tuple, for building wide tables without pivoting."""
    columns = [figures[k] for k in keys]
    return {
        key: float(score)
        for *key_parts, score in zip(*columns, figures["score"])
        for key in [tuple(key_parts)]
    }


def threats_by_region(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Appendix III: kind, item, criterion, overall, then one column per region.

    A region's cell reads like ``2.0 (TM 1.5)`` when countries' own figures
    differ from the region's, '-' or 'Not filled in' where it has no number.
    """
    return _threats_by_scope(store, _scores(store, scores), by_country=False)


def threats_by_country(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """kind, item, criterion, overall, then each country's own figure (one column per code)."""
    return _threats_by_scope(store, _scores(store, scores), by_country=True)


def _threats_by_scope(store: SessionStore, scores: Scores, by_country: bool) -> pd.DataFrame:
    names, figures, scope = _scope_columns(scores, by_country)
    states = _cells(figures, scope)
    notes = _deviation_notes(scores) if scope == "region" else {}
    numeric = _threats_by_scope_numeric(store, scores, by_country)
    overall_states = {(r.target_id, r.criterion): r.state for r in scores.overall.itertuples()}
    out = pd.DataFrame(
        {
            "kind": numeric["kind"].map(KIND_NAMES),
            "item": numeric["item"],
            "criterion": numeric["criterion"],
            "overall": [
                cell_text(v, overall_states.get((i, c), "empty"), THREAT_PLACES)
                for v, i, c in zip(numeric["overall"], numeric["item_id"], numeric["criterion"])
            ],
        }
    )
    for name in names:
        out[name] = [
            _region_cell(states, notes, (i, c, name))
            for i, c in zip(numeric["item_id"], numeric["criterion"])
        ]
    return out.astype("str")


def _cells(figures: pd.DataFrame, scope: str) -> dict[tuple[int, str, str], str]:
    return {
        (r.target_id, r.criterion, getattr(r, scope)): cell_text(r.score, r.state, THREAT_PLACES)
        for r in figures.itertuples()
    }


def _deviation_notes(scores: Scores) -> dict[tuple[int, str, str], str]:
    """'(TM 1.5) (KZ -)' per region cell, from ``scoring.deviations``."""
    notes: dict[tuple[int, str, str], list[str]] = {}
    for r in scores.deviations.itertuples():
        figure = (
            format_compact(r.country_score, THREAT_PLACES)
            if r.country_state == "number"
            else missing_text(r.country_state)
        )
        notes.setdefault((r.target_id, r.criterion, r.region), []).append(f"({r.country} {figure})")
    return {key: " ".join(parts) for key, parts in notes.items()}


def _region_cell(
    states: dict[tuple[int, str, str], str],
    notes: dict[tuple[int, str, str], str],
    key: tuple[int, str, str],
) -> str:
    text = states.get(key, MISSING_TEXT["empty"])
    note = notes.get(key)
    return f"{text} {note}" if note else text


# -- priorities (Appendix IV) ---------------------------------------------------------


def priorities_numeric(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Activities in numbered order: activity_id, activity ('1.1.1'), text, one float
    column per country code, overall (mean of the country priorities)."""
    scores = _scores(store, scores)
    countries = scores.countries
    values = _figure_map(scores.priority, ["target_id", "country"])
    overall = scores.overall_priority.set_index("target_id")["score"]
    rows = []
    for activity in model.activities(store):
        row = {"activity_id": activity.id, "activity": activity.number, "text": activity.text}
        for code in countries:
            row[code] = values.get((activity.id, code), float("nan"))
        row["overall"] = float(overall.get(activity.id, float("nan")))
        rows.append(row)
    columns = ["activity_id", "activity", "text", *countries, "overall"]
    return pd.DataFrame(rows, columns=columns).astype(
        {c: "float64" for c in [*countries, "overall"]}
    )


def priorities(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Appendix IV: activity, text, one column per country code, overall (two decimals)."""
    scores = _scores(store, scores)
    numeric = priorities_numeric(store, scores)
    states = {(r.target_id, r.country): r.state for r in scores.priority.itertuples()}
    overall_states = dict(
        zip(scores.overall_priority["target_id"], scores.overall_priority["state"])
    )
    out = numeric[["activity", "text"]].copy()
    for code in scores.countries:
        out[code] = [
            cell_text(v, states.get((a, code), "empty"), PRIORITY_PLACES)
            for v, a in zip(numeric[code], numeric["activity_id"])
        ]
    out["overall"] = [
        cell_text(v, overall_states.get(a, "empty"), PRIORITY_PLACES)
        for v, a in zip(numeric["overall"], numeric["activity_id"])
    ]
    return out.astype("str")


# -- people and votes -------------------------------------------------------------------


def participants(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Appendix I: name, affiliation, country (its name), role, votes ('yes'/'no'),
    votes_cast (answers given, '-' included, empty cells not)."""
    names = {c.code: c.name for c in model.countries(store)}
    cast = {
        r["participant_id"]: r["n"]
        for r in store.rows(
            "SELECT participant_id, COUNT(*) AS n FROM votes WHERE answer != 'empty' GROUP BY participant_id"
        )
    }
    rows = [
        {
            "name": p.name,
            "affiliation": p.affiliation,
            "country": names.get(p.country or "", ""),
            "role": p.role,
            "votes": "yes" if p.votes else "no",
            "votes_cast": int(cast.get(p.id, 0)),
        }
        for p in model.participants(store)
    ]
    columns = ["name", "affiliation", "country", "role", "votes", "votes_cast"]
    return pd.DataFrame(rows, columns=columns).astype(
        {c: "str" for c in columns[:-1]} | {"votes_cast": "int64"}
    )


def votes(store: SessionStore, scores: Scores | None = None) -> pd.DataFrame:
    """Every recorded vote: participant, scope (country code or region), target (item text
    or activity number), criterion, vote ('2', '-' or 'Not filled in'), at."""
    labels = {("item", i.id): i.label for i in model.items(store)}
    labels |= {("activity", a.id): a.number for a in model.activities(store)}
    cursor = store.conn.execute(
        "SELECT p.name AS participant, v.scope, v.target_kind, v.target_id, v.criterion, v.answer, "
        "v.value, v.at FROM votes v JOIN participants p ON p.id = v.participant_id "
        "ORDER BY p.position, p.id, v.target_kind DESC, v.target_id, v.criterion, v.scope"
    )
    raw = pd.DataFrame(cursor.fetchall(), columns=[d[0] for d in cursor.description])
    values = pd.to_numeric(raw["value"], errors="coerce")
    numbers = values.map({v: format_compact(v, PRIORITY_PLACES) for v in values.dropna().unique()})
    out = pd.DataFrame(
        {
            "participant": raw["participant"],
            "scope": raw["scope"],
            "target": [
                labels.get(key, str(key[1]))
                for key in zip(raw["target_kind"].tolist(), raw["target_id"].tolist())
            ],
            "criterion": raw["criterion"],
            "vote": numbers.where(raw["answer"] == "number", raw["answer"].map(MISSING_TEXT)),
            "at": raw["at"],
        },
        columns=["participant", "scope", "target", "criterion", "vote", "at"],
    )
    return out.astype("str")


TABLES: dict[str, Callable[[SessionStore], pd.DataFrame]] = {
    "threats": threats,
    "threats-by-region": threats_by_region,
    "threats-by-country": threats_by_country,
    "priorities": priorities,
    "participants": participants,
    "constraints": constraints,
    "votes": votes,
}


def all_tables(store: SessionStore) -> dict[str, pd.DataFrame]:
    """Every named table, adding up the votes once."""
    scores = Scores(store)
    return {name: build(store, scores) for name, build in TABLES.items()}  # type: ignore[call-arg]
