"""Votes are never lost or refused: a writer killed at random moments, and readers during voting.

Part 1 (``--kills``): a writer process saves votes as fast as it can and
prints each one once ``apply`` returned (acknowledged); it is killed with
``kill -9`` at a random moment. Then the file must pass its integrity check
and hold every acknowledged vote. Part 2 (``--seconds``): this process saves
20 votes a second while reader processes run ``check``, ``info``, ``table``,
``history`` and ``export`` in a loop; every refused vote is counted.

    .venv/bin/python bench/kills.py [--kills 104] [--seconds 30] [--readers 2]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.session.store import SessionStore
from facilitator.voting.edits import set_vote

SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

WRITER = """
import sys
from facilitator.session.store import SessionStore
from facilitator.voting.edits import set_vote
path, round_ = sys.argv[1], int(sys.argv[2])
store = SessionStore.open(path, backup=False)
keys = [tuple(k) for k in store.conn.execute(
    "SELECT p.id, p.country, i.id FROM participants p, items i "
    "WHERE p.country IS NOT NULL AND p.votes > 0 AND i.kind IN ('driver', 'threat') "
    "ORDER BY p.id, i.id")]
print("ready", flush=True)
n = 0
for pid, country, item in keys:
    for criterion in ("importance", "capacity"):
        value = (round_ + n) % 3 + 1
        store.apply(set_vote(pid, "country", country, "item", item, criterion, value))
        print(pid, country, item, criterion, value, flush=True)
        n += 1
"""


def kills(session: Path, rounds: int, rng: random.Random) -> tuple[int, int, int]:
    """(kills tried, votes acknowledged, votes lost)."""
    acknowledged = lost = 0
    for round_ in range(rounds):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(session), str(round_)],
            stdout=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(writer.pid, signal.SIGKILL)
        out, _ = writer.communicate()
        acks = [line.split() for line in out.splitlines() if line.strip()]
        acks = [a for a in acks if len(a) == 5]  # a line cut by the kill was never read whole
        acknowledged += len(acks)
        conn = sqlite3.connect(f"file:{session}?mode=ro", uri=True)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for pid, country, item, criterion, value in acks:
            stored = conn.execute(
                "SELECT value FROM votes WHERE participant_id = ? AND scope = ? "
                "AND target_kind = 'item' AND target_id = ? AND criterion = ?",
                (int(pid), country, int(item), criterion),
            ).fetchone()
            if stored is None or stored[0] != float(value):
                lost += 1
        conn.close()
    return rounds, acknowledged, lost


READER = """
import subprocess, sys, time
session, out, until = sys.argv[1], sys.argv[2], float(sys.argv[3])
commands = [["check", session], ["info", session], ["table", session, "threats"],
            ["history", session, "--votes"], ["export", session, "tables", "-o", out]]
runs = failures = 0
while time.time() < until:
    for command in commands:
        done = subprocess.run([sys.executable, "-m", "facilitator", *command],
                              capture_output=True, text=True)
        runs += 1
        failures += done.returncode != 0
print(runs, failures, flush=True)
"""


def readers(session: Path, seconds: float, count: int, folder: Path) -> tuple[int, int, int, int]:
    """(votes saved, votes refused, reader runs, reader runs that failed)."""
    until = time.time() + seconds
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(session), str(folder / f"r{n}.xlsx"), str(until)],
            stdout=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        for n in range(count)
    ]
    saved = refused = 0
    with SessionStore.open(session, backup=False) as store:
        n = 0
        while time.time() < until:
            try:
                store.apply(set_vote(1, "country", "AF", "item", 21 + n % 5, "importance", n % 4))
                saved += 1
            except Exception:  # noqa: BLE001 - every refusal is counted
                refused += 1
            n += 1
            time.sleep(0.05)
    results = [p.communicate()[0].split() for p in procs]
    return saved, refused, sum(int(r[0]) for r in results), sum(int(r[1]) for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=104)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--readers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    session = folder / "kills.zopp"
    shutil.copy(SAMPLE, session)
    started = time.perf_counter()
    tried, acked, lost = kills(session, args.kills, random.Random(args.seed))
    print(
        f"kill -9 of a writer: {tried} kills, {acked:,} votes acknowledged, {lost} lost "
        f"({time.perf_counter() - started:.0f} s)"
    )
    if args.seconds > 0:
        saved, refused, runs, failed = readers(session, args.seconds, args.readers, folder)
        print(
            f"readers during voting ({args.seconds:.0f} s, {args.readers} reader loops): "
            f"{runs} command runs ({failed} failed), {saved} votes saved, {refused} refused"
        )
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
