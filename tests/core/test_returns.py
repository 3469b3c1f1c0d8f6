"""Country monitoring returns: one workbook per country out, filled in by the focal point, many
read back at once with every problem cell named, imported as one undoable step; a re-sent
workbook replaces that country's earlier rows."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from facilitator.ballots.returns import read_returns
from facilitator.ballots.returns_workbook import HEADER_ROW, export_returns
from facilitator.cli.commands import main
from facilitator.errors import EditError
from facilitator.monitoring.reviews import latest_review_id
from facilitator.plan import model

FIRST = HEADER_ROW + 1
COL = {
    "action": 4,
    "period": 5,
    "by": 6,
    "budget": 7,
    "funder": 8,
    "status": 9,
    "rec": 10,
    "prio": 11,
}


@pytest.fixture
def returns(sample, tmp_path):
    folder = tmp_path / "returns"
    folder.mkdir()
    review_id = latest_review_id(sample)
    paths = export_returns(sample, review_id, folder)
    return review_id, {p.name.split("-")[1]: p for p in paths}


def fill(path: Path, rows: dict[int, dict[str, str]]) -> Path:
    """Type into the workbook as a focal point would (row offset → column → text)."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Actions"]
    for offset, values in rows.items():
        for name, value in values.items():
            cell = ws.cell(FIRST + offset, COL[name])
            cell.value = value
            cell.data_type = "s"  # typed text, as a spreadsheet keeps it
    wb.save(path)
    return path


def test_one_workbook_per_country_with_every_activity_and_lists(sample, returns):
    _, paths = returns
    assert sorted(paths) == sorted(c.code for c in model.countries(sample))
    wb = openpyxl.load_workbook(paths["GE"])
    ws = wb["Actions"]
    numbers = [ws.cell(r, 2).value for r in range(FIRST, ws.max_row + 1) if ws.cell(r, 2).value]
    assert numbers == [a.number for a in model.activities(sample)]
    assert ws.column_dimensions["A"].hidden
    assert wb["About"].sheet_state == "hidden"
    lists = {
        str(dv.sqref).split(":")[0][0]: dv.formula1 for dv in ws.data_validations.dataValidation
    }
    assert lists["I"] == '"not started,ongoing,done,not implemented"'
    assert "High" in lists["K"]
    assert "Georgia" in ws.cell(1, 2).value


def test_returns_import_as_one_step_and_undo(sample, returns):
    review_id, paths = returns
    first, second = model.activities(sample)[:2]
    fill(
        paths["GE"],
        {
            0: {
                "action": "=Camera traps in Tusheti",
                "period": "2023",
                "by": "Ministry",
                "status": "Done",
                "rec": "Extend to Vashlovani",
            },
            1: {"action": "Prey survey", "status": "ongoing", "prio": "High"},
        },
    )
    fill(paths["AM"], {0: {"action": "Ranger training", "status": "done"}})
    preview = read_returns(sample, list(paths.values()))
    assert preview.problems == []
    summary = preview.summary(sample)
    assert any(line.startswith("Georgia") and "2 action(s) replace 0" in line for line in summary)
    sample.apply(preview.edit())
    rows = sample.rows(
        "SELECT activity_id, countries, action, status FROM monitoring_actions "
        "WHERE review_id = ? AND activity_kind = 'activity' ORDER BY id",
        (review_id,),
    )
    assert sorted(rows, key=lambda r: (r["countries"], r["activity_id"])) == [
        {
            "activity_id": first.id,
            "countries": "Armenia",
            "action": "Ranger training",
            "status": "done",
        },
        {
            "activity_id": first.id,
            "countries": "Georgia",
            "action": "=Camera traps in Tusheti",
            "status": "done",
        },
        {
            "activity_id": second.id,
            "countries": "Georgia",
            "action": "Prey survey",
            "status": "ongoing",
        },
    ]
    rec = sample.rows(
        "SELECT text, proposed_priority FROM recommendations WHERE activity_id = ? AND activity_kind = 'activity'",
        (first.id,),
    )
    assert rec == [{"text": "[GE] Extend to Vashlovani", "proposed_priority": ""}]
    resent = export_returns(sample, review_id, paths["GE"].parent.parent, ["GE"])[0]
    cell = openpyxl.load_workbook(resent)["Actions"].cell(FIRST, COL["action"])
    assert (cell.value, cell.data_type) == ("=Camera traps in Tusheti", "s")  # text, not a formula
    sample.undo()
    assert (
        sample.scalar("SELECT COUNT(*) FROM monitoring_actions WHERE activity_kind = 'activity'")
        == 0
    )
    assert (
        sample.scalar("SELECT COUNT(*) FROM recommendations WHERE activity_kind = 'activity'") == 0
    )


