"""The list of every recorded vote (the ``votes`` table), read in ballot order.

Each participant's votes, in the participants' order (position, then id):
their threat-ranking votes, then their priorities; each of those by scope
(countries before regions, then by name) and working group, then by target and
criterion — the order of a ballot, and the order of the votes table's key, so
SQLite reads them without sorting.

A large workshop has tens of thousands of votes but only a few hundred ballots
(one participant, scope, working group and kind of target): SQLite hands over
one row per ballot with its targets, criteria, answers and times joined into
long strings (``group_concat`` in the key's order), which Python splits in C. A
row per vote would cost a Python tuple and several objects each: the list was
most of the time every table took.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from facilitator.voting.score_text import MISSING_TEXT, PRIORITY_PLACES, format_compact

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore
    from facilitator.voting.scoring import Scores

COLUMNS = ["participant", "scope", "region", "target", "criterion", "vote", "at", "round"]
#: joins the values of one ballot; a ballot with a value holding it is read row by row
SEP = "\x1f"
#: target kinds in the order a participant's votes are listed: the threat ranking first
KIND_ORDER = {"item": 0, "activity": 1}

#: a vote as text: its number (a whole one without '.0': quicker for SQLite to write), or the
#: answer ('unknown', 'empty'); 'nan' for a number that is missing (a damaged file)
_ANSWER = """CASE answer WHEN 'number' THEN
    iif(value = CAST(value AS INTEGER), CAST(value AS INTEGER), ifnull(value, 'nan'))
    ELSE answer END"""
_BALLOTS_SQL = f"""
SELECT participant_id, scope_kind, scope, region, target_kind, COUNT(*),
    group_concat(target_id, x'1f'), group_concat(criterion, x'1f'),
    group_concat({_ANSWER}, x'1f'), group_concat(at, x'1f'), SUM(answer != 'empty')
FROM {{source}} {{where}}
GROUP BY participant_id, scope_kind, scope, region, target_kind
"""
_ROWS_SQL = f"""
SELECT target_id, criterion, {_ANSWER}, at
FROM {{source}}
WHERE participant_id = ? AND scope_kind = ? AND scope = ? AND region = ? AND target_kind = ?
ORDER BY target_id, criterion
"""


def vote_columns(
    store: SessionStore,
    scores: Scores,
    labels: dict[str, dict[str, str]],
    rounds: dict[str, str],
) -> dict[str, list[str]]:
    """Every vote ``scores`` add up (the votes as they stand, or a kept round's) as columns of
    text.

    ``labels``: per target kind, target id (as text) → what the list shows (an
    item's label, an activity's number); ``rounds``: per target kind, the round
    the votes were given in. Votes of no participant are left out.
    """
    sources = scores.sources
    people = store.conn.execute("SELECT id, position, name FROM participants").fetchall()
    rank = {pid: (position, pid) for pid, position, _name in people}
    name_of = {pid: str(name) for pid, _position, name in people}
    ballots = [b for b in read_ballots(store, scores) if b[0] in rank]
    ballots.sort(
        key=lambda b: (rank[b[0]], KIND_ORDER.get(b[4], 2), str(b[1]), str(b[2]), str(b[3]))
    )
    columns: dict[str, list[str]] = {c: [] for c in COLUMNS}
    shown = {"unknown": MISSING_TEXT["unknown"], "empty": MISSING_TEXT["empty"], "nan": "nan"}
    for ballot in ballots:
        pid, _scope_kind, scope, region, kind, n = ballot[:6]
        targets, criteria, answers, times = _ballot_values(store, sources[kind], ballot)
        columns["participant"] += [name_of[pid]] * n
        columns["scope"] += [str(scope)] * n
        columns["region"] += [str(region)] * n
        label = labels.get(kind, {})
        try:
            columns["target"] += list(map(label.__getitem__, targets))
        except KeyError:  # a vote on a removed target shows its id
            columns["target"] += [label.get(t, t) for t in targets]
        columns["criterion"] += criteria
        try:
            columns["vote"] += list(map(shown.__getitem__, answers))
        except KeyError:  # a figure not seen before
            for answer in set(answers).difference(shown):
                shown[answer] = _number_text(answer)
            columns["vote"] += map(shown.__getitem__, answers)
        columns["at"] += times
        columns["round"] += [rounds[kind]] * n
    return columns


def _number_text(value: str) -> str:
    """A numeric vote as the list shows it: '2', '2.5' (a damaged file's text as it is)."""
    try:
        return format_compact(float(value), PRIORITY_PLACES)
    except ValueError:
        return value


def read_ballots(store: SessionStore, scores: Scores) -> list[tuple]:
    """One row per ballot of the votes ``scores`` add up: (participant, scope kind, scope,
    region, target kind, votes, then the targets, criteria, answers and times joined by
    ``SEP``, and the answers given, '-' included). Read once per ``scores``."""
    if scores.ballots is None:
        scores.ballots = _ballots(store, scores.sources)
    return scores.ballots


def votes_cast(store: SessionStore, scores: Scores | None = None) -> dict[int, int]:
    """Participant id → answers given in the votes as they stand ('-' included, empty cells
    not); from the ballots ``scores`` read already for the list of votes, where it did."""
    cached = scores.ballots if scores is not None else None
    if cached is None or scores is None or set(scores.sources.values()) != {"votes"}:
        return dict(
            store.conn.execute(
                "SELECT participant_id, COUNT(*) FROM votes WHERE answer != 'empty' "
                "GROUP BY participant_id"
            ).fetchall()
        )
    out: dict[int, int] = {}
    for ballot in cached:
        out[ballot[0]] = out.get(ballot[0], 0) + int(ballot[10] or 0)
    return out


def _ballots(store: SessionStore, sources: dict[str, str]) -> list[tuple]:
    if sources["item"] == sources["activity"]:
        return store.conn.execute(_BALLOTS_SQL.format(source=sources["item"], where="")).fetchall()
    out: list[tuple] = []
    for kind in ("item", "activity"):  # a kept round of one vote: each kind from its own source
        sql = _BALLOTS_SQL.format(source=sources[kind], where="WHERE target_kind = ?")
        out += store.conn.execute(sql, (kind,)).fetchall()
    return out


def _ballot_values(
    store: SessionStore, source: str, ballot: tuple
) -> tuple[list[str], list[str], list[str], list[str]]:
    """The targets, criteria, answers and times of one ballot, one entry per vote."""
    n = ballot[5]
    parts = [str(joined).split(SEP) if joined is not None else [] for joined in ballot[6:10]]
    if all(len(p) == n for p in parts):
        return parts[0], parts[1], parts[2], parts[3]
    where = ballot[:5]
    rows = store.conn.execute(_ROWS_SQL.format(source=source), where).fetchall()
    return _columns_of(rows)


def _columns_of(rows: Iterable[tuple]) -> tuple[list[str], list[str], list[str], list[str]]:
    targets, criteria, answers, times = [], [], [], []
    for target, criterion, answer, at in rows:
        targets.append(str(target))
        criteria.append(str(criterion))
        answers.append(str(answer))
        times.append(str(at))
    return targets, criteria, answers, times
