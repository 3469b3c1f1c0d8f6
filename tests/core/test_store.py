"""The session file: creating, opening safely, copies, backups and crashes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator.errors import SessionError, SessionLocked
from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.session import schema
from facilitator.session.store import SessionStore, backup_path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def make_session(path: Path) -> None:
    with SessionStore.create(path, "Leopard") as s:
        s.apply(ops.add_country("AM", "Armenia"))
        s.apply(ops.add_participant("Արամ Պետրոսյան", "WWF", "AM"))


def test_new_session_is_marked_as_ours_and_uses_wal(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    before = path.read_bytes()
    with pytest.raises(SessionError, match="already exists"):
        SessionStore.create(path)
    assert path.read_bytes() == before


def test_reopen_holds_what_was_written(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    with SessionStore.open(path) as s:
        assert [p.name for p in model.participants(s)] == ["Արամ Պետրոսյան"]
        assert s.meta()["title"] == "Leopard"


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "There is no file at"),
        (b"", "is empty"),
        (b"code,name\nAM,Armenia\n", "not a SQLite database"),
    ],
)
def test_bad_paths_give_one_sentence_and_create_nothing(tmp_path, content, message):
    path = tmp_path / "bad.zopp"
    if content is not None:
        path.write_bytes(content)
    before = snapshot(tmp_path)
    with pytest.raises(SessionError, match=message) as info:
        SessionStore.open(path)
    assert "\n" not in str(info.value)
    assert snapshot(tmp_path) == before


def test_folder_is_refused(tmp_path):
    with pytest.raises(SessionError, match="is a folder"):
        SessionStore.open(tmp_path)


def test_sqlite_file_of_another_application(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(SessionError, match="another application"):
        SessionStore.open(path)
    assert snapshot(tmp_path) == before


def test_file_from_a_newer_version(tmp_path):
    path = tmp_path / "new.zopp"
    make_session(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(SessionError, match="newer version"):
        SessionStore.open(path)
    assert snapshot(tmp_path) == before


def test_damaged_file(tmp_path):
    path = tmp_path / "damaged.zopp"
    make_session(path)
    data = bytearray(path.read_bytes())
    # Keep the header, scribble over the schema and data pages.
    for i in range(100, len(data), 7):
        data[i] = (data[i] + 91) % 256
    path.write_bytes(bytes(data))
    before = snapshot(tmp_path)
    with pytest.raises(
        SessionError, match="damaged|could not be opened|another application"
    ) as info:
        SessionStore.open(path)
    assert "Traceback" not in str(info.value)
    assert "\n" not in str(info.value)
    assert snapshot(tmp_path) == before


def test_damaged_file_names_its_newest_backup(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    SessionStore.open(path).close()  # leaves w.bak1.zopp
    data = bytearray(path.read_bytes())
    for i in range(100, len(data), 7):
        data[i] = (data[i] + 91) % 256
    path.write_bytes(bytes(data))
    with pytest.raises(SessionError, match=r"open its backup copy w\.bak1\.zopp instead"):
        SessionStore.open(path)


def test_second_open_says_who_holds_the_lock(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    first = SessionStore.open(path)
    try:
        with pytest.raises(SessionLocked, match=r"already open .*since \d{4}-\d\d-\d\d"):
            SessionStore.open(path)
    finally:
        first.close()
    SessionStore.open(path).close()  # released on close


def test_lock_held_by_another_process(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from facilitator.session.store import SessionStore
            s = SessionStore.open({str(path)!r})
            print("open", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(SessionLocked, match=f"process {holder.pid}"):
            SessionStore.open(path)
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        SessionStore.open(path).close()  # a dead holder never blocks anyone
    finally:
        holder.kill()


def test_save_a_copy_is_complete_while_open(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    with SessionStore.open(path) as s:
        s.apply(ops.add_item("threat", "Habitat fragmentation"))
        copy = s.save_copy(tmp_path / "copy.zopp")
        with pytest.raises(SessionError):
            s.save_copy(path)
    with SessionStore.open(copy) as c:
        assert [i.label for i in model.items(c)] == ["Habitat fragmentation"]
        assert c.scalar("PRAGMA integrity_check") == "ok"


def test_opening_rolls_backups(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    for label in ("one", "two", "three", "four"):
        with SessionStore.open(path) as s:
            s.apply(ops.add_item("driver", label))
    # Each open copies the session as it was then: the newest backup lacks "four".
    with SessionStore.open(backup_path(path, 1), backup=False) as b:
        assert [i.label for i in model.items(b)] == ["one", "two", "three"]
    assert backup_path(path, 3).exists()
    assert not backup_path(path, 4).exists()


KILLER = """
import sys
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits
s = SessionStore.open(sys.argv[1], backup=False)
pid = s.scalar("SELECT id FROM participants")
item = s.scalar("SELECT id FROM items")
n = 0
while True:
    n += 1
    s.apply(vote_edits.set_vote(pid, "country", "AM", "item", item, "importance", n % 4))
    if n == 200:
        print("voting", flush=True)
