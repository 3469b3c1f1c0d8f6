"""The counted votes added up, kept in the file by SQLite itself (the ``vote_sums`` table).

Every table of figures starts from the same sums: per target, criterion, scope
and working group, the exact sum and count of the numeric votes of the
participants who vote, the '-' and the empty answers counted, the lowest and
highest number. Adding up a large workshop's 22,000 votes took SQLite about a
quarter of the time every table took; ``vote_sums`` holds the 3,400 sums instead.

Triggers keep it current, and never let it drift from what ``FRESH_SQL`` gives
for the same group, whatever order edits, undo, redo, imports, phones and rounds
come in. A vote of a counted participant on the scales' whole numbers (0–3),
'-' or empty changes its group's sum by its own difference: the sums of whole
numbers are exact in any order, and counting each whole number apart (``v0`` …
``v3``) gives the lowest and highest without reading the group's votes. Anything
else — a decimal ('2,5'), a group that holds one (``other``), a participant who
starts or stops counting, a vote moved to another key — adds the group up again
from its votes (a search of the ``votes_rollup`` index), in the index's order as
``FRESH_SQL`` does, so that even sums of decimals agree to the last bit. A group
without a counted vote has no row. The votes of closed rounds (``round_votes``)
are added up when a round is shown.
"""

from __future__ import annotations

import sqlite3

#: the columns that name one sum (a group of votes)
GROUP = ["target_kind", "target_id", "criterion", "scope_kind", "scope", "region"]
_GROUP = ", ".join(GROUP)
#: the whole numbers of the scales, each counted apart
WHOLE = (0, 1, 2, 3)


def _is_whole(value: str) -> str:
    """SQL: ``value`` is one of ``WHOLE`` (NULL for no value). Not ``IN (0, 1, 2, 3)``: in a
    trigger SQLite builds a table for every IN list each time it fires."""
    return f"({value} BETWEEN {WHOLE[0]} AND {WHOLE[-1]} AND {value} = round({value}))"


#: the figures of one group, in the order ``vote_sums`` keeps them ({counts}: the '-' and
#: empty answers counted)
_FIGURES_OF = """total(CASE WHEN answer = 'number' THEN value END),
    COUNT(CASE WHEN answer = 'number' THEN value END),
    {counts},
    MIN(CASE WHEN answer = 'number' THEN value END),
    MAX(CASE WHEN answer = 'number' THEN value END)"""
_FIGURES = _FIGURES_OF.format(counts="SUM(answer = 'unknown'), SUM(answer = 'empty')")
#: the counts of each whole number, and of the other numbers (decimals, a missing number)
_COUNTS = ", ".join(
    [f"SUM(answer = 'number' AND value = {v})" for v in WHOLE]
    + [f"SUM(answer = 'number' AND NOT ifnull({_is_whole('value')}, 0))"]
)
_COUNT_COLUMNS = [f"v{v}" for v in WHOLE] + ["other"]
_KEPT = ["total", "n", "unknown", "empty", "low", "high", *_COUNT_COLUMNS]
_COUNTED = "+participant_id IN (SELECT id FROM participants WHERE votes = 1)"

#: the sums added up afresh from ``{source}`` (the votes, or a round's); ``{targets}`` may
#: narrow it with an ``AND ...`` clause
FRESH_SQL = f"""
SELECT {_GROUP}, {_FIGURES}
FROM {{source}}
WHERE {_COUNTED} {{targets}}
GROUP BY {_GROUP}
"""
#: the kept sums, in the columns and order of ``FRESH_SQL``; ``{targets}`` as there
KEPT_SQL = (
    f"SELECT {_GROUP}, total, n, unknown, empty, low, high FROM vote_sums WHERE 1 {{targets}}"
)

#: the counted votes of the groups ``{where}`` names, added up with every kept column
_ADD_UP = f"""SELECT {_GROUP}, {_FIGURES}, {_COUNTS}
    FROM votes v JOIN participants p ON p.id = v.participant_id AND p.votes = 1
    WHERE {{where}} GROUP BY {_GROUP}"""


def _same(row: str, prefix: str = "") -> str:
    return " AND ".join(f"{prefix}{c} = {row}.{c}" for c in GROUP)


def _add_up(row: str) -> str:
    """Statements that make the sum of ``row``'s group (OLD or NEW) equal its votes again
    (no row when none of them counts)."""
    return (
        f"DELETE FROM vote_sums WHERE {_same(row)}; "
        f"INSERT INTO vote_sums {_ADD_UP.format(where=_same(row, 'v.'))};"
    )


# -- a vote's own difference --------------------------------------------------------------


def _number(row: str) -> str:
    """1 when ``row``'s vote is a whole number of the scales, else 0."""
    return f"({row}.answer = 'number' AND ifnull({_is_whole(row + '.value')}, 0))"


