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

import math
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from lxml import etree

from facilitator.exchange.miradi_outline import write_outline
from facilitator.exchange.miradi_xml import (
    OWNER,
    M,
    Writer,
    child_uuid,
    clean_xml,
    factor,
    link,
    uuid_for,
)
from facilitator.plan import model
from facilitator.session.identity import session_uuid
from facilitator.session.store import SessionStore


def rating(importance: float | None) -> str:
    """The Miradi 1–4 rating for an overall importance 0–3 ('' when there is none)."""
    if importance is None or math.isnan(importance):
        return ""
    from facilitator.voting.score_text import round_half_up

    return str(int(round_half_up(min(max(importance, 0.0), 3.0), 0)) + 1)


def build_project(store: SessionStore) -> bytes:
    """``project.xml`` of the session's plan."""
    w = Writer(store)
    meta = store.meta()
    title = clean_xml(meta.get("title", ""))
    species = clean_xml(meta.get("species", "")) or title or "Target species"

    details = w.el(w.root, "ExportDetails")
    w.el(details, "ExporterName", "ZOPP Facilitator")
    w.el(details, "ExporterVersion", "1")
    w.el(details, "ExportTime", datetime.now().isoformat(timespec="seconds"))
    summary = w.el(w.root, "ProjectSummary")
    w.el(summary, "ProjectSummaryProjectName", title)
    w.el(summary, "ProjectSummaryShareOutsideOrganization", "Private")
    w.el(summary, "ProjectSummaryThreatRatingMode", "Simple")
    scope = w.el(w.root, "ProjectScope")
    vision = clean_xml(model.adopted_text(store, "vision"))
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
    goal = clean_xml(model.adopted_text(store, "goal"))
    goal_ids = []
    if goal:
        goal_ids = [w.new_id()]
        w.obj("GoalPool", "Goal", goal_ids[0], {"Name": goal, "UUID": uuid_for("goal", store)})
    w.obj(
        "BiodiversityTargetPool",
        "BiodiversityTarget",
        target_id,
        {
            "Name": species,
            "UUID": uuid_for("target", store),
            "ViabilityMode": "Simple",
            "GoalIds": ("GoalId", goal_ids),
        },
    )

    cause_ids, target_factor = _causes(w, store, target_id, factors)
    write_outline(w, store, cause_ids, factors, links)
    _diagram_links(w, store, cause_ids, target_factor, links)
    w.obj(
        "ConceptualModelPool",
        "ConceptualModel",
        w.new_id(),
        {
            "Name": "Problem tree",
            "UUID": uuid_for("diagram", store),
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


def _causes(
    w: Writer, store: SessionStore, target_id: int, factors: list[int]
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
                "Name": clean_xml(item.label),
                "UUID": uuids[item.id],
                "IsDirectThreat": "true" if item.kind == "threat" else "false",
                "Details": details.get(item.id, ""),
            },
        )
        w.note(uuids[item.id], {"kind": item.kind, "status": item.status})
        fid = factor(w, ("CauseId", cid), _box(layout, item.id), child_uuid(uuids[item.id]))
        factors.append(fid)
        out[item.id] = (cid, fid)
        if item.kind == "threat":
            ratings.append((cid, rating(importance.get(item.id))))
    right = int(layout.width) + 240 + 120
    target_factor = factor(
        w, ("BiodiversityTargetId", target_id), (right, 20, 180, 60), uuid_for("target-box", store)
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


def _diagram_links(
    w: Writer,
    store: SessionStore,
    causes: dict[int, tuple[int, int]],
    target_factor: int,
    links: list[int],
) -> None:
    uuids = {r["id"]: r["uuid"] for r in store.rows("SELECT id, uuid FROM items")}
    for cause, effect in model.links(store):
        links.append(
            link(
                w,
                causes[cause][1],
                ("CauseId", 0),
                causes[effect],
                child_uuid(uuids[cause], f"to{uuids[effect]}"),
            )
        )
    for item in model.items(store, "threat"):
        links.append(
            link(
                w,
                causes[item.id][1],
                ("CauseId", 0),
                (0, target_factor),
                child_uuid(uuids[item.id], "to-target"),
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
