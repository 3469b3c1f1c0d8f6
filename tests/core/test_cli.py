"""The ``facilitator`` command: what each command prints, writes and exits with."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitator.cli.commands import COMMANDS, main
from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits
from facilitator.voting.edits import VoteKey


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def session(tmp_path: Path) -> Path:
    """A small session on disk: two countries, a region, two voters, a driver, a threat, a link, an activity."""
    path = tmp_path / "workshop.zopp"
    with SessionStore.create(path, title="Leopard workshop") as store:
        store.apply(ops.add_country("AM", "Armenia"))
        store.apply(ops.add_country("GE", "Georgia"))
        store.apply(ops.add_region("Caucasus", "C", ["AM", "GE"]))
        store.apply(ops.add_participant("Armine Hakobyan", "Ministry", "AM"))
        store.apply(ops.add_participant('=HYPERLINK("x")', "Formula Ltd", "GE"))
        store.apply(ops.add_item("driver", "Poaching of prey"))
        store.apply(ops.add_item("threat", "Killing of leopards"))
        store.apply(ops.add_link(1, 2))
        store.apply(ops.add_objective("Protect habitat"))
        store.apply(ops.add_result(1, "Areas known", "Map"))
        store.apply(ops.add_activity(1, "Review data", actors="Experts", indicator="Report"))
    return path


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- new and info -----------------------------------------------------------------------


def test_new_creates_a_session_that_opens(capsys, tmp_path):
    path = tmp_path / "fresh.zopp"
    code, out, _ = run(capsys, "new", path, "--title", "Tbilisi 2024")
    assert code == 0 and "Created" in out
    with SessionStore.open(path, backup=False) as store:
        assert store.meta()["title"] == "Tbilisi 2024"


def test_new_adds_the_extension_the_app_lists(capsys, tmp_path):
    code, out, _ = run(capsys, "new", tmp_path / "tbilisi-2024")
    assert (code, out) == (0, f"Created {tmp_path / 'tbilisi-2024.zopp'}.\n")
    assert [p.name for p in tmp_path.iterdir()] == ["tbilisi-2024.zopp"]


def test_new_in_a_read_only_folder_is_one_sentence(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o555)
    try:
        [(code, out, err)] = run_as_ordinary_user(["new", shared / "w.zopp"])
    finally:
        shared.chmod(0o755)
    assert (code, out) == (1, "")
    assert err == f"Cannot create {shared / 'w.zopp'}: the folder {shared} is read-only.\n"
    assert list(shared.iterdir()) == []


def test_new_refuses_to_overwrite(capsys, session):
    code, out, err = run(capsys, "new", session)
    assert code == 1 and out == ""
    assert "already exists" in err and err.count("\n") == 1


def test_info_counts_each_step_and_the_last_change(capsys, session):
    code, out, _ = run(capsys, "info", session)
    assert code == 0
    assert out.startswith("Title: Leopard workshop\nFile: ")
    assert "2 countries, 1 region, 2 participants" in out
    assert "0 constraints, 1 driver, 1 threat, 1 link" in out
    assert "1 activity" in out
    assert "Voters: 2 (0 have voted)" in out
    assert "Last change:" in out and "add activity" in out


def test_info_of_the_sample_names_the_meeting(capsys, sample_path):
    code, out, _ = run(capsys, "info", sample_path)
    assert code == 0
    with SessionStore.open(sample_path, backup=False) as store:
        meta = store.meta()
        voters = store.scalar("SELECT COUNT(*) FROM participants WHERE votes > 0")
    assert f"Meeting: {meta['meeting']}" in out and f"Place: {meta['place']}" in out
    assert f"Voters: {voters} (" in out


# -- import -------------------------------------------------------------------------------


def test_import_reports_what_was_added(capsys, session, tmp_path):
    votes = write(
        tmp_path,
        "votes.csv",
        "participant;scope;item;criterion;value\n"
        "Armine Hakobyan;am;Poaching of prey;importance;2\n"
        "Ruben Grigoryan;ARM;1.1.1;priority;3\n",
    )
    code, out, err = run(capsys, "import", session, votes)
    assert (code, err) == (0, "")
    assert "2 votes added" in out and "New participants: Ruben Grigoryan" in out
    code, out, _ = run(capsys, "import", session, votes)
    assert code == 0 and "nothing new" in out
    with SessionStore.open(session, backup=False) as store:
        assert store.scalar("SELECT COUNT(*) FROM votes") == 2


def test_import_dry_run_reports_and_changes_nothing(capsys, session, tmp_path):
    votes = write(
        tmp_path,
        "votes.csv",
        "participant,scope,item,criterion,value\n"
        "Armine Hakobyan,AM,Poaching of prey,importance,2\n",
    )
    bad = write(
        tmp_path,
        "bad.csv",
        "participant,scope,item,criterion,value\nNobody,Mars,Poaching of prey,importance,2\n",
    )
    before = session.read_bytes()
    code, out, err = run(capsys, "import", session, votes, bad, "--dry-run")
    assert code == 1
    assert out.startswith("Dry run:") and "1 vote added" in out
    assert "line 2, column scope" in err
    with SessionStore.open(session, backup=False) as store:
        assert store.scalar("SELECT COUNT(*) FROM votes") == 0
    assert session.read_bytes() == before
    assert sorted(p.name for p in session.parent.iterdir()) == sorted(
        ["workshop.zopp", "votes.csv", "bad.csv"]
    )


def test_import_of_a_bad_file_lists_rows_and_changes_nothing(capsys, session, tmp_path):
    bad = write(
        tmp_path,
        "votes.csv",
        "participant,scope,item,criterion,value\n"
        "Armine Hakobyan,AM,Poaching of prey,importance,5\n"
        "Armine Hakobyan,Mars,Poaching of prey,importance,1\n",
    )
    good = write(tmp_path, "countries.csv", "code,name\nTR,Türkiye\n")
    code, out, err = run(capsys, "import", session, bad, good)
    assert code == 1
    assert "countries.csv (countries): 1 country added" in out
    assert "line 2, column value" in err and "line 3, column scope" in err
    assert "Traceback" not in err
    with SessionStore.open(session, backup=False) as store:
        assert store.scalar("SELECT COUNT(*) FROM votes") == 0
        assert [c.code for c in model.countries(store)] == ["AM", "GE", "TR"]


def test_import_of_an_unknown_file_is_one_sentence(capsys, session, tmp_path):
    before = session.read_bytes()
    code, _, err = run(capsys, "import", session, write(tmp_path, "odd.csv", "a,b\n1,2\n"))
    assert code == 1 and err.count("\n") == 1 and "odd.csv" in err
    # Nothing could be imported, so the session was not opened: no backup copy was rolled.
    assert session.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.csv", "workshop.zopp"]


def test_import_into_a_session_that_is_not_there_says_so_first(capsys, tmp_path):
    odd = write(tmp_path, "odd.csv", "a,b\n1,2\n")
    code, out, err = run(capsys, "import", tmp_path / "typo.zopp", odd)
    assert (code, out) == (1, "")
    assert err == f"There is no file at {tmp_path / 'typo.zopp'}.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.csv"]


# -- table ----------------------------------------------------------------------------------


def test_table_csv_to_stdout_guards_formulas(capsys, session):
    code, out, _ = run(capsys, "table", session, "participants")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("name,affiliation,country")
    assert lines[1].startswith("Armine Hakobyan,Ministry,Armenia")
    assert lines[2].startswith('"\'=HYPERLINK(""x"")"')


def test_table_markdown(capsys, session):
    code, out, _ = run(capsys, "table", session, "participants", "--format", "md")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("| name | affiliation | country |")
    assert lines[1].startswith("|---|---|")
    assert "| Armine Hakobyan | Ministry | Armenia |" in lines[2]


def test_table_xlsx_keeps_formula_looking_text_as_text(capsys, session, tmp_path):
    out_path = tmp_path / "people.xlsx"
    code, out, _ = run(capsys, "table", session, "participants", "-o", out_path)
    assert code == 0 and "Wrote" in out
    sheet = load_workbook(out_path).active
    assert sheet.title == "participants"
    assert sheet["A1"].value == "name"
    assert sheet["A3"].value == '=HYPERLINK("x")' and sheet["A3"].data_type == "s"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["nope"], "There is no table 'nope'"),
        (["threats", "--format", "xlsx"], "must be written to a file"),
        (["threats", "-o", "x.pdf"], "Cannot tell the format"),
    ],
)
def test_table_mistakes_are_one_sentence(capsys, session, argv, expected):
    code, out, err = run(capsys, "table", session, *argv)
    assert code == 1 and out == ""
    assert expected in err and err.count("\n") == 1


def test_votes_table_of_the_sample_imports_back_exactly(capsys, sample_path, tmp_path):
    """Every vote of the sample workshop (Persian, Cyrillic names; '-' and 'Not filled in') survives a round trip."""
    query = "SELECT participant_id, scope_kind, scope, target_kind, target_id, criterion, answer, value FROM votes ORDER BY 1, 2, 3, 4, 5, 6"
    exported = tmp_path / "votes.csv"
    assert run(capsys, "table", sample_path, "votes", "-o", exported)[0] == 0
    # A byte order mark first, so that Excel shows the names in their own scripts.
    assert exported.read_bytes().startswith(b"\xef\xbb\xbfparticipant,")
    with SessionStore.open(sample_path, backup=False) as store:
        original = store.rows(query)
    code, out, _ = run(capsys, "import", sample_path, exported)
    assert code == 0 and "nothing new" in out
    conn = sqlite3.connect(sample_path)
    conn.execute("DELETE FROM votes")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "import", sample_path, exported)
    assert code == 0 and f"{len(original)} votes added" in out
    with SessionStore.open(sample_path, backup=False) as store:
        assert store.rows(query) == original


@pytest.mark.parametrize("out_name", ["t.csv", "t.md", "t.xlsx"])
def test_table_into_a_folder_that_does_not_exist(capsys, session, out_name):
    out_path = session / out_name  # "inside" the session file: no such folder
    code, out, err = run(capsys, "table", session, "participants", "-o", out_path)
    assert code == 1 and out == ""
    assert err == f"{session} is a file, not a folder: choose another place to save.\n"
    code, _, err = run(capsys, "table", session, "threats", "-o", session.parent / "no" / out_name)
    assert code == 1
    assert (
        err == f"The folder {session.parent / 'no'} does not exist: choose another place to save.\n"
    )


# -- check --------------------------------------------------------------------------------------


def test_check_a_sound_session(capsys, session):
    code, out, _ = run(capsys, "check", session)
    assert code == 0
    assert "is sound" in out
    assert "Problem:" not in out


def test_check_finds_inconsistencies(capsys, session):
    conn = sqlite3.connect(session)
    conn.executescript("""
        INSERT INTO regions (name, abbreviation, position) VALUES ('Zagros', 'Z', 2);
        INSERT INTO items (id, kind, label, status, position) VALUES (7, 'threat', 'KILLING OF LEOPARDS', 'current', 5);
        INSERT INTO links (cause, effect) VALUES (2, 1);
        INSERT INTO votes (participant_id, scope_kind, scope, target_kind, target_id, criterion, answer, value, at) VALUES (1, 'country', 'AM', 'item', 99, 'importance', 'number', 2, '2024');
        INSERT INTO participants (id, name, affiliation, country, role, votes, position)
            VALUES (9, 'Nomad Expert', '', NULL, 'participant', 1, 9);
        INSERT INTO votes (participant_id, scope_kind, scope, target_kind, target_id, criterion, answer, value, at) VALUES (9, 'country', 'GE', 'item', 1, 'importance', 'number', 1, '2024');
        UPDATE activities SET number = 3;
    """)
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "check", session)
    assert code == 1
    assert "1 vote(s) are for item rows that were removed." in out
    assert "Nomad Expert has no country but voted for GE." in out
    assert "The region Zagros has no countries." in out
    assert "loop: Poaching of prey → Killing of leopards → Poaching of prey" in out
    assert "2 items have the label 'Killing of leopards'" in out
    assert "Activities of result 1.1 are numbered 3 instead of 1 to 1." in out


def test_check_says_where_a_damaged_file_is_damaged(capsys, session):
    conn = sqlite3.connect(session)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_schema WHERE name = 'votes_rollup'"
    ).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with SessionStore.open(session, backup=False) as store:
        store.apply(
            vote_edits.set_votes(
                "ballot",
                [
                    (VoteKey(1, "country", "AM", "item", 1, "importance"), 2),
                    (VoteKey(1, "country", "AM", "item", 2, "capacity"), 3),
                ],
            )
        )
    with open(session, "r+b") as handle:  # wipe the end of the votes index page
        handle.seek(root * page_size - 300)
        handle.write(bytes(300))
    code, out, err = run(capsys, "check", session)
    assert code == 1
    assert "Problem: SQLite integrity check:" in out and "votes_rollup" in out
    assert "*** in database" not in out
    problems = out.count("Problem: ")
    assert problems > 1 and err == (
        f"{session} is damaged ({problems} problems above). "
        "There is no backup copy beside it; a copy saved elsewhere is the way back.\n"
    )
    assert [p.name for p in session.parent.iterdir()] == ["workshop.zopp"]  # no -wal, no -shm
    backup = session.with_name("workshop.bak1.zopp")
    backup.write_bytes(b"an earlier copy")
    code, _, err = run(capsys, "check", session)
    assert code == 1 and "Open its latest backup copy instead: workshop.bak1.zopp (saved " in err


# -- export -----------------------------------------------------------------------------------


def test_export_writes_the_document(capsys, session, tmp_path):
    out_path = tmp_path / "tables.xlsx"
    code, out, err = run(capsys, "export", session, "tables", "-o", out_path)
    assert (code, err) == (0, "")
    assert out_path.exists() and "Wrote" in out
    assert "participants" in load_workbook(out_path).sheetnames


def test_export_unknown_kind(capsys, session, tmp_path):
    code, _, err = run(capsys, "export", session, "poster", "-o", tmp_path / "x.pdf")
    assert code == 1 and "poster" in err and err.count("\n") == 1


def test_export_without_the_documents_module(capsys, session, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "facilitator.documents", None)
    code, _, err = run(capsys, "export", session, "logframe", "-o", tmp_path / "x.pdf")
    assert code == 1 and "not available" in err


def test_ballots_go_out_and_come_back(capsys, sample_path, tmp_path):
    folder = tmp_path / "ballots"
    code, out, _ = run(capsys, "ballots", sample_path, "prioritisation", "-o", folder)
    assert code == 0
    written = sorted(folder.glob("*.xlsx"))
    assert out.strip() == f"Wrote {len(written)} ballot(s) to {folder}." and written
    code, out, err = run(capsys, "import", sample_path, *written[:2])
    assert (code, err) == (0, "")
    assert out.count("(ballot): nothing new") == 2


def test_ballots_for_an_unknown_vote(capsys, session, tmp_path):
    with pytest.raises(SystemExit) as done:
        main(["ballots", str(session), "poll", "-o", str(tmp_path)])
    assert done.value.code == 2
    assert "invalid choice: 'poll'" in capsys.readouterr().err


# -- history ------------------------------------------------------------------------------------


def test_history_and_vote_history(capsys, session):
    with SessionStore.open(session, backup=False) as store:
        store.apply(vote_edits.set_vote(1, "country", "AM", "item", 1, "importance", 2))
        store.apply(vote_edits.set_vote(1, "country", "AM", "item", 1, "importance", "-"))
        store.undo()
    code, out, _ = run(capsys, "history", session)
    assert code == 0
    lines = [line.split("  ", 1)[1] for line in out.splitlines()]
    assert lines[0] == "add country AM (1 row)"
    assert lines[-1] == lines[-2] + " (undo)"  # the second vote, taken back
    code, out, _ = run(capsys, "history", session, "--votes")
    lines = out.splitlines()
    assert [line.split("  ", 1)[1] for line in lines] == [
        "Armine Hakobyan for AM: Poaching of prey, importance: nothing → 2",
        "Armine Hakobyan for AM: Poaching of prey, importance: 2 → -",
        "Armine Hakobyan for AM: Poaching of prey, importance: - → 2 (undo)",
    ]


# -- opening failures ---------------------------------------------------------------------------


def test_opening_failures_are_one_sentence(capsys, tmp_path):
    not_db = write(tmp_path, "notes.zopp", "shopping list\n")
    other = tmp_path / "other.zopp"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    cases = {
        tmp_path / "missing.zopp": "There is no file at",
        not_db: "not a SQLite database",
        other: "another application",
        tmp_path: "is a folder",
    }
    for path, expected in cases.items():
        for command in ("info", "check", "history"):
            code, out, err = run(capsys, command, path)
            assert code == 1 and out == "", (command, path)
            assert expected in err and err.count("\n") == 1, (command, err)
    assert not (tmp_path / "missing.zopp").exists()


def test_a_session_open_in_the_app_can_be_read_but_not_changed(capsys, session, tmp_path):
    countries = write(tmp_path, "countries.csv", "code,name\nTR,Türkiye\n")
    with SessionStore.open(session, backup=False) as app:
        app.apply(ops.add_participant("Late Arrival", "", "GE"))
        code, out, _ = run(capsys, "info", session)
        assert code == 0 and "3 participants" in out
        code, _, err = run(capsys, "import", session, countries)
        assert code == 1 and "already open" in err
        assert [c.code for c in model.countries(app)] == ["AM", "GE"]


RUN_AS_USER = """
import contextlib, io, json, sys
from facilitator.cli.commands import main
results = []
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    results.append([code, out.getvalue(), err.getvalue()])
print(json.dumps(results))
"""


def run_as_ordinary_user(*commands: list[object]) -> list[tuple[int, str, str]]:
    """Run commands in a process without root's power to write anywhere (file modes count)."""
    import json
    import shutil

    prefix: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root, and setpriv is missing to drop root's powers")
        powers = "-dac_override,-dac_read_search"
        prefix = ["setpriv", f"--inh-caps={powers}", f"--bounding-set={powers}"]
    argv = json.dumps([[str(a) for a in command] for command in commands])
    done = subprocess.run(
        [*prefix, sys.executable, "-c", RUN_AS_USER, argv],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return [tuple(result) for result in json.loads(done.stdout)]  # type: ignore[misc]


def test_a_read_only_session_is_read_but_never_changed(session, tmp_path):
    countries = write(tmp_path, "countries.csv", "code,name\nTR,Türkiye\n")
    session.chmod(0o444)
    before = session.read_bytes()
    try:
        (code, out, _), (refused, _, err) = run_as_ordinary_user(
            ["info", session], ["import", session, countries]
        )
    finally:
        session.chmod(0o644)
    assert code == 0 and "Title: Leopard workshop" in out
    assert refused == 1 and err == (
        f"{session} is read-only, so nothing can be changed in it; allow writing to it, "
        "or copy it to a folder of your own, and try again.\n"
    )
    assert session.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["countries.csv", "workshop.zopp"]


def test_a_session_in_a_read_only_folder_is_read_without_a_lock(session, tmp_path):
    countries = write(tmp_path, "countries.csv", "code,name\nTR,Türkiye\n")
    shared = tmp_path / "shared"
    shared.mkdir()
    moved = session.rename(shared / session.name)
    shared.chmod(0o555)
    try:
        results = run_as_ordinary_user(
            ["info", moved], ["table", moved, "participants"], ["import", moved, countries]
        )
    finally:
        shared.chmod(0o755)
    (info, _, info_err), (table, listed, _), (refused, _, err) = results
    assert (info, info_err, table) == (0, "", 0)
    assert "Armine Hakobyan" in listed
    assert refused == 1 and "its folder is read-only" in err and err.count("\n") == 1
    assert [p.name for p in shared.iterdir()] == ["workshop.zopp"]


def test_an_output_that_is_a_folder_or_a_file_is_named(capsys, session, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    for argv, expected in (
        (["table", session, "threats", "-o", folder], f"e.g. {folder / 'threats.csv'}."),
        (["table", session, "priorities", "--format", "xlsx", "-o", folder], "priorities.xlsx."),
        (["export", session, "logframe", "-o", folder], f"e.g. {folder / 'logframe.pdf'}."),
    ):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, "")
        assert err.startswith(f"{folder} is a folder; give the file to write") and err.endswith(
            expected + "\n"
        )
    code, _, err = run(capsys, "ballots", session, "prioritisation", "-o", session)
    assert code == 1
    assert err == f"{session} is a file, not a folder; give a folder to write the ballots into.\n"
    assert list(folder.iterdir()) == []


# -- the program as a user runs it ----------------------------------------------------------------


def test_every_command_has_help_with_an_example(capsys):
    assert set(COMMANDS) == {
        "new",
        "info",
        "import",
        "table",
        "check",
        "export",
        "ballots",
        "history",
        "compare",
        "import-miradi",
        "returns",
        "import-returns",
        "programme",
        "serve",
        "round",
        "review",
    }
    for name in COMMANDS:
        with pytest.raises(SystemExit) as done:
            main([name, "--help"])
        assert done.value.code == 0
        assert "Example:" in capsys.readouterr().out


def test_no_command_shows_usage(capsys):
    code, _, err = run(capsys)
    assert code == 2 and "COMMAND" in err


BROKEN_EXPORT = """
import sys, types
import facilitator.documents as export
export.WRITERS[("logframe", ".pdf")] = "m:broken"
export.import_module = lambda name: types.SimpleNamespace(broken=lambda store, out: 1 / 0)
from facilitator.cli.commands import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_failing_export_is_one_sentence_without_the_logged_traceback(session, tmp_path):
    out = tmp_path / "logframe.pdf"
    argv = ["export", str(session), "logframe", "-o", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", BROKEN_EXPORT, *argv],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "FACILITATOR_DEBUG"},
    )
    assert done.returncode == 1
    assert done.stderr == f"The logframe could not be written to {out}: division by zero.\n"


def test_subprocess_exit_codes_and_no_traceback(session, tmp_path):
    python = sys.executable
    bad = subprocess.run(
        [python, "-m", "facilitator", "info", str(tmp_path / "nope.zopp")],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.strip() == f"There is no file at {tmp_path / 'nope.zopp'}."
    script = Path(python).parent / "facilitator"  # the console script pyproject declares
    if not script.exists():
        pytest.skip("the facilitator console script is not installed beside this Python")
    with SessionStore.open(session, backup=False) as store:
        store.apply(ops.add_participant("Արմեն Սարգսյան", "Ակադեմիա", "AM"))
    ascii_pipe = {
        **os.environ,
        "PYTHONIOENCODING": "ascii",
    }  # as on a system whose default is not UTF-8
    good = subprocess.run(
        [str(script), "table", str(session), "participants", "--format", "md"],
        check=False,
        capture_output=True,
        timeout=60,
        env=ascii_pipe,
    )
    assert good.returncode == 0, good.stderr
    assert "| Արմեն Սարգսյան | Ակադեմիա | Armenia |" in good.stdout.decode("utf-8")


def test_check_names_a_country_in_no_region(capsys, session):
    with SessionStore.open(session, backup=False) as store:
        store.apply(ops.add_country("IR", "Iran"))
    code, out, _ = run(capsys, "check", session)
    assert code == 0
    assert (
        "Warning: Iran (IR) is in no region: its figures count as a region of their own "
        "in every range-wide figure." in out
    )


def test_rounds_from_the_command_line(capsys, session):
    with SessionStore.open(session, backup=False) as store:
        store.apply(vote_edits.set_vote(1, "country", "AM", "item", 1, "importance", 1))
        store.apply(vote_edits.set_vote(2, "country", "GE", "item", 1, "importance", 3))
    code, _, err = run(capsys, "round", session, "threat_ranking", "--next")
    assert code == 1 and "Close the threat ranking before opening a new round" in err
    assert run(capsys, "round", session, "threat_ranking", "--close")[0] == 0
    code, out, _ = run(capsys, "round", session, "threat_ranking", "--next", "--wide", "2")
    assert (code, out) == (0, "Round 2 of the threat ranking is open on 1 item(s).\n")
    code, out, _ = run(capsys, "table", session, "threats", "--round", "1")
    assert "Poaching of prey,2.0," in out  # (1 + 3) / 2, as round 1 left it
    code, out, _ = run(capsys, "table", session, "threats")
    assert "Poaching of prey,Not filled in," in out
    code, out, _ = run(capsys, "table", session, "rounds")
    assert "Poaching of prey,importance,2.0,2,2,Not filled in,,0" in out
