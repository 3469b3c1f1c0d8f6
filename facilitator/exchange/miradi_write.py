"""The plan as a Miradi project (``.xmpz2``: a zip holding ``project.xml``).

What maps to what (Miradi is built on the Conservation Standards):

- the session's species → the one ``BiodiversityTarget``; the Goal → a ``Goal`` of it;
  the Vision → the project's vision;
- problem-tree items → ``Cause`` (threats with ``CauseIsDirectThreat``), drawn in a
  ``ConceptualModel`` at the places the app's own tree layout gives them, with a
  ``DiagramLink`` per cause → effect link, and from each threat to the target;
- ZOPP objectives → ``Strategy`` (linked in the diagram to the threats and drivers
  they address); results → ``Objective`` with their ``Indicator``; activities →
  ``Task`` (the strategy's activities);
- the simple threat rating of each threat on the target: scope and severity both
  from the overall importance (0 → 1 Low, 1 → 2 Medium, 2 → 3 High, 3 → 4 Very
  high, rounded half up); irreversibility has no counterpart and is left unrated.
  Capacity and the figures per region and country go into the cause's details.

Everything Miradi has no field for (constraints, emerging status, themes, SMART
checks, activity timelines, actors, budgets, references and programme items) rides
along in ``ExtraData`` so that importing the file gives the same plan back.
"""

from __future__ import annotations

import json
import math
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from lxml import etree

from facilitator.plan import model
from facilitator.session.identity import session_uuid
from facilitator.session.store import SessionStore

NS = "http://xml.miradi.org/schema/ConservationProject/237"
OWNER = "ZOPPFacilitator"
M = f"{{{NS}}}"


def rating(importance: float | None) -> str:
    """The Miradi 1–4 rating for an overall importance 0–3 ('' when there is none)."""
    if importance is None or math.isnan(importance):
        return ""
    from facilitator.voting.score_text import round_half_up

    return str(int(round_half_up(min(max(importance, 0.0), 3.0), 0)) + 1)


class _Writer:
    def __init__(self, store: SessionStore):
        self.store = store
        self.root = etree.Element(M + "ConservationProject", nsmap={None: NS})
        self.pools: dict[str, Any] = {}
        self.next = 1
        self.extra: dict[str, str] = {}

    def new_id(self) -> int:
        self.next += 1
        return self.next - 1

    def el(self, parent: Any, name: str, text: object = None) -> Any:
        child = etree.SubElement(parent, M + name)
        if text is not None:
            child.text = str(text)
        return child

    def obj(self, pool: str, kind: str, oid: int, fields: dict[str, object]) -> Any:
        if pool not in self.pools:
            self.pools[pool] = etree.Element(M + pool)
        node = self.el(self.pools[pool], kind)
        node.set("Id", str(oid))
        for name, value in fields.items():
            if value is None or value == "":
                continue
            if isinstance(value, tuple):  # (id element name, [ids])
                holder = self.el(node, kind + name)
                for ref in value[1]:
                    self.el(holder, value[0], ref)
            else:
                self.el(node, kind + name, value)
        return node

    def note(self, key: str, value: dict[str, object]) -> None:
        self.extra[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)


def _clean_xml(text: object) -> str:
    """Text XML can hold (control characters dropped)."""
    return "".join(ch for ch in str(text or "") if ch in "\t\n\r" or ord(ch) >= 0x20)


