"""The implementation overview of a review, in the layout of the reference report.

Activities | Responsible | Priority | Actions taken since YEAR | Implemented by |
Recommendations, grouped by objective (workshop activities) or by the first
number of the code (an external programme of work), plus a status summary:
how many activities are done, ongoing, not started or not implemented, per
objective and per country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from facilitator.errors import FacilitatorError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.monitoring.reviews import (
    Action,
    actions,
    activity_status,
    latest_review_id,
    recommendations,
    review,
)
from facilitator.plan import model
from facilitator.words import fixed, word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

PRIORITY_WORDS = {
    1: QT_TRANSLATE_NOOP("core", "Low"),
    2: QT_TRANSLATE_NOOP("core", "Medium"),
    3: QT_TRANSLATE_NOOP("core", "High"),
}


@dataclass
class OverviewRow:
    """One line of the overview: a heading ('1.1 Illegal hunting') or an activity with its actions."""

    kind: str  # 'heading' or 'activity'
    activity_kind: str  # 'activity' or 'programme'
    activity_id: int
    number: str
    text: str
    responsible: str = ""
    priority: str = ""
    actions: list[Action] = field(default_factory=list)
    recommendation: str = ""
    proposed_priority: str = ""
    links: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return activity_status([a.status for a in self.actions])


@dataclass
class OverviewGroup:
    number: str
    heading: str
    rows: list[OverviewRow] = field(default_factory=list)

    def activities(self) -> list[OverviewRow]:
        return [r for r in self.rows if r.kind == "activity"]


@dataclass
class Overview:
    title: str
    since_year: str
    activity_kind: str
    groups: list[OverviewGroup]
    until_year: str = ""

    def activities(self) -> list[OverviewRow]:
        return [r for g in self.groups for r in g.activities()]


def headers(since_year: str, until_year: str = "") -> tuple[str, ...]:
    """The reference's column headings: 'Actions taken since 2014', 'Recommendations until 2020 …'."""
    since = (
        word("Actions taken since {year}", year=since_year) if since_year else word("Actions taken")
    )
    until = (
        word("Recommendations until {year} for urgency, amendments to activities", year=until_year)
        if until_year
        else word("Recommendations")
    )
    return (
        word("Activities"),
        word("Responsible"),
        word("Priority"),
        since,
        word("Implemented by"),
        until,
    )


def code_key(code: str) -> tuple[tuple[int, object], ...]:
    """Sort key for codes like '1.1.10' (numbers numerically, other parts as text)."""
    parts = [p for p in re.split(r"[.\s]+", code.strip()) if p]
    return tuple((0, int(p)) if p.isdigit() else (1, p.casefold()) for p in parts)


def activity_priorities(store: SessionStore) -> dict[int, str]:
    """Overall priority of every voted activity: mean of the country priorities, as 'High (2.67)'."""
    rows = store.rows(
        "SELECT target_id, scope, AVG(value) AS mean FROM votes WHERE target_kind = 'activity' "
        "AND criterion = 'priority' AND scope_kind = 'country' AND answer = 'number' GROUP BY target_id, scope"
    )
    by_activity: dict[int, list[float]] = {}
    for r in rows:
        by_activity.setdefault(r["target_id"], []).append(r["mean"])
    out = {}
    for aid, means in by_activity.items():
        mean = Decimal(str(sum(means) / len(means)))
        level = fixed(PRIORITY_WORDS[int(mean.quantize(Decimal(1), ROUND_HALF_UP))])
        out[aid] = f"{level} ({mean.quantize(Decimal('0.01'), ROUND_HALF_UP)})"
    return out


def overview(store: SessionStore, review_id: int, activity_kind: str = "activity") -> Overview:
    """The review's overview of the workshop's activities or of the external programme."""
    rev = review(store, review_id)
    if rev is None:
        raise KeyError(review_id)
    groups = _activity_groups(store) if activity_kind == "activity" else _programme_groups(store)
    recs = recommendations(store, review_id)
    by_activity: dict[int, list[Action]] = {}
    for a in actions(store, review_id, activity_kind):
        by_activity.setdefault(a.activity_id, []).append(a)
    for group in groups:
        for row in group.activities():
            row.actions = by_activity.get(row.activity_id, [])
            rec = recs.get((activity_kind, row.activity_id))
            if rec:
                row.recommendation, row.proposed_priority = rec.text, rec.proposed_priority
    return Overview(rev.title, rev.since_year, activity_kind, groups, rev.until_year)


def _activity_groups(store: SessionStore) -> list[OverviewGroup]:
    priorities = activity_priorities(store)
    groups = []
    for obj in model.outline(store):
        group = OverviewGroup(obj.number, obj.text)
        for res in obj.results:
            group.rows.append(OverviewRow("heading", "activity", res.id, res.number, res.text))
            for a in res.activities:
                group.rows.append(
                    OverviewRow(
                        "activity",
                        "activity",
                        a.id,
                        a.number,
                        a.text,
                        a.actors,
                        priorities.get(a.id, ""),
                        links=list(a.programme),
                    )
                )
        groups.append(group)
    return groups


