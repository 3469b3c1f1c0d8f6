"""Compare two sessions (an earlier workshop and a later one) figure by figure.

Items and activities are matched by their UUID (a workshop started from an
earlier one keeps them); what has no partner by UUID is matched by label with
the importer's name matching (``name_key``), so files made elsewhere compare too.
What still has no partner is listed, never silently dropped. Figures compare as
printed (one decimal for threats, two for priorities): a change too small to
show is no change.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facilitator.plan import model
from facilitator.text import name_key
from facilitator.voting.score_text import PRIORITY_PLACES, THREAT_PLACES, round_half_up

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

KIND_NAMES = {"driver": "Driver", "threat": "Threat"}


@dataclass(frozen=True)
class Figure:
    """One figure in both sessions. ``old``/``new`` are printed values (None: no number)."""

    section: str  # 'threats' or 'priorities'
    item: str  # the label (threats) or 'number text' (activities), as in the new session
    criterion: str  # importance, capacity or priority
    level: str  # overall, region or country
    scope: str  # '' for overall, else the region's name or the country's code
    old: float | None
    new: float | None

    @property
    def places(self) -> int:
        return THREAT_PLACES if self.section == "threats" else PRIORITY_PLACES

    @property
    def change(self) -> float | None:
        if self.old is None or self.new is None:
            return None
        return round_half_up(self.new - self.old, self.places)

    @property
    def changed(self) -> bool:
        return self.old != self.new

    def text(self, value: float | None) -> str:
        return "" if value is None else f"{value:.{self.places}f}"

    def change_text(self) -> str:
        if self.change is None:
            return "" if self.old == self.new else ("new" if self.old is None else "gone")
        return f"{self.change:+.{self.places}f}" if self.change else "0"


@dataclass
class Comparison:
    old_title: str
    new_title: str
    figures: list[Figure] = field(default_factory=list)
    matched_by_uuid: int = 0
    matched_by_label: int = 0
    only_old: list[str] = field(default_factory=list)  # items and activities without a partner
    only_new: list[str] = field(default_factory=list)

    def changed(self) -> list[Figure]:
        return [f for f in self.figures if f.changed]


@dataclass(frozen=True)
class _Thing:
    id: int
    uuid: str
    label: str  # what is matched by label
    shown: str  # what a reader sees
    kind: str


def _items(store: SessionStore) -> list[_Thing]:
    uuids = {r["id"]: r["uuid"] or "" for r in store.rows("SELECT id, uuid FROM items")}
    return [
        _Thing(i.id, uuids.get(i.id, ""), i.label, i.label, i.kind)
        for i in model.items(store)
        if i.kind != "constraint"
    ]


def _activities(store: SessionStore) -> list[_Thing]:
    uuids = {r["id"]: r["uuid"] or "" for r in store.rows("SELECT id, uuid FROM activities")}
    return [
        _Thing(a.id, uuids.get(a.id, ""), a.text, f"{a.number} {a.text}", "activity")
        for a in model.activities(store)
    ]


def match(old: list[_Thing], new: list[_Thing]) -> tuple[list[tuple[_Thing, _Thing]], int, int]:
    """Pairs (old, new) by UUID first, then by label; returns pairs, by-UUID and by-label counts."""
    by_uuid = {t.uuid: t for t in old if t.uuid}
    pairs, used = [], set()
    rest = []
    for t in new:
        partner = by_uuid.get(t.uuid) if t.uuid else None
        if partner is not None and partner.kind == t.kind:
            pairs.append((partner, t))
            used.add(partner.id)
        else:
            rest.append(t)
    n_uuid = len(pairs)
    by_label: dict[tuple[str, str], _Thing] = {}
    for t in old:
        if t.id not in used:
            by_label.setdefault((t.kind, name_key(t.label)), t)
    for t in rest:
        partner = by_label.pop((t.kind, name_key(t.label)), None)
        if partner is not None:
            pairs.append((partner, t))
            used.add(partner.id)
    return pairs, n_uuid, len(pairs) - n_uuid


def _printed(score: object, places: int) -> float | None:
    if score is None or (isinstance(score, float) and math.isnan(score)):
        return None
    return round_half_up(float(score), places)  # type: ignore[arg-type]


def _threat_figures(store: SessionStore) -> dict[tuple[int, str, str, str], float | None]:
    from facilitator.voting import scoring

    out: dict[tuple[int, str, str, str], float | None] = {}
    for r in scoring.overall_scores(store).to_dict("records"):
        out[(r["target_id"], r["criterion"], "overall", "")] = _printed(r["score"], THREAT_PLACES)
    for r in scoring.region_scores(store).to_dict("records"):
        key = (r["target_id"], r["criterion"], "region", str(r["region"]))
        out[key] = _printed(r["score"], THREAT_PLACES)
    for r in scoring.country_scores(store, "item").to_dict("records"):
        key = (r["target_id"], r["criterion"], "country", str(r["country"]))
        out[key] = _printed(r["score"], THREAT_PLACES)
    return out


def _priority_figures(store: SessionStore) -> dict[tuple[int, str, str, str], float | None]:
    from facilitator.voting import scoring

    out: dict[tuple[int, str, str, str], float | None] = {}
    for r in scoring.overall_priorities(store).to_dict("records"):
        out[(r["target_id"], "priority", "overall", "")] = _printed(r["score"], PRIORITY_PLACES)
    for r in scoring.priority_scores(store).to_dict("records"):
        key = (r["target_id"], "priority", "country", str(r["country"]))
        out[key] = _printed(r["score"], PRIORITY_PLACES)
    return out


_LEVEL_ORDER = {"overall": 0, "region": 1, "country": 2}
_CRITERION_ORDER = {"importance": 0, "capacity": 1, "priority": 2}


def _side_by_side(
    section: str,
    pairs: list[tuple[_Thing, _Thing]],
    old_figures: dict[tuple[int, str, str, str], float | None],
    new_figures: dict[tuple[int, str, str, str], float | None],
) -> list[Figure]:
    figures = []
    for old, new in pairs:
        keys = {k[1:] for k in old_figures if k[0] == old.id}
        keys |= {k[1:] for k in new_figures if k[0] == new.id}
        ordered = sorted(keys, key=lambda k: (_CRITERION_ORDER[k[0]], _LEVEL_ORDER[k[1]], k[2]))
        for criterion, level, scope in ordered:
            figures.append(
                Figure(
                    section,
                    new.shown,
                    criterion,
                    level,
                    scope,
                    old_figures.get((old.id, criterion, level, scope)),
                    new_figures.get((new.id, criterion, level, scope)),
                )
            )
    return figures


def compare_sessions(old: SessionStore, new: SessionStore) -> Comparison:
    """Every threat figure (overall, per region, per country) and activity priority of both."""
    result = Comparison(old.meta().get("title", ""), new.meta().get("title", ""))
    for section, things, figures in (
        ("threats", _items, _threat_figures),
        ("priorities", _activities, _priority_figures),
    ):
        old_things, new_things = things(old), things(new)
        pairs, n_uuid, n_label = match(old_things, new_things)
        result.matched_by_uuid += n_uuid
        result.matched_by_label += n_label
        paired_old = {o.id for o, _ in pairs}
        paired_new = {n.id for _, n in pairs}
        result.only_old += [t.shown for t in old_things if t.id not in paired_old]
        result.only_new += [t.shown for t in new_things if t.id not in paired_new]
        result.figures += _side_by_side(section, pairs, figures(old), figures(new))
    return result
