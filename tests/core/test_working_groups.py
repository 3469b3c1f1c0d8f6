"""Working groups, countries in several regions or in none: the rules with hand-worked figures."""

from __future__ import annotations

import pytest
from session_builders import add_country, add_item, add_voter, cast, vote

from facilitator.errors import EditError
from facilitator.plan import edits as ops
from facilitator.status.consistency import region_warnings
from facilitator.voting import tables
from facilitator.voting.scoring import SHOW_EQUAL_KEY


@pytest.fixture
def range_states(store):
    """Iran in three regions (Caucasus, Alborz-Kopet Dagh, Zagros), each with a neighbour."""
    store.apply(ops.add_region("Caucasus", "C"))
    store.apply(ops.add_region("Alborz-Kopet Dagh", "AKD"))
    store.apply(ops.add_region("Zagros", "Z"))
    add_country(store, "AM", "Caucasus")
    add_country(store, "TM")
    add_country(store, "IQ", "Zagros")
    add_country(store, "IR", "Caucasus", "Alborz-Kopet Dagh", "Zagros")
    store.apply(ops.set_region_members("Alborz-Kopet Dagh", ["IR", "TM"]))
    return store


def _row(table, item, criterion="importance"):
    return table[(table["item"] == item) & (table["criterion"] == criterion)].iloc[0]


def test_iran_voting_in_two_working_groups_counts_in_each_region_separately(range_states):
    s = range_states
    t = add_item(s, "Poaching")
    cast(s, "AM", t, [2])
    cast(s, "IR", t, [3], region="Caucasus")  # Iran within Caucasus: 3
    cast(s, "IR", t, [1, 2], region="Alborz-Kopet Dagh")  # within AKD: 1.5
    cast(s, "IR", t, [2])  # without a region: Iran within Zagros falls back to 2
    cast(s, "TM", t, [3])
    table = tables.threats_by_region(s)
    row = _row(table, "Poaching")
    assert row["Caucasus"] == "2.5 (AM 2) (IR 3)"  # (2 + 3) / 2
    assert row["Alborz-Kopet Dagh"] == "2.3 (IR 1.5) (TM 3)"  # (1.5 + 3) / 2 = 2.25, half up
    assert row["Zagros"] == "2.0"  # IQ gave nothing, Iran's 2 equals the region: no bracket
    assert row["overall"] == "2.3"  # (2.5 + 2.25 + 2.0) / 3 = 2.25
    by_country = _row(tables.threats_by_country(s), "Poaching")
    assert by_country["IR"] == "2.0"  # its votes given without a region
    assert by_country["IR in Caucasus"] == "3.0"
    assert by_country["IR in Alborz-Kopet Dagh"] == "1.5"
    assert "IR in Zagros" not in by_country.index


def test_brackets_follow_the_regions_own_order_and_the_setting_lists_equal_figures(range_states):
    s = range_states
    t = add_item(s, "Poaching")
    cast(s, "TM", t, [3])
    cast(s, "IR", t, [3], region="Alborz-Kopet Dagh")
    cast(s, "IR", t, [1], region="Zagros")
    cast(s, "IQ", t, ["-"])
    row = _row(tables.threats_by_region(s), "Poaching")
    assert row["Alborz-Kopet Dagh"] == "3.0"  # both equal the region: no bracket by default
    assert row["Zagros"] == "1.0 (IQ -)"  # a country that answered only '-'
    s.apply(ops.set_meta({SHOW_EQUAL_KEY: "1"}))
    row = _row(tables.threats_by_region(s), "Poaching")
    assert row["Alborz-Kopet Dagh"] == "3.0 (IR 3) (TM 3)"  # the region lists IR before TM
    assert row["Zagros"] == "1.0 (IQ -) (IR 1)"


def test_a_region_with_no_votes_says_so_and_leaves_the_overall_to_the_others(range_states):
    s = range_states
    t = add_item(s, "Poaching")
    cast(s, "AM", t, [3])
    row = _row(tables.threats_by_region(s), "Poaching")
    assert (row["Zagros"], row["Alborz-Kopet Dagh"]) == ("Not filled in", "Not filled in")
    assert (row["Caucasus"], row["overall"]) == ("3.0", "3.0")