"""


def test_kill_minus_nine_mid_vote_leaves_a_healthy_file(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    with SessionStore.open(path, backup=False) as s:
        s.apply(ops.add_item("threat", "Key wild prey depletion"))
    for _ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout.readline().strip() == "voting"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with SessionStore.open(path, backup=False) as s:
            assert s.scalar("PRAGMA integrity_check") == "ok"
            # The latest vote and its history entry were written together.
            vote = s.rows("SELECT value FROM votes")[0]["value"]
            last = s.rows(
                "SELECT after FROM history_changes WHERE tbl = 'votes' ORDER BY history_id DESC LIMIT 1"
            )
            assert f'"value": {vote}' in last[0]["after"]


def test_migration_from_first_format_keeps_data(tmp_path):
    path = tmp_path / "old.zopp"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for statement in schema.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO countries (code, name) VALUES ('GE', 'Georgia')")
    conn.execute("COMMIT")
    conn.close()
    with SessionStore.open(path) as s:
        assert s.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
        assert [c.name for c in model.countries(s)] == ["Georgia"]
        assert s.scalar("SELECT COUNT(*) FROM reviews") == 0
    # The file as it was before migrating is kept beside it.
    assert backup_path(path, 0).exists()


def test_a_new_session_open_elsewhere_is_reported_as_open_not_foreign(tmp_path):
    path = tmp_path / "fresh.zopp"
    first = SessionStore.create(path, "Fresh")  # its first pages are still in the write-ahead log
    try:
        with pytest.raises(SessionLocked, match="already open"):
            SessionStore.open(path)
    finally:
        first.close()


CONTENDER = """
import os, sys, time
from facilitator.errors import SessionLocked
from facilitator.session.store import SessionStore
path, log = sys.argv[1], sys.argv[2]
held = 0
while held < 10:
    try:
        s = SessionStore.open(path, backup=False)
    except SessionLocked:
        time.sleep(0.001)
        continue
    fd = os.open(log, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b"in\\n"); time.sleep(0.003); os.write(fd, b"out\\n")
    os.close(fd)
    s.close()
    held += 1
"""


def test_windows_racing_to_open_one_session_never_both_hold_it(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    log = tmp_path / "holders.log"
    log.write_text("")
    procs = [
        subprocess.Popen([sys.executable, "-c", CONTENDER, str(path), str(log)]) for _ in range(3)
    ]
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    marks = log.read_text().split()
    assert len(marks) == 2 * 10 * 3
    assert marks == ["in", "out"] * (10 * 3)  # one holder at a time


def test_save_a_copy_onto_a_folder_is_one_sentence(tmp_path):
    path = tmp_path / "w.zopp"
    make_session(path)
    (tmp_path / "copies").mkdir()
    with (
        SessionStore.open(path, backup=False) as s,
        pytest.raises(SessionError, match="Cannot save a copy to"),
    ):
        s.save_copy(tmp_path / "copies")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copies", "w.zopp"]
