"""Programme at scale: many session files read read-only into one overview of activities ×
countries (latest status and priority) and threat figures per meeting."""

from __future__ import annotations

import shutil

import openpyxl

from facilitator.cli.commands import main
from facilitator.monitoring import reviews as mon
from facilitator.plan import model
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_ops
from facilitator.voting.edits import VoteKey


def test_programme_overview_of_several_meetings(sample_path, tmp_path, capsys):
    later = tmp_path / "later.zopp"
    shutil.copy(sample_path, later)
    with SessionStore.open(later, backup=False) as store:
        store.conn.execute("UPDATE meta SET value = '2024-05-01T09:00:00' WHERE key = 'created'")
        store.conn.execute("UPDATE meta SET value = 'Second meeting' WHERE key = 'title'")
        activity = model.activities(store)[0]
        review_id = mon.latest_review_id(store)
        store.apply(
            mon.add_action(
                review_id,
                "activity",
                activity.id,
                countries="Georgia",
                action="Patrols",
                status="done",
            )
        )
        rows = store.rows(
            "SELECT participant_id, scope_kind, scope, target_kind, target_id, criterion, region "
            "FROM votes "
            "WHERE target_kind = 'activity' AND target_id = ? AND scope = 'AM'",
            (activity.id,),
        )
        store.apply(vote_ops.set_votes("change", [(VoteKey(**r), 1) for r in rows]))
        threat = model.items(store, "threat")[0]
        n_activities = len(model.activities(store))
    bad = tmp_path / "broken.zopp"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = {p: p.read_bytes() for p in (sample_path, later)}
    out = tmp_path / "programme.xlsx"
    code = main(["programme", str(later), str(sample_path), str(bad), "-o", str(out)])
    assert code == 1  # one file was left out, and named
    assert "Left out: " in capsys.readouterr().err
    assert {p: p.read_bytes() for p in (sample_path, later)} == before  # read only
    book = openpyxl.load_workbook(out)
    acts = book["Activities"]
    header = [c.value for c in acts[1]]
    row = [c.value for c in acts[2]]
    assert row[0] == activity.number
    assert row[header.index("Georgia (GE)")].startswith("done; priority ")
    assert row[header.index("Armenia (AM)")] == "priority 1.00"
    threats = book["Threats"]
    assert [c.value for c in threats[1]][2:] == [
        "Range-wide Strategy for the Conservation of the Persian Leopard",
        "Second meeting",
    ]
    labels = [threats.cell(r, 2).value for r in range(2, threats.max_row + 1)]
    assert threat.label in labels
    assert acts.max_row - 1 == n_activities
