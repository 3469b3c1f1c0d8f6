"""Monitoring core: reviews, actions, recommendations, overview and status summary."""

from __future__ import annotations

import pytest

from facilitator.errors import EditError
from facilitator.monitoring import reviews as m
from facilitator.monitoring.changes import review_changes
from facilitator.monitoring.overview import code_key, overview, status_summary, views_of
from facilitator.plan import edits as ops
from facilitator.sample.monitoring import add_sample_review, sample_rows
from facilitator.voting import edits as vote_edits


@pytest.fixture
def plan(store):
    """Two countries, one objective with one result and two activities, and a review."""
    store.apply(ops.add_country("TR", "Türkiye"))
    store.apply(ops.add_country("IR", "Iran"))
    store.apply(ops.add_objective("Reduce poaching of leopard and prey"))
    store.apply(ops.add_result(1, "Ranger capacity is strengthened"))
    store.apply(ops.add_activity(1, "Train rangers", actors="Government agencies"))
    store.apply(ops.add_activity(1, "Equip rangers", actors="NGOs"))
    store.apply(m.add_review("Midterm review 2025", "2025-04-18", "2022"))
    return store


def test_record_action_change_status_and_undo(plan):
    plan.apply(
        m.add_action(
            1,
            "activity",
            1,
            countries="TR",
            action="Ranger course in Iğdır",
            period="2023-2024",
            implemented_by="DKMP",
            status="ongoing",
        )
    )
    action = m.actions(plan, 1, "activity", 1)[0]
    assert (action.countries, action.action, action.status) == (
        "TR",
        "Ranger course in Iğdır",
        "ongoing",
    )
    plan.apply(m.set_action_status(action.id, "done"))
    assert m.actions(plan, 1)[0].status == "done"
    plan.undo()
    assert m.actions(plan, 1)[0].status == "ongoing"
    plan.undo()
    assert m.actions(plan, 1) == []


def test_bad_status_and_missing_activity_are_refused_and_change_nothing(plan):
    with pytest.raises(EditError, match="'finished' is not a status"):
        plan.apply(m.add_action(1, "activity", 1, status="finished"))
    with pytest.raises(EditError, match="no longer exists"):
        plan.apply(m.add_action(1, "activity", 99, action="x"))
    with pytest.raises(EditError, match="not a year"):
        plan.apply(m.add_review("Final review", since_year="twenty"))
    with pytest.raises(EditError, match="'18 April 2018' is not a date"):
        plan.apply(m.update_review(1, date="18 April 2018"))
    assert m.actions(plan, 1) == [] and len(m.reviews(plan)) == 1


def test_later_review_starts_from_earlier_one_in_one_step(plan):
    plan.apply(m.add_action(1, "activity", 1, countries="IR", action="Patrols", status="ongoing"))
    plan.apply(m.set_recommendation(1, "activity", 2, "Not implemented; reword", "Low"))
    plan.apply(m.add_review("Final review 2027", "2027-05-01", based_on=1))
    later = m.latest_review_id(plan)
    assert later != 1 and m.review(plan, later).since_year == "2022"
    copied = m.actions(plan, later)
    assert [(a.activity_id, a.action, a.status) for a in copied] == [(1, "Patrols", "ongoing")]
    assert m.recommendation(plan, later, "activity", 2) == m.Recommendation(
        "Not implemented; reword", "Low"
    )
    plan.apply(m.set_action_status(copied[0].id, "done"))
    assert m.actions(plan, 1)[0].status == "ongoing", "the earlier review keeps its history"
    plan.undo()
    plan.undo()
    assert len(m.reviews(plan)) == 1 and plan.scalar("SELECT COUNT(*) FROM monitoring_actions") == 1


def test_removing_a_review_keeps_later_copies_and_undoes(plan):
    plan.apply(m.add_action(1, "activity", 1, action="Patrols"))
    plan.apply(m.add_review("Final review", based_on=1))
    plan.apply(m.remove_review(1))
    assert [r.title for r in m.reviews(plan)] == ["Final review"]
    assert m.reviews(plan)[0].based_on is None and len(m.actions(plan, 2)) == 1
    plan.undo()
    assert len(m.actions(plan, 1)) == 1 and m.review(plan, 2).based_on == 1


def test_empty_recommendation_is_removed(plan):
    plan.apply(m.set_recommendation(1, "activity", 1, "Continue", ""))
    plan.apply(m.set_recommendation(1, "activity", 1, "", ""))
    assert plan.scalar("SELECT COUNT(*) FROM recommendations") == 0


def test_move_action_reorders(plan):
    for text in ("first", "second", "third"):
        plan.apply(m.add_action(1, "activity", 1, action=text))
    third = m.actions(plan, 1)[2].id
    plan.apply(m.move_action(third, 0))
    assert [a.action for a in m.actions(plan, 1)] == ["third", "first", "second"]


@pytest.mark.parametrize(
    "statuses, expected",
    [
        ([], "not started"),
        (["not started"], "not started"),
        (["done", "done"], "done"),
        (["done", "not implemented"], "done"),
        (["not implemented"], "not implemented"),
        (["done", "not started"], "ongoing"),
        (["ongoing", "done"], "ongoing"),
    ],
)
def test_activity_status_from_actions(statuses, expected):
    assert m.activity_status(statuses) == expected


