"""The one results layer: every view prints the same text for the same figure."""

from __future__ import annotations

import openpyxl
from session_builders import add_activity, add_country, add_item, cast

from facilitator.documents import spreadsheet
from facilitator.documents.pdftext import styles
from facilitator.documents.tables_pdf import ScoreTables
from facilitator.status.chain_checks import chain_warnings, importance_ranking
from facilitator.voting import tables
from facilitator.voting.results import Results


def _half_way(store):
    """An importance whose exact mean is 2.25: printed 2.3 (half up), never 2.2."""
    add_country(store, "AM", "Caucasus")
    threat = add_item(store, "Habitat loss")
    cast(store, "AM", threat, [2, 2, 2, 3])
    return threat


def test_a_half_way_figure_reads_the_same_in_every_view(store, tmp_path):
    threat = _half_way(store)
    results = Results(store)
    cell = results.threat_ranking[0].cells["importance"]
    assert (cell.text, cell.value, cell.exact, cell.state) == ("2.3", 2.3, 2.25, "number")
    assert cell.key == ("overall", threat, "importance")
    assert tables.threats(store).iloc[0]["importance"] == "2.3"
    by_region = tables.threats_by_region(store).iloc[0]
    assert (by_region["overall"], by_region["Caucasus"]) == ("2.3", "2.3")
    assert tables.threats_by_country(store).iloc[0]["AM"] == "2.3"
    # the outline's "addresses" list and the chain check take the same text
    assert importance_ranking(store) == [(threat, 2.25, "2.3")]
    assert any("(2.3)" in w for w in chain_warnings(store))
    # the spreadsheet stores the printed figure as a number with one decimal
    out = tmp_path / "tables.xlsx"
    spreadsheet.write_xlsx(store, out)
    sheet = openpyxl.load_workbook(out)["threats"]
    assert sheet["C2"].value == 2.3 and sheet["C2"].number_format == "0.0"
    # the PDF's table draws the same cell
    pdf = ScoreTables(store, styles(9))
    assert pdf.ranked("threat")[0].cells["importance"] == cell


def test_cells_say_why_a_figure_is_missing(store):
    add_country(store, "AM")
    add_country(store, "TR")
    threat = add_item(store, "Poaching")
    cast(store, "AM", threat, ["-"])
    cast(store, "TR", threat, [None])
    row = Results(store).by_country.rows_by_id[threat]
    am, tr = row.cells[("importance", "AM")], row.cells[("importance", "TR")]
    assert (am.text, am.state, am.value) == ("-", "unknown", None)
    assert (tr.text, tr.state, tr.value) == ("Not filled in", "empty", None)
    assert not am.plain_number


def test_votes_behind_a_figure_name_each_voter_and_sum_them_up(store):
    add_country(store, "AM", "Caucasus")
    add_country(store, "GE", "Caucasus")
    threat = add_item(store, "Poaching")
    cast(store, "AM", threat, [1, 3, "-"])
    cast(store, "GE", threat, [2])
    results = Results(store)
    behind = results.votes_behind("item", ("country", threat, "importance", "AM"))
    assert [line.text for line in behind.lines] == ["1", "3", "-"]
    assert behind.summary == "2 votes (1–3, spread 2), 1 unknown"
    region = results.votes_behind("item", ("region", threat, "importance", "Caucasus"))
    assert len(region.lines) == 4
    activity = add_activity(store, "Train rangers")
    cast(store, "GE", activity, [3, 2], criterion="priority")
    behind = Results(store).votes_behind("activity", ("overall", activity, "priority"))
    assert behind.summary == "2 votes (2–3, spread 1)"
