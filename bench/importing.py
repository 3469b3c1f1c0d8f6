"""Benchmark of importing: a large workshop's votes from CSV and from XLSX.

Builds, through the importer itself, a workshop the size of a large real one:
15 countries in 4 regions, 100 participants, 60 Drivers/Threats, 100
activities. Then a votes file with every participant's votes (importance and
capacity for each item, priority for each activity: 22,000 rows, about 5 %
'-' and 5 % empty, one in ten with a decimal comma) is written as a
semicolon CSV and as an XLSX workbook, and timed:

| figure | what it is |
|---|---|
| read CSV / read XLSX | ``read_table``: the file into rows |
| import CSV | ``import_file`` on the session file: check every row, one undoable step |
| import again | the same file again: nothing changes |
| undo | taking the whole import back |
| import XLSX | the workbook into a fresh copy of the session |

Usage:  .venv/bin/python bench/importing.py [--participants 100]

Prints one table of figures. Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook

from facilitator.importing import import_file, import_files, read_table
from facilitator.session.store import SessionStore

COUNTRIES, REGIONS, ITEMS, OBJECTIVES, RESULTS, ACTIVITIES_PER_RESULT = 15, 4, 60, 5, 4, 5


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def structure_files(folder: Path, participants: int) -> list[Path]:
    codes = [f"C{n:02d}" for n in range(1, COUNTRIES + 1)]
    countries = [["code", "name", "regions"]] + [
        [code, f"Country {code}", f"Region {n % REGIONS + 1}"] for n, code in enumerate(codes)
    ]
    people = [["name", "affiliation", "country", "role"]] + [
        [f"Participant {n}", "Ministry", codes[n % COUNTRIES], "participant"]
        for n in range(participants)
    ]
    items = [["kind", "label"]] + [
        ["driver" if n % 2 else "threat", f"Item {n}"] for n in range(ITEMS)
    ]
    outline: list[list[object]] = [["number", "text"]]
    for o in range(1, OBJECTIVES + 1):
        outline.append([str(o), f"Objective {o}"])
        for r in range(1, RESULTS + 1):
            outline.append([f"{o}.{r}", f"Result {o}.{r}"])
            outline += [
                [f"{o}.{r}.{a}", f"Activity {o}.{r}.{a}"]
                for a in range(1, ACTIVITIES_PER_RESULT + 1)
            ]
    return [
        write_csv(folder / f"{name}.csv", rows)
        for name, rows in (
            ("countries", countries),
            ("participants", people),
            ("items", items),
            ("outline", outline),
        )
    ]


def value(rng: random.Random, low: int, high: int) -> str:
    roll = rng.random()
    if roll < 0.05:
        return "-"
    if roll < 0.10:
        return ""
    if roll < 0.20:
        return f"{rng.randint(low, high)},0"
    return str(rng.randint(low, high))


def vote_rows(participants: int, rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = [["participant", "scope", "item", "criterion", "value"]]
    activities = [
        f"{o}.{r}.{a}"
        for o in range(1, OBJECTIVES + 1)
        for r in range(1, RESULTS + 1)
        for a in range(1, ACTIVITIES_PER_RESULT + 1)
    ]
    for n in range(participants):
        voter, scope = f"Participant {n}", f"C{n % COUNTRIES + 1:02d}"
        for i in range(ITEMS):
            rows.append([voter, scope, f"Item {i}", "importance", value(rng, 0, 3)])
            rows.append([voter, scope, f"Item {i}", "capacity", value(rng, 1, 3)])
        rows += [[voter, scope, number, "priority", value(rng, 1, 3)] for number in activities]
    return rows


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        session = folder / "bench.zopp"
        with SessionStore.create(session) as store:
            t_structure, report = timed(
                lambda: import_files(store, structure_files(folder, args.participants))
            )
            assert report.ok, report
        shutil.copy(session, folder / "fresh.zopp")
        rows = vote_rows(args.participants, rng)
        votes_csv = write_csv(folder / "votes.csv", rows)
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        for row in rows:  # values as a spreadsheet holds them: numbers as numbers
            cell = str(row[4])
            sheet.append([*row[:4], float(cell.replace(",", ".")) if cell[:1].isdigit() else cell])
        book.save(folder / "votes.xlsx")
        figures = [("structure files", t_structure, "")]
        figures.append(
            ("read CSV", timed(lambda: read_table(votes_csv))[0], f"{len(rows) - 1} rows")
        )
        figures.append(("read XLSX", timed(lambda: read_table(folder / "votes.xlsx"))[0], ""))
        with SessionStore.open(session, backup=False) as store:
            for name in ("import CSV", "import again"):
                t, done = timed(lambda: import_file(store, votes_csv))
                figures.append((name, t, done.summary().split(": ", 1)[1][:40]))
            figures.append(("undo", timed(store.undo)[0], ""))
        with SessionStore.open(folder / "fresh.zopp", backup=False) as store:
            figures.append(
                ("import XLSX", timed(lambda: import_file(store, folder / "votes.xlsx"))[0], "")
            )
    print(f"{'figure':<16} {'seconds':>8}  note")
    for name, seconds, note in figures:
        print(f"{name:<16} {seconds:>8.2f}  {note}")


if __name__ == "__main__":
    main()
