"""Planning a file of votes: ``participant, scope, item, criterion, value``.

Every row is checked against the session before anything is written, so
all bad rows are listed together. Voters the session does not know yet are
added (with the country they voted for) in the same step as their votes.
A vote already recorded with the same answer changes nothing, so importing
one file twice is harmless. ``plan_votes`` serves any source of rows of
votes (a returned ballot, a pasted table), not only files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from facilitator.errors import EditError
from facilitator.importing.fileedit import RowProblem, staged
from facilitator.importing.reading import DATE_HINT, Row, as_date, cell_text
from facilitator.plan import edits as ops
from facilitator.plan.lookup import CellProblem, Lookup, name_key
from facilitator.session.edits import Edit, RowChange
from facilitator.voting import edits as vote_edits

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

CRITERION_WORDS = {
    "importance": "importance",
    "severity": "importance",
    "importance/severity": "importance",
    "importance / severity": "importance",
    "capacity": "capacity",
    "priority": "priority",
}
Problem = tuple[int, str, str]


@dataclass(frozen=True)
class PlannedVote:
    line: int
    voter: str
    scope_kind: str
    scope: str
    target_kind: str
    target_id: int
    criterion: str
    value: Any
    answer: tuple[str, float | None]
    region: str = ""  # the working group a country vote was given in

    def key(self) -> tuple:
        return (
            name_key(self.voter),
            self.scope_kind,
            self.scope,
            self.region,
            self.target_kind,
            self.target_id,
            self.criterion,
        )


def vote_value(raw: object) -> object:
    """A cell as parse_vote takes it: numbers stay numbers, text is cleaned ('Not filled in' → '')."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return raw
    return cell_text(raw)


def _criterion(text: str, target_kind: str) -> str:
    word = CRITERION_WORDS.get(text.casefold())
    if not text and target_kind == "activity":
        return "priority"
    if word is None:
        raise CellProblem(f"'{text}' is not a criterion; use importance, capacity or priority.")
    if target_kind == "activity" and word != "priority":
        raise CellProblem(f"activities are scored for priority, not {word}.")
    if target_kind == "item" and word == "priority":
        raise CellProblem(
            "threats and drivers are scored for importance and capacity, not priority."
        )
    return word


def _plan_row(lookup: Lookup, row: Row) -> PlannedVote:
    """Resolve one row; raises ``RowProblem`` naming the first wrong cell."""
    column = "participant"
    try:
        voter = row.text("participant")
        if not voter:
            raise CellProblem("the participant's name is empty.")
        lookup.participant(voter)
        column = "scope"
        scope_kind, scope = lookup.scope(row.text("scope"))
        column = "region"
        region = _working_group(lookup, row.text("region"), scope_kind, scope)
        column = "item"
        target_kind, target_id = lookup.target(row.text("item"))
        column = "criterion"
        criterion = _criterion(row.text("criterion"), target_kind)
        column = "value"
        if as_date(row.cells.get("value")):
            raise CellProblem(DATE_HINT.format(date=as_date(row.cells.get("value"))))
        value = vote_value(row.cells.get("value"))
        answer = vote_edits.parse_vote(value, criterion)
    except (CellProblem, EditError) as problem:
        raise RowProblem(column, str(problem)) from None
    return PlannedVote(
        row.line, voter, scope_kind, scope, target_kind, target_id, criterion, value, answer, region
    )


def _working_group(lookup: Lookup, text: str, scope_kind: str, scope: str) -> str:
    """The region (name or abbreviation) whose working group a country vote was given in."""
    if not text:
        return ""
    region = lookup.region(text)
    if region is None:
        raise CellProblem(f"'{text}' is not a region of this session.")
    if scope_kind != "country":
        raise CellProblem("only a vote for a country names a working group's region.")
    if not lookup.store.scalar(
        "SELECT 1 FROM region_members WHERE region = ? AND country = ?", (region, scope)
    ):
        raise CellProblem(f"{scope} is not in {region}: it has no working group there.")
    return region


def _new_voters(lookup: Lookup, planned: list[PlannedVote]) -> dict[str, tuple[str, str | None]]:
    """Voters the session lacks: name key → (name as written first, first country they voted for)."""
    new: dict[str, tuple[str, str | None]] = {}
    for vote in planned:
        if lookup.participant(vote.voter) is not None:
            continue
        name, country = new.get(name_key(vote.voter), (vote.voter, None))
        if country is None and vote.scope_kind == "country":
            country = vote.scope
        new[name_key(vote.voter)] = (name, country)
    return new


