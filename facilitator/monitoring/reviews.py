"""Monitoring: what was done, per activity, since the plan was adopted.

A *review* ("Midterm review 2018") holds, for each activity of the workshop's
plan or of an imported external programme of work, the actions taken (per
country, with period, implementers, budget, funder and status) and one
recommendation (free text plus an optional proposed priority). A later review
starts as a copy of an earlier one, so the history shows what changed.

Every change is an undoable edit; the overview and status summary live in
``monitoring_overview``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from facilitator.errors import EditError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.plan.model import clean
from facilitator.session.edits import Edit, FunctionEdit, RowChange, delete_rows, set_row

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

ACTION_STATUSES = ("not started", "ongoing", "done", "not implemented")
ACTIVITY_KINDS = ("activity", "programme")
ACTION_FIELDS = ("countries", "action", "period", "implemented_by", "budget", "funder", "status")
REVIEW_FIELDS = ("title", "date", "since_year", "until_year")
PRIORITY_CHOICES = (
    "",
    QT_TRANSLATE_NOOP("core", "High"),
    QT_TRANSLATE_NOOP("core", "High/Medium"),
    QT_TRANSLATE_NOOP("core", "Medium"),
    QT_TRANSLATE_NOOP("core", "Medium/Low"),
    QT_TRANSLATE_NOOP("core", "Low"),
)
MONITORING_TABLES = frozenset({"reviews", "monitoring_actions", "recommendations"})

_ACTION_KEY = ["id"]
_RECOMMENDATION_KEY = ["review_id", "activity_kind", "activity_id"]


@dataclass
class Review:
    id: int
    title: str
    date: str
    since_year: str
    based_on: int | None
    until_year: str = ""


@dataclass
class Action:
    id: int
    review_id: int
    activity_kind: str
    activity_id: int
    countries: str
    action: str
    period: str
    implemented_by: str
    budget: str
    funder: str
    status: str
    position: int

    def country_names(self, known: tuple[str, ...] = ()) -> list[str]:
        """The countries this action names ('Tajikistan and Kyrgyzstan' → two names).

        ``known`` names (e.g. 'Bosnia and Herzegovina') are never split.
        """
        return split_countries(self.countries, known)


@dataclass
class Recommendation:
    text: str = ""
    proposed_priority: str = ""


def split_countries(text: str, known: tuple[str, ...] = ()) -> list[str]:
    """Split a free-text country field on commas, semicolons, slashes and 'and'.

    A known name that holds a separator ('Bosnia and Herzegovina') stays whole; a
    name is recognised only as whole words, never inside another word.
    """
    text = text or ""
    names = sorted(dict.fromkeys(n for n in known if n), key=len, reverse=True)
    kept = {f"\x00{n}\x00": name for n, name in enumerate(names)}
    for token, name in kept.items():
        pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
        text = re.sub(pattern, token, text, flags=re.IGNORECASE)  # a token holds no backslash
    parts = [text]
    for separator in (",", ";", "/", " and ", " & "):
        parts = [piece for part in parts for piece in part.split(separator)]
    out = []
    for part in parts:
        for token, name in kept.items():
            part = part.replace(token, name)
        if part.strip():
            out.append(part.strip())
    return out


# -- readers ---------------------------------------------------------------------


def reviews(store: SessionStore) -> list[Review]:
    """Every review, oldest first (by date, then by creation); an undated one counts as the newest."""
    return [Review(**r) for r in store.rows("SELECT * FROM reviews ORDER BY date = '', date, id")]


def review(store: SessionStore, review_id: int) -> Review | None:
    rows = store.rows("SELECT * FROM reviews WHERE id = ?", (review_id,))
    return Review(**rows[0]) if rows else None


def latest_review_id(store: SessionStore) -> int | None:
    found = reviews(store)
    return found[-1].id if found else None


def actions(
    store: SessionStore,
    review_id: int,
    activity_kind: str | None = None,
    activity_id: int | None = None,
) -> list[Action]:
    """The actions of a review, optionally for one activity, in their recorded order."""
    sql, params = "SELECT * FROM monitoring_actions WHERE review_id = ?", [review_id]
    if activity_kind is not None:
        sql += " AND activity_kind = ?"
        params.append(activity_kind)  # type: ignore[arg-type]
    if activity_id is not None:
        sql += " AND activity_id = ?"
        params.append(activity_id)
    return [Action(**r) for r in store.rows(sql + " ORDER BY position, id", params)]


def recommendation(
    store: SessionStore, review_id: int, activity_kind: str, activity_id: int
) -> Recommendation:
    rows = store.rows(
        "SELECT text, proposed_priority FROM recommendations "
        "WHERE review_id = ? AND activity_kind = ? AND activity_id = ?",
        (review_id, activity_kind, activity_id),
    )
    return Recommendation(**rows[0]) if rows else Recommendation()


def recommendations(store: SessionStore, review_id: int) -> dict[tuple[str, int], Recommendation]:
    rows = store.rows("SELECT * FROM recommendations WHERE review_id = ?", (review_id,))
    return {
        (r["activity_kind"], r["activity_id"]): Recommendation(r["text"], r["proposed_priority"])
        for r in rows
    }


def activity_status(statuses: list[str]) -> str:
    """One status for an activity from its actions' statuses.

    No action (or none started) → not started; all not implemented → not
    implemented; all finished (done or not implemented) → done; else ongoing.
    """
    if not statuses or all(s == "not started" for s in statuses):
        return "not started"
    if all(s == "not implemented" for s in statuses):
        return "not implemented"
    if all(s in ("done", "not implemented") for s in statuses):
        return "done"
    return "ongoing"


# -- edits: reviews ----------------------------------------------------------------


def add_review(
    title: str,
    date: str = "",
    since_year: str = "",
    based_on: int | None = None,
    until_year: str = "",
) -> Edit:
    """A new review; ``based_on`` copies an earlier review's actions and recommendations (one step)."""
    title = clean(title)

    def plan(store: SessionStore) -> list[RowChange]:
        if not title:
            raise EditError("A review needs a title, e.g. 'Midterm review 2018'.")
        base = review(store, based_on) if based_on is not None else None
        if based_on is not None and base is None:
            raise EditError("The review to start from no longer exists.")
        rid = store.next_id("reviews")
        since = clean(since_year) or (base.since_year if base else "")
        _check_year(since)
        _check_date(clean(date))
        until = clean(until_year) or (base.until_year if base else "")
        _check_year(until)
        row = {
            "title": title,
            "date": clean(date),
            "since_year": since,
            "until_year": until,
            "based_on": based_on,
        }
        changes = [RowChange("reviews", {"id": rid}, None, row)]
        if base is not None:
            changes += _copy_review(store, base.id, rid)
        return changes

    word = "start review from earlier one" if based_on is not None else "add review"
    return FunctionEdit(f"{word}: {title}", plan)


