"""Benchmark of the core: saving a vote, adding up all votes, memory.

A synthetic workshop the size of a large real one: 100 participants from 15
countries in 4 regions (one country in two), 60 Drivers/Threats scored on 2
criteria, 100 activities prioritised per country, one regional working group.
About 5 % of answers are '-' and 5 % are left empty.

Usage:  .venv/bin/python bench/run.py [--votes 1000] [--runs 5] [--keep DIR] [--scale 1 4]

Prints one table of figures. Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.plan import edits as ops
from facilitator.session.store import SessionStore
from facilitator.voting import current, tables
from facilitator.voting import edits as vote_edits
from facilitator.voting.edits import VoteKey
from facilitator.voting.results import Results

Span = tuple[float, float]  # (wall-clock seconds, CPU seconds of this process)
PARTICIPANTS, COUNTRIES, REGIONS, ITEMS, ACTIVITIES = 100, 15, 4, 60, 100


def answer(rng: random.Random, low: int, high: int) -> object:
    """A vote as a participant writes it: mostly a number, sometimes '-' or nothing."""
    roll = rng.random()
    if roll < 0.05:
        return "-"
    if roll < 0.10:
        return None
    return rng.randint(low, high)


def build_workshop(store: SessionStore, rng: random.Random) -> None:
    """Countries, regions, people, items and activities, then every vote (one ballot per person)."""
    codes = [f"C{n:02d}" for n in range(1, COUNTRIES + 1)]
    regions = [f"Region {n}" for n in range(1, REGIONS + 1)]
    setup = []
    for index, code in enumerate(codes):
        member_of = [regions[index % REGIONS]] + ([regions[1]] if index == 0 else [])
        setup.append(ops.add_country(code, f"Country {code}", member_of))
    setup += [
        ops.add_participant(f"Participant {n}", country=codes[n % COUNTRIES])
        for n in range(PARTICIPANTS)
    ]
    setup += [ops.add_item("driver" if n % 2 else "threat", f"Item {n}") for n in range(ITEMS)]
    setup.append(ops.add_objective("Objective"))
    store.apply(ops.combine("set up workshop", setup))
    add_outline(store)
    item_ids = [r["id"] for r in store.rows("SELECT id FROM items ORDER BY id")]
    activity_ids = [r["id"] for r in store.rows("SELECT id FROM activities ORDER BY id")]
    for person in store.rows("SELECT id, country FROM participants ORDER BY id"):
        ballot = [
            (VoteKey(person["id"], "country", person["country"], "item", i, c), answer(rng, *scale))
            for i in item_ids
            for c, scale in (("importance", (0, 3)), ("capacity", (1, 3)))
        ]
        ballot += [
            (
                VoteKey(person["id"], "country", person["country"], "activity", a, "priority"),
                answer(rng, 1, 3),
            )
            for a in activity_ids
        ]
        store.apply(vote_edits.set_votes(f"ballot of participant {person['id']}", ballot))
    group = [
        (VoteKey(1, "region", regions[0], "item", i, "importance"), answer(rng, 0, 3))
        for i in item_ids
    ]
    store.apply(vote_edits.set_votes("working group ballot", group))


def add_outline(store: SessionStore) -> None:
    objective = store.scalar("SELECT id FROM objectives ORDER BY id LIMIT 1")
    store.apply(
        ops.combine("results", [ops.add_result(objective, f"Result {n}") for n in range(10)])
    )
    results = [r["id"] for r in store.rows("SELECT id FROM results ORDER BY id")]
    store.apply(
        ops.combine(
            "activities",
            [
                ops.add_activity(results[n % len(results)], f"Activity {n}")
                for n in range(ACTIVITIES)
            ],
        )
    )


def time_votes(store: SessionStore, rng: random.Random, count: int) -> list[float]:
    """Seconds to apply (and so commit) one vote, each one a real change."""
    people = [r["id"] for r in store.rows("SELECT id FROM participants")]
    items = [r["id"] for r in store.rows("SELECT id FROM items")]
    timings = []
    for _ in range(count):
        person, item = rng.choice(people), rng.choice(items)
        before = store.scalar(
            "SELECT value FROM votes WHERE participant_id = ? AND scope = 'C03' AND target_id = ? "
            "AND target_kind = 'item' AND criterion = 'importance'",
            (person, item),
        )
        value = (int(before or 0) + 1) % 4
        edit = vote_edits.set_vote(person, "country", "C03", "item", item, "importance", value)
        start = time.perf_counter()
        store.apply(edit)
        timings.append(time.perf_counter() - start)
    return timings


def time_tables(store: SessionStore, runs: int) -> tuple[list[Span], dict[str, float]]:
    """(wall, CPU) seconds to rebuild every named table; and per table, one at a time (median)."""
    together = []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        tables.all_tables(store)
        together.append((time.perf_counter() - start, time.process_time() - cpu))
    each = {}
    for name, build in tables.TABLES.items():
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            build(store)
            samples.append(time.perf_counter() - start)
        each[name] = statistics.median(samples)
    return together, each


FIGURE_GRIDS = ("threats", "threats-by-region", "priorities")


def time_refresh(store: SessionStore, runs: int) -> tuple[list[Span], list[Span]]:
    """(wall, CPU) seconds to show fresh figures after a vote: the threats, by-region and
    priorities tables as cells, (1) kept current from the store's change notices, as the app
    does (only the voted item is added up again), (2) added up afresh from every vote."""
    kept, afresh = [], []
    current.results(store).grid("threats")  # the page shows them before the vote
    for n in range(max(runs, 20)):
        store.apply(
            vote_edits.set_vote(1, "country", "C02", "item", 1 + n % 7, "capacity", 1 + n % 3)
        )
        start, cpu = time.perf_counter(), time.process_time()
        shown = current.results(store)
        for name in FIGURE_GRIDS:
            shown.grid(name)
        kept.append((time.perf_counter() - start, time.process_time() - cpu))
    for n in range(runs):
        store.apply(vote_edits.set_vote(1, "country", "C02", "item", 1, "capacity", 1 + n % 3))
        start, cpu = time.perf_counter(), time.process_time()
        fresh = Results(store)
        for name in FIGURE_GRIDS:
            fresh.grid(name)
        afresh.append((time.perf_counter() - start, time.process_time() - cpu))
    return kept, afresh


def traced_peak(store: SessionStore) -> float:
    """Peak Python allocations (MB) while building every table once."""
    tracemalloc.start()
    tables.all_tables(store)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--votes", type=int, default=1000, help="votes to time one by one")
    parser.add_argument("--runs", type=int, default=5, help="rebuilds of the tables to time")
    parser.add_argument("--keep", type=Path, help="folder to keep the session files in")
    parser.add_argument(
        "--scale",
        type=int,
        nargs="+",
        default=[1, 4],
        help="N times the participants (and so the votes), one column each: 1 4 shows how the "
        "cost grows",
    )
    args = parser.parse_args()
    columns = []
    for scale in args.scale:
        if args.keep:
            columns.append(run(args, args.keep, scale))
        else:
            with tempfile.TemporaryDirectory(prefix="zopp-bench-") as folder:
                columns.append(run(args, Path(folder), scale))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report(args.scale, columns, rss)


def run(args: argparse.Namespace, folder: Path, scale: int) -> dict[str, str]:
    global PARTICIPANTS
    PARTICIPANTS = 100 * scale
    rng = random.Random(2022)
    path = folder / f"bench-{scale}x.zopp"
    for old in folder.glob(f"bench-{scale}x*.zopp*"):
        old.unlink()
    start = time.perf_counter()
    with SessionStore.create(path, "Benchmark workshop") as store:
        build_workshop(store, rng)
        built = time.perf_counter() - start
        n_votes = store.scalar("SELECT COUNT(*) FROM votes")
        vote_times = sorted(time_votes(store, rng, args.votes))
        together, each = time_tables(store, args.runs)
        kept, afresh = time_refresh(store, args.runs)
        peak = traced_peak(store)
    ms = 1000
    out = {
        "participants": f"{PARTICIPANTS}",
        "votes recorded": f"{n_votes:,}",
        "build (one ballot per participant)": f"{built:.1f} s",
        "save one vote, median": f"{statistics.median(vote_times) * ms:.2f} ms",
        "save one vote, 95th pct": f"{vote_times[int(len(vote_times) * 0.95) - 1] * ms:.2f} ms",
        "all tables, median": spans(together),
        **{f"  table {name}": f"{seconds * ms:.0f} ms" for name, seconds in each.items()},
        "figures after a vote (kept current), median": spans(kept),
        "figures after a vote (added up afresh)": spans(afresh),
        "peak Python memory (tables)": f"{peak:.1f} MB",
        "session file": f"{path.stat().st_size / 1e6:.1f} MB",
    }
    return out


def spans(samples: list[Span]) -> str:
    """Median wall-clock time, and median CPU time (steadier when the machine is busy)."""
    wall = statistics.median(s[0] for s in samples) * 1000
    cpu = statistics.median(s[1] for s in samples) * 1000
    return f"{wall:.1f} ms (CPU {cpu:.1f})"


def report(scales: list[int], columns: list[dict[str, str]], rss: float) -> None:
    print(
        f"workshop: {COUNTRIES} countries, {REGIONS} regions, {ITEMS} items x 2 criteria, "
        f"{ACTIVITIES} activities; participants x {', '.join(str(s) for s in scales)}"
    )
    names = list(columns[0])
    width = max(len(n) for n in names)
    cells = [max(len(c[n]) for n in names) for c in columns]
    head = "".join(f"  {f'{s}x':>{w}}" for s, w in zip(scales, cells))
    print(f"{'':<{width}}{head}")
    for name in names:
        line = "".join(f"  {c[name]:>{w}}" for c, w in zip(columns, cells))
        print(f"{name:<{width}}{line}")
    print(f"{'peak process memory (max RSS)':<{width}}  {rss:.0f} MB")


if __name__ == "__main__":
    main()