def _other(row: str) -> str:
    """1 when ``row``'s vote is a number that is not whole (or has no value), else 0."""
    return f"({row}.answer = 'number' AND NOT ifnull({_is_whole(row + '.value')}, 0))"


def _part(row: str) -> dict[str, str]:
    """What ``row``'s vote adds to each kept column (other than low and high)."""
    number = _number(row)
    out = {
        "total": f"iif({number}, {row}.value, 0.0)",
        "n": number,
        "unknown": f"({row}.answer = 'unknown')",
        "empty": f"({row}.answer = 'empty')",
    }
    for v in WHOLE:
        out[f"v{v}"] = f"ifnull({row}.answer = 'number' AND {row}.value = {v}, 0)"
    return out


def _low_high(counts: dict[str, str]) -> tuple[str, str]:
    """The lowest and highest number, from the counts of each whole number (NULL: none)."""
    low = " ".join(f"WHEN {counts[f'v{v}']} > 0 THEN {float(v)}" for v in WHOLE)
    high = " ".join(f"WHEN {counts[f'v{v}']} > 0 THEN {float(v)}" for v in reversed(WHOLE))
    return f"CASE {low} END", f"CASE {high} END"


def _by_difference(row: str, plus: str | None, minus: str | None) -> str:
    """An UPDATE of ``row``'s group by the vote ``plus`` adds and the vote ``minus`` takes."""
    after = {}
    for column in ["total", "n", "unknown", "empty", *(f"v{v}" for v in WHOLE)]:
        terms = [column]
        if plus:
            terms.append(f"+ {_part(plus)[column]}")
        if minus:
            terms.append(f"- {_part(minus)[column]}")
        after[column] = "(" + " ".join(terms) + ")"
    low, high = _low_high(after)
    sets = ", ".join(f"{c} = {e}" for c, e in after.items())
    return f"UPDATE vote_sums SET {sets}, low = {low}, high = {high} WHERE {_same(row)};"


def _whole_group(row: str) -> str:
    """True when ``row``'s group holds no number but whole ones (or has no row yet)."""
    return f"ifnull((SELECT other FROM vote_sums WHERE {_same(row)}), 0) = 0"


def _gone_if_empty(row: str) -> str:
    return (
        f"DELETE FROM vote_sums WHERE {_same(row)} "
        "AND n = 0 AND unknown = 0 AND empty = 0 AND other = 0;"
    )


def _insert_new(row: str) -> str:
    """A new counted vote of a whole number, '-' or empty: its group's row made or added to."""
    part = _part(row)
    first = ", ".join(
        [f"{row}.{c}" for c in GROUP]
        + [part[c] for c in ("total", "n", "unknown", "empty")]
        + [f"iif({_number(row)}, {row}.value, NULL)"] * 2
        + [part[f"v{v}"] for v in WHOLE]
        + ["0"]
    )
    after = {c: f"({c} + excluded.{c})" for c in ["total", "n", "unknown", "empty"]}
    after |= {f"v{v}": f"(v{v} + excluded.v{v})" for v in WHOLE}
    low, high = _low_high(after)
    sets = ", ".join(f"{c} = {e}" for c, e in after.items())
    return (
        f"INSERT INTO vote_sums ({_GROUP}, {', '.join(_KEPT)}) SELECT {first} WHERE 1 "
        f"ON CONFLICT DO UPDATE SET {sets}, low = {low}, high = {high};"
    )


def _counts(row: str) -> str:
    return f"(SELECT votes FROM participants WHERE id = {row}.participant_id) = 1"


_SAME_KEY = " AND ".join(f"OLD.{c} IS NEW.{c}" for c in ["participant_id", *GROUP])


def _participant_groups(row: str) -> str:
    """Statements that add up again every group the participant ``row`` (OLD or NEW) voted in."""
    groups = f"SELECT DISTINCT {_GROUP} FROM votes WHERE participant_id = {row}.id"
    inside = f"({', '.join('v.' + c for c in GROUP)}) IN ({groups})"
    return (
        f"DELETE FROM vote_sums WHERE ({_GROUP}) IN ({groups}); "
        f"INSERT INTO vote_sums {_ADD_UP.format(where=inside)};"
    )


def _trigger(name: str, event: str, when: str, body: str) -> str:
    return f"CREATE TRIGGER {name} AFTER {event} WHEN {when} BEGIN {body} END"


