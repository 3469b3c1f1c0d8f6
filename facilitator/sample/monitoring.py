"""A sample review built from the CAMI implementation overview (2014-2020).

``data/monitoring_review.csv`` holds activities 1.1.1 and 1.1.2 of the CAMI
programme of work with the actions the midterm review recorded for them. A row
without an action describes a programme item (a heading or an activity, with
its recommendation); a row with an action records one action for its code.
"""

from __future__ import annotations

import csv
from importlib import resources
from typing import TYPE_CHECKING, Any

from facilitator.monitoring.reviews import action_change, add_review, recommendation_change
from facilitator.plan import edits as ops
from facilitator.session.edits import FunctionEdit, RowChange, created_ids

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

SAMPLE_REVIEW: dict[str, Any] = {
    "title": "Midterm review 2018",
    "date": "2018-04-18",
    "since_year": "2014",
    "until_year": "2020",
}


def sample_rows() -> list[dict[str, str]]:
    """The sample's rows as dictionaries keyed by the CSV header."""
    text = (
        resources.files("facilitator.sample.data")
        .joinpath("monitoring_review.csv")
        .read_text(encoding="utf-8")
    )
    return list(csv.DictReader(text.splitlines()))


def add_sample_review(store: SessionStore) -> int:
    """Add the CAMI programme items and the midterm review (one undoable step); returns the review id."""
    rows = sample_rows()
    edit = FunctionEdit(
        f"add sample review: {SAMPLE_REVIEW['title']}", lambda s: _plan_review(s, rows)
    )
    return store.apply(edit).created("reviews")[0]


def _plan_review(store: SessionStore, rows: list[dict[str, str]]) -> list[RowChange]:
    changes: list[RowChange] = []
    for r in rows:
        if not r["action"]:
            item = ops.add_programme_item(r["code"], r["text"], r["responsible"], r["priority"])
            changes += store.stage(item.plan(store))
    added = store.stage(add_review(**SAMPLE_REVIEW).plan(store))
    changes += added
    (review_id,) = created_ids(added, "reviews")
    ids = {r["code"]: r["id"] for r in store.rows("SELECT id, code FROM programme_items")}
    for r in rows:
        item = ids[r["code"]]
        if r["action"]:
            fields: dict[str, Any] = {
                k: r[k]
                for k in (
                    "countries",
                    "action",
                    "period",
                    "implemented_by",
                    "budget",
                    "funder",
                    "status",
                )
            }
            part = action_change(store, review_id, "programme", item, **fields)
        else:
            part = recommendation_change(
                store, review_id, "programme", item, r["recommendation"], r["proposed_priority"]
            )
        changes += store.stage(part)
    return changes