def test_a_working_groups_empty_answer_is_not_replaced_by_the_countrys_other_votes(range_states):
    s = range_states
    t = add_item(s, "Weak law enforcement", kind="driver")
    cast(s, "IR", t, [2], criterion="capacity")
    cast(s, "IR", t, [None], criterion="capacity", region="Alborz-Kopet Dagh")
    row = _row(tables.threats_by_region(s), "Weak law enforcement", "capacity")
    assert row["Alborz-Kopet Dagh"] == "Not filled in"  # as Appendix III says
    assert row["Caucasus"] == "2.0"


def test_a_country_in_no_region_is_a_region_of_its_own_and_is_named_by_check(range_states, capsys):
    s = range_states
    add_country(s, "GE")  # in no region
    t = add_item(s, "Poaching")
    cast(s, "AM", t, [3])
    cast(s, "GE", t, [1])
    table = tables.threats_by_region(s)
    assert list(table.columns)[-1] == "GE"
    row = _row(table, "Poaching")
    assert row["GE"] == "1.0"
    assert row["overall"] == "2.0"  # (Caucasus 3 + GE 1) / 2: Georgia does not drop out
    lone = "Country GE (GE) is in no region: its figures count as a region of their own"
    assert region_warnings(s) == [f"{lone} in every range-wide figure."]


def test_a_working_group_must_be_one_of_the_countrys_regions(range_states):
    pid = add_voter(range_states, "Ali Rezaei", "IR")
    t = add_item(range_states, "Poaching")
    with pytest.raises(EditError, match="AM is not in the region 'Zagros'"):
        vote(range_states, pid, "AM", t, 2, region="Zagros")
    vote(range_states, pid, "IR", t, 2, region="Zagros")
    vote(range_states, pid, "IR", t, 3, region="Caucasus")  # the same voter, another group
    assert range_states.scalar("SELECT COUNT(*) FROM votes WHERE participant_id = ?", (pid,)) == 2


def test_a_votes_file_names_the_working_group_by_name_or_abbreviation(range_states, tmp_path):
    from facilitator.importing import import_files

    t = add_item(range_states, "Poaching")
    path = tmp_path / "votes.csv"
    path.write_text(
        "participant,scope,region,item,criterion,value\n"
        "Ali Rezaei,IR,Zagros,Poaching,importance,1\n"
        "Ali Rezaei,IR,AKD,Poaching,importance,3\n"
        "Ali Rezaei,IR,,Poaching,importance,2\n",
        encoding="utf-8",
    )
    assert import_files(range_states, [path]).ok
    rows = range_states.rows(
        "SELECT region, value FROM votes WHERE target_id = ? ORDER BY value", (t,)
    )
    assert [(r["region"], r["value"]) for r in rows] == [
        ("Zagros", 1.0),
        ("", 2.0),
        ("Alborz-Kopet Dagh", 3.0),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "participant,scope,region,item,value\nAli Rezaei,AM,Zagros,Poaching,2\n", encoding="utf-8"
    )
    report = import_files(range_states, [bad])
    assert not report.ok
    assert "AM is not in Zagros: it has no working group there." in str(report)


def test_a_ballot_for_irans_delegates_in_zagros_comes_back_as_zagros_votes(range_states, tmp_path):
    from openpyxl import load_workbook

    from facilitator.ballots.write import Ballot, read_ballots, write_workbook
    from facilitator.plan import model
    from facilitator.voting.state import THREAT_RANKING, scopes_for

    pid = add_voter(range_states, "Ali Rezaei", "IR")
    add_item(range_states, "Poaching")
    voter = next(p for p in model.participants(range_states) if p.id == pid)
    scopes = scopes_for(range_states, voter)
    assert [s.label for s in scopes[:4]] == [
        "Country IR (IR)",
        "Country IR — in Caucasus",
        "Country IR — in Alborz-Kopet Dagh",
        "Country IR — in Zagros",
    ]
    zagros = scopes[3]
    path = write_workbook(
        range_states, tmp_path / "b.xlsx", [Ballot(voter, zagros, THREAT_RANKING)]
    )
    book = load_workbook(path)
    sheet = book.active
    row = next(r for r in range(1, 40) if sheet.cell(r, 2).value == "Threat: Poaching")
    sheet.cell(row, 3).value = 3
    book.save(path)
    preview = read_ballots(range_states, [path])
    assert not preview.problems
    range_states.apply(preview.edit())
    rows = range_states.rows("SELECT scope, region, value FROM votes")
    assert [(r["scope"], r["region"], r["value"]) for r in rows] == [("IR", "Zagros", 3.0)]
