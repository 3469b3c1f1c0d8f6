"""Voting rounds: close, open a new round on wide items, tables per round, the comparison."""

from __future__ import annotations

import pytest
from session_builders import add_activity, add_country, add_item, add_voter, vote

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


def _round_two_on_poaching(s):
    s.apply(closing.close_vote("threat_ranking"))
    s.apply(rounds.open_round("threat_ranking", spread_at_least=2))
    vote(s, s.ids["ani"], "AM", s.ids["poaching"], 2)
    vote(s, s.ids["gor"], "AM", s.ids["poaching"], 3)


def test_every_spreadsheet_and_csv_of_figures_and_votes_names_its_round(voted, tmp_path):
    import csv

    from openpyxl import load_workbook

    from facilitator.documents import export_document
    from facilitator.documents.spreadsheet import csv_paths

    _round_two_on_poaching(voted)
    activity = add_activity(voted, "Hold a workshop")
    vote(voted, voted.ids["ani"], "AM", activity, 3, criterion="priority")
    book = load_workbook(export_document(voted, "tables", tmp_path / "t.xlsx"), read_only=True)
    for sheet, number in (
        ("threats", 2),
        ("threats-by-region", 2),
        ("threats-by-country", 2),
        ("priorities", 1),  # the prioritisation never had a second round
    ):
        rows = list(book[sheet].iter_rows(values_only=True))
        assert rows[0][-1] == "Round", sheet
        assert rows[1:] and {r[-1] for r in rows[1:]} == {number}, sheet
    votes = list(book["votes"].iter_rows(values_only=True))
    heads = list(votes[0])
    rounds_by_target = {(r[heads.index("Driver, threat or activity")], r[-1]) for r in votes[1:]}
    assert heads[-1] == "Round"
    assert rounds_by_target == {("Poaching", 2), ("Roads", 2), ("1.1.1", 1)}

    export_document(voted, "tables", tmp_path / "t.csv")
    paths = csv_paths(tmp_path / "t.csv")
    with open(paths["threats"], encoding="utf-8-sig", newline="") as handle:
        threats = list(csv.DictReader(handle))
    assert {(r["item"], r["importance"], r["round"]) for r in threats} == {
        ("Poaching", "2.5", "2"),
        ("Roads", "2.0", "2"),
    }
    with open(paths["votes"], encoding="utf-8-sig", newline="") as handle:
        assert {r["round"] for r in csv.DictReader(handle)} == {"1", "2"}


def test_a_kept_round_from_the_command_line_names_itself_and_lists_its_own_votes(
    voted, tmp_path, capsys
):
    import csv

    from facilitator.cli.commands import main

    _round_two_on_poaching(voted)
    path = tmp_path / "w.zopp"
    voted.conn.execute(f"VACUUM INTO '{path}'")
    for name in ("threats", "votes"):
        out = tmp_path / f"{name}-1.csv"
        assert main(["table", str(path), name, "--round", "1", "-o", str(out)]) == 0
    with open(tmp_path / "threats-1.csv", encoding="utf-8-sig", newline="") as handle:
        threats = {r["item"]: (r["importance"], r["round"]) for r in csv.DictReader(handle)}
    assert threats == {"Poaching": ("2.0", "1"), "Roads": ("2.0", "1")}
    with open(tmp_path / "votes-1.csv", encoding="utf-8-sig", newline="") as handle:
        votes = [
            (r["participant"], r["target"], r["vote"], r["round"]) for r in csv.DictReader(handle)
        ]
    assert sorted(votes) == [
        ("Ani", "Poaching", "1", "1"),
        ("Ani", "Roads", "2", "1"),
        ("Gor", "Poaching", "3", "1"),
        ("Gor", "Roads", "2", "1"),
    ]
    capsys.readouterr()
    assert main(["table", str(path), "threats", "--format", "md"]) == 0
    assert "round" not in capsys.readouterr().out  # a table on screen: the figures only


def test_the_grid_of_a_later_round_lists_only_the_items_it_was_opened_on(voted):
    from facilitator.voting import state

    _round_two_on_poaching(voted)
    assert [t.label for t in state.targets(voted, "threat_ranking")] == ["Poaching"]
    assert [t.label for t in state.targets(voted, "prioritisation")] == []


def test_progress_in_a_later_round_counts_only_the_items_it_asks_about(voted):
    from facilitator.voting import state

    _round_two_on_poaching(voted)
    rows = {r.participant.name: (r.done, r.total) for r in state.progress(voted, "threat_ranking")}
    # Roads keeps its round-1 votes, but round 2 asks only about Poaching's two criteria.
    assert rows == {"Ani": (1, 2), "Gor": (1, 2)}


def test_a_later_round_refuses_votes_on_the_items_it_does_not_ask_about(voted, tmp_path):
    from facilitator.errors import ImportProblems
    from facilitator.importing import import_file

    _round_two_on_poaching(voted)
    with pytest.raises(EditError, match="^This round of the threat ranking does not ask about"):
        vote(voted, voted.ids["ani"], "AM", voted.ids["roads"], 3)
    path = tmp_path / "votes.csv"
    path.write_text(
        "participant,scope,item,criterion,value\nAni,AM,Poaching,importance,1\n"
        "Ani,AM,Roads,importance,3\n",
        encoding="utf-8",
    )
    before = voted.rows("SELECT * FROM votes ORDER BY target_id, participant_id")
    with pytest.raises((EditError, ImportProblems), match="does not ask about that item"):
        import_file(voted, path)
    assert voted.rows("SELECT * FROM votes ORDER BY target_id, participant_id") == before
    assert importance(voted, "Roads") == "2.0"


def test_the_comparison_shows_each_rounds_figure_as_its_results_do(store):
    """Armenia votes 3 and 1 (its figure 2), Georgia 3: the range-wide figure is the mean of the
    countries' figures, 2.5 — not the plain mean of the three votes, 2.3. The comparison shows
    round 1 as round 1's Table 3.1 does."""
    add_country(store, "AM", "Caucasus")
    add_country(store, "GE", "Caucasus")
    poaching = add_item(store, "Poaching")
    ani, gor = add_voter(store, "Ani", "AM"), add_voter(store, "Gor", "AM")
    nino = add_voter(store, "Nino", "GE")
    for pid, country, value in ((ani, "AM", 3), (gor, "AM", 1), (nino, "GE", 3)):
        vote(store, pid, country, poaching, value)
    store.apply(closing.close_vote("threat_ranking"))
    store.apply(rounds.open_round("threat_ranking"))
    for pid, country, value in ((ani, "AM", 2), (gor, "AM", 2), (nino, "GE", 3)):
        vote(store, pid, country, poaching, value)
    assert importance(store, "Poaching", item_round=1) == "2.5"
    assert importance(store, "Poaching") == "2.5"  # AM 2, GE 3
    table = tables.rounds(store)
    row = table[(table["target"] == "Poaching") & (table["criterion"] == "importance")].iloc[0]
    assert list(row[3:]) == ["2.5", "2", "3", "2.5", "1", "3"]
