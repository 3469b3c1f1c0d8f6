"""Is a session file sound? SQLite's own checks, then the rules of the method.

``integrity_problems`` asks SQLite (every page, every foreign key) and compares the
sums the figures are made of with the votes;
``consistency_problems`` looks for what the app's edits never produce but an
old file, a hand-edited database or a bug might hold: votes for items that
are gone, a loop in the problem tree, two items with one label, a gap in the
activity numbers. Each finding is one sentence; ``facilitator check`` prints them.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from facilitator.session import vote_sums
from facilitator.text import name_key

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


def integrity_problems(store: SessionStore) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` report, as sentences."""
    out = [
        f"SQLite integrity check: {r[0]}"
        for r in store.conn.execute("PRAGMA integrity_check")
        if r[0] != "ok"
    ]
    for table, rowid, parent, _ in store.conn.execute("PRAGMA foreign_key_check"):
        out.append(f"Row {rowid} of {table} refers to a row of {parent} that does not exist.")
    differ = vote_sums.differences(store.conn)
    if differ is None:
        out.append(
            "The sums of the votes the figures are made of are missing their table or "
            "triggers; opening the session in the app (or with any command that changes it) "
            "makes them again from the votes."
        )
    elif differ:
        out.append(
            f"The sums of the votes the figures are made of differ from the votes in {differ} "
            "group(s); 'facilitator check --repair' adds them up again from the votes."
        )
    return out


