"""Ballots for online workshops: XLSX sheets sent to participants and read back.

``export_ballots`` writes one workbook per participant (or per country, one
sheet per participant), pre-filled with the items or activities and the
voter's own earlier scores, the scales explained, data validation in the score
cells and the voter and scope written in. ``read_ballots`` reads returned workbooks (several at once) into a
``BallotPreview``: what would change per participant and every problem cell.
Nothing is written until ``BallotPreview.edit`` is applied, as one step; a
cell left empty never erases a vote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from facilitator.ballots.read import BallotVote, Problem, read_workbook, resolve_scope
from facilitator.documents.workbook import new_workbook, put, save_workbook
from facilitator.plan import model
from facilitator.voting.state import (
    Scope,
    VoteKind,
    own_votes,
    scopes_for,
    targets,
    vote_kind,
)
from facilitator.words import document_language, fixed, is_rtl, word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

__all__ = [
    "Ballot",
    "BallotPreview",
    "BallotVote",
    "ParticipantChanges",
    "Problem",
    "default_ballots",
    "export_ballots",
    "read_ballots",
    "resolve_scope",
    "write_workbook",
]

#: the labels of column A; ``read`` finds them again in any of the four languages
LABELS = {
    "workshop": "Workshop",
    "participant": "Participant",
    "participant_id": "Participant number",
    "scope": "Votes for",
    "vote": "Ballot",
}
HEADER_ID = {"item": "Id", "activity": "Activity"}
HEADER_TEXT = {"item": "Driver or threat", "activity": "Text"}
SCORE_FILL = PatternFill("solid", fgColor="FFF4CC")


@dataclass(frozen=True)
class Ballot:
    """One sheet: a voter, the scope they speak for, and the vote."""

    participant: model.Participant
    scope: Scope | None  # None: the voter writes the region they speak for
    kind: VoteKind


#: a scale explained, as the score tables' legend says it (one sentence per criterion)
SCALE_TEXT = {
    "importance": "Importance/severity: 0 = non-existent, 1 = minor, 2 = medium, 3 = major.",
    "capacity": "Capacity to address it: 1 = poor, 2 = medium, 3 = good.",
    "priority": "Priority: 1 = low, 2 = medium, 3 = high.",
}


def scale_text(criterion: str) -> str:
    """The criterion's scale in words, in the document language."""
    return word(SCALE_TEXT[criterion])


def default_ballots(
    store: SessionStore, kind: str | VoteKind, participant_ids: list[int] | None = None
) -> list[Ballot]:
    """The ballots to send: each voter's own country, and every other scope they already voted for.

    A voter without a country gets one ballot whose scope they write in.
    """
    from facilitator.voting.state import voted_scopes, voters

    vk = vote_kind(kind)
    out = []
    for p in voters(store):
        if participant_ids is not None and p.id not in participant_ids:
            continue
        choices = scopes_for(store, p)
        wanted = choices[:1] if p.country else []
        wanted += [
            s
            for s in choices
            if (s.kind, s.name, s.region) in voted_scopes(store, p.id, vk) and s not in wanted
        ]
        out += [Ballot(p, s, vk) for s in wanted] or [Ballot(p, None, vk)]
    return out


def _scope_cell(ballot: Ballot) -> str:
    """What the ballot's 'Votes for' cell holds: 'IR', 'Caucasus' or 'IR in Zagros'."""
    if ballot.scope is None:
        return ""
    return ballot.scope.name + (f" in {ballot.scope.region}" if ballot.scope.region else "")


def _scope_words(scope: Scope) -> str:
    """The scope as the participant reads it, in the document language: "Armenia (AM)",
    "Caucasus (регион)", "Iran — در گروه کاری Zagros" (the 'Votes for' cell keeps the code)."""
    if scope.kind == "region":
        return word("{name} (region)", name=scope.name)
    if scope.region:
        country = scope.label.rsplit(" — ", 1)[0]
        return word("{country} — in {region}", country=country, region=scope.region)
    return scope.label


def _scope_slug(ballot: Ballot) -> str:
    return _slug(_scope_cell(ballot) or "international")


def export_ballots(
    store: SessionStore,
    folder: str | Path,
    kind: str | VoteKind,
    per: str = "participant",
    participant_ids: list[int] | None = None,
    language: str | None = None,
) -> list[Path]:
    """Write the ballots into ``folder``: a workbook per participant, or per country.

    A participant who votes for two scopes gets a sheet for each. ``language``
    (en, ru, fa, tr; English when None) is the language of every fixed word the
    participant reads; a returned ballot imports the same in any language.
    """
    vk = vote_kind(kind)
    if per not in ("participant", "country"):
        raise ValueError("Ballots are written per participant or per country.")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    groups: dict[str, list[Ballot]] = {}
    for b in default_ballots(store, vk, participant_ids):
        if per == "country":
            name = f"ballot-{vk.id}-{_scope_slug(b)}.xlsx"
        else:
            name = f"ballot-{vk.id}-{b.participant.id:03d}-{_slug(b.participant.name)}.xlsx"
        groups.setdefault(name, []).append(b)
    # A country's workbook passes through several hands: it never shows anyone's earlier scores.
    earlier = per == "participant"
    with document_language(language):
        return [write_workbook(store, folder / name, bs, earlier) for name, bs in groups.items()]


