"""The LogFrame as an IATI 2.03 activity file (``facilitator export SESSION iati -o plan.xml``).

One ``iati-activity`` for the strategy: its title is the session's title, its
description the Goal (and the Vision), the range states are its recipient
countries. Each objective is a ``result`` of type 2 (outcome), measured by its
results' indicators; each result is a ``result`` of type 1 (output) with its own
indicator. Where the session records an indicator's baseline and target (columns
``baseline`` and ``target`` on results, when present), they become the IATI
``baseline`` and a ``period`` ``target``; otherwise the indicator is written
without them. The reporting organisation is a placeholder (``XI-ZOPP``) to be
replaced by the publisher's own IATI organisation identifier before publishing.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from facilitator.plan import model
from facilitator.session.identity import session_uuid
from facilitator.session.store import SessionStore

ORG_REF = "XI-ZOPP"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _clean(text: object) -> str:
    return "".join(ch for ch in str(text or "") if ch in "\t\n\r" or ord(ch) >= 0x20).strip()


def _narrative(parent: Any, tag: str, text: str) -> Any:
    node = etree.SubElement(parent, tag)
    etree.SubElement(node, "narrative").text = _clean(text) or "Not given"
    return node


def _result_fields(store: SessionStore) -> set[str]:
    return {r["name"] for r in store.rows("PRAGMA table_info(results)")}


def _start(store: SessionStore) -> date:
    created = store.meta().get("created", "")
    try:
        return datetime.fromisoformat(created).date()
    except ValueError:
        return date.today()


def _indicator(parent: Any, title: str, extra: dict[str, str], start: date) -> None:
    indicator = etree.SubElement(parent, "indicator", measure="5")  # 5: qualitative
    _narrative(indicator, "title", title or "Indicator not yet defined")
    baseline, target = extra.get("baseline", ""), extra.get("target", "")
    if baseline:
        node = etree.SubElement(indicator, "baseline", year=str(start.year))
        etree.SubElement(etree.SubElement(node, "comment"), "narrative").text = _clean(baseline)
    if target:
        period = etree.SubElement(indicator, "period")
        etree.SubElement(period, "period-start", {"iso-date": start.isoformat()})
        end = start.replace(year=start.year + 10)
        etree.SubElement(period, "period-end", {"iso-date": end.isoformat()})
        node = etree.SubElement(period, "target")
        etree.SubElement(etree.SubElement(node, "comment"), "narrative").text = _clean(target)


def build_activity(store: SessionStore) -> bytes:
    """The IATI activity file's bytes."""
    meta = store.meta()
    start = _start(store)
    root = etree.Element(
        "iati-activities",
        {
            "version": "2.03",
            "generated-datetime": datetime.now().astimezone().isoformat("T", "seconds"),
        },
    )
    activity = etree.SubElement(root, "iati-activity", {XML_LANG: "en"})
    etree.SubElement(activity, "iati-identifier").text = f"{ORG_REF}-{session_uuid(store)}"
    reporting = etree.SubElement(activity, "reporting-org", ref=ORG_REF, type="80")
    name = _clean(meta.get("meeting") or meta.get("title")) or "ZOPP workshop"
    etree.SubElement(reporting, "narrative").text = name
    _narrative(activity, "title", meta.get("title", ""))
    goal, vision = model.adopted_text(store, "goal"), model.adopted_text(store, "vision")
    description = _narrative(activity, "description", goal or vision or meta.get("title", ""))
    description.set("type", "1")
    if vision and goal:
        _narrative(activity, "description", vision).set("type", "2")
    countries = model.countries(store)
    org = etree.SubElement(activity, "participating-org", role="4")
    names = ", ".join(c.name for c in countries)
    etree.SubElement(org, "narrative").text = f"Range states: {names}" if names else "Range states"
    etree.SubElement(activity, "activity-status", code="2")
    etree.SubElement(activity, "activity-date", {"type": "1", "iso-date": start.isoformat()})
    for c in countries:
        if len(c.code) == 2 and c.code.isalpha():
            etree.SubElement(activity, "recipient-country", code=c.code.upper())
    _results(activity, store, start)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _results(activity: Any, store: SessionStore, start: date) -> None:
    fields = _result_fields(store) & {"baseline", "target"}
    extra: dict[int, dict[str, str]] = {}
    if fields:
        columns = ", ".join(sorted(fields))
        for row in store.rows(f"SELECT id, {columns} FROM results"):
            extra[row["id"]] = {k: str(row[k] or "") for k in fields}
    for objective in model.outline(store):
        outcome = etree.SubElement(activity, "result", type="2")
        _narrative(outcome, "title", f"Objective {objective.number}: {objective.text}")
        if objective.theme:
            _narrative(outcome, "description", f"Theme: {objective.theme}")
        measured = [r for r in objective.results if r.indicator] or objective.results[:1]
        if not measured:
            _indicator(outcome, "", {}, start)
        for r in measured:
            _indicator(outcome, f"{r.number}: {r.indicator}", extra.get(r.id, {}), start)
        for result in objective.results:
            output = etree.SubElement(activity, "result", type="1")
            _narrative(output, "title", f"Result {result.number}: {result.text}")
            lines = [f"{a.number} {a.text}" for a in result.activities]
            if lines:
                _narrative(output, "description", "Activities: " + "; ".join(lines))
            _indicator(output, result.indicator, extra.get(result.id, {}), start)


def write_iati(store: SessionStore, out_path: Path) -> Path:
    """Write the IATI 2.03 activity file to ``out_path``."""
    from facilitator.documents.files import replacing

    data = build_activity(store)
    with replacing(Path(out_path)) as part:
        part.write_bytes(data)
    return Path(out_path)
