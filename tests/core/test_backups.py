"""Backups that stay good, and opens that change nothing when they are refused."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from facilitator.cli.commands import main
from facilitator.errors import DamagedSession, SessionError
from facilitator.session import store as store_module
from facilitator.session.store import SessionStore, backup_path
from facilitator.voting.edits import set_vote


def _with_old_backups(session: Path) -> dict[Path, bytes]:
    """Three distinct backup copies beside ``session``, as older opens left them."""
    copies = {}
    for n in (1, 2, 3):
        copy = backup_path(session, n)
        shutil.copy(session, copy)
        conn = sqlite3.connect(copy)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'title'", (f"backup {n}",))
        conn.commit()
        conn.close()
        copies[copy] = copy.read_bytes()
    return copies


def test_refused_imports_never_rotate_backups(sample_path, tmp_path, capsys):
    old = _with_old_backups(sample_path)
    bad = tmp_path / "votes.csv"
    bad.write_text("participant,scope,item,criterion,value\nNobody,Mars,Poaching,importance,2\n")
    for _ in range(3):
        assert main(["import", str(sample_path), str(bad)]) == 1
    assert {copy: copy.read_bytes() for copy in old} == old
    good = tmp_path / "countries.csv"
    good.write_text("code,name\nXX,Examplestan\n")
    assert main(["import", str(sample_path), str(good)]) == 0
    # A change that is made rolls them: the newest old copy is now the second.
    assert backup_path(sample_path, 2).read_bytes() == old[backup_path(sample_path, 1)]
    with SessionStore.open(backup_path(sample_path, 1), backup=False) as copy:
        assert copy.scalar("SELECT COUNT(*) FROM countries WHERE code = 'XX'") == 0


def test_a_disk_too_full_for_the_backup_opens_with_a_warning(sample_path, monkeypatch):
    old = _with_old_backups(sample_path)

    def full(conn, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module, "_vacuum_into", full)
    with SessionStore.open(sample_path) as opened:
        assert len(opened.warnings) == 1
        assert "No backup copy was made" in opened.warnings[0]
        assert "disk is full" in opened.warnings[0]
        opened.apply(set_vote(1, "country", "AF", "item", 21, "importance", 3))
    assert {copy: copy.read_bytes() for copy in old} == old
    assert not list(sample_path.parent.glob("*bak-new*"))


def _break_a_check(path: Path) -> None:
    """One vote's criterion one bit off ('importance' → 'importancd'), as a bit flip on disk does."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(
        "UPDATE votes SET criterion = 'importancd' WHERE rowid = (SELECT MIN(rowid) FROM votes)"
    )
    conn.commit()
    conn.close()


def test_a_damaged_file_is_never_copied_over_a_backup(sample_path):
    old = _with_old_backups(sample_path)
    _break_a_check(sample_path)
    conn = store_module._connect(sample_path, mode="rw")
    damaged = SessionStore(sample_path, conn, None)
    assert damaged.roll_backups() is None
    assert "fails its integrity check" in damaged.warnings[0]
    conn.close()
    assert {copy: copy.read_bytes() for copy in old} == old


def test_a_damaged_row_is_found_on_open_naming_the_step_and_the_good_backup(sample_path):
    _with_old_backups(sample_path)
    shutil.copy(sample_path, backup_path(sample_path, 1))
    _break_a_check(backup_path(sample_path, 1))  # the newest backup is damaged too
    _break_a_check(sample_path)
    with pytest.raises(DamagedSession) as refused:
        SessionStore.open(sample_path)
    sentence = str(refused.value)
    assert "damaged in the votes (threat ranking and prioritisation)" in sentence
    assert "CHECK constraint failed in votes" in sentence
    assert "open its backup copy sample.bak2.zopp instead" in sentence
    assert refused.value.backup == backup_path(sample_path, 2)


def test_a_file_with_a_lowered_format_version_is_refused_unchanged(sample_path):
    conn = sqlite3.connect(sample_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    before = sample_path.read_bytes()
    with pytest.raises(SessionError) as refused:
        SessionStore.open(sample_path)
    sentence = str(refused.value)
    assert "file format 1" in sentence and "do not match" in sentence
    assert "nothing was changed" in sentence
    assert sample_path.read_bytes() == before  # no WAL switch, no change counter move
    assert sorted(p.name for p in sample_path.parent.iterdir()) == ["sample.zopp"]


def test_a_dry_run_keeps_no_copy_of_the_session_on_disk(sample_path, tmp_path, monkeypatch):
    """What an interrupted dry run would leave: the temporary folder while it runs."""
    from facilitator.importing import run as importing_run

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    seen: list[list[Path]] = []
    apply_files = importing_run.apply_files

    def watching(*args, **kwargs):
        seen.append([p for p in temp.rglob("*") if p.is_file()])
        return apply_files(*args, **kwargs)

    monkeypatch.setattr(importing_run, "apply_files", watching)
    countries = tmp_path / "countries.csv"
    countries.write_text("code,name\nXX,Examplestan\n")
    assert main(["import", str(sample_path), str(countries), "--dry-run"]) == 0
    assert seen and all(p.stat().st_size < sample_path.stat().st_size // 10 for p in seen[0]), seen
    assert sorted(p.name for p in sample_path.parent.glob("sample.*") if "-" not in p.name) == [
        "sample.zopp"
    ]
