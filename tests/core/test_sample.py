"""The sample workshop: it opens, holds the reference's workshop, and its votes add up to the
published figures (Appendix III and IV of the Persian Leopard background document).

Expected figures are read from the project's data files (``facilitator/data``), which carry
the published tables; nothing here is typed in by hand.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from fractions import Fraction
from pathlib import Path

import pytest

from facilitator.plan import model
from facilitator.sample import build as sample
from facilitator.sample import source as sample_data
from facilitator.sample.source import read_data
from facilitator.sample.votes import figure, group_scores, is_number, printed, split_mean
from facilitator.session.store import SessionStore
from facilitator.voting import tables
from facilitator.voting.results import Results
from facilitator.voting.scoring import Scores

SAMPLE = Path(__file__).resolve().parents[2] / "sample_sessions" / "persian-leopard-2022.zopp"


def published_cells() -> dict[tuple[str, str], dict[str, dict[str, str]]]:
    """Appendix III as {(item, criterion): {'overall'|'region'|'country': {key: value}}}."""
    cells: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
    for r in read_data("threat_ranking.csv"):
        cell = cells.setdefault(
            (r["item"], r["criterion"]), {"overall": {}, "region": {}, "country": {}}
        )
        key = {
            "overall": "",
            "region": r["region"],
            "country": f"{r['region']}/{r['country']}",
        }[r["level"]]
        cell[r["level"]][key] = r["value"].strip()
    return cells


def agrees_with_own_rows(cell: dict[str, dict[str, str]]) -> bool:
    """True when the published overall is the mean of the published region figures."""
    numbers = [figure(v) for v in cell["region"].values() if is_number(v)]
    return printed(sum(numbers, Fraction(0)) / len(numbers)) == figure(cell["overall"][""])


def as_printed(value: str, places: int) -> str:
    return f"{float(figure(value)):.{places}f}"


# -- what the sample holds ------------------------------------------------------------------


def test_sample_holds_the_twelve_range_states_in_four_regions(sample):
    countries = read_data("countries.csv")
    assert [c.code for c in model.countries(sample)] == [r["code"] for r in countries]
    regions = {r.name: r for r in model.regions(sample)}
    assert [(r.name, r.abbreviation) for r in model.regions(sample)] == [
        (r["name"], r["abbreviation"]) for r in read_data("regions.csv")
    ]
    for r in countries:
        for region in r["regions"].split(";"):
            assert r["code"] in regions[region].countries
    in_regions = {c.code: len(c.regions) for c in model.countries(sample)}
    assert in_regions["IR"] == 3 and in_regions["TR"] == 2


def test_sample_holds_the_89_activities_in_their_numbered_order(sample):
    published = read_data("activity_priorities.csv")
    activities = model.activities(sample)
    assert len(activities) == len(published) == 89
    assert [a.number for a in activities] == [r["activity"] for r in published]
    assert all(a.timeline and a.actors and a.indicator and a.budget for a in activities)
    by_number = {a.number: a for a in activities}
    assert by_number["1.1.2"].refs == ["1.1.4"]  # "(see Activity 1.1.4)" became a reference
    assert "see Activity" not in by_number["1.1.2"].text
    # "3.4.1 – 3.4.3" and 11.1.2, in numeric order (3 before 11)
    assert by_number["11.2.2"].refs == ["3.4.1", "3.4.2", "3.4.3", "11.1.2"]
    assert not any("¹" in a.text or "\\rightarrow" in a.text for a in activities)


def test_every_participant_name_round_trips_exactly(sample_path):
    expected = [r["name"] for r in read_data("participants.csv")]
    assert all(unicodedata.is_normalized("NFC", n) for n in expected)
    with SessionStore.open(sample_path, backup=False) as store:
        names = [p.name for p in model.participants(store)]
    assert names == expected
    scripts = {"GEORGIAN", "ARMENIAN", "ARABIC", "CYRILLIC", "LATIN"}
    seen = {unicodedata.name(ch).split()[0] for n in names for ch in n if ch.isalpha()}
    assert scripts <= seen
    assert any("\u200c" in n for n in names)  # a Persian name with a zero-width non-joiner
    assert any(ch in n for n in names for ch in "ğşıİ")


def test_sample_has_the_meeting_details_texts_and_problem_tree(sample):
    meta = sample.meta()
    details = {r["key"]: r["value"] for r in read_data("session.csv")}
    for key in model.META_KEYS:
        assert meta[key] == details[key]
    assert model.adopted_text(sample, "vision") == details["vision"]
    assert model.adopted_text(sample, "goal") == details["goal"]
    kinds = [i.kind for i in model.items(sample)]
    assert (kinds.count("constraint"), kinds.count("driver"), kinds.count("threat")) == (5, 15, 11)
    emerging = {i.label for i in model.items(sample) if i.status == "emerging"}
    assert emerging == {r["item"] for r in read_data("emerging_items.csv")}
    assert len(model.links(sample)) == len(read_data("problem_tree_links.csv"))
    outline = model.outline(sample)
    assert len(outline) == 12 and len(model.themes(sample)) == 4
    assert all(o.theme and o.item_ids and o.results for o in outline)


# -- the published figures --------------------------------------------------------------------


def test_priorities_reproduce_every_published_country_priority(sample):
    table = tables.priorities(sample)
    published = read_data("activity_priorities.csv")
    codes = [r["code"] for r in read_data("countries.csv")]
    assert list(table["activity"]) == [r["activity"] for r in published]
    cells = [
        (row[c], as_printed(p[c], 2))
        for row, p in zip(table.to_dict("records"), published)
        for c in codes
    ]
    assert len(cells) == 89 * 12
    assert [shown for shown, _ in cells] == [expected for _, expected in cells]


def test_overall_threat_figures_reproduce_the_reference_where_it_agrees_with_itself(sample):
    """The five published overall figures that are not the mean of their own row's region
    figures: Weak law enforcement (capacity), Border fences (importance), Lack of capacities
    (importance), Key wild prey depletion (capacity), Retaliatory killing in response to
    attacks on humans (importance)."""
    cells = published_cells()
    consistent = {key for key, cell in cells.items() if agrees_with_own_rows(cell)}
    assert (len(cells), len(consistent)) == (52, 47)
    table = tables.threats_by_region(sample)
    overall = {(r["item"], r["criterion"]): r["overall"] for r in table.to_dict("records")}
    assert set(overall) == set(cells)
    shown = {key: overall[key] for key in consistent}
    assert shown == {key: as_printed(cells[key]["overall"][""], 1) for key in consistent}


def test_region_figures_print_as_published(sample):
    """Every region cell starts with its published figure, '-' or 'Not filled in'.

    Iran's delegates scored in each region's working group: a working group that filled
    nothing in stays 'Not filled in' even where Iran voted for that cell in another region."""
    table = {
        (r["item"], r["criterion"]): r for r in tables.threats_by_region(sample).to_dict("records")
    }
    checked = 0
    for key, cell in published_cells().items():
        for region, value in cell["region"].items():
            expected = as_printed(value, 1) if is_number(value) else (value or "Not filled in")
            assert table[key][region].startswith(expected), (key, region)
            checked += 1
    assert checked == 52 * 4


def published_brackets(show_equal: bool) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """Appendix III's brackets per (item, criterion, region), equal figures only if asked."""
    out: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    regions = {}
    for r in read_data("threat_ranking.csv"):
        if r["level"] == "region":
            regions[(r["item"], r["criterion"], r["region"])] = r["value"].strip()
    for r in read_data("threat_ranking.csv"):
        if r["level"] != "country":
            continue
        key, value = (r["item"], r["criterion"], r["region"]), r["value"].strip()
        region = regions.get(key, "")
        equal = is_number(value) and is_number(region) and figure(value) == figure(region)
        if show_equal or not equal:
            shown = f"{float(figure(value)):g}" if is_number(value) else value or "Not filled in"
            out.setdefault(key, []).append((r["country"], shown))
    return out


