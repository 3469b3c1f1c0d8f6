"""Every export of a session whose every text field is at its limit, timed.

Takes the sample workshop, fills every limited text field of every row to
the most characters it may hold (``facilitator.session.limits``), with words
so text wraps as real text does, then writes each document and workbook the
app makes and reports its time, size and pages.

    .venv/bin/python bench/field_limits.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.documents import export_document
from facilitator.session.limits import FIELD_LIMITS
from facilitator.session.store import SessionStore

SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"
KEYS = {"countries": "code", "regions": "name", "meta": "key", "programme_items": "code"}


def words(n: int, seed: str) -> str:
    """``n`` characters of distinct words (no field's text is part of another's)."""
    text = " ".join(f"{seed}{i:04d}" for i in range(n // 6 + 1))
    return text[:n]


def fill_to_limits(path: Path) -> int:
    """Every limited field of every row at its limit (keys left alone); returns fields filled."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    filled = 0
    for (table, column), (_, limit) in FIELD_LIMITS.items():
        if column == KEYS.get(table):
            continue
        if table == "meta":
            keys = [r[0] for r in conn.execute("SELECT key FROM meta WHERE key NOT LIKE 'pref.%'")]
            keys = [k for k in keys if k in ("title", "meeting", "place", "symbol")]
            for key in keys:
                conn.execute("UPDATE meta SET value = ? WHERE key = ?", (words(limit, key), key))
                filled += 1
            continue
        rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table}")]
        for n, rowid in enumerate(rowids):
            text = words(limit, f"{table[:3]}{column[:3]}{n}x")
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (text, rowid))
            filled += 1
    conn.commit()
    conn.close()
    return filled


def pdf_pages(path: Path) -> str:
    if path.suffix != ".pdf":
        return ""
    import subprocess

    info = subprocess.run(
        ["pdfinfo", str(path)], check=False, capture_output=True, text=True
    ).stdout
    pages = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages")), "?")
    return f"{pages} pages"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="keep the session and documents in this folder")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    session = folder / "at-limits.zopp"
    shutil.copy(SAMPLE, session)
    filled = fill_to_limits(session)
    print(f"{filled:,} text fields at their limits; session {session.stat().st_size / 1e6:.1f} MB")
    print(f"{'document':28} {'seconds':>8} {'size':>9}  pages")
    worst = 0.0
    with SessionStore.open(session, backup=False) as store:
        jobs = [
            ("logframe", ".pdf"),
            ("tables", ".pdf"),
            ("minutes", ".pdf"),
            ("tables", ".xlsx"),
            ("tables", ".csv"),
            ("monitoring", ".pdf"),
            ("monitoring", ".xlsx"),
        ]
        for kind, ext in jobs:
            out = folder / f"{kind}{ext}"
            started = time.perf_counter()
            written = export_document(store, kind, out)
            took = time.perf_counter() - started
            worst = max(worst, took)
            size = written.stat().st_size / 1e3
            print(f"{kind + ext:28} {took:8.2f} {size:7.0f} KB  {pdf_pages(written)}")
        from facilitator.ballots.write import export_ballots

        for vote in ("threat_ranking", "prioritisation"):
            started = time.perf_counter()
            paths = export_ballots(store, folder / f"ballots-{vote}", vote)
            took = time.perf_counter() - started
            worst = max(worst, took)
            print(f"{len(paths)} ballots {vote:17} {took:8.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"slowest: {worst:.2f} s; peak process memory {peak:.0f} MB")
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
