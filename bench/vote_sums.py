"""What the sums SQLite keeps of the votes (``vote_sums``) cost each saved vote.

Builds the workshop of ``run.py`` (``--scale`` times its 100 participants), then
copies the session file twice: one as it is, one as the release before kept it
(the ``vote_sums`` triggers dropped, the ``votes_target`` index back). Both are
opened in this process and given the same votes, one ``store.apply`` each, in
alternating batches (which copy goes first alternates too), so that whatever else
the machine does falls on both alike. Prints the CPU time per saved vote of each
copy and the difference. A vote changes a whole-number answer (the common case);
``--decimals`` makes every tenth one a decimal, which adds its group up again.

Usage:  .venv/bin/python bench/vote_sums.py [--scale 1] [--batches 40] [--votes 100]

Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import run as workshop

from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits


def without_kept_sums(path: Path) -> None:
    """The file as the release before this one kept it: no triggers, the old index back."""
    conn = sqlite3.connect(path)
    names = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'").fetchall()
    for (name,) in names:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(
        "CREATE INDEX IF NOT EXISTS votes_target ON votes (target_kind, target_id, criterion)"
    )
    conn.commit()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=int, default=1, help="N times the 100 participants")
    parser.add_argument("--batches", type=int, default=40)
    parser.add_argument("--votes", type=int, default=100, help="votes per batch")
    parser.add_argument("--decimals", action="store_true", help="every tenth vote a decimal")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zopp-sums-") as folder:
        built = Path(folder) / "built.zopp"
        workshop.PARTICIPANTS = 100 * args.scale
        with SessionStore.create(built, "Benchmark workshop") as store:
            workshop.build_workshop(store, random.Random(2022))
        paths = {"kept sums": Path(folder) / "kept.zopp", "before": Path(folder) / "before.zopp"}
        for path in paths.values():
            shutil.copy(built, path)
        without_kept_sums(paths["before"])
        stores = {name: SessionStore.open(path, backup=False) for name, path in paths.items()}
        try:
            per_vote = measure(stores, args)
        finally:
            for store in stores.values():
                store.close()
    kept, before = (statistics.median(per_vote[n]) for n in ("kept sums", "before"))
    print(f"workshop x {args.scale}: CPU time per saved vote, median of {args.batches} batches")
    print(f"  before (no kept sums)  {before * 1000:.3f} ms")
    print(f"  with kept sums         {kept * 1000:.3f} ms  ({(kept / before - 1) * 100:+.1f} %)")


def measure(stores: dict[str, SessionStore], args: argparse.Namespace) -> dict[str, list[float]]:
    """Seconds of CPU per vote, one figure per batch and copy."""
    first = next(iter(stores.values()))
    people = {r["id"]: r["country"] for r in first.rows("SELECT id, country FROM participants")}
    items = [r["id"] for r in first.rows("SELECT id FROM items")]
    rng = random.Random(7)
    out: dict[str, list[float]] = {name: [] for name in stores}
    for batch in range(args.batches):
        votes = []
        for n in range(args.votes):
            pid = rng.choice(list(people))
            criterion = rng.choice(["importance", "capacity"])
            votes.append((pid, people[pid], rng.choice(items), criterion, n))
        order = list(stores.items()) if batch % 2 == 0 else list(reversed(stores.items()))
        for name, store in order:
            spent = 0.0
            for pid, code, item, criterion, n in votes:
                before = store.scalar(
                    "SELECT value FROM votes WHERE participant_id = ? AND scope_kind = 'country' "
                    "AND scope = ? AND region = '' AND target_kind = 'item' AND target_id = ? "
                    "AND criterion = ?",
                    (pid, code, item, criterion),
                )
                value: object = int(before or 0) % 3 + 1  # always a change
                if args.decimals and n % 10 == 0:
                    value = "1,5" if before == 2.5 else "2,5"
                edit = vote_edits.set_vote(pid, "country", code, "item", item, criterion, value)
                start = time.process_time()
                store.apply(edit)
                spent += time.process_time() - start
            out[name].append(spent / len(votes))
    return out


if __name__ == "__main__":
    main()
