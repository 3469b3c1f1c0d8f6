"""Step status: each step moves from empty to started to done as the workshop fills it in."""

from __future__ import annotations

from facilitator.plan import edits as ops
from facilitator.plan.glossary import STEP_IDS
from facilitator.status.progress import step_status
from facilitator.voting import edits as vote_edits
from facilitator.voting.edits import VoteKey


def ids(store, sql: str) -> list[int]:
    return [r["id"] for r in store.rows(sql)]


def test_a_new_session_has_every_step_empty(store):
    status = step_status(store)
    assert list(status) == list(STEP_IDS)
    assert set(status.values()) == {"empty"}


def test_session_step_needs_a_country_and_a_voter(store):
    store.apply(ops.set_meta({"place": "Tbilisi"}))
    assert step_status(store)["session"] == "started"
    store.apply(ops.add_country("GE", "Georgia"))
    store.apply(ops.add_participant("Anna Schmidt", role="facilitator"))
    assert step_status(store)["session"] == "started"
    store.apply(ops.add_participant("Nino Beridze", country="GE"))
    assert step_status(store)["session"] == "done"


def test_vision_is_started_by_a_draft_and_done_when_adopted(store):
    store.apply(ops.add_draft("vision", "Leopards everywhere"))
    assert step_status(store)["vision"] == "started"
    assert step_status(store)["goal"] == "empty"
    store.apply(ops.adopt_draft(ids(store, "SELECT id FROM texts")[0]))
    assert step_status(store)["vision"] == "done"
    store.undo()
    assert step_status(store)["vision"] == "started"


def test_problem_tree_and_threat_ranking(store):
    store.apply(ops.add_country("TR", "Türkiye"))
    store.apply(ops.add_participant("Ayşe Yılmaz", country="TR"))
    store.apply(ops.add_item("driver", "Poverty"))
    assert step_status(store)["problem_tree"] == "started"
    store.apply(ops.add_item("threat", "Poaching"))
    driver, threat = ids(store, "SELECT id FROM items ORDER BY id")
    store.apply(ops.add_link(driver, threat))
    status = step_status(store)
    assert status["problem_tree"] == "done" and status["threat_ranking"] == "empty"
    pid = ids(store, "SELECT id FROM participants")[0]
    store.apply(vote_edits.set_vote(pid, "country", "TR", "item", threat, "importance", 3))
    assert step_status(store)["threat_ranking"] == "started"
    votes = [
        (VoteKey(pid, "country", "TR", "item", i, c), 2)
        for i in (driver, threat)
        for c in ("importance", "capacity")
    ]
    store.apply(vote_edits.set_votes("ballot", votes))
    assert step_status(store)["threat_ranking"] == "done"


def test_outline_steps_and_the_logframe(store):
    store.apply(ops.set_text("goal", "A stable population"))
    store.apply(ops.add_objective("Reduce poaching"))
    status = step_status(store)
    assert (status["objectives"], status["results"], status["logframe"]) == (
        "done",
        "empty",
        "started",
    )
    objective = ids(store, "SELECT id FROM objectives")[0]
    store.apply(ops.add_result(objective, "Rangers trained"))
    assert step_status(store)["results"] == "started"  # no indicator yet
    store.apply(ops.add_result(objective, "Patrols", indicator="km patrolled"))
    first = ids(store, "SELECT id FROM results ORDER BY id")[0]
    store.apply(ops.update_result(first, indicator="rangers trained"))
    assert step_status(store)["results"] == "done"
    first, second = ids(store, "SELECT id FROM results ORDER BY id")
    store.apply(ops.add_activity(first, "Train rangers"))
    assert step_status(store)["activities"] == "started"  # the second result has none yet
    store.apply(ops.add_activity(second, "Equip rangers"))
    status = step_status(store)
    assert status["activities"] == "done" and status["logframe"] == "done"
    assert status["prioritisation"] == "empty"


def test_export_is_done_once_documents_were_written(store):
    assert step_status(store)["export"] == "empty"
    store.set_preference("exported", "2022-09-22T17:00:00")
    assert step_status(store)["export"] == "done"
