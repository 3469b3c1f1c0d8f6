"""Importing files into a session: each file one undoable step, with a report.

``import_files`` reads every file first, then imports them in the order the
method needs (countries before participants before votes …), whatever order
they were given in. A file that fails is reported and changes nothing; the
other files are still imported.
"""

from __future__ import annotations

import difflib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.errors import FacilitatorError, ImportProblems
from facilitator.importing.ballot import may_be_ballot, plan_ballot
from facilitator.importing.fileedit import FileEdit, OnePerFile
from facilitator.importing.kinds import (
    KIND_ORDER,
    FileKind,
    UnknownHeader,
    detect_kind,
    ignored_columns,
)
from facilitator.importing.monitoring_rows import (
    plan_action_row,
    plan_recommendation_row,
    plan_review_row,
)
from facilitator.importing.outline import plan_outline_row, plan_theme
from facilitator.importing.reading import Table, UnreadableFile, read_table
from facilitator.importing.rows import (
    country_code,
    plan_country,
    plan_item,
    plan_link,
    plan_participant,
    plan_programme_item,
)
from facilitator.importing.votes import plan_votes
from facilitator.plan.lookup import name_key
from facilitator.session.edits import Edit, RowChange

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

PLANNERS = {
    "countries": plan_country,
    "participants": plan_participant,
    "items": plan_item,
    "links": plan_link,
    "themes": plan_theme,
    "objectives": plan_outline_row,
    "results": plan_outline_row,
    "activities": plan_outline_row,
    "programme": plan_programme_item,
    "reviews": plan_review_row,
    "actions": plan_action_row,
    "recommendations": plan_recommendation_row,
}
# Rows of one file that must not name one thing twice with other details:
# two people of one name would become one participant, silently.
ONE_PER_FILE = {
    "participants": OnePerFile(
        "name",
        name_key,
        ("country", "affiliation"),
        "'{text}' is on line {line} too, with another country or affiliation; two people "
        "of one name need names that tell them apart (add an initial or a second name).",
    ),
    "countries": OnePerFile(
        "code",
        country_code,
        ("name",),
        "the code {text} is on line {line} too, with another name; keep one of the two rows.",
    ),
}
# What a row of each table is called in a report.
NOUNS = {
    "countries": "country",
    "regions": "region",
    "region_members": "region membership",
    "participants": "participant",
    "items": "item",
    "links": "link",
    "themes": "theme",
    "objectives": "objective",
    "results": "result",
    "activities": "activity",
    "programme_items": "programme item",
    "votes": "vote",
    "reviews": "review",
    "monitoring_actions": "action taken",
    "recommendations": "recommendation",
}


@dataclass
class FileReport:
    """What importing one file did (or why it did nothing)."""

    path: Path
    kind: str = ""
    added: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    new_participants: list[str] = field(default_factory=list)
    # New voter → the participant already in the session whose name is nearly theirs.
    look_alikes: dict[str, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    kept_votes: int = 0
    error: FacilitatorError | None = None

    @property
    def scores_left_out(self) -> bool:
        """Columns of scores were left out of a file that is no votes file."""
        return self.kind != "votes" and any(_is_score(c) for c in self.ignored_columns)

    def summary(self) -> str:
        if self.error is not None:
            return str(self.error)
        parts = [
            f"{n} {_plural(NOUNS.get(t, t), n)} added"
            for t, n in self.added.items()
            if t != "history"
        ]
        parts += [f"{n} {_plural(NOUNS.get(t, t), n)} changed" for t, n in self.changed.items()]
        what = "; ".join(parts) if parts else "nothing new (the session already holds all of it)"
        text = f"{self.path.name} ({self.kind}): {what}."
        if self.kept_votes:
            text += f" {self.kept_votes} empty cell(s) left votes given earlier as they were."
        if self.new_participants:
            text += f" New participants: {_some(self.new_participants)}."
        for name, known in list(self.look_alikes.items())[:NAMES_SHOWN]:
            text += f" Is {name} a typing slip for {known}, who is in the session already?"
        if self.ignored_columns:
            text += f" Columns not used: {_some(self.ignored_columns)}."
            if self.scores_left_out:
                text += (
                    " Scores are imported from a votes file, one vote per row: "
                    "participant, scope, item, criterion, value."
                )
        return text


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.error is None for f in self.files)

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.error is not None]

    def lines(self) -> list[str]:
        return [f.summary() for f in self.files]

    def __str__(self) -> str:
        """One paragraph per file, failures included: what a dialog or terminal shows."""
        return "\n".join(self.lines())


NAMES_SHOWN = 12  # a report names this many new participants, then counts the rest


def _some(names: list[str]) -> str:
    """The names, or the first few and how many more: a report stays readable for 1,000 voters."""
    if len(names) <= NAMES_SHOWN:
        return ", ".join(names)
    return f"{', '.join(names[:NAMES_SHOWN])} and {len(names) - NAMES_SHOWN} more"


SCORE_WORDS = ("importance", "capacity", "priority", "score", "value", "vote")


def _is_score(column: str) -> bool:
    """A column whose name says it holds scores ('importance_C', 'Priority AM')."""
    return column.casefold().replace("_", " ").split(" ")[0] in SCORE_WORDS