@pytest.mark.parametrize("show_equal", [False, True])
def test_by_region_brackets_are_appendix_iii_brackets(sample, show_equal):
    """Each region cell's brackets name the countries Appendix III names, with their figures,
    in the order the region lists them; equal figures only with the setting. No cell differs:
    Iran's votes are recorded per working group, as its delegates gave them."""
    results = Results(sample, Scores(sample, show_equal=show_equal))
    expected = published_brackets(show_equal)
    differ = []
    for row in results.by_region.rows:
        for (criterion, column), cell in row.cells.items():
            if column == "overall":
                continue
            key = (row.label, criterion, column)
            shown = re.findall(r"\((\w+) ([^)]+)\)", cell.brackets)
            members = {
                c: n
                for n, c in enumerate(results.scores.members.query("region == @column")["country"])
            }
            want = sorted(expected.get(key, []), key=lambda pair: members.get(pair[0], 99))
            if shown != want:
                differ.append((key, cell.text, want))
    assert differ == []
    assert sum(1 for k in expected if k[2] != "Eastern Range") > 10


# -- how it is built -------------------------------------------------------------------------


def test_every_vote_is_in_the_history(sample):
    votes = sample.scalar("SELECT COUNT(*) FROM votes")
    recorded = sample.scalar(
        "SELECT COUNT(DISTINCT key) FROM history_changes WHERE tbl = 'votes' AND before IS NULL"
    )
    assert votes > 4000 and recorded == votes
    assert sample.scalar("SELECT COUNT(*) FROM history WHERE label LIKE 'rank threats%'") > 10


