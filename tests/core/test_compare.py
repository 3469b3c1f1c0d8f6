"""Then versus now: the sample against a copy with changed votes lists exactly the changed
figures; files from elsewhere match by label and the unmatched are listed; the comparison
prints from the command line and reads back from its PDF and XLSX."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from fractions import Fraction

import openpyxl
import pytest

from facilitator.cli.commands import main
from facilitator.compare.figures import compare_sessions
from facilitator.plan import model
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_ops
from facilitator.voting import scoring
from facilitator.voting.edits import VoteKey
from facilitator.voting.score_text import round_half_up


def _set_all(store, where, params, value):
    rows = store.rows(
        "SELECT participant_id, scope_kind, scope, target_kind, target_id, criterion, region "
        f"FROM votes WHERE {where}",
        params,
    )
    assert rows
    store.apply(vote_ops.set_votes("change votes", [(VoteKey(**r), value) for r in rows]))


@pytest.fixture
def changed_copy(sample_path, tmp_path):
    """The sample, and a copy where the Caucasus group rated the top threat's importance 0
    and Armenia's voters gave activity 1.1.1 a low priority."""
    copy = tmp_path / "later.zopp"
    shutil.copy(sample_path, copy)
    with SessionStore.open(copy, backup=False) as store:
        threat = next(i for i in model.items(store, "threat"))
        activity = model.activities(store)[0]
        _set_all(
            store,
            "target_kind = 'item' AND target_id = ? AND criterion = 'importance' "
            "AND scope_kind = 'region' AND scope = 'Caucasus'",
            (threat.id,),
            0,
        )
        _set_all(
            store,
            "target_kind = 'activity' AND target_id = ? AND scope = 'AM'",
            (activity.id,),
            1,
        )
    return sample_path, copy, threat, activity


def _mean(values):
    values = [Fraction(v).limit_denominator(1000) for v in values]
    return float(sum(values, Fraction(0)) / len(values))


def test_compare_lists_exactly_the_changed_figures(changed_copy):
    old_path, new_path, threat, activity = changed_copy
    with SessionStore.open(old_path, backup=False) as old:
        regions = scoring.region_scores(old)
        mine = regions[(regions.target_id == threat.id) & (regions.criterion == "importance")]
        before = {r.region: r.score for r in mine.itertuples() if r.state == "number"}
        prio = scoring.priority_scores(old)
        countries = {r.country: r.score for r in prio[prio.target_id == activity.id].itertuples()}
        with SessionStore.open(new_path, backup=False) as new:
            comparison = compare_sessions(old, new)
    overall_then = round_half_up(_mean(before.values()), 1)
    overall_now = round_half_up(_mean({**before, "Caucasus": 0}.values()), 1)
    priority_then = round_half_up(_mean(countries.values()), 2)
    priority_now = round_half_up(_mean({**countries, "AM": 1}.values()), 2)
    label = f"{activity.number} {activity.text}"
    expected = {
        ("threats", threat.label, "importance", "overall", "", overall_then, overall_now),
        (
            "threats",
            threat.label,
            "importance",
            "region",
            "Caucasus",
            round_half_up(before["Caucasus"], 1),
            0.0,
        ),
        ("priorities", label, "priority", "country", "AM", round_half_up(countries["AM"], 2), 1.0),
        ("priorities", label, "priority", "overall", "", priority_then, priority_now),
    }
    got = {
        (f.section, f.item, f.criterion, f.level, f.scope, f.old, f.new)
        for f in comparison.changed()
    }
    assert got == expected
    assert comparison.matched_by_label == 0
    assert comparison.only_old == comparison.only_new == []
    assert len(comparison.figures) > 1000


def test_files_from_elsewhere_match_by_label_and_list_the_rest(sample_path, tmp_path):
    other = tmp_path / "elsewhere.zopp"
    shutil.copy(sample_path, other)
    with SessionStore.open(other, backup=False) as store:
        for table in ("items", "activities"):
            for (rid,) in store.conn.execute(f"SELECT id FROM {table}").fetchall():
                store.conn.execute(
                    f"UPDATE {table} SET uuid = ? WHERE id = ?", (str(uuid.uuid4()), rid)
                )
        threat = model.items(store, "threat")[0]
        store.conn.execute(
            "UPDATE items SET label = 'A threat nobody had before' WHERE id = ?", (threat.id,)
        )
        store.conn.execute("UPDATE items SET label = upper(label) WHERE id != ?", (threat.id,))
    with (
        SessionStore.open(sample_path, backup=False) as old,
        SessionStore.open(other, backup=False) as new,
    ):
        comparison = compare_sessions(old, new)
        n_things = len([i for i in model.items(old) if i.kind != "constraint"]) + len(
            model.activities(old)
        )
    assert comparison.matched_by_uuid == 0
    assert comparison.matched_by_label == n_things - 1
    assert comparison.only_old == [threat.label]
    assert comparison.only_new == ["A threat nobody had before"]
    assert comparison.changed() == []


def test_compare_command_prints_and_writes_pdf_and_xlsx(changed_copy, tmp_path, capsys):
    old_path, new_path, threat, _ = changed_copy
    assert main(["compare", str(old_path), str(new_path), "-o", str(tmp_path / "c.xlsx")]) == 0
    out = capsys.readouterr().out
    rows = [line.split("\t") for line in out.splitlines() if "\t" in line]
    assert len(rows) == 4
    assert ["Threats", threat.label, "importance", "Region", "Caucasus"] == rows[1][:5]
    book = openpyxl.load_workbook(tmp_path / "c.xlsx")
    changed = list(book["Changed"].iter_rows(min_row=2, values_only=True))
    assert len(changed) == 4 and changed[1][4] == "Caucasus" and changed[1][6] == 0
    assert book["All figures"].max_row > 1000
    assert main(["compare", str(old_path), str(new_path), "-o", str(tmp_path / "c.pdf")]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "c.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Then versus now" in text and "Caucasus" in text and "4 of" in text


def test_compare_refuses_a_file_that_is_not_a_session(sample_path, tmp_path, capsys):
    bad = tmp_path / "notes.zopp"
    bad.write_text("hello")
    assert main(["compare", str(sample_path), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "not a ZOPP session file" in err and len(err.strip().splitlines()) == 1
