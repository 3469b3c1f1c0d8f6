"""Seeding a session's plan (problem tree and outline) from a plan read elsewhere, as one edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator.errors import EditError
from facilitator.plan import edits as ops
from facilitator.plan.model import SMART, clean
from facilitator.session.edits import CompositeEdit, Edit, FunctionEdit, RowChange

if TYPE_CHECKING:
    from facilitator.exchange.miradi_read import MiradiPlan
    from facilitator.session.store import SessionStore


def _free_uuid(uid: str, taken: set[str]) -> str | None:
    """The UUID to keep, or None (a fresh one is given) when it is missing or already used."""
    if not uid or uid in taken:
        return None
    taken.add(uid)
    return uid


def _reaches(effects: dict[int, set[int]], start: int, goal: int) -> bool:
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(effects.get(node, ()))
    return False


def seed_plan(plan: MiradiPlan, label: str = "import Miradi plan") -> Edit:
    """One undoable edit that writes ``plan`` into a session whose plan is still empty."""

    def rows(store: SessionStore) -> list[RowChange]:
        if store.scalar("SELECT COUNT(*) FROM items") or store.scalar(
            "SELECT COUNT(*) FROM objectives"
        ):
            raise EditError(
                "This session already has a problem tree or an outline; "
                "a plan is imported into a session whose plan is still empty."
            )
        taken = {
            r["uuid"]
            for t in ("items", "themes", "objectives", "results", "activities", "programme_items")
            for r in store.rows(f"SELECT uuid FROM {t} WHERE uuid IS NOT NULL")
        }
        out: list[RowChange] = []

        def add(table: str, key: dict[str, Any], values: dict[str, Any]) -> None:
            out.append(RowChange(table, key, None, values))

        def with_uuid(values: dict[str, Any], uid: str) -> dict[str, Any]:
            kept = _free_uuid(uid, taken)
            return {**values, "uuid": kept} if kept else values

        item_ids: dict[str, int] = {}
        positions = {"constraint": 0, "driver": 0, "threat": 0}
        for n, item in enumerate(plan.items, start=store.next_id("items")):
            positions[item["kind"]] += 1
            values = {"kind": item["kind"], "label": clean(item["label"]), "status": item["status"]}
            add(
                "items",
                {"id": n},
                with_uuid({**values, "position": positions[item["kind"]]}, item["uuid"]),
            )
            item_ids[item["uuid"]] = n
        effects: dict[int, set[int]] = {}
        for cause, effect in plan.links:
            a, b = item_ids.get(cause), item_ids.get(effect)
            if a is None or b is None or a == b or _reaches(effects, b, a):
                continue  # a link that would close a loop is left out, as the app refuses it
            effects.setdefault(a, set()).add(b)
            add("links", {"cause": a, "effect": b}, {})
        theme_ids: dict[str, int] = {}
        for n, theme in enumerate(plan.themes, start=store.next_id("themes")):
            add(
                "themes",
                {"id": n},
                with_uuid({"name": clean(theme["name"]), "position": n}, theme["uuid"]),
            )
            theme_ids[theme["uuid"]] = n
        programme_ids: dict[str, int] = {}
        for n, p in enumerate(plan.programme, start=store.next_id("programme_items")):
            values = {
                k: clean(str(p.get(k, ""))) for k in ("code", "text", "responsible", "priority")
            }
            add("programme_items", {"id": n}, with_uuid(values, p["uuid"]))
            programme_ids[p["uuid"]] = n
        out += _outline_rows(store, plan, item_ids, theme_ids, programme_ids, with_uuid)
        return out

    edits: list[Edit] = [FunctionEdit(label, rows)]
    if plan.vision:
        edits.append(ops.set_text("vision", plan.vision))
    if plan.goal:
        edits.append(ops.set_text("goal", plan.goal))
    if plan.species:
        edits.append(ops.set_meta({"species": plan.species}))
    return CompositeEdit(label, edits)


def _outline_rows(
    store: SessionStore,
    plan: MiradiPlan,
    item_ids: dict[str, int],
    theme_ids: dict[str, int],
    programme_ids: dict[str, int],
    with_uuid: Any,
) -> list[RowChange]:
    out: list[RowChange] = []
    oid, rid, aid = (store.next_id(t) for t in ("objectives", "results", "activities"))
    activity_ids: dict[str, int] = {}
    refs: list[tuple[int, list[str], list[str]]] = []
    for objective in plan.objectives:
        values = {"number": objective["number"], "text": clean(objective["text"])}
        values["theme_id"] = theme_ids.get(objective["theme"])
        out.append(RowChange("objectives", {"id": oid}, None, with_uuid(values, objective["uuid"])))
        for uid in dict.fromkeys(objective["addresses"]):
            if uid in item_ids:
                out.append(
                    RowChange(
                        "objective_items", {"objective_id": oid, "item_id": item_ids[uid]}, None, {}
                    )
                )
        for result in objective["results"]:
            values = {
                "objective_id": oid,
                "number": result["number"],
                "text": clean(result["text"]),
            }
            values["indicator"] = clean(result["indicator"])
            values.update({s: int(bool(result["smart"].get(s))) for s in SMART})
            out.append(RowChange("results", {"id": rid}, None, with_uuid(values, result["uuid"])))
            for activity in result["activities"]:
                values = {
                    "result_id": rid,
                    "number": activity["number"],
                    "text": clean(activity["text"]),
                }
                values.update(
                    {k: clean(activity[k]) for k in ("timeline", "actors", "indicator", "budget")}
                )
                out.append(
                    RowChange("activities", {"id": aid}, None, with_uuid(values, activity["uuid"]))
                )
                activity_ids[activity["uuid"]] = aid
                refs.append((aid, activity["refs"], activity["programme"]))
                aid += 1
            rid += 1
        oid += 1
    for aid, ref_uuids, programme in refs:
        for uid in dict.fromkeys(ref_uuids):
            if uid in activity_ids and activity_ids[uid] != aid:
                key = {"activity_id": aid, "ref_activity_id": activity_ids[uid]}
                out.append(RowChange("activity_refs", key, None, {}))
        for uid in dict.fromkeys(programme):
            if uid in programme_ids:
                key = {"activity_id": aid, "programme_item_id": programme_ids[uid]}
                out.append(RowChange("activity_programme", key, None, {}))
    return out