def test_the_committed_sample_is_what_the_builder_makes(tmp_path):
    built = sample.build(tmp_path / "again.zopp")
    assert dump(built) == dump(SAMPLE), "the sample is out of date: run `make sample`"


def dump(path: Path) -> list[str]:
    """The whole content of a session file as SQL, read without writing to it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_building_reports_a_bad_target_in_one_sentence(tmp_path, capsys):
    assert sample.main([str(tmp_path / "missing" / "x.zopp")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("The sample workshop could not be built:") and "Traceback" not in err
    assert sample.main([]) == 2


@pytest.mark.parametrize(
    "value,size,low", [("2.3", 5, 0), ("1.75", 4, 1), ("2.8", 5, 1), ("1.6", 5, 1)]
)
def test_group_scores_print_as_the_figure_and_stay_on_the_scale(value, size, low):
    scores = group_scores(figure(value), size, low, 3, seed=value)
    assert all(low <= s <= 3 and s == int(s) for s in scores)
    assert printed(
        Fraction(sum(map(int, scores)), len(scores)), 2 if len(value) > 3 else 1
    ) == figure(value)


def test_exact_group_scores_fall_back_to_one_decimal_vote():
    assert split_mean(figure("1.7"), 5, 1, 3, "x") is None
    assert group_scores(figure("1.7"), 5, 1, 3, "x", exact=True) == [1.7]


def test_malformed_data_is_refused_in_one_sentence_and_writes_nothing(
    tmp_path, monkeypatch, capsys
):
    data = tmp_path / "data"
    data.mkdir()
    for name in sample_data.DATA_COLUMNS:
        (data / name).write_text(
            sample_data.resources.files("facilitator.sample.data")
            .joinpath(name)
            .read_text(encoding="utf-8"),
            encoding="utf-8",
        )
    with (data / "participants.csv").open("a", encoding="utf-8") as handle:
        handle.write("Nameless voter,with,too,many,cells,here,and,more\n")
    monkeypatch.setattr(sample_data.resources, "files", lambda package: data)
    out = tmp_path / "broken.zopp"
    assert sample.main([str(out)]) == 1
    err = capsys.readouterr().err
    assert "participants.csv, line 50, has the wrong number of cells" in err
    assert "Traceback" not in err and not out.exists()