def build_project(store: SessionStore) -> bytes:
    """``project.xml`` of the session's plan."""
    w = _Writer(store)
    meta = store.meta()
    title = _clean_xml(meta.get("title", ""))
    species = _clean_xml(meta.get("species", "")) or title or "Target species"

    details = w.el(w.root, "ExportDetails")
    w.el(details, "ExporterName", "ZOPP Facilitator")
    w.el(details, "ExporterVersion", "1")
    w.el(details, "ExportTime", datetime.now().isoformat(timespec="seconds"))
    summary = w.el(w.root, "ProjectSummary")
    w.el(summary, "ProjectSummaryProjectName", title)
    w.el(summary, "ProjectSummaryShareOutsideOrganization", "Private")
    w.el(summary, "ProjectSummaryThreatRatingMode", "Simple")
    scope = w.el(w.root, "ProjectScope")
    vision = _clean_xml(model.adopted_text(store, "vision"))
    if vision:
        w.el(scope, "ProjectScopeProjectVision", vision)
    w.el(w.root, "ProjectLocation")
    planning = w.el(w.root, "ProjectPlanning")
    w.el(planning, "ProjectPlanningDayColumnsVisibility", "HideDayColumns")
    w.el(planning, "ProjectPlanningQuarterColumnsVisibility", "ShowQuarterColumns")
    w.note(
        "Session", {"uuid": session_uuid(store), **{k: meta.get(k, "") for k in model.META_KEYS}}
    )

    factors: list[int] = []
    links: list[int] = []
    target_id = w.new_id()
    goal = _clean_xml(model.adopted_text(store, "goal"))
    goal_ids = []
    if goal:
        goal_ids = [w.new_id()]
        w.obj("GoalPool", "Goal", goal_ids[0], {"Name": goal, "UUID": _uuid_for("goal", store)})
    w.obj(
        "BiodiversityTargetPool",
        "BiodiversityTarget",
        target_id,
        {
            "Name": species,
            "UUID": _uuid_for("target", store),
            "ViabilityMode": "Simple",
            "GoalIds": ("GoalId", goal_ids),
        },
    )

    cause_ids, target_factor = _causes(w, store, target_id, factors)
    _plan(w, store, cause_ids, factors, links)
    _diagram_links(w, store, cause_ids, target_factor, links)
    w.obj(
        "ConceptualModelPool",
        "ConceptualModel",
        w.new_id(),
        {
            "Name": "Problem tree",
            "UUID": _uuid_for("diagram", store),
            "DiagramFactorIds": ("DiagramFactorId", factors),
            "DiagramLinkIds": ("DiagramLinkId", links),
        },
    )
    extra = w.el(w.root, "ExtraData")
    section = w.el(extra, "ExtraDataSection")
    section.set("owner", OWNER)
    for name, value in w.extra.items():
        item = w.el(section, "ExtraDataItem")
        item.set("ExtraDataItemName", name)
        w.el(item, "ExtraDataItemValue", value)
    for pool in w.pools.values():
        w.root.append(pool)
    return etree.tostring(w.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _uuid_for(what: str, store: SessionStore) -> str:
    """A stable UUID for an object the session has no row for (derived from the session's)."""
    import uuid

    base = session_uuid(store) or "00000000-0000-0000-0000-000000000000"
    return str(uuid.uuid5(uuid.UUID(base), what))


def _figures_text(store: SessionStore) -> tuple[dict[int, float | None], dict[int, str]]:
    """Overall importance per item, and the details text with every figure behind it."""
    from facilitator.voting import scoring
    from facilitator.voting.score_text import THREAT_PLACES, format_score

    scores = scoring.Scores(store)
    importance: dict[int, float | None] = {}
    parts: dict[int, list[str]] = {}
    for r in scores.overall.to_dict("records"):
        if r["state"] == "number":
            if r["criterion"] == "importance":
                importance[r["target_id"]] = float(r["score"])
            parts.setdefault(r["target_id"], []).append(
                f"{r['criterion']} {format_score(r['score'], THREAT_PLACES)} (range-wide)"
            )
    for frame, column in ((scores.region, "region"), (scores.country("item"), "country")):
        for r in frame.to_dict("records"):
            if r["state"] == "number":
                parts.setdefault(r["target_id"], []).append(
                    f"{r['criterion']} {format_score(r['score'], THREAT_PLACES)} ({r[column]})"
                )
    text = {k: "ZOPP threat ranking: " + "; ".join(v) + "." for k, v in parts.items()}
    return importance, text


def _box(layout: Any, iid: int) -> tuple[int, int, int, int]:
    node = layout.nodes[iid]
    return int(node.x) + 240, int(node.y) + 20, int(node.width), int(node.height)


def _factor(w: _Writer, wrapped: tuple[str, int], box: tuple[int, int, int, int], uid: str) -> int:
    fid = w.new_id()
    node = w.obj(
        "DiagramFactorPool",
        "DiagramFactor",
        fid,
        {"UUID": uid, "TextBoxZOrderCode": "Front"},
    )
    location = w.el(node, "DiagramFactorLocation")
    point = w.el(location, "DiagramPoint")
    w.el(point, "x", box[0])
    w.el(point, "y", box[1])
    size = w.el(w.el(node, "DiagramFactorSize"), "DiagramSize")
    w.el(size, "width", box[2])
    w.el(size, "height", box[3])
    holder = w.el(w.el(node, "DiagramFactorWrappedFactorId"), "WrappedByDiagramFactorId")
    w.el(holder, wrapped[0], wrapped[1])
    return fid


def _causes(
    w: _Writer, store: SessionStore, target_id: int, factors: list[int]
) -> tuple[dict[int, tuple[int, int]], int]:
    """One Cause per item; returns item id → (cause id, diagram factor id), and the target's factor."""
    from facilitator.plan.tree_layout import layout_session

    uuids = {r["id"]: r["uuid"] for r in store.rows("SELECT id, uuid FROM items")}
    importance, details = _figures_text(store)
    layout = layout_session(store)
    out: dict[int, tuple[int, int]] = {}
    ratings = []
    for item in model.items(store):
        cid = w.new_id()
        w.obj(
            "CausePool",
            "Cause",
            cid,
            {
                "Name": _clean_xml(item.label),
                "UUID": uuids[item.id],
                "IsDirectThreat": "true" if item.kind == "threat" else "false",
                "Details": details.get(item.id, ""),
            },
        )
        w.note(uuids[item.id], {"kind": item.kind, "status": item.status})
        fid = _factor(w, ("CauseId", cid), _box(layout, item.id), _child_uuid(uuids[item.id]))
        factors.append(fid)
        out[item.id] = (cid, fid)
        if item.kind == "threat":
            ratings.append((cid, rating(importance.get(item.id))))
    right = int(layout.width) + 240 + 120
    target_factor = _factor(
        w, ("BiodiversityTargetId", target_id), (right, 20, 180, 60), _uuid_for("target-box", store)
    )
    factors.append(target_factor)
    if ratings:
        pool = etree.Element(M + "SimpleThreatRatingPool")
        w.pools["SimpleThreatRatingPool"] = pool
        for cid, value in ratings:
            node = w.el(pool, "SimpleThreatRating")
            w.el(node, "SimpleThreatRatingScopeRating", value)
            w.el(node, "SimpleThreatRatingSeverityRating", value)
            w.el(w.el(node, "SimpleThreatRatingTargetId"), "BiodiversityTargetId", target_id)
            w.el(w.el(node, "SimpleThreatRatingThreatId"), "ThreatId", cid)
    return out, target_factor


def _child_uuid(parent: str, what: str = "box") -> str:
    import uuid

    return str(uuid.uuid5(uuid.UUID(parent), what))


def _plan(
    w: _Writer,
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
                        "Name": _clean_xml(result.indicator),
                        "UUID": _child_uuid(table_uuids["results"][result.id], "indicator"),
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
                        "Name": _clean_xml(activity.text),
                        "Identifier": activity.number,
                        "UUID": uid,
                        "Details": _clean_xml(_activity_details(activity)),
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
                    "Name": _clean_xml(result.text),
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
                "Name": _clean_xml(objective.text),
                "Identifier": objective.number,
                "UUID": uid,
                "Details": _clean_xml(f"Theme: {objective.theme}") if objective.theme else "",
                "Status": "Real",
                "ObjectiveIds": ("ObjectiveId", result_ids),
                "OrderedActivityIds": ("ActivityId", task_ids),
            },
        )
        theme_uuid = table_uuids["themes"].get(objective.theme_id or 0, "")
        w.note(uid, {"theme": theme_uuid})
        fid = _factor(w, ("StrategyId", sid), (20, y, 180, 48), _child_uuid(uid))
        factors.append(fid)
        y += 62
        for item_id in objective.item_ids:
            if item_id in causes:
                links.append(
                    _link(
                        w,
                        fid,
                        ("StrategyId", sid),
                        causes[item_id],
                        _child_uuid(uid, f"link{item_id}"),
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


def _link(
    w: _Writer,
    from_factor: int,
    from_ref: tuple[str, int],
    to: tuple[int, int],
    uid: str,
    to_kind: str = "CauseId",
) -> int:
    lid = w.new_id()
    node = w.obj("DiagramLinkPool", "DiagramLink", lid, {"UUID": uid})
    source = w.el(w.el(node, "DiagramLinkFromDiagramFactorId"), "LinkableFactorId")
    w.el(source, from_ref[0], from_factor)
    target = w.el(w.el(node, "DiagramLinkToDiagramFactorId"), "LinkableFactorId")
    w.el(target, to_kind, to[1])
    return lid


def _diagram_links(
    w: _Writer,
    store: SessionStore,
    causes: dict[int, tuple[int, int]],
    target_factor: int,
    links: list[int],
) -> None:
    uuids = {r["id"]: r["uuid"] for r in store.rows("SELECT id, uuid FROM items")}
    for cause, effect in model.links(store):
        links.append(
            _link(
                w,
                causes[cause][1],
                ("CauseId", 0),
                causes[effect],
                _child_uuid(uuids[cause], f"to{uuids[effect]}"),
            )
        )
    for item in model.items(store, "threat"):
        links.append(
            _link(
                w,
                causes[item.id][1],
                ("CauseId", 0),
                (0, target_factor),
                _child_uuid(uuids[item.id], "to-target"),
                "BiodiversityTargetId",
            )
        )


def write_miradi(store: SessionStore, out_path: Path) -> Path:
    """Write the plan as a Miradi ``.xmpz2`` (a zip holding ``project.xml``)."""
    from facilitator.documents.files import replacing

    data = build_project(store)
    with replacing(Path(out_path)) as part, zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.xml", data)
    return Path(out_path)