def write_workbook(
    store: SessionStore, path: str | Path, ballots: list[Ballot], earlier: bool = True
) -> Path:
    """One workbook with a sheet per ballot; ``earlier``: each voter's earlier scores filled in."""
    wb = new_workbook()
    for sheet in list(wb.worksheets):
        wb.remove(sheet)
    used: set[str] = set()
    title = store.meta().get("title", "")
    people = [b.participant.id for b in ballots]
    for ballot in ballots:
        name = ballot.participant.name
        if people.count(ballot.participant.id) > 1 and ballot.scope:
            where = ballot.scope.name + (
                f" {ballot.scope.region[:5]}" if ballot.scope.region else ""
            )
            name = f"{name[:18]} {where[:12]}"
        ws = wb.create_sheet(_sheet_title(name, used))
        _write_sheet(ws, store, title, ballot, earlier)
    path = Path(path)
    save_workbook(wb, path)
    return path


def _write_sheet(
    ws: Any, store: SessionStore, workshop: str, ballot: Ballot, earlier: bool
) -> None:
    vk = ballot.kind
    if is_rtl():
        ws.sheet_view.rightToLeft = True  # a Persian ballot reads from the right
    put(ws, 1, 1, word("ZOPP ballot: {vote}", vote=fixed(vk.title)))
    ws["A1"].font = Font(bold=True, size=14)
    info = [
        ("workshop", workshop),
        ("participant", ballot.participant.name),
        ("participant_id", ballot.participant.id),
        ("scope", _scope_cell(ballot)),
        ("vote", vk.id),
    ]
    for row, (key, value) in enumerate(info, start=2):
        put(ws, row, 1, word(LABELS[key])).font = Font(bold=True)
        put(ws, row, 2, value)
    votes_for = word(LABELS["scope"])
    scope_label = (
        _scope_words(ballot.scope)
        if ballot.scope
        else word("the country or region you write in '{votes_for}'", votes_for=votes_for)
    )
    put(
        ws,
        5,
        3,
        scope_label if ballot.scope else word("← write the country code or region you vote for"),
    )
    notes = [scale_text(c) for c in vk.criteria]
    notes.append(
        word(
            "Write '-' where you don't know or it does not apply; leave a cell empty if you "
            "don't answer."
        )
        + " "
        + word(
            "Scores you gave earlier are filled in: change them if you wish."
            if earlier
            else "A cell left empty keeps any score you gave earlier."
        )
    )
    id_header = word(HEADER_ID[vk.target_kind])
    notes.append(
        word(
            "Score for {scope} only; to score for another country or a region, write its code "
            "or name in '{votes_for}'. Don't change the {id} column.",
            scope=scope_label,
            votes_for=votes_for,
            id=id_header,
        )
    )
    header = 8 + len(notes) + 1
    columns = [id_header, word(HEADER_TEXT[vk.target_kind])] + [
        word(c.capitalize()) for c in vk.criteria
    ]
    for col, name in enumerate(columns, start=1):
        put(ws, header, col, name).font = Font(bold=True)
    rows = targets(store, vk)
    given = (
        own_votes(store, ballot.participant.id, ballot.scope, vk)
        if ballot.scope and earlier
        else {}
    )
    for n, t in enumerate(rows, start=header + 1):
        put(ws, n, 1, t.number or t.id)
        label = t.label if t.number else f"{fixed(t.group.capitalize())}: {t.label}"
        put(ws, n, 2, label).alignment = Alignment(wrap_text=True, vertical="top")
        for col, criterion in enumerate(vk.criteria, start=3):
            cell = put(ws, n, col, _written(given.get((t.id, criterion))))
            cell.fill = SCORE_FILL
    for col, criterion in enumerate(vk.criteria, start=3):
        _validate(ws, criterion, col, header + 1, header + max(1, len(rows)))
    # the labels of column A ("Номер участника") stay whole beside their values
    labels = [word(LABELS[key]) for key, _ in info] + [id_header]
    ws.column_dimensions["A"].width = max(10, max(len(t) for t in labels) + 2)
    ws.column_dimensions["B"].width = 70
    for letter in "CD":
        ws.column_dimensions[letter].width = 14
    _write_notes(ws, notes, 2 + len(vk.criteria))
    ws.freeze_panes = ws.cell(header + 1, 3)


