"""What changed between a review and the earlier review it started from.

A later review begins as a copy of an earlier one; comparing the two shows the
progress since: actions added or dropped, statuses that moved, and
recommendations rewritten. Actions are matched by activity, countries and
text, so an action whose text was rewritten shows as one dropped and one added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facilitator.monitoring.overview import code_key, overview
from facilitator.monitoring.reviews import (
    ACTIVITY_KINDS,
    Action,
    Recommendation,
    actions,
    recommendations,
    review,
)
from facilitator.words import fixed, word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

ActivityKey = tuple[str, int]


@dataclass
class ActivityChanges:
    """The changes recorded for one activity."""

    number: str
    text: str
    added: list[Action] = field(default_factory=list)
    dropped: list[Action] = field(default_factory=list)
    status_changes: list[tuple[Action, str]] = field(
        default_factory=list
    )  # (action now, status before)
    recommendation: tuple[Recommendation, Recommendation] | None = None  # (before, now)

    def lines(self) -> list[str]:
        """Plain sentences, one per change."""
        out = [
            word("Added: {action} ({status}).", action=_label(a), status=fixed(a.status))
            for a in self.added
        ]
        out += [
            word(
                "Status of {action}: {before} → {after}.",
                action=_label(a),
                before=fixed(before),
                after=fixed(a.status),
            )
            for a, before in self.status_changes
        ]
        out += [word("No longer listed: {action}.", action=_label(a)) for a in self.dropped]
        if self.recommendation:
            before, now = self.recommendation
            none = word("(none)")
            if before.text != now.text:
                out.append(word("Recommendation now: {text}", text=now.text or none))
            if before.proposed_priority != now.proposed_priority:
                out.append(
                    word(
                        "Proposed priority: {before} → {after}.",
                        before=before.proposed_priority or none,
                        after=now.proposed_priority or none,
                    )
                )
        return out


@dataclass
class ReviewChanges:
    base_title: str
    activities: list[ActivityChanges]


def _label(action: Action) -> str:
    return f"{action.countries}: {action.action}" if action.countries else action.action


def _activity_of(match: tuple[str, int, str, str]) -> ActivityKey:
    return match[0], match[1]


def _match_key(action: Action) -> tuple[str, int, str, str]:
    return (
        action.activity_kind,
        action.activity_id,
        action.countries.casefold(),
        action.action.casefold(),
    )


def review_changes(store: SessionStore, review_id: int) -> ReviewChanges | None:
    """Changes since the review ``review_id`` started from (None when it started empty)."""
    now = review(store, review_id)
    base = review(store, now.based_on) if now and now.based_on is not None else None
    if now is None or base is None:
        return None
    names = {
        (r.activity_kind, r.activity_id): (r.number, r.text)
        for kind in ACTIVITY_KINDS
        for r in overview(store, review_id, kind).activities()
    }
    found: dict[ActivityKey, ActivityChanges] = {}

    def entry(key: ActivityKey) -> ActivityChanges:
        number, text = names.get(key, ("", ""))
        return found.setdefault(key, ActivityChanges(number, text))

    before = {_match_key(a): a for a in actions(store, base.id)}
    after = {_match_key(a): a for a in actions(store, review_id)}
    for match, action in after.items():
        old = before.get(match)
        if old is None:
            entry(_activity_of(match)).added.append(action)
        elif old.status != action.status:
            entry(_activity_of(match)).status_changes.append((action, old.status))
    for match, action in before.items():
        if match not in after:
            entry(_activity_of(match)).dropped.append(action)
    recs_before, recs_now = recommendations(store, base.id), recommendations(store, review_id)
    for key in set(recs_before) | set(recs_now):
        old_rec, new_rec = (
            recs_before.get(key, Recommendation()),
            recs_now.get(key, Recommendation()),
        )
        if old_rec != new_rec:
            entry(key).recommendation = (old_rec, new_rec)
    ordered = sorted(found.items(), key=lambda kv: (kv[0][0], code_key(kv[1].number)))
    return ReviewChanges(base.title, [c for key, c in ordered if key in names])