def _copy_review(store: SessionStore, source: int, target: int) -> list[RowChange]:
    changes: list[RowChange] = []
    next_id = store.next_id("monitoring_actions")
    for a in store.rows(
        "SELECT * FROM monitoring_actions WHERE review_id = ? ORDER BY id", (source,)
    ):
        values = {k: v for k, v in a.items() if k != "id"}
        changes.append(
            RowChange("monitoring_actions", {"id": next_id}, None, {**values, "review_id": target})
        )
        next_id += 1
    for r in store.rows("SELECT * FROM recommendations WHERE review_id = ?", (source,)):
        key = {
            "review_id": target,
            "activity_kind": r["activity_kind"],
            "activity_id": r["activity_id"],
        }
        changes.append(
            RowChange(
                "recommendations",
                key,
                None,
                {"text": r["text"], "proposed_priority": r["proposed_priority"]},
            )
        )
    return changes


def update_review(review_id: int, **fields: str) -> Edit:
    unknown = set(fields) - set(REVIEW_FIELDS)
    if unknown:
        raise EditError(f"{', '.join(sorted(unknown))} cannot be set on a review.")
    values = {k: clean(v) for k, v in fields.items()}

    def plan(store: SessionStore) -> list[RowChange]:
        if review(store, review_id) is None:
            raise EditError("That review no longer exists.")
        if "title" in values and not values["title"]:
            raise EditError("A review needs a title.")
        _check_year(values.get("since_year", ""))
        _check_year(values.get("until_year", ""))
        _check_date(values.get("date", ""))
        return set_row(store, "reviews", {"id": review_id}, values)

    return FunctionEdit(f"edit review {', '.join(fields)}", plan)


def remove_review(review_id: int) -> Edit:
    """Remove a review with its actions and recommendations; later reviews keep their copies."""

    def plan(store: SessionStore) -> list[RowChange]:
        if review(store, review_id) is None:
            return []
        changes: list[RowChange] = []
        for r in store.rows("SELECT id FROM reviews WHERE based_on = ?", (review_id,)):
            changes += set_row(store, "reviews", {"id": r["id"]}, {"based_on": None})
        changes += delete_rows(
            store, "monitoring_actions", "review_id = ?", [review_id], _ACTION_KEY
        )
        changes += delete_rows(
            store, "recommendations", "review_id = ?", [review_id], _RECOMMENDATION_KEY
        )
        return changes + set_row(store, "reviews", {"id": review_id}, None)

    return FunctionEdit("remove review", plan)


def _check_date(text: str) -> None:
    """A review's date sorts the reviews, so it is written year first: 2018-04-18, 2018-04 or 2018."""
    if text and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise EditError(f"'{text}' is not a date: write it year first, e.g. 2018-04-18.")


def _check_year(text: str) -> None:
    if text and not (text.isdigit() and len(text) == 4):
        raise EditError(f"'{text}' is not a year: write four digits, e.g. 2014.")


# -- edits: actions and recommendations ---------------------------------------------


