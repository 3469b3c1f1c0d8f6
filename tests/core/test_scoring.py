"""How votes add up: every rule of method.md "Votes and how they add up"."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from session_builders import add_activity, add_country, add_item, add_voter, cast, vote

from facilitator.plan import edits as ops
from facilitator.voting import scoring


def row(frame, **where):
    mask = pd.Series(True, index=frame.index)
    for column, value in where.items():
        mask &= frame[column] == value
    hits = frame[mask]
    assert len(hits) == 1, f"expected one row for {where}, found {len(hits)}"
    return hits.iloc[0]


# -- rounding and text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "places", "expected"),
    [
        (2.25, 1, 2.3),
        (1.125, 2, 1.13),
        (2.35, 1, 2.4),
        (2.15 + 2.55 - 2.35, 1, 2.4),
        (1.75, 1, 1.8),
        (2.24, 1, 2.2),
        (2.0, 2, 2.0),
    ],
)
def test_halves_round_up_not_to_even(x, places, expected):
    assert scoring.round_half_up(x, places) == expected


def test_missing_figures_print_why():
    assert scoring.format_score(2, 1) == "2.0"
    assert scoring.format_score(1.75, 2) == "1.75"
    assert scoring.format_compact(3.0, 1) == "3"
    assert scoring.format_compact(1.5, 1) == "1.5"
    assert scoring.missing_text("unknown") == "-"
    assert scoring.missing_text("empty") == "Not filled in"
    assert math.isnan(scoring.round_half_up(float("nan"), 1))


# -- country scores -------------------------------------------------------------------


def test_country_score_is_mean_of_its_numeric_votes(store):
    add_country(store, "AM")
    t = add_item(store, "Habitat loss")
    cast(store, "AM", t, [1, 2, 2, "-", None])
    r = row(scoring.country_scores(store, "item"), target_id=t, country="AM")
    assert r["score"] == pytest.approx(5 / 3)
    assert (r["n"], r["unknown"], r["empty"]) == (3, 1, 1)
    assert (r["low"], r["high"], r["spread"]) == (1, 2, 1)
    assert r["state"] == "number"


def test_unknown_and_not_filled_in_are_kept_apart(store):
    add_country(store, "KZ")
    add_country(store, "TM")
    t = add_item(store, "Road mortality")
    cast(store, "KZ", t, ["-", None])
    cast(store, "TM", t, [None, ""])
    scores = scoring.country_scores(store, "item")
    kz, tm = row(scores, country="KZ"), row(scores, country="TM")
    assert (kz["state"], kz["unknown"], kz["empty"]) == ("unknown", 1, 1)
    assert (tm["state"], tm["unknown"], tm["empty"]) == ("empty", 0, 2)
    assert math.isnan(kz["score"]) and math.isnan(tm["score"])
    overall = row(scoring.overall_scores(store), target_id=t, criterion="importance")
    assert overall["state"] == "unknown"


def test_latest_vote_replaces_earlier_and_undo_restores_it(store):
    add_country(store, "GE")
    t = add_item(store, "Border fences")
    pid = add_voter(store, "Nino")
    vote(store, pid, "GE", t, 1)
    vote(store, pid, "GE", t, 3)
    r = row(scoring.country_scores(store, "item"), country="GE")
    assert (r["score"], r["n"]) == (3, 1)
    store.undo()
    assert row(scoring.country_scores(store, "item"), country="GE")["score"] == 1


def test_votes_of_participants_marked_not_voting_do_not_count(store):
    add_country(store, "IQ")
    t = add_item(store, "Poaching")
    cast(store, "IQ", t, [3])
    observer = add_voter(store, "Observer", role="observer", votes=True)
    vote(store, observer, "IQ", t, 1)
    store.apply(ops.update_participant(observer, votes=False))
    assert row(scoring.country_scores(store, "item"), country="IQ")["score"] == 3
    assert len(scoring.votes_frame(store)) == 2


# -- region scores ------------------------------------------------------------------------


def test_region_uses_working_group_votes_else_mean_of_countries(store):
    for code in ("AF", "PK", "UZ"):
        add_country(store, code, "Eastern Range")
    add_country(store, "AM", "Caucasus")
    add_country(store, "GE", "Caucasus")
    t = add_item(store, "Prey depletion")
    cast(store, "UZ", t, [1])
    cast(store, "AF", t, [3, 3])
    cast(store, "PK", t, [2, 3])
    cast(store, "AM", t, [1])
    cast(store, "GE", t, [1])
    cast(store, "Caucasus", t, [3, 2, 3], scope_kind="region")
    regions = scoring.region_scores(store)
    east = row(regions, target_id=t, criterion="importance", region="Eastern Range")
    assert east["source"] == "countries"
    assert east["score"] == pytest.approx((1 + 3 + 2.5) / 3)
    assert east["n"] == 3
    caucasus = row(regions, target_id=t, criterion="importance", region="Caucasus")
    assert (caucasus["source"], caucasus["n"]) == ("region", 3)
    assert caucasus["score"] == pytest.approx(8 / 3)


def test_a_country_in_two_regions_counts_in_both(store):
    add_country(store, "IR", "Caucasus", "Zagros")
    add_country(store, "AZ", "Caucasus")
    add_country(store, "IQ", "Zagros")
    t = add_item(store, "Retaliatory killing")
    cast(store, "IR", t, [3])
    cast(store, "AZ", t, [1])
    cast(store, "IQ", t, [2])
    regions = scoring.region_scores(store)
    assert row(regions, target_id=t, criterion="importance", region="Caucasus")["score"] == 2
    assert row(regions, target_id=t, criterion="importance", region="Zagros")["score"] == 2.5


def test_working_group_unknown_wins_over_countries(store):
    add_country(store, "KZ", "Alborz-Kopet Dagh")
    t = add_item(store, "Technology development", kind="driver")
    cast(store, "KZ", t, [1], criterion="capacity")
    cast(store, "Alborz-Kopet Dagh", t, ["-"], criterion="capacity", scope_kind="region")
    region = row(scoring.region_scores(store), target_id=t, criterion="capacity")
    assert (region["source"], region["state"]) == ("region", "unknown")


def test_a_working_group_that_filled_in_nothing_leaves_the_region_to_its_countries(store):
    add_country(store, "IQ", "Zagros")
    add_country(store, "TR", "Zagros")
    t = add_item(store, "Illegal killing")
    cast(store, "Zagros", t, [None], scope_kind="region")
    cast(store, "IQ", t, [3])
    cast(store, "TR", t, [2])
    region = row(scoring.region_scores(store), target_id=t, criterion="importance")
    assert (region["source"], region["score"], region["n"]) == ("countries", 2.5, 2)


def test_regions_without_any_vote_are_not_filled_in(store):
    add_country(store, "RU", "Caucasus")
    t = add_item(store, "Isolation")
    region = row(scoring.region_scores(store), target_id=t, criterion="capacity")
    assert (region["state"], region["n"]) == ("empty", 0)


# -- overall scores -------------------------------------------------------------------------


def test_overall_is_mean_of_regions_skipping_regions_without_a_number(store):
    for code, region in [("AM", "Caucasus"), ("TM", "Alborz"), ("IQ", "Zagros"), ("PK", "East")]:
        add_country(store, code, region)
    t = add_item(store, "Habitat fragmentation")
    cast(store, "AM", t, [3])
    cast(store, "TM", t, [2, 1])
    cast(store, "IQ", t, ["-"])
    cast(store, "PK", t, [None])
    overall = row(scoring.overall_scores(store), target_id=t, criterion="importance")
    assert overall["score"] == pytest.approx((3 + 1.5) / 2)
    assert (overall["n"], overall["unknown"], overall["empty"], overall["state"]) == (
        2,
        1,
        1,
        "number",
    )


def test_without_regions_overall_is_mean_of_countries(store):
    add_country(store, "AM")
    add_country(store, "TR")
    t = add_item(store, "Key wild prey depletion")
    cast(store, "AM", t, [1, 2, 2, 2])
    cast(store, "TR", t, [3])
    overall = row(scoring.overall_scores(store), target_id=t, criterion="importance")
    assert overall["score"] == pytest.approx((1.75 + 3) / 2)
    assert overall["n"] == 2


def test_each_ranked_item_has_both_criteria_and_constraints_none(store):
    add_item(store, "Livelihoods", kind="constraint")
    d = add_item(store, "Weak law enforcement", kind="driver")
    overall = scoring.overall_scores(store)
    assert list(overall["target_id"]) == [d, d]
    assert list(overall["criterion"]) == ["importance", "capacity"]
    assert set(overall["state"]) == {"empty"}


# -- deviations ---------------------------------------------------------------------------


def test_countries_differing_from_their_region_are_listed(store):
    add_country(store, "TM", "Alborz")
    add_country(store, "KZ", "Alborz")
    add_country(store, "IR", "Alborz")
    t = add_item(store, "Unsustainable use of prey", kind="driver")
    cast(store, "Alborz", t, [2, 2], scope_kind="region")
    cast(store, "TM", t, [1, 2])
    cast(store, "KZ", t, ["-"])
    cast(store, "IR", t, [2])
    found = scoring.deviations(store)
    assert list(found["country"]) == ["TM", "KZ"]
    tm = row(found, country="TM")
    assert (tm["country_score"], tm["region_score"]) == (1.5, 2.0)
    assert row(found, country="KZ")["country_state"] == "unknown"


# -- priorities ---------------------------------------------------------------------------


def test_overall_priority_weighs_each_country_the_same(store):
    add_country(store, "AM", "Caucasus")
    add_country(store, "IR", "Caucasus", "Zagros", "Alborz")
    a = add_activity(store, "Review habitat data")
    cast(store, "AM", a, [1, 1, 1, 2], criterion="priority")
    cast(store, "IR", a, [1], criterion="priority")
    priorities = scoring.priority_scores(store)
    assert row(priorities, country="AM")["score"] == 1.25
    overall = row(scoring.overall_priorities(store), target_id=a)
    assert overall["score"] == pytest.approx(1.125)
    assert overall["n"] == 2
    assert scoring.format_score(overall["score"], scoring.PRIORITY_PLACES) == "1.13"


def test_activities_without_votes_have_a_not_filled_in_overall(store):
    a = add_activity(store, "Train rangers")
    overall = row(scoring.overall_priorities(store), target_id=a)
    assert overall["state"] == "empty"
    assert scoring.priority_scores(store).empty


def test_votes_frame_has_the_documented_columns(store):
    add_country(store, "AZ")
    t = add_item(store, "Dogs")
    cast(store, "AZ", t, [2])
    frame = scoring.votes_frame(store, "item")
    assert list(frame.columns) == scoring.VOTE_COLUMNS
    assert list(scoring.Scores(store).votes.columns) == scoring.VOTE_COLUMNS
    assert frame.iloc[0]["participant"].startswith("Voter")
    assert frame["value"].dtype == "float64"
    assert scoring.votes_frame(store, "activity").empty


def test_sums_in_sqlite_match_sums_in_pandas(store):
    import random

    rng = random.Random(7)
    for code in ("AM", "AZ", "GE"):
        add_country(store, code, "Caucasus")
    items = [add_item(store, f"Item {n}") for n in range(4)]
    answers = [0, 1, 2, 3, "-", None, "2,5"]
    for n in range(12):
        pid = add_voter(store, f"Person {n}")
        for item in items:
            for criterion in ("importance", "capacity"):
                value = rng.choice(answers[1:] if criterion == "capacity" else answers)
                scope, kind = rng.choice(
                    [("AM", "country"), ("GE", "country"), ("Caucasus", "region")]
                )
                vote(store, pid, scope, item, value, criterion, kind)
    votes = scoring.votes_frame(store)
    for scope_kind in ("country", "region"):
        subset = votes[votes["scope_kind"] == scope_kind].rename(columns={"scope": scope_kind})
        keys = ["target_id", "criterion", scope_kind]
        expected = scoring.summarise_votes(subset, keys).sort_values(keys).reset_index(drop=True)
        got = scoring.sum_votes(store, "item", scope_kind).sort_values(keys).reset_index(drop=True)
        pd.testing.assert_frame_equal(got, expected, check_exact=False)
