"""Chain warnings: unaddressed top threats, results without activities, activities without actor or indicator."""

from __future__ import annotations

from facilitator.plan import edits as ops
from facilitator.status.chain_checks import chain_warnings
from facilitator.voting import edits as vote_edits


def build_outline(store):
    store.apply(ops.add_objective("Secure prey populations"))
    store.apply(ops.add_result(1, "Poaching of prey halved", indicator="Patrol reports"))
    store.apply(
        ops.add_activity(1, "Train rangers", actors="Ministry", indicator="Rangers trained")
    )


def test_a_complete_chain_gives_no_warning(store):
    build_outline(store)
    assert chain_warnings(store) == []


def test_result_without_activities_and_objective_without_results(store):
    build_outline(store)
    store.apply(ops.add_result(1, "Camera traps everywhere"))
    store.apply(ops.add_objective("Reduce conflict"))
    assert chain_warnings(store) == [
        "Result 1.2 has no activities yet.",
        "Objective 2 has no results yet.",
    ]


def test_activity_without_actor_or_indicator_is_named_by_its_number(store):
    build_outline(store)
    store.apply(ops.add_activity(1, "Count prey", actors="WWF"))
    store.apply(ops.add_activity(1, "Publish report"))
    assert chain_warnings(store) == [
        "Activity 1.1.2 has no indicator.",
        "Activity 1.1.3 has no actor and no indicator.",
    ]
    # moving the bare activity to the top renumbers the warning with it
    store.apply(ops.move_outline_row("activities", 3, 0))
    assert chain_warnings(store)[0] == "Activity 1.1.1 has no actor and no indicator."


def vote_importance(store, scores: dict[int, float]) -> None:
    store.apply(ops.add_country("AM", "Armenia"))
    store.apply(ops.add_participant("Anahit Sargsyan", country="AM"))
    for iid, value in scores.items():
        store.apply(vote_edits.set_vote(1, "country", "AM", "item", iid, "importance", value))


def test_top_ranked_threat_that_no_objective_addresses(store):
    build_outline(store)
    for label in ("Habitat loss", "Road mortality", "Prey depletion"):
        store.apply(ops.add_item("threat", label))
    assert chain_warnings(store) == []  # nobody has voted: no ranking yet
    vote_importance(store, {1: 3, 2: 1, 3: 2})
    store.apply(ops.set_objective_items(1, [3]))
    assert chain_warnings(store) == [
        "Threat 'Habitat loss' ranks 1st by importance (3.0) but no objective addresses it.",
        "Threat 'Road mortality' ranks 3rd by importance (1.0) but no objective addresses it.",
    ]
    store.apply(ops.set_objective_items(1, [1, 2, 3]))
    assert chain_warnings(store) == []


def test_only_the_top_five_threats_must_be_addressed(store):
    build_outline(store)
    for n in range(7):
        store.apply(ops.add_item("threat", f"Threat {n + 1}"))
    vote_importance(store, {n + 1: 3 - n * 0.4 for n in range(7)})
    store.apply(ops.set_objective_items(1, [1, 2, 3, 4, 5]))
    assert chain_warnings(store) == []
    store.apply(ops.set_objective_items(1, [1, 2, 3, 4, 6, 7]))
    assert chain_warnings(store) == [
        "Threat 'Threat 5' ranks 5th by importance (1.4) but no objective addresses it."
    ]


def test_a_kept_ranking_is_used_and_its_signature_follows_the_votes(store):
    from facilitator.status.chain_checks import importance_ranking, ranking_signature

    build_outline(store)
    for label in ("Habitat loss", "Road mortality"):
        store.apply(ops.add_item("threat", label))
    vote_importance(store, {1: 1, 2: 3})
    before = ranking_signature(store)
    ranking = importance_ranking(store)
    assert ranking == [(2, 3.0, "3.0"), (1, 1.0, "1.0")]
    store.apply(ops.set_objective_items(1, [2]))
    assert ranking_signature(store) == before  # addressing a threat changes no score
    assert chain_warnings(store, ranking) == chain_warnings(store)
    store.apply(vote_edits.set_vote(1, "country", "AM", "item", 1, "importance", 2))
    assert ranking_signature(store) != before
    store.undo()
    assert ranking_signature(store) == before
