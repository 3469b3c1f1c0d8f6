"""The counted votes added up, kept in the file by SQLite itself (the ``vote_sums`` table).

Every table of figures starts from the same sums: per target, criterion, scope
and working group, the exact sum and count of the numeric votes of the
participants who vote, the '-' and the empty answers counted, the lowest and
highest number. Adding up a large workshop's 22,000 votes took SQLite about a
quarter of the time every table took; ``vote_sums`` holds the 3,400 sums instead.

Triggers keep it current. Whenever a vote is added, changed or removed, or a
participant starts or stops counting (``participants.votes``), each sum the
change touches is added up again from the votes of that one group (a search of
the ``votes_rollup`` index: a few rows) — never adjusted by a difference, so a
kept sum is always exactly what ``FRESH_SQL`` gives for the same group, whatever
order edits, undo, redo, imports, phones and rounds come in. A group without a
counted vote has no row. The votes of closed rounds (``round_votes``) are added
up when a round is shown, as before.
"""

from __future__ import annotations

#: the columns that name one sum (a group of votes)
GROUP = ["target_kind", "target_id", "criterion", "scope_kind", "scope", "region"]
_GROUP = ", ".join(GROUP)
#: the figures of one group, in the order ``vote_sums`` keeps them ({counts}: the '-' and
#: empty answers counted)
_FIGURES_OF = """total(CASE WHEN answer = 'number' THEN value END),
    COUNT(CASE WHEN answer = 'number' THEN value END),
    {counts},
    MIN(CASE WHEN answer = 'number' THEN value END),
    MAX(CASE WHEN answer = 'number' THEN value END)"""
_FIGURES = _FIGURES_OF.format(counts="SUM(answer = 'unknown'), SUM(answer = 'empty')")
#: the same, 0 rather than NULL where a group has no counted vote left
_FIGURES_OR_ZERO = _FIGURES_OF.format(
    counts="ifnull(SUM(answer = 'unknown'), 0), ifnull(SUM(answer = 'empty'), 0)"
)
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


#: the counted votes of the groups ``{where}`` names, added up (in the index's order, as
#: ``FRESH_SQL`` adds them, so that even sums of decimals agree to the last bit)
_ADD_UP = f"""SELECT {_GROUP}, {_FIGURES}
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


def _upsert(row: str) -> str:
    """The sum of ``row``'s group added up again for a vote that counts and is new (the group
    may have no row yet): one statement."""
    return f"INSERT OR REPLACE INTO vote_sums {_ADD_UP.format(where=_same(row, 'v.'))};"


def _in_place(row: str) -> str:
    """The sum of ``row``'s group added up again where a vote that counted changed or went (the
    group has a row; it goes when no counted vote is left): cheaper than a new row."""
    return (
        f"UPDATE vote_sums SET (total, n, unknown, empty, low, high) = (SELECT {_FIGURES_OR_ZERO} "
        "FROM votes v JOIN participants p ON p.id = v.participant_id AND p.votes = 1 "
        f"WHERE {_same(row, 'v.')}) WHERE {_same(row)}; "
        f"DELETE FROM vote_sums WHERE {_same(row)} AND n = 0 AND unknown = 0 AND empty = 0 "
        "AND NOT EXISTS (SELECT 1 FROM votes v JOIN participants p "
        f"ON p.id = v.participant_id AND p.votes = 1 WHERE {_same(row, 'v.')});"
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


def migration() -> list[str]:
    """The table, its triggers and its first sums (a file that already has votes)."""
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
            PRIMARY KEY ({_GROUP})
        ) WITHOUT ROWID""",
        f"INSERT INTO vote_sums {FRESH_SQL.format(source='votes', targets='')}",
        f"""CREATE TRIGGER vote_sums_vote_added AFTER INSERT ON votes
            WHEN {_counts("NEW")} BEGIN {_upsert("NEW")} END""",
        f"""CREATE TRIGGER vote_sums_vote_changed AFTER UPDATE ON votes
            WHEN {_SAME_KEY} AND (OLD.answer IS NOT NEW.answer OR OLD.value IS NOT NEW.value)
            AND {_counts("NEW")} BEGIN {_in_place("NEW")} END""",
        f"""CREATE TRIGGER vote_sums_vote_moved AFTER UPDATE ON votes
            WHEN NOT ({_SAME_KEY}) BEGIN {_add_up("OLD")} {_add_up("NEW")} END""",
        f"""CREATE TRIGGER vote_sums_vote_removed AFTER DELETE ON votes
            WHEN {_counts("OLD")} BEGIN {_in_place("OLD")} END""",
        f"""CREATE TRIGGER vote_sums_voter_changed AFTER UPDATE OF id, votes ON participants
            WHEN OLD.id IS NOT NEW.id OR OLD.votes IS NOT NEW.votes
            BEGIN {_participant_groups("OLD")} {_participant_groups("NEW")} END""",
        f"""CREATE TRIGGER vote_sums_voter_added AFTER INSERT ON participants
            BEGIN {_participant_groups("NEW")} END""",
        f"""CREATE TRIGGER vote_sums_voter_removed AFTER DELETE ON participants
            BEGIN {_participant_groups("OLD")} END""",
    ]
