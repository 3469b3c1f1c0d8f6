"""The named tables: their columns, order and printed figures."""

from __future__ import annotations

import math

import pytest
from session_builders import add_activity, add_country, add_item, add_voter, cast, vote

from facilitator.plan import edits as ops
from facilitator.session.edits import FunctionEdit, set_row
from facilitator.session.store import SessionStore
from facilitator.voting import tables, vote_list
from facilitator.voting.scoring import Scores


@pytest.fixture
def workshop(store):
    """Two regions (IR in both), four countries, two Drivers, two Threats, a Constraint."""
    add_country(store, "AM", "Caucasus")
    add_country(store, "IR", "Caucasus", "Alborz-Kopet Dagh")
    add_country(store, "TM", "Alborz-Kopet Dagh")
    add_country(store, "KZ", "Alborz-Kopet Dagh")
    add_item(store, "Livelihoods", kind="constraint")
    ids = {
        label: add_item(store, label, kind)
        for label, kind in [
            ("Weak law enforcement", "driver"),
            ("Climate change", "driver"),
            ("Habitat loss", "threat"),
            ("Road mortality", "threat"),
        ]
    }
    cast(store, "Caucasus", ids["Weak law enforcement"], [2], scope_kind="region")
    cast(store, "AM", ids["Weak law enforcement"], [2])
    cast(store, "IR", ids["Weak law enforcement"], [3])
    cast(store, "TM", ids["Weak law enforcement"], [1, 2])
    cast(store, "KZ", ids["Weak law enforcement"], ["-"])
    cast(store, "Caucasus", ids["Climate change"], [3], scope_kind="region")
    cast(store, "Alborz-Kopet Dagh", ids["Climate change"], [3], scope_kind="region")
    cast(store, "AM", ids["Habitat loss"], [2])
    cast(store, "TM", ids["Habitat loss"], [2])
    cast(store, "AM", ids["Habitat loss"], [3], criterion="capacity")
    cast(store, "TM", ids["Habitat loss"], [None], criterion="capacity")
    cast(store, "AM", ids["Road mortality"], [3])
    store.ids = ids
    return store


def test_threats_lists_drivers_then_threats_by_importance(workshop):
    table = tables.threats(workshop)
    assert list(table.columns) == ["kind", "item", "importance", "capacity"]
    assert list(table["kind"]) == ["Driver", "Driver", "Threat", "Threat"]
    assert list(table["item"]) == [
        "Climate change",
        "Weak law enforcement",
        "Road mortality",
        "Habitat loss",
    ]
    assert list(table["importance"]) == ["3.0", "2.1", "3.0", "2.0"]
    assert list(table["capacity"]) == ["Not filled in", "Not filled in", "Not filled in", "3.0"]


def test_items_with_the_same_printed_figure_keep_their_order(store):
    add_country(store, "GE")
    for label in ("First", "Second", "Third"):
        cast(store, "GE", add_item(store, label), [2] if label != "Third" else [3])
    assert list(tables.threats(store)["item"]) == ["Third", "First", "Second"]
    add_item(store, "Not voted")
    assert list(tables.threats(store)["item"])[-1] == "Not voted"


def test_threats_by_region_shows_deviating_countries_beside_the_region(workshop):
    table = tables.threats_by_region(workshop)
    assert list(table.columns) == [
        "kind",
        "item",
        "criterion",
        "overall",
        "Caucasus",
        "Alborz-Kopet Dagh",
    ]
    law = table[
        (table["item"] == "Weak law enforcement") & (table["criterion"] == "importance")
    ].iloc[0]
    # Caucasus: working group 2.0, IR voted 3. Alborz-Kopet Dagh: mean of IR 3 and TM 1.5.
    assert law["Caucasus"] == "2.0 (IR 3)"
    assert law["Alborz-Kopet Dagh"] == "2.3 (IR 3) (TM 1.5) (KZ -)"
    assert law["overall"] == "2.1"
    capacity = table[(table["item"] == "Habitat loss") & (table["criterion"] == "capacity")].iloc[0]
    assert capacity["Caucasus"] == "3.0"
    assert capacity["Alborz-Kopet Dagh"] == "Not filled in"
    assert list(table["criterion"][:2]) == ["importance", "capacity"]


