"""The session as plain Python types, read from a ``SessionStore``.

Pages, exports and the command line read these; they never write rows
themselves (changes go through ``ops``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.text import clean  # noqa: F401  (model.clean is used widely)

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

KINDS = ("constraint", "driver", "threat")
RANKED_KINDS = ("driver", "threat")
STATUSES = ("current", "emerging")
ROLES = ("participant", "facilitator", "rapporteur", "observer")
CRITERIA = ("importance", "capacity", "priority")
SMART = ("specific", "measurable", "achievable", "relevant", "time_bound")
#: what the LogFrame holds for the Goal, each objective and each result, besides the narrative
LOGFRAME_FIELDS = (
    "indicator",
    "baseline",
    "baseline_year",
    "target",
    "target_year",
    "verification",
    "assumptions",
)
META_KEYS = ("title", "species", "meeting", "place", "dates", "symbol")

# (lowest, highest) value a vote may take per criterion (method.md).
SCALES = {"importance": (0, 3), "capacity": (1, 3), "priority": (1, 3)}
SCALE_WORDS = {
    "importance": {
        0: QT_TRANSLATE_NOOP("core", "non-existent"),
        1: QT_TRANSLATE_NOOP("core", "minor"),
        2: QT_TRANSLATE_NOOP("core", "medium"),
        3: QT_TRANSLATE_NOOP("core", "major"),
    },
    "capacity": {
        1: QT_TRANSLATE_NOOP("core", "poor"),
        2: QT_TRANSLATE_NOOP("core", "medium"),
        3: QT_TRANSLATE_NOOP("core", "good"),
    },
    "priority": {
        1: QT_TRANSLATE_NOOP("core", "low"),
        2: QT_TRANSLATE_NOOP("core", "medium"),
        3: QT_TRANSLATE_NOOP("core", "high"),
    },
}


@dataclass
class Country:
    code: str
    name: str
    regions: list[str] = field(default_factory=list)


@dataclass
class Region:
    name: str
    abbreviation: str
    countries: list[str] = field(default_factory=list)


@dataclass
class Participant:
    id: int
    name: str
    affiliation: str
    country: str | None
    role: str
    votes: bool


@dataclass
class Item:
    id: int
    kind: str
    label: str
    status: str
    position: int


@dataclass
class Activity:
    id: int
    result_id: int
    number: str
    text: str
    timeline: str
    actors: str
    indicator: str
    budget: str
    refs: list[str] = field(default_factory=list)
    programme: list[str] = field(default_factory=list)


@dataclass
class LogFrameEntry:
    """A Goal's, objective's or result's indicator (with baseline and target), means of
    verification and assumptions; every field is text as typed, '' when not written."""

    indicator: str = ""
    baseline: str = ""
    baseline_year: str = ""
    target: str = ""
    target_year: str = ""
    verification: str = ""
    assumptions: str = ""

    @classmethod
    def from_row(cls, row: dict[str, Any], prefix: str = "") -> LogFrameEntry:
        return cls(**{f: str(row.get(prefix + f) or "") for f in LOGFRAME_FIELDS})


@dataclass
class Result:
    id: int
    objective_id: int
    number: str
    text: str
    indicator: str
    smart: dict[str, bool]
    activities: list[Activity] = field(default_factory=list)
    frame: LogFrameEntry = field(default_factory=LogFrameEntry)


@dataclass
class Objective:
    id: int
    number: str
    text: str
    theme: str
    theme_id: int | None
    item_ids: list[int] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    frame: LogFrameEntry = field(default_factory=LogFrameEntry)


def countries(store: SessionStore) -> list[Country]:
    members = store.rows("SELECT region, country FROM region_members")
    out = []
    for row in store.rows("SELECT code, name FROM countries ORDER BY position, code"):
        regs = [m["region"] for m in members if m["country"] == row["code"]]
        out.append(Country(row["code"], row["name"], regs))
    return out


def regions(store: SessionStore) -> list[Region]:
    members = store.rows(
        "SELECT m.region, m.country FROM region_members m JOIN countries c ON c.code = m.country "
        "ORDER BY c.position, c.code"
    )
    return [
        Region(
            r["name"],
            r["abbreviation"],
            [m["country"] for m in members if m["region"] == r["name"]],
        )
        for r in store.rows("SELECT name, abbreviation FROM regions ORDER BY position, name")
    ]


def participants(store: SessionStore) -> list[Participant]:
    return [
        Participant(r["id"], r["name"], r["affiliation"], r["country"], r["role"], bool(r["votes"]))
        for r in store.rows("SELECT * FROM participants ORDER BY position, id")
    ]


def items(store: SessionStore, kind: str | None = None) -> list[Item]:
    sql = "SELECT id, kind, label, status, position FROM items"
    params: list[str] = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    sql += (
        " ORDER BY CASE kind WHEN 'constraint' THEN 0 WHEN 'driver' THEN 1 ELSE 2 END, position, id"
    )
    return [Item(**r) for r in store.rows(sql, params)]


def links(store: SessionStore) -> list[tuple[int, int]]:
    return [
        (r["cause"], r["effect"])
        for r in store.rows("SELECT cause, effect FROM links ORDER BY cause, effect")
    ]


def adopted_text(store: SessionStore, kind: str) -> str:
    """The adopted Vision or Goal ('' when none is adopted yet)."""
    return store.scalar("SELECT body FROM texts WHERE kind = ? AND adopted = 1", (kind,)) or ""


def goal_frame(store: SessionStore) -> LogFrameEntry:
    """The Goal's LogFrame fields (kept in meta as goal_<field>)."""
    rows = store.rows("SELECT key, value FROM meta")
    return LogFrameEntry.from_row({r["key"]: r["value"] for r in rows}, "goal_")