def migration() -> list[str]:
    """The table, its triggers and its first sums (a file that already has votes)."""
    new, old = "NEW", "OLD"
    changed = (
        f"{_SAME_KEY} AND (OLD.answer IS NOT NEW.answer OR OLD.value IS NOT NEW.value) "
        f"AND {_counts(new)}"
    )
    whole = f"NOT {_other(new)} AND NOT {_other(old)} AND {_whole_group(new)}"
    return [
        f"""CREATE TABLE vote_sums (
            target_kind TEXT NOT NULL,
            target_id INTEGER NOT NULL,
            criterion TEXT NOT NULL,
            scope_kind TEXT NOT NULL,
            scope TEXT NOT NULL,
            region TEXT NOT NULL,
            total REAL NOT NULL,
            n INTEGER NOT NULL,
            unknown INTEGER NOT NULL,
            empty INTEGER NOT NULL,
            low REAL,
            high REAL,
            v0 INTEGER NOT NULL,
            v1 INTEGER NOT NULL,
            v2 INTEGER NOT NULL,
            v3 INTEGER NOT NULL,
            other INTEGER NOT NULL,
            PRIMARY KEY ({_GROUP})
        ) WITHOUT ROWID""",
        f"INSERT INTO vote_sums {_ADD_UP.format(where='1')}",
        _trigger(
            "vote_sums_vote_added",
            "INSERT ON votes",
            f"{_counts(new)} AND NOT {_other(new)} AND {_whole_group(new)}",
            _insert_new(new),
        ),
        _trigger(
            "vote_sums_vote_added_again",
            "INSERT ON votes",
            f"{_counts(new)} AND NOT ({_other(new)} = 0 AND {_whole_group(new)})",
            _add_up(new),
        ),
        _trigger(
            "vote_sums_vote_changed",
            "UPDATE ON votes",
            f"{changed} AND {whole}",
            _by_difference(new, new, old),
        ),
        _trigger(
            "vote_sums_vote_changed_again",
            "UPDATE ON votes",
            f"{changed} AND NOT ({whole})",
            _add_up(new),
        ),
        _trigger(
            "vote_sums_vote_moved",
            "UPDATE ON votes",
            f"NOT ({_SAME_KEY})",
            f"{_add_up(old)} {_add_up(new)}",
        ),
        _trigger(
            "vote_sums_vote_removed",
            "DELETE ON votes",
            f"{_counts(old)} AND NOT {_other(old)} AND {_whole_group(old)}",
            f"{_by_difference(old, None, old)} {_gone_if_empty(old)}",
        ),
        _trigger(
            "vote_sums_vote_removed_again",
            "DELETE ON votes",
            f"{_counts(old)} AND NOT ({_other(old)} = 0 AND {_whole_group(old)})",
            _add_up(old),
        ),
        _trigger(
            "vote_sums_voter_changed",
            "UPDATE OF id, votes ON participants",
            "OLD.id IS NOT NEW.id OR OLD.votes IS NOT NEW.votes",
            f"{_participant_groups(old)} {_participant_groups(new)}",
        ),
        _trigger("vote_sums_voter_added", "INSERT ON participants", "1", _participant_groups(new)),
        _trigger(
            "vote_sums_voter_removed", "DELETE ON participants", "1", _participant_groups(old)
        ),
    ]


#: the triggers ``migration`` makes, each named in its first statement
TRIGGERS = [s.split()[2] for s in migration() if s.startswith("CREATE TRIGGER")]


def differences(conn: sqlite3.Connection) -> int | None:
    """How many groups' kept sums differ from a fresh sum of the votes (0: none); None when
    the table or one of its triggers is missing (a file another tool rebuilt)."""
    if missing(conn):
        return None
    own = not conn.in_transaction  # both reads from one snapshot: a vote saved meanwhile by
    if own:  # the app (or a phone) must not look like a difference
        conn.execute("BEGIN")
    try:
        kept = set(conn.execute(KEPT_SQL.format(targets="")))
        fresh = set(conn.execute(FRESH_SQL.format(source="votes", targets="")))
    finally:
        if own:
            conn.execute("COMMIT")
    return len({row[: len(GROUP)] for row in kept ^ fresh})


def missing(conn: sqlite3.Connection) -> bool:
    """Whether the table or one of its triggers is missing (a file another tool rebuilt)."""
    found = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE (type = 'trigger' OR name = 'vote_sums')"
        )
    }
    return "vote_sums" not in found or not set(TRIGGERS) <= found


def repair(conn: sqlite3.Connection, compare: bool = True) -> bool:
    """Make the kept sums and their triggers again where they are missing or (``compare``)
    differ from the votes — they are figures made of the votes, never votes themselves; True
    when it did. Runs in its own transaction. Without ``compare`` it costs a look at the
    schema, which is what opening a session pays; ``facilitator check`` compares."""
    if not missing(conn) and (not compare or differences(conn) == 0):
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name in TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("DROP TABLE IF EXISTS vote_sums")
        for statement in migration():
            conn.execute(statement)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True
