"""One writer per session file whatever its path, and readers that never refuse a vote."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.errors import SessionLocked
from facilitator.session.store import SessionStore
from facilitator.voting.edits import set_vote

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_a_link_to_an_open_session_is_refused_saying_who_holds_it(sample_path, tmp_path, link):
    other = tmp_path / "elsewhere"
    other.mkdir()
    alias = other / "alias.zopp"
    if link == "symbolic":
        alias.symlink_to(sample_path)
    else:
        os.link(sample_path, alias)
    first = SessionStore.open(sample_path, backup=False)
    try:
        with pytest.raises(SessionLocked, match=r"already open .*process \d+, since \d{4}-"):
            SessionStore.open(alias, backup=False)
        first.apply(set_vote(1, "country", "AF", "item", 21, "importance", 3))
    finally:
        first.close()
    # Released on close: the link opens now, and holds the vote.
    with SessionStore.open(alias, backup=False) as second:
        assert (
            second.scalar(
                "SELECT value FROM votes WHERE participant_id = 1 AND target_id = 21 "
                "AND criterion = 'importance' AND scope = 'AF'"
            )
            == 3
        )


READER = """
import subprocess, sys, time
session, out, until = sys.argv[1], sys.argv[2], float(sys.argv[3])
commands = [
    ["check", session], ["info", session], ["table", session, "threats"],
    ["history", session, "--votes"], ["export", session, "tables", "-o", out],
]
runs = failures = 0
while time.time() < until:
    for command in commands:
        done = subprocess.run([sys.executable, "-m", "facilitator", *command],
                              capture_output=True, text=True)
        runs += 1
        if done.returncode != 0:
            failures += 1
            print(command[0], done.stderr.strip(), file=sys.stderr, flush=True)
print(runs, failures, flush=True)
"""


def test_readers_on_the_command_line_never_refuse_a_vote(sample_path, tmp_path):
    """A writer saving 20 votes a second while two readers run each command in a loop."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    until = time.time() + 5
    readers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                READER,
                str(sample_path),
                str(tmp_path / f"t{n}.xlsx"),
                str(until),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(2)
    ]
    refused: list[str] = []
    saved = 0
    with SessionStore.open(sample_path, backup=False) as writer:
        n = 0
        while time.time() < until:
            try:
                writer.apply(set_vote(1, "country", "AF", "item", 21 + n % 5, "importance", n % 4))
                saved += 1
            except Exception as error:  # noqa: BLE001 - every refusal is counted
                refused.append(str(error))
            n += 1
            time.sleep(0.05)
    results = [reader.communicate(timeout=60) for reader in readers]
    runs = sum(int(out.split()[0]) for out, _ in results)
    failed = sum(int(out.split()[1]) for out, _ in results)
    assert refused == [] and saved >= 50
    assert runs >= 5 and failed == 0, [err for _, err in results]
