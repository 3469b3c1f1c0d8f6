"""What a removal took with it, counted from the rows the edit deleted.

A facilitator who deletes an objective holding a hundred priority votes must be
told so at once ("Removed objective 2 with 1 result, 3 activities and 108
priority votes — Ctrl+Z brings them back"); the counts come from the applied
edit's row changes, so they are exactly what Undo brings back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from facilitator.session.edits import RowChange

#: table (or vote kind) → (singular, plural), in the order a sentence names them
NOUNS: dict[str, tuple[str, str]] = {
    "objectives": ("objective", "objectives"),
    "results": ("result", "results"),
    "activities": ("activity", "activities"),
    "items": ("item", "items"),
    "links": ("link", "links"),
    "priority votes": ("priority vote", "priority votes"),
    "ranking votes": ("ranking score", "ranking scores"),
    "notes": ("note", "notes"),
}


def removed_counts(changes: Iterable[RowChange]) -> Counter[str]:
    """How many rows of each kind (``NOUNS``) the changes delete; votes split into priority
    votes and threat-ranking scores."""
    counts: Counter[str] = Counter()
    for change in changes:
        if change.before is None or change.after is not None:
            continue
        table = change.table
        if table == "votes":
            row = {**change.key, **change.before}
            priority = row.get("criterion") == "priority"
            table = "priority votes" if priority else "ranking votes"
        if table in NOUNS:
            counts[table] += 1
    return counts


def count_phrase(counts: Counter[str], leave_out: str | None = None) -> str:
    """'1 result, 3 activities and 108 priority votes' (kinds with none are left out)."""
    parts = []
    for key, (one, many) in NOUNS.items():
        n = counts.get(key, 0) - (1 if key == leave_out else 0)
        if n > 0:
            parts.append(f"{n} {one if n == 1 else many}")
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return parts[0] if parts else ""


def taken_with(changes: Iterable[RowChange], table: str, rows: int = 1) -> list[tuple[str, int]]:
    """What went with ``rows`` removed rows of ``table``: (kind of ``NOUNS``, how many), in
    the order a sentence names them; the app words them in its own language."""
    counts = removed_counts(changes)
    if table in counts:
        counts[table] -= rows  # the rows themselves are what was removed
    return [(key, counts[key]) for key in NOUNS if counts.get(key, 0) > 0]


def removal_sentence(what: str, changes: Iterable[RowChange], table: str, rows: int = 1) -> str:
    """The sentence after removing ``what`` (``rows`` rows of ``table``): what went with it
    and how to get it back."""
    with_it = count_phrase(Counter(dict(taken_with(changes, table, rows))))
    if not with_it:
        return f"Removed {what} — Ctrl+Z brings it back."
    return f"Removed {what} with {with_it} — Ctrl+Z brings them back."


def votes_given(store, participant_id: int) -> int:
    """How many scores (numbers or '-') a participant has given: what stops counting when they
    are marked as not voting."""
    return int(
        store.scalar(
            "SELECT COUNT(*) FROM votes WHERE participant_id = ? AND answer != 'empty'",
            (participant_id,),
        )
        or 0
    )
