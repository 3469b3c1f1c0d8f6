"""Small builders for tests that need a few countries, voters, items and votes."""

from __future__ import annotations

from facilitator.plan import edits as ops
from facilitator.voting import edits as vote_edits


def add_country(store, code, *regions):
    store.apply(ops.add_country(code, f"Country {code}", list(regions)))


def add_voter(store, name, country=None, role="participant", votes=None):
    edit = ops.add_participant(name, country=country, role=role, votes=votes)
    return store.apply(edit).created("participants")[0]


def add_item(store, label, kind="threat"):
    store.apply(ops.add_item(kind, label))
    return store.scalar("SELECT id FROM items WHERE label = ?", (label,))


def add_activity(store, text):
    result = store.scalar("SELECT id FROM results ORDER BY id LIMIT 1")
    if result is None:
        objective = store.apply(ops.add_objective("Objective")).created("objectives")[0]
        result = store.apply(ops.add_result(objective, "Result")).created("results")[0]
    return store.apply(ops.add_activity(result, text)).created("activities")[0]


def vote(store, pid, scope, target, value, criterion="importance", scope_kind="country", region=""):
    target_kind = "activity" if criterion == "priority" else "item"
    store.apply(
        vote_edits.set_vote(
            pid, scope_kind, scope, target_kind, target, criterion, value, region=region
        )
    )


def cast(store, scope, target, values, criterion="importance", scope_kind="country", region=""):
    """One new voter per value, each voting for ``scope`` (in ``region``'s working group)."""
    for value in values:
        pid = add_voter(store, f"Voter {store.next_id('participants')}")
        vote(store, pid, scope, target, value, criterion, scope_kind, region)
