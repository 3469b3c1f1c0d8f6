"""The integrity check that runs before a session opens finds what SQLite's own check on a
read-only file lets through (a broken CHECK constraint), and reads the constraints from the
file's schema however they are written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.errors import DamagedSession
from facilitator.session.integrity import check_constraints, quick_check
from facilitator.session.store import SessionStore


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def test_every_check_of_the_session_schema_is_found(sample_path):
    conn = _read_only(sample_path)
    found = check_constraints(conn)
    conn.close()
    assert ("votes", "criterion IN ('importance', 'capacity', 'priority')") in found
    assert ("links", "cause <> effect") in found
    assert {table for table, _ in found} >= {"participants", "items", "votes", "history"}


def test_checks_are_read_past_strings_names_and_comments(tmp_path):
    path = tmp_path / "tricky.db"
    conn = sqlite3.connect(path)
    conn.execute(
        """CREATE TABLE "odd (check" (
            a TEXT CHECK (a IN ('x', 'y)')),  -- CHECK (a = 'comment')
            b INT check(b > (1 + 2)),
            c TEXT DEFAULT 'CHECK (c)',
            "check (" INT,
            CONSTRAINT named CHECK (a <> "check (")
        )"""
    )
    conn.execute("""INSERT INTO "odd (check" (a, b) VALUES ('x', 4)""")
    conn.commit()
    conn.close()
    conn = _read_only(path)
    assert check_constraints(conn) == [
        ("odd (check", "a IN ('x', 'y)')"),
        ("odd (check", "b > (1 + 2)"),
        ("odd (check", 'a <> "check ("'),
    ]
    assert quick_check(conn) == "ok"
    conn.close()


def _flip_a_vote(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE votes SET answer = 'numbes' WHERE rowid = (SELECT MAX(rowid) FROM votes)")
    conn.commit()
    conn.close()


def test_a_broken_check_is_found_on_a_read_only_file_where_sqlite_misses_it(sample_path):
    _flip_a_vote(sample_path)
    conn = _read_only(sample_path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # SQLite's alone
    assert quick_check(conn) == "CHECK constraint failed in votes"
    conn.close()


def test_a_file_with_a_broken_check_is_refused_and_left_as_it_was(sample_path):
    _flip_a_vote(sample_path)
    before = sample_path.read_bytes()
    with pytest.raises(DamagedSession) as refused:
        SessionStore.open(sample_path)
    assert "damaged in the votes" in str(refused.value)
    assert sample_path.read_bytes() == before
    assert sorted(p.name for p in sample_path.parent.iterdir()) == ["sample.zopp"]