def _write_notes(ws: Any, notes: list[str], columns: int) -> None:
    """The scales and instructions from line 8, each across the ballot's columns and wrapped, its
    line tall enough for the longer Russian or Persian sentences (printed whole, too)."""
    width = sum(
        ws.column_dimensions[ws.cell(1, c).column_letter].width for c in range(1, columns + 1)
    )
    for n, text in enumerate(notes, start=8):
        put(ws, n, 1, text).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=columns)
        lines = -(-len(text) // int(width * 0.9))  # characters per line, a little under the width
        ws.row_dimensions[n].height = 15 * max(1, lines)


def _written(answer: tuple[str, float | None] | None) -> object:
    """A vote already given, as the ballot shows it: 2, 2.5, '-' or nothing."""
    if answer is None or answer[0] == "empty":
        return None
    if answer[0] == "unknown":
        return "-"
    value = answer[1] or 0.0
    return int(value) if float(value).is_integer() else value


def _validate(ws: Any, criterion: str, col: int, first: int, last: int) -> None:
    low, high = model.SCALES[criterion]
    allowed = ",".join(str(n) for n in range(low, high + 1)) + ",-"
    dv = DataValidation(
        type="list",
        formula1=f'"{allowed}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=word("Not on the scale"),
        error=scale_text(criterion) + " " + word("Or '-' for unknown."),
    )
    letter = ws.cell(1, col).column_letter
    dv.add(f"{letter}{first}:{letter}{last}")
    ws.add_data_validation(dv)


def _sheet_title(name: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\']", " ", name).strip()[:28] or word("Ballot")
    title, n = base, 2
    while title.casefold() in used:
        title, n = f"{base} {n}", n + 1
    used.add(title.casefold())
    return title


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", model.clean(text), flags=re.UNICODE).strip("-")[:40] or "x"


# -- reading returned ballots ------------------------------------------------------


@dataclass
class ParticipantChanges:
    """What an import would do to one voter's votes for one scope."""

    participant_id: int
    name: str
    scope: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    kept: int = 0  # left empty on the ballot where a vote exists: the vote stays

    def __str__(self) -> str:
        parts = [f"{self.new} new", f"{self.changed} changed", f"{self.unchanged} unchanged"]
        parts += [f"{self.kept} left empty (earlier votes kept)"] if self.kept else []
        return f"{self.name} for {self.scope}: " + ", ".join(parts)


@dataclass
class BallotPreview:
    """Returned ballots, read but not imported."""

    votes: list[BallotVote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def problem_rows(self) -> set[tuple[str, str, int]]:
        return {(p.file, p.sheet, p.line) for p in self.problems}

    def accepted(self, skip_problem_rows: bool = False) -> list[BallotVote]:
        """The votes to import; refuses while problems remain unless they are skipped.

        Includes the cells left empty; ``edit`` never lets one clear a vote.
        """
        from facilitator.errors import EditError

        if self.problems and not skip_problem_rows:
            raise EditError(
                f"Nothing was imported: the ballots have {len(self.problems)} problem(s); "
                "fix them or skip those rows."
            )
        bad = self.problem_rows()
        latest: dict[tuple, BallotVote] = {}
        for v in self.votes:
            if v.source not in bad:
                latest[v.key] = v
        return list(latest.values())

    def changes(
        self, store: SessionStore, skip_problem_rows: bool = True
    ) -> list[ParticipantChanges]:
        """Per voter and scope, how many cells the import adds, changes or leaves as they are."""
        names = {p.id: p.name for p in model.participants(store)}
        current = {
            tuple(
                r[k]
                for k in (
                    "participant_id",
                    "scope_kind",
                    "scope",
                    "target_kind",
                    "target_id",
                    "criterion",
                    "region",
                )
            ): (r["answer"], r["value"])
            for r in store.rows("SELECT * FROM votes")
        }
        out: dict[tuple[int, str], ParticipantChanges] = {}
        for v in self.accepted(skip_problem_rows=True) if skip_problem_rows else self.votes:
            where = v.scope + (f" in {v.region}" if v.region else "")
            pc = out.setdefault(
                (v.participant_id, where),
                ParticipantChanges(v.participant_id, names.get(v.participant_id, "?"), where),
            )
            before = current.get(v.key, ("empty", None))
            if v.answer == "empty":
                pc.kept += before[0] != "empty"
            elif before == (v.answer, v.value):
                pc.unchanged += 1
            elif before[0] == "empty":
                pc.new += 1
            else:
                pc.changed += 1
        return list(out.values())

    def edit(self, skip_problem_rows: bool = False):
        """The import as one undoable edit (``vote_edits.set_votes``).

        A cell left empty changes nothing: a ballot returned half filled in
        never erases a vote given earlier (on the screen or by ballot).
        """
        from facilitator.voting import edits as vote_edits

        votes = [v for v in self.accepted(skip_problem_rows) if v.answer != "empty"]
        rows = [(v.key, "-" if v.answer == "unknown" else v.value) for v in votes]
        n = len({v.source[:2] for v in votes})
        return vote_edits.set_votes(f"import {n} ballot(s)", rows)


def read_ballots(store: SessionStore, paths: list[str | Path]) -> BallotPreview:
    """Read returned ballots; never writes. Every bad cell becomes a ``Problem``."""
    preview = BallotPreview()
    for path in paths:
        preview.files.append(Path(path).name)
        votes, problems = read_workbook(store, Path(path))
        preview.votes += votes
        preview.problems += problems
    return preview