def programme_items(store: SessionStore) -> list[dict[str, Any]]:
    """The external programme's items in code order."""
    items = store.rows("SELECT * FROM programme_items")
    return sorted(items, key=lambda r: code_key(str(r["code"])))


def _programme_groups(store: SessionStore) -> list[OverviewGroup]:
    items = programme_items(store)
    codes = [_bare(str(i["code"])) for i in items]
    linked: dict[int, list[str]] = {}
    for r in store.rows(
        "SELECT ap.programme_item_id, o.number || '.' || re.number || '.' || a.number AS number "
        "FROM activity_programme ap JOIN activities a ON a.id = ap.activity_id "
        "JOIN results re ON re.id = a.result_id JOIN objectives o ON o.id = re.objective_id"
    ):
        linked.setdefault(r["programme_item_id"], []).append(r["number"])
    groups: dict[str, OverviewGroup] = {}
    for item, code in zip(items, codes):
        first = re.split(r"[.\s]", code)[0]
        group = groups.setdefault(first, OverviewGroup(first, ""))
        if code == first and any(c.startswith(code + ".") for c in codes):
            group.heading = str(item["text"])
            continue
        is_heading = any(c.startswith(code + ".") for c in codes)
        group.rows.append(
            OverviewRow(
                "heading" if is_heading else "activity",
                "programme",
                int(item["id"]),
                code,
                str(item["text"]),
                str(item["responsible"]),
                str(item["priority"]),
                links=sorted(linked.get(int(item["id"]), []), key=code_key),  # type: ignore[call-overload]
            )
        )
    return list(groups.values())


def _bare(code: str) -> str:
    return code.strip().rstrip(".")


def views_of(store: SessionStore, review_id: int) -> list[tuple[str, Overview]]:
    """The plan and the external programme that have activities.

    When both do, one the review recorded nothing for (no action, no
    recommendation) is left out, so a review of the programme alone does not
    list every activity of the plan as not started.
    """
    out = []
    for kind, label in (("activity", "Activities of the plan"), ("programme", "Programme of work")):
        label = fixed(label)  # the document's language; the app translates the English
        view = overview(store, review_id, kind)
        if view.activities():
            out.append((label, view))
    recorded = [(label, view) for label, view in out if _has_record(view)]
    return recorded if len(out) > 1 and recorded else out


def _has_record(view: Overview) -> bool:
    return any(r.actions or r.recommendation or r.proposed_priority for r in view.activities())


def pick_review(store: SessionStore, review_id: int | None) -> int:
    rid = review_id if review_id is not None else latest_review_id(store)
    if rid is None or review(store, rid) is None:
        raise FacilitatorError(
            "This session has no monitoring review yet: add one in the Monitoring step."
        )
    return rid


# -- status summary ------------------------------------------------------------------


@dataclass
class StatusSummary:
    """Counts of activities per status: overall, per objective (group) and per country."""

    total: Counter[str]
    by_group: dict[str, Counter[str]]
    by_country: dict[str, Counter[str]]

    ORDER = ("done", "ongoing", "not started", "not implemented")
    #: a country that recorded no action for an activity has not reported on it
    NO_REPORT = "no report"

    @classmethod
    def order_for(cls, title: str) -> tuple[str, ...]:
        """The status columns of the objective summary, or of the country one ('no report' too)."""
        return (*cls.ORDER, cls.NO_REPORT) if title == "Country" else cls.ORDER


def status_summary(store: SessionStore, view: Overview) -> StatusSummary:
    """How many activities are done / ongoing / not started, per objective and per country.

    Per country an activity counts with the status of the actions naming that
    country (none → no report); countries are the session's and any an action names.
    """
    canonical = _country_spelling(store)
    countries = list(dict.fromkeys(canonical.values()))
    known = tuple(countries)
    for row in view.activities():
        for a in row.actions:
            for name in a.country_names(known):
                if name.casefold() not in canonical:
                    canonical[name.casefold()] = name
                    countries.append(name)
    total: Counter[str] = Counter()
    by_group: dict[str, Counter[str]] = {}
    by_country: dict[str, Counter[str]] = {c: Counter() for c in countries}
    for group in view.groups:
        label = f"{group.number}. {group.heading}" if group.heading else group.number
        counts = by_group.setdefault(label, Counter())
        for row in group.activities():
            total[row.status] += 1
            counts[row.status] += 1
            named = [
                ({canonical[n.casefold()] for n in a.country_names(known)}, a.status)
                for a in row.actions
            ]
            for country in countries:
                reported = [s for names, s in named if country in names]
                status = activity_status(reported) if reported else StatusSummary.NO_REPORT
                by_country[country][status] += 1
    return StatusSummary(total, by_group, by_country)


def _country_spelling(store: SessionStore) -> dict[str, str]:
    """Casefolded code or name of each session country → its name."""
    out: dict[str, str] = {}
    for c in model.countries(store):
        out[c.code.casefold()] = c.name
        out[c.name.casefold()] = c.name
    return out
