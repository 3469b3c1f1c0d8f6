"""What a vote on the shared screen needs from the session.

Two votes run in a workshop: the threat ranking (drivers and threats scored
for importance and capacity) and the prioritisation (activities scored for
priority). This module lists who votes, for which scopes, on which targets,
reads one voter's own entries, and counts progress per voter without showing
anyone's values, so the results stay secret until the facilitator reveals them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.plan import model

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


@dataclass(frozen=True)
class VoteKind:
    """One of the two votes: what is scored and on which criteria."""

    id: str
    title: str
    target_kind: str
    criteria: tuple[str, ...]


#: the heading of voters who belong to no country
INTERNATIONAL = QT_TRANSLATE_NOOP("core", "International")
THREAT_RANKING = VoteKind("threat_ranking", "Threat ranking", "item", ("importance", "capacity"))
PRIORITISATION = VoteKind("prioritisation", "Prioritisation", "activity", ("priority",))
VOTE_KINDS = {k.id: k for k in (THREAT_RANKING, PRIORITISATION)}

CRITERION_TITLES = {
    "importance": QT_TRANSLATE_NOOP("core", "Importance"),
    "capacity": QT_TRANSLATE_NOOP("core", "Capacity"),
    "priority": QT_TRANSLATE_NOOP("core", "Priority"),
}


@dataclass(frozen=True)
class Target:
    """A row of the voting grid: a driver, a threat or an activity."""

    id: int
    label: str
    group: str  # 'driver' / 'threat', or the activity's objective number
    number: str = ""  # the activity number ('1.2.3'); '' for items

    @property
    def title(self) -> str:
        return f"{self.number} {self.label}" if self.number else self.label


@dataclass(frozen=True)
class Scope:
    """Whom a vote speaks for: a country (by code) or a whole region (by name).

    ``region`` names the working group a country vote is given in ('' = none):
    "Iran — in Zagros".
    """

    kind: str
    name: str
    label: str
    region: str = ""


Answer = tuple[str, float | None]  # ('number', 2.0), ('unknown', None), ('empty', None)


def vote_kind(kind: str | VoteKind) -> VoteKind:
    if isinstance(kind, VoteKind):
        return kind
    try:
        return VOTE_KINDS[kind]
    except KeyError:
        raise ValueError(f"'{kind}' is not a vote; use {' or '.join(VOTE_KINDS)}.") from None


def targets(store: SessionStore, kind: str | VoteKind) -> list[Target]:
    """What is scored, in the order the grid and the ballot show it: in a later round only
    the items it was opened on (the others keep their figures)."""
    vk = vote_kind(kind)
    if vk.target_kind == "item":
        every = [
            Target(i.id, i.label, i.kind)
            for i in model.items(store)
            if i.kind in model.RANKED_KINDS
        ]
    else:
        every = [
            Target(a.id, a.text, a.number.split(".")[0], a.number) for a in model.activities(store)
        ]
    reopened = round_targets(store, vk.id)
    return every if reopened is None else [t for t in every if t.id in reopened]


def round_targets(store: SessionStore, kind: str) -> set[int] | None:
    """The targets the current round of a vote was opened on; None for every target (round 1,
    or a round opened on every item). A later round asks the room only about these."""
    import json

    text = store.scalar(
        "SELECT reopened FROM vote_rounds WHERE vote_kind = ? ORDER BY round DESC LIMIT 1",
        (kind,),
    )
    return None if not text or text == "all" else {int(i) for i in json.loads(text)}


def voters(store: SessionStore) -> list[model.Participant]:
    """Participants with a vote, grouped by country in the session's country order."""
    order = {c.code: n for n, c in enumerate(model.countries(store))}
    people = [p for p in model.participants(store) if p.votes]
    return sorted(
        people,
        key=lambda p: (order.get(p.country or "", len(order)), model.clean(p.name).casefold()),
    )


def voter_groups(store: SessionStore) -> list[tuple[str, list[model.Participant]]]:
    """Voters under a heading per country ('International' for those without one)."""
    names = {c.code: c.name for c in model.countries(store)}
    groups: dict[str, list[model.Participant]] = {}
    for p in voters(store):
        heading = f"{names[p.country]} ({p.country})" if p.country in names else INTERNATIONAL
        groups.setdefault(heading, []).append(p)
    return list(groups.items())


def scopes_for(store: SessionStore, participant: model.Participant | None) -> list[Scope]:
    """The scopes a voter may speak for, the most likely first.

    Their own country, then the regions it belongs to (a working group), then
    the other countries (someone voting for two), then the other regions;
    regions first for an international expert without a country.
    """
    countries = model.countries(store)
    regions = model.regions(store)
    own = participant.country if participant else None
    own_regions = next((c.regions for c in countries if c.code == own), [])
    first = [s for c in countries if c.code == own for s in _country_scopes(c, regions)]
    first += [
        Scope("region", r.name, f"{r.name} (region)") for r in regions if r.name in own_regions
    ]
    others = [s for c in countries if c.code != own for s in _country_scopes(c, regions)]
    other_regions = [
        Scope("region", r.name, f"{r.name} (region)") for r in regions if r.name not in own_regions
    ]
    # An international expert (no country) most often speaks for a region.
    return first + (others + other_regions if own else other_regions + others)


