"""A session in a few lines of text: what each step holds, who voted, what changed when.

``facilitator info`` and ``facilitator history`` print these; they only read.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from facilitator.plan.glossary import STEPS

DETAIL_KEYS = ("species", "meeting", "place", "dates")

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


def _n(store: SessionStore, sql: str, params: tuple[object, ...] = ()) -> int:
    return int(store.scalar(sql, params) or 0)


def _plural(n: int, noun: str) -> str:
    if n == 1:
        return f"1 {noun}"
    return f"{n} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def _votes(store: SessionStore, target_kind: str) -> str:
    given = _n(
        store,
        "SELECT COUNT(*) FROM votes WHERE target_kind = ? AND answer <> 'empty'",
        (target_kind,),
    )
    voters = _n(
        store,
        "SELECT COUNT(DISTINCT participant_id) FROM votes WHERE target_kind = ? AND answer <> 'empty'",
        (target_kind,),
    )
    return f"{_plural(given, 'vote')} from {_plural(voters, 'voter')}"


def _text(kind: str) -> Callable[[SessionStore], str]:
    def describe(store: SessionStore) -> str:
        adopted = _n(
            store,
            "SELECT COUNT(*) FROM texts WHERE kind = ? AND adopted = 1 AND TRIM(body) <> ''",
            (kind,),
        )
        drafts = _n(store, "SELECT COUNT(*) FROM texts WHERE kind = ?", (kind,))
        return ("adopted" if adopted else "not adopted yet") + f", {_plural(drafts, 'draft')}"

    return describe


def _tree(store: SessionStore) -> str:
    counts = [
        _plural(_n(store, "SELECT COUNT(*) FROM items WHERE kind = ?", (k,)), k)
        for k in ("constraint", "driver", "threat")
    ]
    return ", ".join(counts) + f", {_plural(_n(store, 'SELECT COUNT(*) FROM links'), 'link')}"


def _people(store: SessionStore) -> str:
    return (
        f"{_plural(_n(store, 'SELECT COUNT(*) FROM countries'), 'country')}, "
        f"{_plural(_n(store, 'SELECT COUNT(*) FROM regions'), 'region')}, "
        f"{_plural(_n(store, 'SELECT COUNT(*) FROM participants'), 'participant')}"
    )


def _count_of(table: str, noun: str) -> Callable[[SessionStore], str]:
    return lambda store: _plural(_n(store, f"SELECT COUNT(*) FROM {table}"), noun)


def _monitoring(store: SessionStore) -> str:
    return (
        f"{_plural(_n(store, 'SELECT COUNT(*) FROM reviews'), 'review')}, "
        f"{_plural(_n(store, 'SELECT COUNT(*) FROM monitoring_actions'), 'action')}"
    )


DESCRIBE: dict[str, Callable[[SessionStore], str]] = {
    "session": _people,
    "vision": _text("vision"),
    "goal": _text("goal"),
    "problem_tree": _tree,
    "threat_ranking": lambda store: _votes(store, "item"),
    "objectives": _count_of("objectives", "objective"),
    "results": _count_of("results", "result"),
    "activities": _count_of("activities", "activity"),
    "prioritisation": lambda store: _votes(store, "activity"),
    "monitoring": _monitoring,
}


def _statuses(store: SessionStore) -> dict[str, str]:
    try:
        from facilitator.status.progress import step_status
    except ImportError:
        return {}
    return step_status(store)


def session_summary(store: SessionStore) -> list[str]:
    """Title, file, one line per step (status and counts), voters and the last change."""
    meta = store.meta()
    lines = [f"Title: {meta.get('title', '')}"]
    lines += [
        f"{key.capitalize()}: {meta[key]}" for key in DETAIL_KEYS if meta.get(key, "").strip()
    ]
    lines.append(f"File: {store.path}")
    status = _statuses(store)
    width = max(len(s.title) for s in STEPS)
    for step in STEPS:
        describe = DESCRIBE.get(step.id)
        detail = describe(store) if describe else ""
        lines.append(f"  {step.title:<{width}}  {status.get(step.id, ''):<7}  {detail}".rstrip())
    voters = _n(store, "SELECT COUNT(*) FROM participants WHERE votes > 0")
    voted = _n(store, "SELECT COUNT(DISTINCT participant_id) FROM votes WHERE answer <> 'empty'")
    lines.append(f"Voters: {voters} ({voted} have voted)")
    last = store.rows("SELECT at, action, label FROM history ORDER BY id DESC LIMIT 1")
    if last:
        action = "" if last[0]["action"] == "do" else f"{last[0]['action']}: "
        lines.append(f"Last change: {_when(last[0]['at'])}, {action}{last[0]['label']}")
    else:
        lines.append("Last change: none yet")
    return lines


def _when(at: str) -> str:
    return at.replace("T", " ")[:19]


def history_lines(store: SessionStore) -> list[str]:
    """Every recorded change, oldest first: time, what, how many rows, and '(undo)' or '(redo)'.

    Worded as the vote history is: a change made is just its label.
    """
    rows = store.rows(
        "SELECT h.at, h.action, h.label, COUNT(c.seq) AS n FROM history h "
        "LEFT JOIN history_changes c ON c.history_id = h.id GROUP BY h.id ORDER BY h.id"
    )
    return [
        f"{_when(r['at'])}  {r['label']} ({_plural(r['n'], 'row')})"
        + ("" if r["action"] == "do" else f" ({r['action']})")
        for r in rows
    ]


def _vote_words(row: dict[str, object] | None) -> str:
    if row is None:
        return "nothing"
    if row.get("answer") == "number":
        return f"{float(row['value']):g}"  # type: ignore[arg-type]
    return "-" if row.get("answer") == "unknown" else "not filled in"


def vote_history_lines(store: SessionStore) -> list[str]:
    """When each vote was given, changed or taken back: time, voter, scope, target, criterion, old → new."""
    from facilitator.plan import model

    names = {r["id"]: r["name"] for r in store.rows("SELECT id, name FROM participants")}
    targets = {("item", i.id): i.label for i in model.items(store)}
    targets |= {("activity", a.id): f"activity {a.number}" for a in model.activities(store)}
    rows = store.rows(
        "SELECT h.at, h.action, c.key, c.before, c.after FROM history_changes c "
        "JOIN history h ON h.id = c.history_id WHERE c.tbl = 'votes' ORDER BY h.id, c.seq"
    )
    out = []
    for r in rows:
        key = json.loads(r["key"])
        before = json.loads(r["before"]) if r["before"] else None
        after = json.loads(r["after"]) if r["after"] else None
        voter = names.get(key["participant_id"], f"participant #{key['participant_id']} (removed)")
        target = targets.get(
            (key["target_kind"], key["target_id"]),
            f"{key['target_kind']} #{key['target_id']} (removed)",
        )
        action = "" if r["action"] == "do" else f" ({r['action']})"
        out.append(
            f"{_when(r['at'])}  {voter} for {key['scope']}: {target}, {key['criterion']}: "
            f"{_vote_words(before)} → {_vote_words(after)}{action}"
        )
    return out