def drafts(store: SessionStore, kind: str) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT id, body, adopted, created FROM texts WHERE kind = ? ORDER BY id", (kind,)
    )


def themes(store: SessionStore) -> list[dict[str, Any]]:
    return store.rows("SELECT id, name FROM themes ORDER BY position, id")


def outline(store: SessionStore) -> list[Objective]:
    """Objectives → results → activities, in numbered order, with full numbers."""
    theme_names = {t["id"]: t["name"] for t in themes(store)}
    addressed = store.rows("SELECT objective_id, item_id FROM objective_items")
    refs = store.rows(
        "SELECT r.activity_id, o.number || '.' || re.number || '.' || a.number AS number "
        "FROM activity_refs r JOIN activities a ON a.id = r.ref_activity_id "
        "JOIN results re ON re.id = a.result_id JOIN objectives o ON o.id = re.objective_id"
    )
    programme = store.rows(
        "SELECT ap.activity_id, p.code FROM activity_programme ap "
        "JOIN programme_items p ON p.id = ap.programme_item_id ORDER BY p.code"
    )
    acts_by_result: dict[int, list[dict[str, Any]]] = {}
    for a in store.rows("SELECT * FROM activities ORDER BY result_id, number"):
        acts_by_result.setdefault(a["result_id"], []).append(a)
    res_by_obj: dict[int, list[dict[str, Any]]] = {}
    for r in store.rows("SELECT * FROM results ORDER BY objective_id, number"):
        res_by_obj.setdefault(r["objective_id"], []).append(r)
    out = []
    for o in store.rows("SELECT * FROM objectives ORDER BY number"):
        obj = Objective(
            o["id"],
            str(o["number"]),
            o["text"],
            theme_names.get(o["theme_id"], ""),
            o["theme_id"],
            [a["item_id"] for a in addressed if a["objective_id"] == o["id"]],
            frame=LogFrameEntry.from_row(o),
        )
        for r in res_by_obj.get(o["id"], []):
            rnum = f"{o['number']}.{r['number']}"
            res = Result(
                r["id"],
                o["id"],
                rnum,
                r["text"],
                r["indicator"],
                {s: bool(r[s]) for s in SMART},
                frame=LogFrameEntry.from_row(r),
            )
            for a in acts_by_result.get(r["id"], []):
                res.activities.append(
                    Activity(
                        a["id"],
                        r["id"],
                        f"{rnum}.{a['number']}",
                        a["text"],
                        a["timeline"],
                        a["actors"],
                        a["indicator"],
                        a["budget"],
                        sorted(
                            (x["number"] for x in refs if x["activity_id"] == a["id"]),
                            key=number_key,
                        ),
                        [x["code"] for x in programme if x["activity_id"] == a["id"]],
                    )
                )
            obj.results.append(res)
        out.append(obj)
    return out


def number_key(number: str) -> tuple[int, ...]:
    """'8.1.10' → (8, 1, 10): outline numbers sort as numbers, 9.1.2 before 12.2.1."""
    return tuple(int(p) if p.isdigit() else 0 for p in number.split("."))


def activities(store: SessionStore) -> list[Activity]:
    """Every activity in numbered order."""
    return [a for o in outline(store) for r in o.results for a in r.activities]


def activity_numbers(store: SessionStore) -> dict[str, int]:
    """Full activity number ('1.2.3') → activity id."""
    rows = store.rows(
        "SELECT a.id, o.number || '.' || r.number || '.' || a.number AS number FROM activities a "
        "JOIN results r ON r.id = a.result_id JOIN objectives o ON o.id = r.objective_id"
    )
    return {r["number"]: r["id"] for r in rows}


def notes(store: SessionStore, target: str | None = None) -> list[dict[str, Any]]:
    if target is None:
        return store.rows("SELECT * FROM notes ORDER BY id")
    return store.rows("SELECT * FROM notes WHERE target = ? ORDER BY id", (target,))
