"""Benchmark of live voting: 100 phones on the loopback interface, the app's window open.

The app runs offscreen (main window, Threat ranking page, results revealed and
on screen, live voting started from its Phones tab) on a copy of the sample
session with voters added up to ``--phones``. A second process plays the
phones (aiohttp client, one connection each): they join with the code, claim a
voter each and vote every cell of their own country's threat ranking, in two
phases:

- human pace: each phone taps about once a second (jittered), for at most
  ``--human-seconds``: acknowledgement latency as a room feels it;
- flat out: each phone sends its next vote as soon as the last is
  acknowledged (rate limits raised for the run): throughput.

The window measures its own event-loop delay (a 10 ms timer's lateness) all
along. Afterwards the file is reopened and every acknowledged vote checked:
"lost" counts acknowledged votes not in the file with the acknowledged value.

Usage:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/live.py [--phones 100] [--human-seconds 20]

Prints one table. Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"


# -- the phones (a separate process) ------------------------------------------------------


async def _phone(session, address, code, pid, phase, pace, deadline, rng, out):
    import aiohttp

    headers = {}
    async with session.post(
        f"{address}api/claim", json={"code": code, "participant": pid, "device": f"bench-{pid}"}
    ) as r:
        token = (await r.json())["token"]
    headers["Authorization"] = f"Bearer {token}"
    async with session.get(f"{address}api/ballot", headers=headers) as r:
        ballot = await r.json()
    scope = ballot["scopes"][0]["id"]
    cells = [(t["id"], c["id"]) for t in ballot["targets"] for c in ballot["criteria"]]
    value = {"human": "1", "flat": "2"}[phase]
    if pace:
        await asyncio.sleep(rng.uniform(0, pace))
    for target, criterion in cells:
        if time.monotonic() > deadline:
            break
        body = {"scope": scope, "target": target, "criterion": criterion, "value": value}
        while True:
            start = time.monotonic()
            try:
                async with session.post(f"{address}api/vote", json=body, headers=headers) as r:
                    status = r.status
                    await r.read()
            except aiohttp.ClientError:
                status = 0
            if status == 200:
                out.append((pid, scope, target, criterion, value, time.monotonic() - start))
                break
            out.append((pid, scope, target, criterion, None, status))
            if status not in (0, 429, 500) or time.monotonic() > deadline + 30:
                break  # refused for good (counted), or the run is long over
            await asyncio.sleep(0.5)  # not sent: the phone sends it again
        if pace:
            await asyncio.sleep(rng.uniform(0.5 * pace, 1.5 * pace))


async def _phones(address, code, pids, phase, pace, seconds):
    import aiohttp

    rng = random.Random(7)
    out: list = []
    deadline = time.monotonic() + seconds
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        start = time.monotonic()
        await asyncio.gather(
            *(_phone(session, address, code, p, phase, pace, deadline, rng, out) for p in pids)
        )
        elapsed = time.monotonic() - start
    return {"elapsed": elapsed, "votes": out}


def phones_main(args) -> None:
    pids = [int(p) for p in args.pids.split(",")]
    result = asyncio.run(
        _phones(args.address, args.code, pids, args.phase, args.pace, args.seconds)
    )
    Path(args.out).write_text(json.dumps(result))


# -- the app (this process) -----------------------------------------------------------------


def prepare(folder: Path, phones: int) -> Path:
    from facilitator.plan import edits as ops
    from facilitator.plan import model
    from facilitator.session.store import SessionStore
    from facilitator.voting import state

    path = folder / "live-bench.zopp"
    shutil.copy(SAMPLE, path)
    with SessionStore.open(path, backup=False) as store:
        countries = [c.code for c in model.countries(store)]
        n = len(state.voters(store))
        for k in range(n, phones):
            store.apply(
                ops.add_participant(f"Phone voter {k + 1}", "", countries[k % len(countries)])
            )
    return path


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def run_phase(app, live, pids, phase, pace, seconds, lateness) -> dict:
    from ui.screenshots import settle

    server = live.server
    command = [
        sys.executable,
        __file__,
        "--as-phones",
        "--address",
        server.address,
        "--code",
        server.join_code,
        "--pids",
        ",".join(map(str, pids)),
        "--phase",
        phase,
        "--pace",
        str(pace),
        "--seconds",
        str(seconds),
    ]
    out = Path(tempfile.mkdtemp()) / "phones.json"  # a file: a pipe would fill up and block
    command += ["--out", str(out)]
    lateness.clear()
    process = subprocess.Popen(command)
    while process.poll() is None:
        app.processEvents()
        time.sleep(0.002)
    settle(100)
    result = json.loads(out.read_text())
    acked = [v for v in result["votes"] if v[4] is not None]
    latencies = [v[5] * 1000 for v in acked]
    return {
        "phase": phase,
        "acked": acked,
        "retries": len(result["votes"]) - len(acked),
        "refusals": sorted({v[5] for v in result["votes"] if v[4] is None}),
        "rate": len(acked) / result["elapsed"],
        "p50": percentile(latencies, 0.5),
        "p99": percentile(latencies, 0.99),
        "loop_p99": percentile(list(lateness), 0.99),
        "loop_max": max(lateness) if lateness else float("nan"),
        "elapsed": result["elapsed"],
    }


def lost_votes(path: Path, acked: list) -> int:
    from facilitator.session.opening import open_to_read

    last = {}
    for pid, scope, target, criterion, value, _ in acked:
        last[(pid, scope, target, criterion)] = float(value)
    with open_to_read(str(path)) as store:
        rows = store.rows(
            "SELECT participant_id, scope_kind, scope, region, target_id, criterion, value "
            "FROM votes"
        )
    # the phone's scope id: 'country:TR', or 'country:TR@Zagros' for a working group's vote
    held = {
        (
            r["participant_id"],
            f"{r['scope_kind']}:{r['scope']}" + (f"@{r['region']}" if r["region"] else ""),
            r["target_id"],
            r["criterion"],
        ): r["value"]
        for r in rows
    }
    return sum(1 for key, value in last.items() if held.get(key) != value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--human-seconds", type=float, default=20.0)
    parser.add_argument("--flat-seconds", type=float, default=60.0)
    parser.add_argument("--idle-seconds", type=float, default=5.0)
    parser.add_argument(
        "--results-hidden", action="store_true", help="keep the results hidden (the Vote tab)"
    )
    parser.add_argument("--as-phones", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--address", help=argparse.SUPPRESS)
    parser.add_argument("--code", help=argparse.SUPPRESS)
    parser.add_argument("--pids", help=argparse.SUPPRESS)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--pace", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=60.0, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.as_phones:
        phones_main(args)
        return

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.live.limits import RateLimiter
    from facilitator.voting import state
    from ui.main_window import MainWindow
    from ui.screenshots import settle

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = prepare(Path(tmp), args.phones)
        window = MainWindow()
        window.open_session(path)
        window.resize(1280, 720)
        window.show()
        settle(200)
        window.show_step("threat_ranking")
        page = window.page("threat_ranking")
        if not args.results_hidden:
            page.set_revealed(True)  # the results view open, refreshed as votes arrive
        settle(200)
        pids = [p.id for p in state.voters(page.store)][: args.phones]
        assert page.live.start(host="127.0.0.1")
        page.live.server.joins = RateLimiter(10_000, 10_000)  # 100 phones share one address here
        lateness: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def beat() -> None:
            now = clock.elapsed()
            lateness.append(max(0, now - last[0] - 10))
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(beat)
        timer.start()
        settle(int(args.idle_seconds * 1000))  # the floor: the window alone, no phones
        idle = {"p99": percentile(lateness, 0.99), "max": max(lateness, default=float("nan"))}
        results = [run_phase(app, page.live, pids, "human", 1.0, args.human_seconds, lateness)]
        page.live.server.votes = RateLimiter(10_000, 10_000)
        results.append(run_phase(app, page.live, pids, "flat", 0.0, args.flat_seconds, lateness))
        timer.stop()
        page.live.stop()
        window.controller.close()
        lost = lost_votes(path, results[1]["acked"])
        again = {tuple(v[:4]) for v in results[1]["acked"]}  # cells voted again flat out
        lost_human = lost_votes(path, [v for v in results[0]["acked"] if tuple(v[:4]) not in again])
    view = "hidden" if args.results_hidden else "open"
    print(
        f"live voting, {args.phones} phones on loopback, results view {view} "
        f"({os.cpu_count()} CPUs, load generator in a second process)"
    )
    print(
        f"{'phase':<12}{'acked':>7}{'votes/s':>9}{'ack p50':>10}{'ack p99':>10}"
        f"{'loop p99':>10}{'loop max':>10}{'retries':>9}"
    )
    for r in results:
        print(
            f"{r['phase']:<12}{len(r['acked']):>7}{r['rate']:>9.0f}{r['p50']:>8.1f}ms"
            f"{r['p99']:>8.1f}ms{r['loop_p99']:>8.0f}ms{r['loop_max']:>8.0f}ms{r['retries']:>9}"
        )
    print(
        f"{'no phones':<12}{'':>7}{'':>9}{'':>10}{'':>10}{idle['p99']:>8.0f}ms{idle['max']:>8.0f}ms"
    )
    print(f"votes lost: {lost + lost_human}")
    for r in results:
        if r["refusals"]:
            print(f"{r['phase']}: statuses other than 200 seen: {r['refusals']}")


if __name__ == "__main__":
    main()
