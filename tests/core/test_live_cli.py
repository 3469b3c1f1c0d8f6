"""``facilitator serve``: address and code printed, stopped by SIGTERM, locked, safe against kill -9."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from live_client import Phone
from voting_workshop import build, item, person

from facilitator.errors import SessionLocked
from facilitator.session.store import SessionStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def session(tmp_path):
    path = tmp_path / "w.zopp"
    with SessionStore.create(path) as s:
        build(s)
    return path


def serve(path):
    """Start ``facilitator serve`` on loopback; returns the process, its address and code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "facilitator",
            "serve",
            str(path),
            "threat_ranking",
            "--host",
            "127.0.0.1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines = [process.stdout.readline() for _ in range(2)]
    address = re.search(r"at (http://\S+)", lines[0])
    code = re.search(r"Join code: (\w+)", lines[1])
    assert address and code, lines + [process.stderr.read()]
    return process, address.group(1), code.group(1)


def test_serve_prints_address_and_code_and_sigterm_stops_it_cleanly(session):
    process, address, code = serve(session)
    try:
        phone = Phone(address)
        assert phone.join(code)[0] == 200
        with pytest.raises(SessionLocked):
            SessionStore.open(session, backup=False)
        ani = person_id(session, "Ani Sargsyan")
        phone.claim(code, ani)
        assert (
            phone.vote("country:AM", item_id(session, "Road mortality"), "importance", "1")[0]
            == 200
        )
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "Stopped; 1 vote(s) received from phones." in out
    assert err == ""
    with SessionStore.open(session, backup=False) as s:  # the lock is released
        assert s.scalar("SELECT COUNT(*) FROM votes") == 1


def test_serve_refuses_a_session_open_elsewhere(session):
    with SessionStore.open(session, backup=False):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "facilitator",
                "serve",
                str(session),
                "prioritisation",
                "--host",
                "127.0.0.1",
            ],
            check=False,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
    assert result.returncode == 1
    assert "is already open in another window" in result.stderr
    assert "Traceback" not in result.stderr


def test_kill_9_loses_no_acknowledged_vote_and_phones_resend_after_restart(session):
    process, address, code = serve(session)
    targets = [
        item_id(session, label)
        for label in ("Weak law enforcement", "Prey depletion", "Road mortality")
    ]
    acknowledged = []
    in_flight = {}
    phones = []
    for n, name in enumerate(["Ani Sargsyan", "Gor Petrosyan"]):
        phone = Phone(address, f"device-{n}")
        phone.claim(code, person_id(session, name))
        phones.append(phone)
    stop = threading.Event()

    def tap(phone):
        k = 0
        while not stop.is_set():
            target = targets[k % len(targets)]
            value = str(k % 4)
            in_flight[phone.device] = (target, float(value))
            try:
                status, _ = phone.vote("country:AM", target, "importance", value)
            except OSError:
                return
            if status == 200:
                acknowledged.append((phone.device, target, float(value)))
            k += 1

    threads = [threading.Thread(target=tap, args=(p,)) for p in phones]
    for t in threads:
        t.start()
    while len(acknowledged) < 30:
        pass
    process.kill()  # SIGKILL: no clean-up at all
    process.wait()
    stop.set()
    for t in threads:
        t.join()
    # The last acknowledged vote of each phone and cell is in the file.
    last = {}
    for device, target, value in acknowledged:
        last[(device, target)] = value
    ids = {
        "device-0": person_id(session, "Ani Sargsyan"),
        "device-1": person_id(session, "Gor Petrosyan"),
    }
    with SessionStore.open(session, backup=False) as s:
        for (device, target), value in last.items():
            stored = s.scalar(
                "SELECT value FROM votes WHERE participant_id = ? AND target_id = ? "
                "AND criterion = 'importance'",
                (ids[device], target),
            )
            # Each phone waits for each answer: only its last vote may be saved unacknowledged.
            assert stored == value or in_flight[device] == (target, stored)
    # The app comes back; the phone's token still works and its re-sent vote is saved.
    process, address, again = serve(session)
    try:
        assert again == code
        phones[0].address = address.rstrip("/")
        assert phones[0].vote("country:AM", targets[0], "capacity", "2")[0] == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
    with SessionStore.open(session, backup=False) as s:
        assert s.scalar("SELECT value FROM votes WHERE criterion = 'capacity'") == 2


def person_id(path, name):
    with _reader(path) as s:
        return person(s, name).id


def item_id(path, label):
    with _reader(path) as s:
        return item(s, label)


def _reader(path):
    from facilitator.session.opening import open_to_read

    return open_to_read(str(path))