def _country_scopes(country: model.Country, regions: list[model.Region]) -> list[Scope]:
    """A country, then, where it is in several regions, its delegates in each region's
    working group ("Iran — in Zagros")."""
    out = [Scope("country", country.code, f"{country.name} ({country.code})")]
    if len(country.regions) > 1:
        out += [
            Scope("country", country.code, f"{country.name} — in {r.name}", r.name)
            for r in regions
            if r.name in country.regions
        ]
    return out


def own_votes(
    store: SessionStore, participant_id: int, scope: Scope, kind: str | VoteKind
) -> dict[tuple[int, str], Answer]:
    """One voter's entries for one scope: (target id, criterion) → (answer, value)."""
    vk = vote_kind(kind)
    rows = store.rows(
        "SELECT target_id, criterion, answer, value FROM votes WHERE participant_id = ? "
        "AND scope_kind = ? AND scope = ? AND region = ? AND target_kind = ?",
        (participant_id, scope.kind, scope.name, scope.region, vk.target_kind),
    )
    return {(r["target_id"], r["criterion"]): (r["answer"], r["value"]) for r in rows}


def voted_scopes(
    store: SessionStore, participant_id: int, kind: str | VoteKind
) -> list[tuple[str, str, str]]:
    """The scopes a voter has entered anything for, as (kind, name, working group's region)."""
    vk = vote_kind(kind)
    rows = store.rows(
        "SELECT DISTINCT scope_kind, scope, region FROM votes WHERE participant_id = ? "
        "AND target_kind = ? AND answer != 'empty' ORDER BY scope_kind, scope, region",
        (participant_id, vk.target_kind),
    )
    return [(r["scope_kind"], r["scope"], r["region"]) for r in rows]


@dataclass(frozen=True)
class Progress:
    """How far one voter is: cells answered (a number or '-') out of cells to answer."""

    participant: model.Participant
    done: int
    total: int
    scopes: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


def progress(
    store: SessionStore,
    kind: str | VoteKind,
    participant_ids: list[int] | None = None,
    target_count: int | None = None,
) -> list[Progress]:
    """Per voter, how many cells are answered: counts only, never the values.

    ``participant_ids`` limits the count to those voters (after one voter's
    keystroke only their row changes); ``target_count`` saves listing the
    targets when the caller already has them.
    """
    vk = vote_kind(kind)
    cells = (len(targets(store, vk)) if target_count is None else target_count) * len(vk.criteria)
    marks = ", ".join("?" for _ in vk.criteria)
    only = (
        f"AND participant_id IN ({', '.join('?' for _ in participant_ids)})"
        if participant_ids
        else ""
    )
    asked = round_targets(store, vk.id)  # a later round counts only the items it asks about
    if asked is not None:
        only += f" AND target_id IN ({', '.join(str(int(t)) for t in sorted(asked)) or 'NULL'})"
    # '+target_kind' keeps SQLite off the per-target index: one pass over the votes is faster.
    counts = store.rows(
        # A country's working groups count as the country: a cell answered in any of them is done.
        f"SELECT participant_id, COUNT(DISTINCT target_id || '/' || criterion) AS done FROM votes "
        f"WHERE +target_kind = ? AND answer != 'empty' "
        f"AND criterion IN ({marks}) {only} GROUP BY participant_id, scope_kind, scope",
        (vk.target_kind, *vk.criteria, *(participant_ids or [])),
    )
    done: dict[int, int] = {}
    scopes: dict[int, int] = {}
    for r in counts:
        done[r["participant_id"]] = done.get(r["participant_id"], 0) + r["done"]
        scopes[r["participant_id"]] = scopes.get(r["participant_id"], 0) + 1
    out = []
    for p in voters(store):
        if participant_ids is None or p.id in participant_ids:
            n = max(1, scopes.get(p.id, 0))
            out.append(Progress(p, done.get(p.id, 0), cells * n, n))
    return out


def is_revealed(store: SessionStore, kind: str | VoteKind) -> bool:
    """Whether the facilitator has revealed the results of this vote (hidden by default)."""
    return store.preference(f"reveal.{vote_kind(kind).id}") == "1"


def set_revealed(store: SessionStore, kind: str | VoteKind, revealed: bool) -> None:
    """Reveal or hide the results as one undoable step (``voting.edits.reveal``)."""
    from facilitator.voting.edits import reveal

    store.apply(reveal(kind, revealed))