def test_threats_by_region_numeric_holds_floats_for_heatmaps(workshop):
    table = tables.threats_by_region_numeric(workshop)
    law = table[
        (table["item_id"] == workshop.ids["Weak law enforcement"])
        & (table["criterion"] == "importance")
    ].iloc[0]
    assert law["Alborz-Kopet Dagh"] == pytest.approx(2.25)
    assert law["overall"] == pytest.approx(2.125)
    road = table[
        (table["item_id"] == workshop.ids["Road mortality"]) & (table["criterion"] == "importance")
    ].iloc[0]
    assert math.isnan(road["Alborz-Kopet Dagh"])


def test_threats_by_country_shows_each_countrys_own_figure(workshop):
    table = tables.threats_by_country(workshop)
    assert list(table.columns) == ["kind", "item", "criterion", "overall", "AM", "IR", "TM", "KZ"]
    law = table[
        (table["item"] == "Weak law enforcement") & (table["criterion"] == "importance")
    ].iloc[0]
    assert list(law[["AM", "IR", "TM", "KZ"]]) == ["2.0", "3.0", "1.5", "-"]
    climate = table[table["item"] == "Climate change"].iloc[0]
    assert climate["AM"] == "Not filled in"
    numeric = tables.threats_by_country_numeric(workshop)
    assert numeric.loc[numeric["item"] == "Weak law enforcement", "TM"].iloc[0] == 1.5


def test_without_regions_threats_by_region_has_a_column_per_country(store):
    add_country(store, "TR")
    add_country(store, "GE")
    t = add_item(store, "Habitat loss")
    cast(store, "TR", t, [2, 3])
    cast(store, "GE", t, ["-"])
    table = tables.threats_by_region(store)
    assert list(table.columns) == ["kind", "item", "criterion", "overall", "TR", "GE"]
    assert list(table.iloc[0][["overall", "TR", "GE"]]) == ["2.5", "2.5", "-"]


def test_priorities_in_numbered_order_with_a_column_per_country(workshop):
    first = add_activity(workshop, "Review habitat data")
    second = add_activity(workshop, "Train rangers")
    workshop.apply(ops.move_outline_row("activities", second, 0))
    cast(workshop, "AM", first, [1, 1, 1, 2], criterion="priority")
    cast(workshop, "IR", first, [1], criterion="priority")
    cast(workshop, "TM", first, ["-"], criterion="priority")
    table = tables.priorities(workshop)
    assert list(table.columns) == ["activity", "text", "AM", "IR", "TM", "KZ", "overall"]
    assert list(table["text"]) == ["Train rangers", "Review habitat data"]
    review = table.iloc[1]
    assert list(review[["activity", "AM", "IR", "TM", "KZ", "overall"]]) == [
        "1.1.2",
        "1.25",
        "1.00",
        "-",
        "Not filled in",
        "1.13",
    ]
    assert table.iloc[0]["overall"] == "Not filled in"
    numeric = tables.priorities_numeric(workshop)
    assert numeric.iloc[1]["overall"] == pytest.approx(1.125)


def test_participants_and_constraints(workshop):
    people = tables.participants(workshop)
    assert list(people.columns) == ["name", "affiliation", "country", "role", "votes", "votes_cast"]
    workshop.apply(ops.add_participant("Şebnem Yılmaz", "WWF-Türkiye", "AM", role="rapporteur"))
    last = tables.participants(workshop).iloc[-1]
    assert (last["name"], last["country"], last["votes"], last["votes_cast"]) == (
        "Şebnem Yılmaz",
        "Country AM",
        "no",
        0,
    )
    assert list(tables.constraints(workshop)["item"]) == ["Livelihoods"]


def test_votes_table_lists_each_answer_as_written(workshop):
    table = tables.votes(workshop)
    assert set(table["vote"]) == {"1", "2", "3", "-", "Not filled in"}
    assert len(table) == workshop.scalar("SELECT COUNT(*) FROM votes")


def test_every_named_table_builds_on_an_empty_session():
    empty = SessionStore.memory()
    try:
        built = tables.all_tables(empty)
        assert set(built) >= {"threats", "threats-by-region", "priorities", "participants"}
        assert all(frame.empty for frame in built.values())
        assert list(built["priorities"].columns) == ["activity", "text", "overall"]
    finally:
        empty.close()


def test_all_tables_match_tables_built_one_by_one(workshop):
    together = tables.all_tables(workshop)
    for name, build in tables.TABLES.items():
        assert together[name].equals(build(workshop)), name