def _plural(noun: str, n: int) -> str:
    if n == 1:
        return noun
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def plan_table(
    store: SessionStore, table: Table, kind: FileKind, label: str
) -> tuple[Edit, list[str]]:
    """The edit that imports ``table`` as ``kind``, and the voters it would add.

    Raises ``ImportProblems`` listing every bad row (votes are checked here,
    the other kinds when the edit is applied).
    """
    if kind.name == "votes":
        edit, problems, new = plan_votes(store, table.rows, label)
        if edit is None:
            raise ImportProblems(
                str(table.path), [(line, table.written.get(c, c), m) for line, c, m in problems]
            )
        return edit, new
    planner = PLANNERS[kind.name]
    once = ONE_PER_FILE.get(kind.name)
    return FileEdit(label, str(table.path), table.rows, planner, table.written, once), []


def look_alikes(store: SessionStore, names: list[str]) -> dict[str, str]:
    """Each new name that nearly matches a participant's ('Nino Beridz', 'Nino Beridze').

    A slip in a name would add a second voter and count their votes apart.
    """
    known = {name_key(r["name"]): r["name"] for r in store.rows("SELECT name FROM participants")}
    found = {}
    for name in names:
        close = difflib.get_close_matches(name_key(name), list(known), n=1, cutoff=0.85)
        if close:
            found[name] = known[close[0]]
    return found


def _count(report: FileReport, changes: list[RowChange]) -> None:
    for change in changes:
        if change.before is None:
            report.added[change.table] += 1
        elif change.after is not None:
            report.changed[change.table] += 1


def _import_table(
    store: SessionStore, table: Table, kind: FileKind, report: FileReport
) -> FileReport:
    """Apply ``table`` as one step and fill ``report`` with what it did."""
    report.kind = kind.name
    report.ignored_columns = ignored_columns(kind, table)
    edit, report.new_participants = plan_table(
        store, table, kind, f"import {kind.name} from {table.path.name}"
    )
    report.look_alikes = look_alikes(store, report.new_participants)
    _count(report, store.apply(edit).changes)
    report.kept_votes = getattr(edit, "kept", 0)
    return report


def _import_ballot(
    store: SessionStore, path: Path, not_a_table: UnreadableFile, report: FileReport
) -> FileReport:
    """Import ``path`` as a returned ballot; re-raise ``not_a_table`` when it holds none."""
    plan = plan_ballot(store, path)
    if plan is None:
        raise not_a_table
    report.kind = "ballot"
    _count(report, store.apply(plan.edit).changes)
    report.kept_votes = plan.kept
    return report


def import_file(store: SessionStore, path: str | os.PathLike[str]) -> FileReport:
    """Import one file as one undoable step; raises ``ImportProblems`` (nothing changed) if it can't."""
    table = read_table(path)
    try:
        kind = detect_kind(table)
    except UnknownHeader as not_a_table:
        if not may_be_ballot(table.path):
            raise
        return _import_ballot(store, table.path, not_a_table, FileReport(table.path))
    return _import_table(store, table, kind, FileReport(table.path))


# A file waiting its turn: its table and kind, or (for a possible ballot) the
# sentence to give if it turns out to hold no ballot either.
Pending = tuple[FileReport, "Table | None", "FileKind | UnreadableFile"]


def import_files(store: SessionStore, paths: list[str | os.PathLike[str]]) -> ImportReport:
    """Import several files, each as one undoable step, in the order the method needs.

    Ballots come last, so they may name voters a participants file adds.
    Failures are in the report, never raised. Each step goes through
    ``store.apply``, whose listeners tell the app what changed.
    """
    report, pending = read_files(paths)
    return apply_files(store, report, pending)


def read_files(paths: list[str | os.PathLike[str]]) -> tuple[ImportReport, list[Pending]]:
    """Read every file and tell its kind, without a session: the report so far, and what to import.

    A file that cannot be read is in the report with its sentence and not
    in the list, so a caller can give up before opening the session.
    """
    report = ImportReport()
    pending: list[Pending] = []
    for path in paths:
        file_report = FileReport(Path(path))
        report.files.append(file_report)
        try:
            table = read_table(path)
            pending.append((file_report, table, detect_kind(table)))
        except UnknownHeader as error:
            if may_be_ballot(Path(path)):
                pending.append((file_report, None, error))
            else:
                file_report.error = error
        except FacilitatorError as error:
            file_report.error = error
    pending.sort(
        key=lambda entry: (
            KIND_ORDER[entry[2].name] if isinstance(entry[2], FileKind) else len(KIND_ORDER)
        )
    )
    return report, pending


def apply_files(store: SessionStore, report: ImportReport, pending: list[Pending]) -> ImportReport:
    """Import what ``read_files`` found, each file as one step; failures go into ``report``."""
    for file_report, table, kind in pending:
        try:
            if isinstance(kind, FileKind) and table is not None:
                _import_table(store, table, kind, file_report)
            else:
                _import_ballot(store, file_report.path, kind, file_report)  # type: ignore[arg-type]
        except FacilitatorError as error:
            file_report.error = error
    return report
