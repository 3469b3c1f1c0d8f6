"""Whether a session file is sound: SQLite's quick check, CHECK constraints included.

On a read-only connection SQLite's ``PRAGMA quick_check`` skips the CHECK
constraints, so a bit flip in a vote's criterion would pass. Each table's
CHECK expressions are therefore read from the file's own schema and tried on
its rows. (Checking a copy of the file held in memory instead took about three
times as long, and the window waits for this check before it shows a session.)
"""

from __future__ import annotations

import re
import sqlite3

#: what the schema's text holds: quoted strings and names, comments, ``CHECK (`` and parentheses
_TOKENS = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*.*?\*/"
    r"|\bCHECK\s*\(|[()]",
    re.IGNORECASE | re.DOTALL,
)


def quick_check(conn: sqlite3.Connection) -> str:
    """``'ok'``, or the first finding in SQLite's words (e.g. 'CHECK constraint failed in votes')."""
    result = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    if result != "ok":
        return result
    for table, expression in check_constraints(conn):
        row = conn.execute(
            f"SELECT 1 FROM {_name(table)} WHERE NOT ({expression}) LIMIT 1"
        ).fetchone()
        if row is not None:
            return f"CHECK constraint failed in {table}"
    return "ok"


def check_constraints(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, expression) for every CHECK constraint in the file's tables."""
    found = []
    for table, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%check%'"
    ):
        found += [(table, expression) for expression in _checks_in(sql)]
    return found


def _checks_in(sql: str) -> list[str]:
    """The expressions of the ``CHECK (...)`` clauses in one CREATE TABLE statement."""
    expressions: list[str] = []
    depth, opened_at, start = 0, -1, 0
    for token in _TOKENS.finditer(sql):
        text = token.group()
        if text[0] in "'\"`[-/":
            continue  # a string, a quoted name or a comment
        if text == ")":
            depth -= 1
            if depth == opened_at:
                expressions.append(sql[start : token.start()].strip())
                opened_at = -1
            continue
        if text != "(" and opened_at < 0:  # "CHECK (" outside another CHECK
            opened_at, start = depth, token.end()
        depth += 1
    return expressions


def _name(table: str) -> str:
    return '"' + table.replace('"', '""') + '"'
