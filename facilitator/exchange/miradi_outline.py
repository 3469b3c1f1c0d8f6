"""The outline part of the Miradi export: objectives → strategies, results → objectives with
indicators, activities → tasks (see ``miradi_write`` for the whole mapping)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.exchange.miradi_xml import Writer, child_uuid, clean_xml, factor, link
from facilitator.plan import model

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


def write_outline(
    w: Writer,
    store: SessionStore,
    causes: dict[int, tuple[int, int]],
    factors: list[int],
    links: list[int],
) -> None:
    """Objectives → strategies, results → objectives with indicators, activities → tasks."""
    table_uuids = {
        t: {r["id"]: r["uuid"] for r in store.rows(f"SELECT id, uuid FROM {t}")}
        for t in ("objectives", "results", "activities", "themes", "programme_items")
    }
    themes = {t["id"]: t for t in model.themes(store)}
    for position, (tid, theme) in enumerate(themes.items(), start=1):
        w.note(table_uuids["themes"][tid], {"theme": theme["name"], "position": position})
    programme = {p["code"]: p for p in store.rows("SELECT * FROM programme_items")}
    for p in programme.values():
        fields = {k: p[k] for k in ("code", "text", "responsible", "priority")}
        w.note(p["uuid"], {"programme": fields})
    activity_uuid = {a.number: table_uuids["activities"][a.id] for a in model.activities(store)}
    y = 20
    for objective in model.outline(store):
        sid = w.new_id()
        result_ids, task_ids = [], []
        for result in objective.results:
            indicator_ids = []
            if result.indicator:
                indicator_ids = [w.new_id()]
                w.obj(
                    "IndicatorPool",
                    "Indicator",
                    indicator_ids[0],
                    {
                        "Name": clean_xml(result.indicator),
                        "UUID": child_uuid(table_uuids["results"][result.id], "indicator"),
                    },
                )
            own_tasks = []
            for activity in result.activities:
                tid = w.new_id()
                own_tasks.append(tid)
                uid = table_uuids["activities"][activity.id]
                w.obj(
                    "TaskPool",
                    "Task",
                    tid,
                    {
                        "Name": clean_xml(activity.text),
                        "Identifier": activity.number,
                        "UUID": uid,
                        "Details": clean_xml(_activity_details(activity)),
                    },
                )
                w.note(
                    uid,
                    {
                        "timeline": activity.timeline,
                        "actors": activity.actors,
                        "indicator": activity.indicator,
                        "budget": activity.budget,
                        "refs": [activity_uuid[n] for n in activity.refs if n in activity_uuid],
                        "programme": [programme[c]["uuid"] for c in activity.programme],
                    },
                )
            rid = w.new_id()
            result_ids.append(rid)
            task_ids += own_tasks
            w.obj(
                "ObjectivePool",
                "Objective",
                rid,
                {
                    "Name": clean_xml(result.text),
                    "Identifier": result.number,
                    "UUID": table_uuids["results"][result.id],
                    "RelevantIndicatorIds": ("IndicatorId", indicator_ids),
                    "RelevantStrategyIds": ("StrategyId", [sid]),
                    "RelevantActivityIds": ("ActivityId", own_tasks),
                },
            )
            w.note(table_uuids["results"][result.id], {"smart": result.smart})
        uid = table_uuids["objectives"][objective.id]
        w.obj(
            "StrategyPool",
            "Strategy",
            sid,
            {
                "Name": clean_xml(objective.text),
                "Identifier": objective.number,
                "UUID": uid,
                "Details": clean_xml(f"Theme: {objective.theme}") if objective.theme else "",
                "Status": "Real",
                "ObjectiveIds": ("ObjectiveId", result_ids),
                "OrderedActivityIds": ("ActivityId", task_ids),
            },
        )
        theme_uuid = table_uuids["themes"].get(objective.theme_id or 0, "")
        w.note(uid, {"theme": theme_uuid})
        fid = factor(w, ("StrategyId", sid), (20, y, 180, 48), child_uuid(uid))
        factors.append(fid)
        y += 62
        for item_id in objective.item_ids:
            if item_id in causes:
                links.append(
                    link(
                        w,
                        fid,
                        ("StrategyId", sid),
                        causes[item_id],
                        child_uuid(uid, f"link{item_id}"),
                    )
                )


def _activity_details(a: model.Activity) -> str:
    lines = [
        f"{label}: {value}"
        for label, value in (
            ("Timeline", a.timeline),
            ("Actors", a.actors),
            ("Indicator", a.indicator),
            ("Budget", a.budget),
            ("See", ", ".join(a.refs)),
            ("Programme", ", ".join(a.programme)),
        )
        if value
    ]
    return "\n".join(lines)
