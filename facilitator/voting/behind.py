"""The votes behind a figure: the lines the app lists when a figure is selected.

By the rules of the roll-up (``facilitator.voting.rollup``): a country's figure is
made of the votes for that country; a region's of its working group's own votes
where they gave an answer, else of its countries' votes; the overall figure of a
driver or threat of the votes behind each region's figure (every country's where
no regions are defined); an activity's of every country's.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from facilitator.voting.cells import Key, VoteLine, VotesBehind, _nan
from facilitator.voting.score_text import PRIORITY_PLACES, format_compact

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore
    from facilitator.voting.rollup import Figures


def votes_behind(
    store: SessionStore,
    figures: Figures,
    members: dict[str, list[str]],
    target_kind: str,
    key: Key,
) -> VotesBehind:
    """The votes a figure is made of (see the module's docstring), and a one-line summary."""
    level, target_id, criterion = key[0], key[1], key[2]
    votes = _votes_of(store, figures, target_kind, int(target_id), criterion)
    countries = [v for v in votes if v[1] == "country"]
    if level == "country":
        chosen = [v for v in countries if v[2] == key[3]]
    elif level == "region":
        chosen = _region_votes(votes, key[3], members.get(key[3], []))
    elif target_kind == "item" and members:
        seen: set[int] = set()
        chosen = []
        for region, codes in members.items():
            for v in _region_votes(votes, region, codes):
                if v[6] not in seen:
                    seen.add(v[6])
                    chosen.append(v)
        chosen.sort(key=lambda v: v[6])
    else:
        chosen = countries
    lines = [VoteLine(v[0], v[2], _answer_text(v[3], v[4])) for v in chosen]
    return VotesBehind(lines, _summary(chosen))


def _votes_of(
    store: SessionStore, figures: Figures, kind: str, target_id: int, criterion: str
) -> list[tuple]:
    """The counted votes of one target and criterion, in the order they were given:
    (participant, scope kind, scope, answer, value, at, n)."""
    round_no = figures.rounds.get(kind)
    live = figures.sources.get(kind) == "votes"
    table, extra = ("votes", "") if live else ("round_votes", f"AND v.round = {int(round_no or 0)}")
    rows = store.conn.execute(
        "SELECT p.name, v.scope_kind, v.scope, v.answer, v.value, v.at "
        f"FROM {table} v JOIN participants p ON p.id = v.participant_id "
        "WHERE v.target_kind = ? AND v.target_id = ? AND v.criterion = ? AND p.votes = 1 "
        f"{extra} ORDER BY v.at, v.rowid",
        (kind, target_id, criterion),
    )
    return [
        (str(r[0]), str(r[1]), str(r[2]), str(r[3]), math.nan if r[4] is None else float(r[4]))
        + (str(r[5]), n)
        for n, r in enumerate(rows)
    ]


def _region_votes(votes: list[tuple], region: str, codes: list[str]) -> list[tuple]:
    own = [v for v in votes if v[1] == "region" and v[2] == region]
    theirs = [v for v in votes if v[1] == "country" and v[2] in codes]

    def answered(lines: list[tuple]) -> bool:
        return any(v[3] in ("number", "unknown") for v in lines)

    return own if answered(own) or (own and not answered(theirs)) else theirs


def _answer_text(answer: str, value: float) -> str:
    if answer == "number" and not _nan(value):
        return format_compact(value, PRIORITY_PLACES)
    return "-" if answer == "unknown" else "not filled in"


def _summary(votes: list[tuple]) -> str:
    """'5 votes (1–3, spread 2), 1 unknown, 2 not filled in'."""
    numbers = [v[4] for v in votes if v[3] == "number" and not _nan(v[4])]
    parts = [f"{len(numbers)} vote{'s' if len(numbers) != 1 else ''}"]
    if numbers:
        low, high = min(numbers), max(numbers)
        parts[0] += (
            f" ({low:g}–{high:g}, spread {high - low:g})" if high > low else f" (all {low:g})"
        )
    unknown = sum(1 for v in votes if v[3] == "unknown")
    empty = sum(1 for v in votes if v[3] == "empty")
    parts += [f"{unknown} unknown"] if unknown else []
    parts += [f"{empty} not filled in"] if empty else []
    return ", ".join(parts)
