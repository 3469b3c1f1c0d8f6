"""Benchmark of ``facilitator programme``: many session files of the sample's size into one overview.

Copies the sample workshop N times (each copy a separate meeting: its own creation
date, title and a share of changed priority votes), then times the whole command in
a new process (start, read every file read-only, write the XLSX) and its peak memory.

Usage:  .venv/bin/python bench/programme.py [--files 50] [--runs 3]

Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"


def make_meetings(folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        path = folder / f"meeting-{i:03d}.zopp"
        shutil.copy(SAMPLE, path)
        conn = sqlite3.connect(path)
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'created'",
            (f"{2022 + i // 12}-{i % 12 + 1:02d}-01",),
        )
        conn.execute("UPDATE meta SET value = ? WHERE key = 'title'", (f"Meeting {i + 1}",))
        conn.execute(
            "UPDATE votes SET value = 1 WHERE target_kind = 'activity' AND abs(random()) % 10 = 0 AND answer = 'number'"
        )
        conn.commit()
        conn.close()
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_meetings(folder, args.files)
        size = sum(p.stat().st_size for p in paths) / 1e6
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "facilitator",
                    "programme",
                    *map(str, paths),
                    "-o",
                    str(folder / "p.xlsx"),
                ],
                check=True,
                cwd=ROOT,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{args.files} session files ({size:.1f} MB in all) → one overview")
    print(
        f"whole command: median {statistics.median(times):.2f} s (fastest {min(times):.2f} s, slowest {max(times):.2f} s)"
    )
    print(
        f"per file: {statistics.median(times) / args.files * 1000:.0f} ms; peak process memory {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