def test_overview_groups_activities_by_objective_with_priority(plan):
    plan.apply(ops.add_participant("Ayşe Demir", country="TR"))
    plan.apply(ops.add_participant("Reza Karimi", country="IR"))
    plan.apply(vote_edits.set_vote(1, "country", "TR", "activity", 1, "priority", 3))
    plan.apply(vote_edits.set_vote(2, "country", "IR", "activity", 1, "priority", 2))
    plan.apply(m.add_action(1, "activity", 2, countries="Iran", action="Radios", status="done"))
    view = overview(plan, 1, "activity")
    assert [g.heading for g in view.groups] == ["Reduce poaching of leopard and prey"]
    rows = view.groups[0].rows
    assert [(r.kind, r.number) for r in rows] == [
        ("heading", "1.1"),
        ("activity", "1.1.1"),
        ("activity", "1.1.2"),
    ]
    assert rows[1].priority == "High (2.50)" and rows[1].responsible == "Government agencies"
    assert rows[1].status == "not started" and rows[2].status == "done"


def test_status_summary_per_objective_and_country(plan):
    plan.apply(
        m.add_action(
            1, "activity", 1, countries="TR and Iran", action="Joint patrol", status="ongoing"
        )
    )
    plan.apply(m.add_action(1, "activity", 2, countries="Iran", action="Radios", status="done"))
    plan.apply(
        m.add_action(
            1, "activity", 2, countries="Armenia", action="Radios", status="not implemented"
        )
    )
    summary = status_summary(plan, overview(plan, 1, "activity"))
    label = "1. Reduce poaching of leopard and prey"
    assert summary.by_group[label] == {"ongoing": 1, "done": 1} == summary.total
    # a country with no recorded action for an activity has not reported on it
    assert summary.by_country["Türkiye"] == {"ongoing": 1, "no report": 1}
    assert summary.by_country["Iran"] == {"ongoing": 1, "done": 1}
    assert summary.by_country["Armenia"] == {"no report": 1, "not implemented": 1}


def test_programme_overview_groups_by_first_number_in_code_order(store):
    for code, text in [
        ("1", "Threats"),
        ("1.1", "Illegal hunting"),
        ("1.1.10", "Rotate hunting areas"),
        ("1.1.9", "Explore wildlife use"),
        ("2.1", "Mountain ecosystems"),
    ]:
        store.apply(ops.add_programme_item(code, text, "Government agencies", "Medium"))
    store.apply(m.add_review("Review"))
    view = overview(store, 1, "programme")
    assert [(g.number, g.heading) for g in view.groups] == [("1", "Threats"), ("2", "")]
    assert [(r.kind, r.number) for r in view.groups[0].rows] == [
        ("heading", "1.1"),
        ("activity", "1.1.9"),
        ("activity", "1.1.10"),
    ]
    assert sorted(["1.10", "1.9", "1.2"], key=code_key) == ["1.2", "1.9", "1.10"]


def test_sample_review_is_one_undoable_step(store):
    rid = add_sample_review(store)
    action_rows = [r for r in sample_rows() if r["action"]]
    assert len(m.actions(store, rid)) == len(action_rows) >= 10
    view = overview(store, rid, "programme")
    assert [r.number for r in view.activities()] == ["1.1.1", "1.1.2"]
    assert "Fondation Segré" in [a.funder for a in view.activities()[0].actions]
    store.undo()
    assert store.scalar("SELECT COUNT(*) FROM programme_items") == 0 and m.reviews(store) == []


def test_report_leaves_out_a_plan_the_review_recorded_nothing_for(plan):
    rid = add_sample_review(plan)
    assert [label for label, _ in views_of(plan, rid)] == ["Programme of work"]
    plan.apply(m.set_recommendation(rid, "activity", 2, "Reword"))
    assert [label for label, _ in views_of(plan, rid)] == [
        "Activities of the plan",
        "Programme of work",
    ]
    assert [label for label, _ in views_of(plan, 1)] == [
        "Activities of the plan",
        "Programme of work",
    ]


def test_changes_since_the_earlier_review(plan):
    plan.apply(m.add_action(1, "activity", 1, countries="IR", action="Patrols", status="ongoing"))
    plan.apply(
        m.add_action(1, "activity", 2, countries="TR", action="Radios", status="not started")
    )
    plan.apply(m.add_review("Final review", based_on=1))
    assert review_changes(plan, 2).activities == [] and review_changes(plan, 1) is None
    patrols, radios = m.actions(plan, 2)
    plan.apply(m.set_action_status(patrols.id, "done"))
    plan.apply(m.remove_action(radios.id))
    plan.apply(
        m.add_action(2, "activity", 2, countries="TR", action="Radios bought", status="done")
    )
    plan.apply(m.set_recommendation(2, "activity", 1, "Extend to Türkiye", "High"))
    changes = review_changes(plan, 2)
    assert changes.base_title == "Midterm review 2025"
    assert [(c.number, c.lines()) for c in changes.activities] == [
        (
            "1.1.1",
            [
                "Status of IR: Patrols: ongoing → done.",
                "Recommendation now: Extend to Türkiye",
                "Proposed priority: (none) → High.",
            ],
        ),
        ("1.1.2", ["Added: TR: Radios bought (done).", "No longer listed: TR: Radios."]),
    ]


def test_country_names_split_but_known_names_stay_whole():
    assert m.split_countries("Tajikistan and Kyrgyzstan; Iran/Iraq") == [
        "Tajikistan",
        "Kyrgyzstan",
        "Iran",
        "Iraq",
    ]
    known = ("Bosnia and Herzegovina",)
    assert m.split_countries("bosnia and herzegovina, Türkiye", known) == [
        "Bosnia and Herzegovina",
        "Türkiye",
    ]


def test_a_known_name_inside_another_word_is_left_as_written():
    # 'Iran' inside 'Iranian' is no country of its own, and no marker leaks into the text
    known = ("Iran", "Georgia")
    assert m.split_countries("Iranian rangers and Georgia", known) == ["Iranian rangers", "Georgia"]
    assert all("\x00" not in part for part in m.split_countries("Iranian/Georgian", known))
