"""Voting rounds: close, open a new round on wide items, tables per round, the comparison."""

from __future__ import annotations

import pytest
from session_builders import add_country, add_item, add_voter, vote

from facilitator.errors import EditError
from facilitator.voting import closing, rounds, tables
from facilitator.voting.scoring import Scores


@pytest.fixture
def voted(store):
    """Two voters for Armenia: Poaching 1 and 3 (spread 2), Roads 2 and 2 (spread 0)."""
    add_country(store, "AM", "Caucasus")
    poaching, roads = add_item(store, "Poaching"), add_item(store, "Roads")
    ani, gor = add_voter(store, "Ani", "AM"), add_voter(store, "Gor", "AM")
    for pid, values in ((ani, (1, 2)), (gor, (3, 2))):
        vote(store, pid, "AM", poaching, values[0])
        vote(store, pid, "AM", roads, values[1])
    store.ids = {"poaching": poaching, "roads": roads, "ani": ani, "gor": gor}
    return store


def importance(store, label, **round_no):
    table = tables.threats(store, Scores(store, **round_no))
    return table.loc[table["item"] == label, "importance"].iloc[0]


def test_a_new_round_needs_a_closed_vote(voted):
    with pytest.raises(EditError, match="Close the threat ranking before opening a new round"):
        voted.apply(rounds.open_round("threat_ranking"))
    assert rounds.current_round(voted, "threat_ranking") == 1


def test_a_round_on_the_wide_items_keeps_the_first_round_and_compares_them(voted):
    s, ids = voted, voted.ids
    assert rounds.wide_items(s, "threat_ranking", 2) == [ids["poaching"]]
    s.apply(closing.close_vote("threat_ranking"))
    with pytest.raises(EditError):  # closed: no vote changes
        vote(s, ids["ani"], "AM", ids["poaching"], 2)
    s.apply(rounds.open_round("threat_ranking", spread_at_least=2))
    assert rounds.current_round(s, "threat_ranking") == 2
    assert not closing.is_closed(s, "threat_ranking")
    # Poaching starts afresh; Roads keeps its figure.
    assert importance(s, "Poaching") == "Not filled in"
    assert importance(s, "Roads") == "2.0"
    vote(s, ids["ani"], "AM", ids["poaching"], 2)
    vote(s, ids["gor"], "AM", ids["poaching"], 3)
    assert importance(s, "Poaching") == "2.5"
    assert importance(s, "Poaching", item_round=1) == "2.0"  # (1 + 3) / 2, kept in the file
    table = tables.rounds(s)
    row = table[(table["target"] == "Poaching") & (table["criterion"] == "importance")].iloc[0]
    assert list(row[3:]) == ["2.0", "2", "2", "2.5", "1", "2"]
    assert list(table.columns[3:]) == [
        "round 1 mean",
        "round 1 spread",
        "round 1 votes",
        "round 2 mean",
        "round 2 spread",
        "round 2 votes",
    ]


def test_opening_a_round_is_undone_in_one_step_and_reopening_keeps_the_votes(voted):
    s = voted
    s.apply(closing.close_vote("threat_ranking"))
    s.apply(rounds.open_round("threat_ranking"))
    assert importance(s, "Roads") == "Not filled in"
    s.undo()
    assert rounds.current_round(s, "threat_ranking") == 1
    assert closing.is_closed(s, "threat_ranking")
    assert importance(s, "Poaching") == "2.0" and importance(s, "Roads") == "2.0"
    s.apply(closing.reopen_vote("threat_ranking"))  # closed and reopened: still round 1
    vote(s, s.ids["ani"], "AM", s.ids["roads"], 3)
    assert importance(s, "Roads") == "2.5"
    assert tables.rounds(s).empty


def test_no_wide_item_means_no_new_round(voted):
    voted.apply(closing.close_vote("threat_ranking"))
    with pytest.raises(EditError, match="No item's votes spread 3 or more"):
        voted.apply(rounds.open_round("threat_ranking", spread_at_least=3))
    with pytest.raises(EditError, match="There is no round 2"):
        Scores(voted, item_round=2)


def test_the_score_tables_pdf_says_which_round_it_shows(voted, tmp_path):
    import subprocess

    from facilitator.documents.tables_pdf import write_tables

    voted.apply(closing.close_vote("threat_ranking"))
    voted.apply(rounds.open_round("threat_ranking"))
    out = tmp_path / "tables.pdf"
    write_tables(voted, out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Voting rounds: the threat ranking shows round 2" in text
