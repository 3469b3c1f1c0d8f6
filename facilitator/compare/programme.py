"""Programme at scale: many session files (national workshops, reviews, later meetings) read
read-only into one overview.

- Activities × countries: for each activity (matched across files by UUID, else by
  number and text) and each country, the latest status reported in a monitoring
  review and the latest priority voted, with the meeting each came from.
- Threat figures per meeting: each driver's and threat's overall importance and
  capacity, one column per meeting.

Files are read one at a time and closed, so memory stays flat however many.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitator.errors import FacilitatorError
from facilitator.monitoring.reviews import activity_status, reviews, split_countries
from facilitator.plan import model
from facilitator.text import name_key
from facilitator.voting.score_text import PRIORITY_PLACES, THREAT_PLACES, format_score


@dataclass
class Meeting:
    file: str
    title: str
    created: str


@dataclass
class Programme:
    meetings: list[Meeting] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)  # code → name, first seen order
    activities: dict[str, tuple[str, str]] = field(default_factory=dict)  # key → (number, text)
    cells: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)  # (act, code)
    threats: dict[str, tuple[str, str]] = field(default_factory=dict)  # key → (kind, label)
    threat_figures: dict[tuple[str, int], str] = field(default_factory=dict)  # (item, meeting)
    problems: list[str] = field(default_factory=list)


def _activity_key(uuid: str | None, number: str, text: str, by_label: dict[str, str]) -> str:
    label = f"{number} {name_key(text)}"
    if uuid:
        by_label.setdefault(label, uuid)
        return uuid
    return by_label.get(label, label)


def read_programme(paths: list[str | Path]) -> Programme:
    """Read every session (oldest first by creation) into one ``Programme``; a file that cannot
    be read is named in ``problems`` and left out."""
    from facilitator.session.opening import open_to_read

    out = Programme()
    opened: list[tuple[str, Path]] = []
    for path in paths:
        try:
            with open_to_read(str(path)) as store:
                opened.append((store.meta().get("created", ""), Path(path)))
        except FacilitatorError as error:
            out.problems.append(str(error))
    by_label: dict[str, str] = {}
    for index, (_, path) in enumerate(sorted(opened, key=lambda x: x[0])):
        with open_to_read(str(path)) as store:
            _read_one(out, store, path, index, by_label)
    return out


def _read_one(out: Programme, store: Any, path: Path, index: int, by_label: dict[str, str]) -> None:
    from facilitator.voting.scoring import Scores

    meta = store.meta()
    out.meetings.append(Meeting(path.name, meta.get("title", ""), meta.get("created", "")))
    for c in model.countries(store):
        out.countries.setdefault(c.code, c.name)
    uuids = {r["id"]: r["uuid"] for r in store.rows("SELECT id, uuid FROM activities")}
    keys = {}
    for a in model.activities(store):
        key = _activity_key(uuids.get(a.id), a.number, a.text, by_label)
        keys[a.id] = key
        out.activities[key] = (a.number, a.text)
    scores = Scores(store)
    for r in scores.priority.to_dict("records"):
        if r["state"] == "number" and r["target_id"] in keys:
            cell = out.cells.setdefault((keys[r["target_id"]], str(r["country"])), {})
            cell["priority"] = format_score(r["score"], PRIORITY_PLACES)
            cell["priority_from"] = path.name
    _statuses(out, store, keys, path.name)
    item_uuids = {r["id"]: r["uuid"] for r in store.rows("SELECT id, uuid FROM items")}
    items = {i.id: i for i in model.items(store) if i.kind != "constraint"}
    for r in scores.overall.to_dict("records"):
        item = items.get(r["target_id"])
        if item is None or r["state"] != "number":
            continue
        key = item_uuids.get(item.id) or f"{item.kind}:{name_key(item.label)}"
        out.threats.setdefault(key, (item.kind, item.label))
        text = f"{r['criterion'][0].upper()} {format_score(r['score'], THREAT_PLACES)}"
        earlier = out.threat_figures.get((key, index))
        out.threat_figures[(key, index)] = f"{earlier}, {text}" if earlier else text


def _statuses(out: Programme, store: Any, keys: dict[int, str], file: str) -> None:
    """The latest review's status per activity and country (later files override earlier ones)."""
    found = reviews(store)
    if not found:
        return
    latest = found[-1]
    spelling = {}
    for code, name in out.countries.items():
        spelling[code.casefold()] = code
        spelling[name.casefold()] = code
    statuses: dict[tuple[str, str], list[str]] = {}
    for a in store.rows(
        "SELECT activity_id, countries, status FROM monitoring_actions "
        "WHERE review_id = ? AND activity_kind = 'activity'",
        (latest.id,),
    ):
        if a["activity_id"] not in keys:
            continue
        for name in split_countries(a["countries"], tuple(out.countries.values())):
            country = spelling.get(name.casefold())
            if country:
                statuses.setdefault((keys[a["activity_id"]], country), []).append(a["status"])
    for key, values in statuses.items():
        cell = out.cells.setdefault(key, {})
        cell["status"] = activity_status(values)
        cell["status_from"] = f"{file}: {latest.title}"


def write_programme(p: Programme, out: Path) -> Path:
    """The overview as XLSX: Activities (× countries), Threats (× meetings), Meetings."""
    from openpyxl.styles import Alignment, Font

    from facilitator.documents.files import replacing
    from facilitator.documents.workbook import new_workbook, save_workbook

    if out.suffix.lower() != ".xlsx":
        raise FacilitatorError(
            f"The programme overview is written as .xlsx, not '{out.suffix or out.name}'."
        )
    wb = new_workbook()
    ws = wb.active
    ws.title = "Activities"
    codes = list(p.countries)
    _row(ws, 1, ["Activity", "Text", *[f"{p.countries[c]} ({c})" for c in codes]])
    for r, (key, (number, text)) in enumerate(
        sorted(p.activities.items(), key=lambda kv: _num(kv[1][0])), start=2
    ):
        values = [number, text]
        for code in codes:
            cell = p.cells.get((key, code), {})
            parts = [
                cell.get("status", ""),
                f"priority {cell['priority']}" if "priority" in cell else "",
            ]
            values.append("; ".join(x for x in parts if x))
        _row(ws, r, values)
    ws.freeze_panes = "C2"
    ws.column_dimensions["B"].width = 60
    threats = wb.create_sheet("Threats")
    _row(
        threats,
        1,
        ["Kind", "Driver or threat", *[m.title or m.file for m in p.meetings]],
    )
    for r, (key, (kind, label)) in enumerate(p.threats.items(), start=2):
        figures = [p.threat_figures.get((key, i), "") for i in range(len(p.meetings))]
        _row(threats, r, [kind, label, *figures])
    threats.column_dimensions["B"].width = 60
    meetings = wb.create_sheet("Meetings")
    _row(meetings, 1, ["File", "Title", "Created"])
    for r, m in enumerate(p.meetings, start=2):
        _row(meetings, r, [m.file, m.title, m.created])
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    with replacing(out) as part:
        save_workbook(wb, part)
    return out


def _num(number: str) -> tuple[int, ...]:
    return tuple(int(x) if x.isdigit() else 0 for x in number.split("."))


def _row(ws: Any, r: int, values: list[str]) -> None:
    from facilitator.documents.workbook import put

    for c, value in enumerate(values, start=1):
        put(ws, r, c, value)
