"""Planning one row of a reviews, actions taken or recommendations file (monitoring from files).

National focal points report what their country did for each activity; the
rapporteur collects the reports as spreadsheets and imports them:

- reviews: ``review, date[, since, until]`` — a review is named by its title;
- actions taken: ``review, activity, countries, action[, period, implemented by,
  budget, funder, status]`` — the activity is a workshop activity's number
  (``1.2.3``) or a programme item's code (``CAMI PoW 19.3``);
- recommendations: ``review, activity, recommendation[, proposed priority]``.

An action already recorded (same review, activity, countries and text) is not
recorded twice, so importing a file again changes nothing; an empty cell never
erases what the session holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator.importing.fileedit import RowProblem, cell, staged
from facilitator.importing.reading import Row
from facilitator.monitoring import reviews as mon
from facilitator.plan import model
from facilitator.plan.model import clean
from facilitator.session.edits import RowChange

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


def _review_id(store: SessionStore, row: Row) -> int:
    title = clean(row.text("review"))
    if not title:
        raise RowProblem("review", "the review's title is empty.")
    for found in mon.reviews(store):
        if clean(found.title).casefold() == title.casefold():
            return found.id
    known = ", ".join(f"'{r.title}'" for r in mon.reviews(store)[:5]) or "none yet"
    raise RowProblem(
        "review",
        f"there is no review '{title}' (reviews: {known}); import a reviews file "
        "or run 'facilitator review new' first.",
    )


def _activity(store: SessionStore, row: Row) -> tuple[str, int]:
    text = clean(row.text("activity"))
    if not text:
        raise RowProblem("activity", "the activity is empty.")
    number = text.split()[0].rstrip(".") if text[:1].isdigit() else ""
    found = model.activity_numbers(store).get(number) if number else None
    if found is not None:
        return "activity", found
    for item in store.rows("SELECT id, code FROM programme_items"):
        if clean(item["code"]).casefold() == text.casefold():
            return "programme", int(item["id"])
    raise RowProblem(
        "activity",
        f"'{text}' is neither an activity number of this session (like 1.2.3) "
        "nor a programme item's code.",
    )


def plan_review_row(store: SessionStore, row: Row) -> list[RowChange]:
    """A review named by its title: added, or its date and years set (empty cells keep them)."""
    title = clean(row.text("review"))
    if not title:
        raise RowProblem("review", "the review's title is empty.")
    fields: dict[str, Any] = {
        field: row.text(column)
        for column, field in (("date", "date"), ("since", "since_year"), ("until", "until_year"))
        if row.text(column)
    }
    existing = next(
        (r for r in mon.reviews(store) if clean(r.title).casefold() == title.casefold()), None
    )
    with cell("review"):
        if existing is None:
            edit = mon.add_review(
                title,
                fields.get("date", ""),
                fields.get("since_year", ""),
                until_year=fields.get("until_year", ""),
            )
            return staged(store, edit.plan(store))
        return mon.update_review(existing.id, **fields).plan(store) if fields else []


def plan_action_row(store: SessionStore, row: Row) -> list[RowChange]:
    """One action taken, recorded under its activity (once, however often the file is imported)."""
    review_id = _review_id(store, row)
    kind, activity_id = _activity(store, row)
    action = clean(row.text("action"))
    if not action:
        raise RowProblem("action", "what was done is empty.")
    fields: dict[str, Any] = {
        field: row.text(column)
        for column, field in (
            ("countries", "countries"),
            ("period", "period"),
            ("implemented by", "implemented_by"),
            ("budget", "budget"),
            ("funder", "funder"),
        )
        if row.text(column)
    }
    status = row.text("status").casefold()
    if status:
        if status not in mon.ACTION_STATUSES:
            raise RowProblem(
                "status",
                f"'{row.text('status')}' is not a status; use one of: "
                f"{', '.join(mon.ACTION_STATUSES)}.",
            )
        fields["status"] = status
    for known in mon.actions(store, review_id, kind, activity_id):
        if clean(known.action) == action and clean(known.countries) == clean(
            fields.get("countries", "")
        ):
            with cell("action"):
                return mon.update_action(known.id, **fields).plan(store) if fields else []
    with cell("action"):
        values: dict[str, Any] = {"action": action, **fields}
        return staged(store, mon.action_change(store, review_id, kind, activity_id, None, **values))


def plan_recommendation_row(store: SessionStore, row: Row) -> list[RowChange]:
    """The recommendation (and proposed priority) for an activity in a review."""
    review_id = _review_id(store, row)
    kind, activity_id = _activity(store, row)
    text = row.text("recommendation") or None
    priority = row.text("proposed priority") or None
    if text is None and priority is None:
        return []
    with cell("recommendation"):
        return mon.recommendation_change(store, review_id, kind, activity_id, text, priority)