def test_a_region_without_a_number_still_shows_countries_that_have_one(store):
    add_country(store, "KZ", "Алборз-Копетдаг")
    add_country(store, "GE", "კავკასია")
    t = add_item(store, "Technology development", kind="driver")
    cast(store, "Алборз-Копетдаг", t, ["-"], criterion="capacity", scope_kind="region")
    cast(store, "KZ", t, [1], criterion="capacity")
    cast(store, "GE", t, [None], criterion="capacity")
    table = tables.threats_by_region(store)
    assert list(table.columns)[-2:] == ["Алборз-Копетдаг", "კავკასია"]
    capacity = table[table["criterion"] == "capacity"].iloc[0]
    assert capacity["Алборз-Копетдаг"] == "- (KZ 1)"
    assert capacity["კავკასია"] == "Not filled in"
    assert capacity["overall"] == "-"


def test_printed_figures_round_halves_up(store):
    add_country(store, "AZ")
    t = add_item(store, "Habitat fragmentation")
    cast(store, "AZ", t, [2, 2, 2, 3])
    cast(store, "AZ", t, [3] * 13 + [2] * 7, criterion="capacity")  # 53 / 20 = 2.65
    row = tables.threats(store).iloc[0]
    assert (row["importance"], row["capacity"]) == ("2.3", "2.7")


def test_tables_sharing_scores_are_not_changed_by_a_caller(workshop):
    scores = Scores(workshop)
    first = tables.threats_numeric(workshop, scores)
    first.loc[0, "importance"] = -1.0
    first.loc[0, "item"] = "changed"
    again = tables.threats_numeric(workshop, scores)
    assert again.loc[0, "importance"] == 3.0
    assert again.loc[0, "item"] == "Climate change"
    assert tables.threats(workshop, scores).iloc[0]["importance"] == "3.0"


def test_votes_list_each_participants_ballots_in_order(store):
    """Participants in their order; each one's threat ranking, then priorities; each by
    scope and working group, then by target and criterion."""
    add_country(store, "IR", "Zagros", "Caucasus")
    add_country(store, "AM", "Caucasus")
    first, second = (add_item(store, label) for label in ("Poaching", "Roads"))
    plan = add_activity(store, "Train rangers")
    late = add_voter(store, "Leyla", "AM")
    early = add_voter(store, "Dariush", "IR")
    moved = FunctionEdit(
        "move", lambda s: set_row(s, "participants", {"id": early}, {"position": 0})
    )
    store.apply(moved)  # moved to the top of the list
    for pid, scope, target, value, criterion, region in [
        (late, "AM", first, 1, "importance", ""),
        (early, "IR", plan, 3, "priority", ""),
        (early, "IR", second, 2, "importance", "Zagros"),
        (early, "IR", first, "-", "capacity", "Zagros"),
        (early, "IR", first, None, "importance", ""),
        (early, "IR", first, 2.5, "importance", "Caucasus"),
        (early, "IR", first, 3, "importance", "Zagros"),
    ]:
        vote(store, pid, scope, target, value, criterion, region=region)
    listed = tables.votes(store)
    assert [tuple(row) for row in listed.drop(columns=["at", "round"]).itertuples(index=False)] == [
        ("Dariush", "IR", "", "Poaching", "importance", "Not filled in"),
        ("Dariush", "IR", "Caucasus", "Poaching", "importance", "2.5"),
        ("Dariush", "IR", "Zagros", "Poaching", "capacity", "-"),
        ("Dariush", "IR", "Zagros", "Poaching", "importance", "3"),
        ("Dariush", "IR", "Zagros", "Roads", "importance", "2"),
        ("Dariush", "IR", "", "1.1.1", "priority", "3"),
        ("Leyla", "AM", "", "Poaching", "importance", "1"),
    ]
    assert set(listed["round"]) == {"1"}
    assert listed["at"].str.match(r"\d{4}-\d\d-\d\dT").all()


def test_votes_list_keeps_a_vote_whose_text_holds_the_list_separator(store):
    """A vote written by hand into the file with the separator the list joins values with
    (a damaged or edited file) is listed whole, in its place."""
    add_country(store, "AM")
    items = [add_item(store, label) for label in ("Poaching", "Roads", "Snares")]
    pid = add_voter(store, "Leyla", "AM")
    for item in items:
        vote(store, pid, "AM", item, 2)
    store.conn.execute(
        "UPDATE votes SET at = ? WHERE target_id = ?", (f"2022-10-01{vote_list.SEP}x", items[1])
    )
    listed = tables.votes(store)
    assert list(listed["target"]) == ["Poaching", "Roads", "Snares"]
    assert listed["at"][1] == f"2022-10-01{vote_list.SEP}x"
    assert list(listed["vote"]) == ["2", "2", "2"]