def test_a_bad_cell_is_named_and_nothing_is_imported(sample, returns):
    _, paths = returns
    fill(paths["GE"], {0: {"action": "Patrols", "status": "finished"}, 3: {"period": "2022"}})
    fill(paths["AM"], {0: {"action": "Ranger training"}})
    preview = read_returns(sample, [paths["GE"], paths["AM"]])
    messages = [str(p) for p in preview.problems]
    assert messages == [
        (
            f"{paths['GE'].name}, sheet Actions, line {FIRST}, column I: 'finished' is not a status; "
            "use not started, ongoing, done, not implemented."
        ),
        (
            f"{paths['GE'].name}, sheet Actions, line {FIRST + 3}, column D: "
            "the row has details but does not say what action was taken."
        ),
    ]
    with pytest.raises(EditError, match="2 problem"):
        sample.apply(preview.edit())
    assert (
        sample.scalar("SELECT COUNT(*) FROM monitoring_actions WHERE activity_kind = 'activity'")
        == 0
    )
    sample.apply(preview.edit(skip_problem_rows=True))
    assert [
        r["countries"]
        for r in sample.rows(
            "SELECT countries FROM monitoring_actions WHERE activity_kind = 'activity'"
        )
    ] == ["Armenia"]


def test_a_resent_workbook_replaces_the_countrys_rows(sample, returns, tmp_path):
    review_id, paths = returns
    fill(paths["GE"], {0: {"action": "Patrols", "rec": "More rangers"}, 1: {"action": "Survey"}})
    sample.apply(read_returns(sample, [paths["GE"]]).edit())
    again = export_returns(sample, review_id, tmp_path, ["GE"])[0]
    ws = openpyxl.load_workbook(again)["Actions"]
    assert ws.cell(FIRST, 4).value == "Patrols" and ws.cell(FIRST, 10).value == "More rangers"
    wb = openpyxl.load_workbook(again)
    wb["Actions"].cell(FIRST, 4).value = "Patrols, doubled"
    wb["Actions"].cell(FIRST, 10).value = None
    wb["Actions"].delete_rows(FIRST + 1)
    wb.save(again)
    sample.apply(read_returns(sample, [again]).edit())
    rows = sample.rows(
        "SELECT action FROM monitoring_actions WHERE activity_kind = 'activity' AND countries = 'Georgia'"
    )
    assert rows == [{"action": "Patrols, doubled"}]
    assert (
        sample.scalar("SELECT COUNT(*) FROM recommendations WHERE activity_kind = 'activity'") == 0
    )


def test_foreign_files_and_a_second_return_for_one_country_are_refused(sample, returns, tmp_path):
    _, paths = returns
    stray = tmp_path / "notes.xlsx"
    stray.write_text("just text")
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    copy = tmp_path / "GE-again.xlsx"
    copy.write_bytes(paths["GE"].read_bytes())
    preview = read_returns(sample, [stray, plain, paths["GE"], copy])
    assert [p.message for p in preview.problems] == [
        "this is not an Excel workbook (.xlsx); save the return as .xlsx.",
        "this is not a country return workbook of this app (it has no About sheet).",
        f"a second return for GE (the first is {paths['GE'].name}); send one per country.",
    ]


def test_the_commands_write_and_import_returns(sample_path, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["returns", str(sample_path), "-o", str(folder), "--country", "GE"]) == 0
    [path] = folder.iterdir()
    fill(path, {0: {"action": "Patrols", "status": "sometimes"}})
    capsys.readouterr()
    assert main(["import-returns", str(sample_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert f"line {FIRST}, column I: 'sometimes' is not a status" in err
    assert "Nothing was imported" in err