def damage_report(path: Path, limit: int = 20) -> list[str]:
    """What ``PRAGMA integrity_check`` says of a file the store refused to open ([] if it cannot say).

    The check runs on a copy (with its write-ahead log, if any) in a
    temporary folder, so nothing appears beside the damaged file.
    """
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "damaged.zopp"
        try:
            shutil.copyfile(path, copy)
            wal = path.with_name(path.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, Path(folder) / "damaged.zopp-wal")
            conn = sqlite3.connect(f"file:{quote(str(copy))}?mode=ro", uri=True)
        except (OSError, sqlite3.Error):
            return []
        try:
            found = [r[0] for r in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
        except sqlite3.Error as error:  # SQLite may give up before listing the damage
            corrupt = getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_CORRUPT
            found = [str(error)] if corrupt else []
        finally:
            conn.close()
    lines = [line for text in found for line in str(text).splitlines()]
    return [
        f"SQLite integrity check: {line}"
        for line in lines
        if line != "ok" and not line.startswith("*** in database")
    ]


def backup_advice(path: Path) -> str:
    """Which backup copy to open instead of a damaged ``path``, in a sentence."""
    from datetime import datetime

    from facilitator.session.store import BACKUPS_KEPT, backup_path

    copies = [backup_path(path, n) for n in range(1, BACKUPS_KEPT + 1)]
    copies = [copy for copy in copies if copy.is_file()]
    if not copies:
        return "There is no backup copy beside it; a copy saved elsewhere is the way back."
    latest = max(copies, key=lambda copy: copy.stat().st_mtime)
    saved = datetime.fromtimestamp(latest.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return f"Open its latest backup copy instead: {latest.name} (saved {saved})."


def consistency_problems(store: SessionStore) -> list[str]:
    """Findings against the method's rules, one sentence each, in a stable order."""
    return (
        orphan_votes(store)
        + countryless_voters(store)
        + empty_regions(store)
        + link_cycles(store)
        + duplicate_labels(store)
        + numbering_gaps(store)
    )


def orphan_votes(store: SessionStore) -> list[str]:
    out = []
    for kind, table in (("item", "items"), ("activity", "activities")):
        n = store.scalar(
            f"SELECT COUNT(*) FROM votes WHERE target_kind = ? AND target_id NOT IN (SELECT id FROM {table})",
            (kind,),
        )
        if n:
            out.append(f"{n} vote(s) are for {kind} rows that were removed.")
    for kind, table, col in (("country", "countries", "code"), ("region", "regions", "name")):
        rows = store.rows(
            f"SELECT scope, COUNT(*) AS n FROM votes WHERE scope_kind = ? AND scope NOT IN (SELECT {col} FROM {table}) GROUP BY scope",
            (kind,),
        )
        out += [
            f"{r['n']} vote(s) are for the {kind} '{r['scope']}', which is not in the session."
            for r in rows
        ]
    return out


def countryless_voters(store: SessionStore) -> list[str]:
    rows = store.rows(
        "SELECT p.name, GROUP_CONCAT(DISTINCT v.scope) AS scopes FROM participants p JOIN votes v ON v.participant_id = p.id "
        "WHERE p.country IS NULL AND v.scope_kind = 'country' GROUP BY p.id ORDER BY p.position, p.id"
    )
    return [f"{r['name']} has no country but voted for {r['scopes']}." for r in rows]


def region_warnings(store: SessionStore) -> list[str]:
    """Countries in no region (each counts as a region of its own) and working-group votes
    of a country no longer in that region (they count nowhere), one sentence each."""
    out = []
    if store.scalar("SELECT 1 FROM regions LIMIT 1"):
        lone = store.rows(
            "SELECT code, name FROM countries WHERE code NOT IN (SELECT country FROM region_members) "
            "ORDER BY position, code"
        )
        out += [
            f"{r['name']} ({r['code']}) is in no region: its figures count as a region of their own "
            "in every range-wide figure."
            for r in lone
        ]
    stray = store.rows(
        "SELECT scope, region, COUNT(*) AS n FROM votes WHERE scope_kind = 'country' AND region != '' "
        "AND NOT EXISTS (SELECT 1 FROM region_members m WHERE m.region = votes.region "
        "AND m.country = votes.scope) GROUP BY scope, region ORDER BY scope, region"
    )
    out += [
        f"{r['n']} vote(s) for {r['scope']} were given in the {r['region']} working group, "
        f"but {r['scope']} is not in {r['region']}: they count nowhere."
        for r in stray
    ]
    return out


def empty_regions(store: SessionStore) -> list[str]:
    rows = store.rows(
        "SELECT name FROM regions WHERE name NOT IN (SELECT region FROM region_members) ORDER BY position, name"
    )
    return [f"The region {r['name']} has no countries." for r in rows]


def link_cycles(store: SessionStore) -> list[str]:
    """Each loop of cause → effect links, named by its items' labels."""
    labels = {r["id"]: r["label"] for r in store.rows("SELECT id, label FROM items")}
    edges: dict[int, list[int]] = defaultdict(list)
    for r in store.rows("SELECT cause, effect FROM links ORDER BY cause, effect"):
        edges[r["cause"]].append(r["effect"])
    state: dict[int, int] = {}  # 1 = on the current path, 2 = finished
    out: list[str] = []

    def visit(node: int, path: list[int]) -> None:
        state[node] = 1
        for nxt in edges.get(node, []):
            if state.get(nxt) == 1:
                loop = path[path.index(nxt) :] + [nxt]
                out.append(
                    "The problem tree has a loop: "
                    + " → ".join(labels.get(i, f"#{i}") for i in loop)
                    + "."
                )
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    return out


def duplicate_labels(store: SessionStore) -> list[str]:
    groups: dict[str, list[str]] = defaultdict(list)
    for r in store.rows("SELECT label FROM items ORDER BY kind, position, id"):
        groups[name_key(r["label"])].append(r["label"])
    return [f"{len(g)} items have the label '{g[0]}'." for g in groups.values() if len(g) > 1]


def numbering_gaps(store: SessionStore) -> list[str]:
    """Objectives, results and activities whose numbers are not 1, 2, 3 … under their parent."""
    out: list[str] = []
    queries = (
        ("Objectives", "SELECT '' AS parent, number FROM objectives"),
        (
            "Results of objective",
            "SELECT o.number AS parent, r.number FROM results r JOIN objectives o ON o.id = r.objective_id",
        ),
        (
            "Activities of result",
            (
                "SELECT o.number || '.' || r.number AS parent, a.number FROM activities a "
                "JOIN results r ON r.id = a.result_id JOIN objectives o ON o.id = r.objective_id"
            ),
        ),
    )
    for what, sql in queries:
        numbers: dict[str, list[int]] = defaultdict(list)
        for r in store.rows(sql):
            numbers[str(r["parent"])].append(int(r["number"]))
        for parent, found in sorted(numbers.items()):
            if sorted(found) != list(range(1, len(found) + 1)):
                where = f"{what} {parent}".strip()
                out.append(
                    f"{where} are numbered {', '.join(map(str, sorted(found)))} instead of 1 to {len(found)}."
                )
    return out


def chain_warnings_if_any(store: SessionStore) -> list[str]:
    """The chain warnings of ``facilitator.status.chain_checks`` (threats → activities), when that module is there."""
    try:
        from facilitator.status.chain_checks import chain_warnings
    except ImportError:
        return []
    return list(chain_warnings(store))
