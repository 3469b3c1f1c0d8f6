"""Seed a workshop's problem tree and outline from a Miradi project (``.xmpz2``).

The inverse of ``miradi_write``: causes become drivers (threats where Miradi marks
them direct threats), cause → cause links of the conceptual model become links,
strategies become objectives (addressing the causes they are linked to),
Miradi objectives become results with their first indicator, and tasks become
activities. UUIDs are kept, so a plan that went to Miradi and came back compares
with the original by identity. What the app has no place for is named in a
report; a file this app wrote comes back whole (its ``ExtraData`` carries the rest).
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitator.errors import FacilitatorError
from facilitator.exchange.miradi_xml import NS, OWNER

M = f"{{{NS}}}"
MAX_XML_BYTES = 64 * 1024 * 1024
#: pools whose objects become part of the plan (or are read for it)
USED_POOLS = {
    "CausePool",
    "StrategyPool",
    "ObjectivePool",
    "IndicatorPool",
    "TaskPool",
    "GoalPool",
    "BiodiversityTargetPool",
    "DiagramFactorPool",
    "DiagramLinkPool",
    "ConceptualModelPool",
    "SimpleThreatRatingPool",
}


@dataclass
class MiradiPlan:
    """A plan read from a Miradi file, in the app's terms (rows keyed by UUID)."""

    title: str = ""
    species: str = ""
    vision: str = ""
    goal: str = ""
    items: list[dict[str, Any]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    themes: list[dict[str, Any]] = field(default_factory=list)
    objectives: list[dict[str, Any]] = field(default_factory=list)
    programme: list[dict[str, Any]] = field(default_factory=list)
    not_carried: list[str] = field(default_factory=list)


def _text(node: Any, name: str) -> str:
    child = node.find(M + name)
    if child is None:
        return ""
    return (
        " ".join("".join(child.itertext()).split())
        if name.endswith("Name")
        else ("".join(child.itertext()).strip())
    )


def _ids(node: Any, holder: str) -> list[int]:
    child = node.find(M + holder)
    if child is None:
        return []
    return [int(x.text) for x in child if x.text and x.text.strip().lstrip("-").isdigit()]


def _only_ref(node: Any, holder: str) -> tuple[str, int] | None:
    """(kind, id) of a wrapped reference like <LinkableFactorId><CauseId>12</CauseId>."""
    child = node.find(M + holder)
    if child is None:
        return None
    for ref in child.iter():
        if ref is not child and len(ref) == 0 and (ref.text or "").strip().isdigit():
            return etree_local(ref.tag), int(ref.text)
    return None


def etree_local(tag: str) -> str:
    return tag.split("}", 1)[-1]


def load_project(path: Path) -> Any:
    """The parsed ``project.xml`` of an ``.xmpz2`` (or a bare ``project.xml``), or one sentence."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                names = [n for n in z.namelist() if n.rsplit("/", 1)[-1] == "project.xml"]
                if not names:
                    raise FacilitatorError(
                        f"{path.name} is a zip without a project.xml: not a Miradi project."
                    )
                if z.getinfo(names[0]).file_size > MAX_XML_BYTES:
                    raise FacilitatorError(
                        f"{path.name}: its project.xml is too large to be a workshop's plan."
                    )
                data = z.read(names[0])
        else:
            data = path.read_bytes()
        root = etree.fromstring(data, parser)
    except (zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise FacilitatorError(f"{path.name} is not a readable Miradi project ({error}).") from None
    if root.tag != M + "ConservationProject":
        raise FacilitatorError(
            f"{path.name} is not a Miradi project of the XMPZ2 format this app reads "
            f"(namespace {NS})."
        )
    return root


def read_miradi(path: str | Path) -> MiradiPlan:
    """Read a Miradi project into a ``MiradiPlan`` (nothing is changed anywhere)."""
    path = Path(path)
    if not path.is_file():
        raise FacilitatorError(f"There is no file at {path}.")
    root = load_project(path)
    plan = MiradiPlan()
    extra = _extra(root)
    pools = {etree_local(p.tag): p for p in root if etree_local(p.tag).endswith("Pool")}
    objects = {name: {int(o.get("Id", "0")): o for o in pool} for name, pool in pools.items()}
    summary = root.find(M + "ProjectSummary")
    session = extra.get("Session", {})
    plan.title = session.get("title") or (
        _text(summary, "ProjectSummaryProjectName") if summary is not None else ""
    )
    scope = root.find(M + "ProjectScope")
    plan.vision = _text(scope, "ProjectScopeProjectVision") if scope is not None else ""
    targets = list(objects.get("BiodiversityTargetPool", {}).values())
    if targets:
        plan.species = session.get("species") or _text(targets[0], "BiodiversityTargetName")
        if len(targets) > 1:
            plan.not_carried.append(
                f"{len(targets) - 1} further conservation targets (the plan has one species)."
            )
    goals = list(objects.get("GoalPool", {}).values())
    if goals:
        plan.goal = _text(goals[0], "GoalName")
        if len(goals) > 1:
            plan.not_carried.append(f"{len(goals) - 1} further goals (the plan has one Goal).")
    causes = _read_causes(plan, objects.get("CausePool", {}), extra)
    _read_diagram(plan, objects, causes)
    _read_outline(plan, objects, extra)
    for name, pool in pools.items():
        if name not in USED_POOLS and len(pool):
            plan.not_carried.append(f"{len(pool)} {name.removesuffix('Pool')} object(s).")
    if objects.get("SimpleThreatRatingPool") or pools.get("SimpleThreatRatingPool") is not None:
        plan.not_carried.append(
            "The threat ratings: the workshop ranks the threats again by its own votes."
        )
    return plan


def _extra(root: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for section in root.iter(M + "ExtraDataSection"):
        if section.get("owner") != OWNER:
            continue
        for item in section.iter(M + "ExtraDataItem"):
            value = item.find(M + "ExtraDataItemValue")
            try:
                out[item.get("ExtraDataItemName", "")] = json.loads(value.text or "{}")
            except (ValueError, AttributeError):
                continue
    return out


def _read_causes(plan: MiradiPlan, causes: dict[int, Any], extra: dict[str, Any]) -> dict[int, str]:
    """Cause id → UUID; items get unique labels."""
    out: dict[int, str] = {}
    seen: Counter[str] = Counter()
    for cid, node in causes.items():
        uid = _text(node, "CauseUUID")
        label = _text(node, "CauseName") or f"Cause {cid}"
        seen[label.casefold()] += 1
        if seen[label.casefold()] > 1:
            plan.not_carried.append(
                f"A second cause named '{label}' was renamed '{label} ({seen[label.casefold()]})'."
            )
            label = f"{label} ({seen[label.casefold()]})"
        known = extra.get(uid, {})
        threat = _text(node, "CauseIsDirectThreat").lower() in ("true", "1")
        kind = known.get("kind") or ("threat" if threat else "driver")
        status = (
            known.get("status") if known.get("status") in ("current", "emerging") else "current"
        )
        plan.items.append({"uuid": uid, "kind": kind, "label": label, "status": status})
        out[cid] = uid
    return out


def _read_diagram(
    plan: MiradiPlan, objects: dict[str, dict[int, Any]], causes: dict[int, str]
) -> None:
    """Cause → cause links, and which causes each strategy addresses, from the conceptual model."""
    wrapped: dict[int, tuple[str, int]] = {}
    for fid, node in objects.get("DiagramFactorPool", {}).items():
        ref = _only_ref(node, "DiagramFactorWrappedFactorId")
        if ref:
            wrapped[fid] = ref
    models = list(objects.get("ConceptualModelPool", {}).values())
    link_ids = set(_ids(models[0], "ConceptualModelDiagramLinkIds")) if models else set()
    if len(models) > 1:
        plan.not_carried.append(f"{len(models) - 1} further conceptual model diagram(s).")
    plan_links: list[tuple[str, str]] = []
    addresses: dict[int, list[str]] = {}
    for lid, node in objects.get("DiagramLinkPool", {}).items():
        if link_ids and lid not in link_ids:
            continue
        source = _only_ref(node, "DiagramLinkFromDiagramFactorId")
        target = _only_ref(node, "DiagramLinkToDiagramFactorId")
        if not source or not target:
            continue
        a, b = wrapped.get(source[1]), wrapped.get(target[1])
        if not a or not b:
            continue
        if a[0] == "CauseId" and b[0] == "CauseId" and a[1] in causes and b[1] in causes:
            plan_links.append((causes[a[1]], causes[b[1]]))
        elif a[0] == "StrategyId" and b[0] == "CauseId" and b[1] in causes:
            addresses.setdefault(a[1], []).append(causes[b[1]])
    plan.links = list(dict.fromkeys(plan_links))
    plan._addresses = addresses  # type: ignore[attr-defined]


def _number(text: str, fallback: int) -> int:
    last = text.strip().rsplit(".", 1)[-1]
    return int(last) if last.isdigit() else fallback


def _read_outline(
    plan: MiradiPlan, objects: dict[str, dict[int, Any]], extra: dict[str, Any]
) -> None:
    strategies = objects.get("StrategyPool", {})
    results = objects.get("ObjectivePool", {})
    indicators = objects.get("IndicatorPool", {})
    tasks = objects.get("TaskPool", {})
    task_uuid = {tid: _text(t, "TaskUUID") for tid, t in tasks.items()}
    themes: dict[str, dict[str, Any]] = {}
    for uid, value in extra.items():
        if "theme" in value and "position" in value:
            themes[uid] = {"uuid": uid, "name": value["theme"], "position": value["position"]}
        if "programme" in value and isinstance(value["programme"], dict):
            plan.programme.append({"uuid": uid, **value["programme"]})
    plan.themes = sorted(themes.values(), key=lambda t: t["position"])
    used_tasks: set[int] = set()
    addresses = getattr(plan, "_addresses", {})
    ordered = sorted(
        strategies.items(),
        key=lambda kv: (_number(_text(kv[1], "StrategyIdentifier"), 10**6), kv[0]),
    )
    for n, (sid, node) in enumerate(ordered, start=1):
        uid = _text(node, "StrategyUUID")
        objective = {
            "uuid": uid,
            "number": _number(_text(node, "StrategyIdentifier"), n),
            "text": _text(node, "StrategyName"),
            "theme": extra.get(uid, {}).get("theme", ""),
            "addresses": addresses.get(sid, []),
            "results": [],
        }
        own = _ids(node, "StrategyObjectiveIds") or [
            rid for rid, r in results.items() if sid in _ids(r, "ObjectiveRelevantStrategyIds")
        ]
        strategy_tasks = _ids(node, "StrategyOrderedActivityIds")
        for k, rid in enumerate(own, start=1):
            r = results.get(rid)
            if r is None:
                continue
            ruid = _text(r, "ObjectiveUUID")
            found = [
                indicators[i] for i in _ids(r, "ObjectiveRelevantIndicatorIds") if i in indicators
            ]
            if len(found) > 1:
                plan.not_carried.append(
                    f"Result {_text(r, 'ObjectiveName')[:60]}: only its first indicator."
                )
            activities = []
            for a, tid in enumerate(_ids(r, "ObjectiveRelevantActivityIds"), start=1):
                if tid in tasks and tid not in used_tasks:
                    used_tasks.add(tid)
                    activities.append(_activity(tasks[tid], a, extra, task_uuid))
            objective["results"].append(
                {
                    "uuid": ruid,
                    "number": _number(_text(r, "ObjectiveIdentifier"), k),
                    "text": _text(r, "ObjectiveName"),
                    "indicator": _text(found[0], "IndicatorName") if found else "",
                    "smart": extra.get(ruid, {}).get("smart", {}),
                    "activities": activities,
                }
            )
        loose = [t for t in strategy_tasks if t in tasks and t not in used_tasks]
        if loose:
            used_tasks.update(loose)
            objective["results"].append(
                {
                    "uuid": "",
                    "number": len(objective["results"]) + 1,
                    "text": "Activities of this strategy",
                    "indicator": "",
                    "smart": {},
                    "activities": [
                        _activity(tasks[t], a, extra, task_uuid) for a, t in enumerate(loose, 1)
                    ],
                }
            )
        plan.objectives.append(objective)
    left = [t for t in tasks if t not in used_tasks]
    if left:
        plan.not_carried.append(f"{len(left)} task(s) under no strategy.")
    unused_results = [
        r
        for r in results
        if not any(r in _ids(s, "StrategyObjectiveIds") for s in strategies.values())
    ]
    if unused_results and not strategies:
        plan.not_carried.append(f"{len(unused_results)} objective(s) under no strategy.")


def _activity(
    node: Any, fallback: int, extra: dict[str, Any], task_uuid: dict[int, str]
) -> dict[str, Any]:
    uid = _text(node, "TaskUUID")
    known = extra.get(uid, {})
    return {
        "uuid": uid,
        "number": _number(_text(node, "TaskIdentifier"), fallback),
        "text": _text(node, "TaskName"),
        "timeline": known.get("timeline", ""),
        "actors": known.get("actors", ""),
        "indicator": known.get("indicator", ""),
        "budget": known.get("budget", "") or "",
        "details": "" if known else _text(node, "TaskDetails"),
        "refs": known.get("refs", []),
        "programme": known.get("programme", []),
    }
