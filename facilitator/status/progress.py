"""How far the workshop has got: each step is 'done', 'started' or 'empty'.

The app's step navigator shows this; it is decided here, from the session's
rows, so the command line and the documents can say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from facilitator.plan.glossary import STEP_IDS

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

DONE, STARTED, EMPTY = "done", "started", "empty"
DETAIL_META_KEYS = ("species", "meeting", "place", "dates", "symbol")
#: meta keys set when documents were written (the app stores it as a view preference)
EXPORTED_META_KEYS = ("exported", "pref.exported")


def _count(store: SessionStore, sql: str, params: tuple = ()) -> int:
    return int(store.scalar(sql, params) or 0)


def _status(done: bool, started: bool) -> str:
    return DONE if done else STARTED if started else EMPTY


def session_status(store: SessionStore) -> str:
    """Done when there is a country and a voting participant."""
    countries = _count(store, "SELECT COUNT(*) FROM countries")
    voters = _count(store, "SELECT COUNT(*) FROM participants WHERE votes > 0")
    people = _count(store, "SELECT COUNT(*) FROM participants")
    marks = ",".join("?" for _ in DETAIL_META_KEYS)
    details = _count(
        store,
        f"SELECT COUNT(*) FROM meta WHERE key IN ({marks}) AND TRIM(value) <> ''",
        DETAIL_META_KEYS,
    )
    regions = _count(store, "SELECT COUNT(*) FROM regions")
    return _status(countries > 0 and voters > 0, countries + people + details + regions > 0)


def text_status(kind: str) -> Callable[[SessionStore], str]:
    """Done when a text is adopted; started when there is any draft."""

    def status(store: SessionStore) -> str:
        adopted = _count(
            store,
            "SELECT COUNT(*) FROM texts WHERE kind = ? AND adopted = 1 AND TRIM(body) <> ''",
            (kind,),
        )
        drafts = _count(
            store, "SELECT COUNT(*) FROM texts WHERE kind = ? AND TRIM(body) <> ''", (kind,)
        )
        return _status(adopted > 0, drafts > 0)

    return status


def problem_tree_status(store: SessionStore) -> str:
    """Done when there is a Threat and at least one cause-effect link."""
    threats = _count(store, "SELECT COUNT(*) FROM items WHERE kind = 'threat'")
    links = _count(store, "SELECT COUNT(*) FROM links")
    items = _count(store, "SELECT COUNT(*) FROM items")
    return _status(threats > 0 and links > 0, items > 0)


def _voted_targets(store: SessionStore, target_kind: str, criterion: str) -> int:
    return _count(
        store,
        "SELECT COUNT(DISTINCT target_id) FROM votes "
        "WHERE target_kind = ? AND criterion = ? AND answer <> 'empty'",
        (target_kind, criterion),
    )


def threat_ranking_status(store: SessionStore) -> str:
    """Done when every Driver and Threat has an importance and a capacity vote."""
    ranked = _count(store, "SELECT COUNT(*) FROM items WHERE kind IN ('driver', 'threat')")
    importance = _voted_targets(store, "item", "importance")
    capacity = _voted_targets(store, "item", "capacity")
    return _status(
        ranked > 0 and importance >= ranked and capacity >= ranked, importance + capacity > 0
    )


def objectives_status(store: SessionStore) -> str:
    objectives = _count(store, "SELECT COUNT(*) FROM objectives")
    worded = _count(store, "SELECT COUNT(*) FROM objectives WHERE TRIM(text) <> ''")
    themes = _count(store, "SELECT COUNT(*) FROM themes")
    return _status(objectives > 0 and worded == objectives, objectives + themes > 0)


def results_status(store: SessionStore) -> str:
    """Done when every Objective has a Result and every Result an indicator."""
    results = _count(store, "SELECT COUNT(*) FROM results")
    bare_objectives = _count(
        store,
        "SELECT COUNT(*) FROM objectives o WHERE NOT EXISTS "
        "(SELECT 1 FROM results r WHERE r.objective_id = o.id)",
    )
    no_indicator = _count(store, "SELECT COUNT(*) FROM results WHERE TRIM(indicator) = ''")
    return _status(results > 0 and bare_objectives == 0 and no_indicator == 0, results > 0)


def activities_status(store: SessionStore) -> str:
    """Done when every Result has at least one Activity."""
    activities = _count(store, "SELECT COUNT(*) FROM activities")
    bare_results = _count(
        store,
        "SELECT COUNT(*) FROM results r WHERE NOT EXISTS "
        "(SELECT 1 FROM activities a WHERE a.result_id = r.id)",
    )
    return _status(activities > 0 and bare_results == 0, activities > 0)


def prioritisation_status(store: SessionStore) -> str:
    """Done when every Activity has a priority vote."""
    activities = _count(store, "SELECT COUNT(*) FROM activities")
    voted = _voted_targets(store, "activity", "priority")
    return _status(activities > 0 and voted >= activities, voted > 0)


def logframe_status(store: SessionStore) -> str:
    """The LogFrame is done when the Goal, Objectives, Results and Activities are."""
    parts = [
        text_status("goal")(store),
        objectives_status(store),
        results_status(store),
        activities_status(store),
    ]
    return _status(all(p == DONE for p in parts), any(p != EMPTY for p in parts))


def monitoring_status(store: SessionStore) -> str:
    """Done when the latest review covers every Activity with an action or recommendation."""
    latest = store.scalar("SELECT MAX(id) FROM reviews")
    if latest is None:
        return EMPTY
    activities = _count(store, "SELECT COUNT(*) FROM activities")
    covered = _count(
        store,
        "SELECT COUNT(DISTINCT activity_id) FROM ("
        " SELECT activity_id FROM monitoring_actions WHERE review_id = ? AND activity_kind = 'activity'"
        " UNION SELECT activity_id FROM recommendations WHERE review_id = ? AND activity_kind = 'activity'"
        " AND TRIM(text) <> '')",
        (latest, latest),
    )
    return _status(activities > 0 and covered >= activities, True)


def export_status(store: SessionStore) -> str:
    """Done once documents were exported (``meta.exported`` or the preference ``exported``)."""
    marks = ",".join("?" for _ in EXPORTED_META_KEYS)
    exported = _count(
        store,
        f"SELECT COUNT(*) FROM meta WHERE key IN ({marks}) AND value <> ''",
        EXPORTED_META_KEYS,
    )
    return DONE if exported else EMPTY


STATUS_OF: dict[str, Callable[[SessionStore], str]] = {
    "session": session_status,
    "vision": text_status("vision"),
    "goal": text_status("goal"),
    "problem_tree": problem_tree_status,
    "threat_ranking": threat_ranking_status,
    "objectives": objectives_status,
    "results": results_status,
    "activities": activities_status,
    "prioritisation": prioritisation_status,
    "logframe": logframe_status,
    "monitoring": monitoring_status,
    "export": export_status,
}


def step_status(store: SessionStore) -> dict[str, str]:
    """Every step id (in workshop order) → 'done', 'started' or 'empty'."""
    return {step_id: STATUS_OF[step_id](store) for step_id in STEP_IDS}