def plan_votes(
    store: SessionStore, rows: list[Row], label: str = "import votes"
) -> tuple[Edit | None, list[Problem], list[str]]:
    """Check rows of votes and plan them as one edit.

    Returns ``(edit, problems, new_participants)``: ``problems`` lists every bad
    row as ``(line, column, message)`` and then ``edit`` is None; otherwise
    ``edit`` (a ``VotesEdit``) adds the ``new_participants`` (names) and records
    every vote, except that an empty cell leaves an answer already given alone.
    """
    lookup = Lookup(store)
    planned: list[PlannedVote] = []
    problems: list[Problem] = []
    seen: dict[tuple, PlannedVote] = {}
    for row in rows:
        flaws = row.problems()
        if flaws:
            problems += [(row.line, column, message) for column, message in flaws]
            continue
        try:
            vote = _plan_row(lookup, row)
        except RowProblem as problem:
            problems.append((row.line, problem.column, problem.message))
            continue
        earlier = seen.setdefault(vote.key(), vote)
        if earlier is not vote and earlier.answer != vote.answer:
            problems.append(
                (row.line, "value", f"line {earlier.line} gives this vote a different value.")
            )
        planned.append(vote)
    if problems:
        return None, problems, []
    new = _new_voters(lookup, planned)
    return VotesEdit(label, list(new.values()), planned), [], [name for name, _ in new.values()]


class VotesEdit(Edit):
    """New voters and their votes as one step.

    An empty cell never wipes out an answer already recorded (a ballot handed
    back with a gap must not erase a vote given on screen): ``kept`` counts
    such cells after planning.
    """

    def __init__(self, label: str, new: list[tuple[str, str | None]], planned: list[PlannedVote]):
        self.label = label
        self.new = new
        self.planned = planned
        self.kept = 0

    def plan(self, store: SessionStore) -> list[RowChange]:
        changes: list[RowChange] = []
        lookup = Lookup(store)  # read once: names in ``new`` differ from each other
        for name, country in self.new:
            if lookup.participant(name) is None:
                changes += staged(store, ops.add_participant(name, country=country).plan(store))
        votes = self._resolved(store)
        _check_references(store, votes)
        self.kept = 0
        for (key, value), vote in zip(votes, self.planned):
            if vote.answer[0] == "empty" and _answered(store, key):
                self.kept += 1
                continue
            changes += vote_edits.vote_change(store, key, value)
        return changes

    def _resolved(self, store: SessionStore) -> list[vote_edits.Vote]:
        lookup = Lookup(store)
        votes = []
        for vote in self.planned:
            pid = lookup.participant(vote.voter)
            if pid is None:
                raise EditError(f"{vote.voter} is no longer in the session.")
            key = vote_edits.VoteKey(
                pid,
                vote.scope_kind,
                vote.scope,
                vote.target_kind,
                vote.target_id,
                vote.criterion,
                vote.region,
            )
            votes.append((key, vote.value))
        return votes


def _answered(store: SessionStore, vote: vote_edits.VoteKey) -> bool:
    """True when this voter already gave a number or '-' for this scope, target and criterion."""
    return bool(
        store.scalar(
            "SELECT 1 FROM votes WHERE participant_id = ? AND scope_kind = ? AND scope = ? AND target_kind = ? "
            "AND target_id = ? AND criterion = ? AND region = ? AND answer <> 'empty'",
            vote,
        )
    )


def _check_references(store: SessionStore, votes: list[vote_edits.Vote]) -> None:
    """Every scope and target still exists (the edit may be applied a while after it was planned)."""
    targets = {(k.scope_kind, k.scope, k.target_kind, k.target_id) for k, _ in votes}
    for scope_kind, scope, target_kind, target_id in targets:
        table, col = ("countries", "code") if scope_kind == "country" else ("regions", "name")
        if not store.scalar(f"SELECT 1 FROM {table} WHERE {col} = ?", (scope,)):
            raise EditError(f"There is no {scope_kind} '{scope}' any more.")
        t_table = "items" if target_kind == "item" else "activities"
        if not store.scalar(f"SELECT 1 FROM {t_table} WHERE id = ?", (target_id,)):
            raise EditError(f"An {target_kind} voted for no longer exists.")