def _check_activity(
    store: SessionStore, review_id: int, activity_kind: str, activity_id: int
) -> None:
    if review(store, review_id) is None:
        raise EditError("That review no longer exists.")
    if activity_kind not in ACTIVITY_KINDS:
        raise EditError(f"'{activity_kind}' is not a kind of activity; use activity or programme.")
    table = "activities" if activity_kind == "activity" else "programme_items"
    if not store.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (activity_id,)):
        raise EditError("That activity no longer exists.")


def _action_values(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(ACTION_FIELDS)
    if unknown:
        raise EditError(f"{', '.join(sorted(unknown))} cannot be set on an action.")
    values = {k: clean(str(v) if v is not None else "") for k, v in fields.items()}
    if "status" in values:
        values["status"] = values["status"].lower() or "not started"
        if values["status"] not in ACTION_STATUSES:
            raise EditError(
                f"'{fields['status']}' is not a status; use {', '.join(ACTION_STATUSES)}."
            )
    return values


def action_change(
    store: SessionStore,
    review_id: int,
    activity_kind: str,
    activity_id: int,
    action_id: int | None = None,
    **fields: Any,
) -> list[RowChange]:
    """Plan one new action (used by ``add_action`` and by imports of many rows)."""
    _check_activity(store, review_id, activity_kind, activity_id)
    values = {k: "" for k in ACTION_FIELDS} | {"status": "not started"} | _action_values(fields)
    aid = action_id if action_id is not None else store.next_id("monitoring_actions")
    position = store.scalar(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM monitoring_actions "
        "WHERE review_id = ? AND activity_kind = ? AND activity_id = ?",
        (review_id, activity_kind, activity_id),
    )
    row = {
        "review_id": review_id,
        "activity_kind": activity_kind,
        "activity_id": activity_id,
        **values,
        "position": position,
    }
    return [RowChange("monitoring_actions", {"id": aid}, None, row)]


def add_action(review_id: int, activity_kind: str, activity_id: int, **fields: Any) -> Edit:
    """Record one action taken for an activity (countries, what was done, period, ...)."""
    return FunctionEdit(
        "record action", lambda s: action_change(s, review_id, activity_kind, activity_id, **fields)
    )


def update_action(action_id: int, **fields: Any) -> Edit:
    values = _action_values(fields)

    def plan(store: SessionStore) -> list[RowChange]:
        if not store.scalar("SELECT 1 FROM monitoring_actions WHERE id = ?", (action_id,)):
            raise EditError("That action no longer exists.")
        return set_row(store, "monitoring_actions", {"id": action_id}, values)

    word = (
        "change status of action"
        if set(fields) == {"status"}
        else f"edit action {', '.join(fields)}"
    )
    return FunctionEdit(word, plan)


def set_action_status(action_id: int, status: str) -> Edit:
    return update_action(action_id, status=status)


def remove_action(action_id: int) -> Edit:
    return FunctionEdit(
        "remove action", lambda s: set_row(s, "monitoring_actions", {"id": action_id}, None)
    )


def move_action(action_id: int, position: int) -> Edit:
    """Move an action to ``position`` (0-based) among its activity's actions."""

    def plan(store: SessionStore) -> list[RowChange]:
        rows = store.rows("SELECT * FROM monitoring_actions WHERE id = ?", (action_id,))
        if not rows:
            raise EditError("That action no longer exists.")
        a = rows[0]
        ids = [
            x.id
            for x in actions(store, a["review_id"], a["activity_kind"], a["activity_id"])
            if x.id != action_id
        ]
        ids.insert(max(0, min(position, len(ids))), action_id)
        changes: list[RowChange] = []
        for n, rid in enumerate(ids, start=1):
            changes += set_row(store, "monitoring_actions", {"id": rid}, {"position": n})
        return changes

    return FunctionEdit("move action", plan)


def set_recommendation(
    review_id: int,
    activity_kind: str,
    activity_id: int,
    text: str | None = None,
    proposed_priority: str | None = None,
) -> Edit:
    """The recommendation for an activity in a review (empty text and priority remove it)."""

    def plan(store: SessionStore) -> list[RowChange]:
        _check_activity(store, review_id, activity_kind, activity_id)
        return recommendation_change(
            store, review_id, activity_kind, activity_id, text, proposed_priority
        )

    return FunctionEdit("edit recommendation", plan)


def recommendation_change(
    store: SessionStore,
    review_id: int,
    activity_kind: str,
    activity_id: int,
    text: str | None,
    proposed_priority: str | None,
) -> list[RowChange]:
    key = {"review_id": review_id, "activity_kind": activity_kind, "activity_id": activity_id}
    now = recommendation(store, review_id, activity_kind, activity_id)
    after = Recommendation(
        clean(text) if text is not None else now.text,
        clean(proposed_priority) if proposed_priority is not None else now.proposed_priority,
    )
    if not after.text and not after.proposed_priority:
        return set_row(store, "recommendations", key, None)
    return set_row(
        store,
        "recommendations",
        key,
        {"text": after.text, "proposed_priority": after.proposed_priority},
    )
