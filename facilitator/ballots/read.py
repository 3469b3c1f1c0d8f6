"""Reading one returned ballot workbook into votes and problems (see ``ballots``).

Tolerant of what participants do to a sheet: decimal commas, '-', empty
cells, BOMs, a scope written as an ISO alpha-3 code or in lower case, rows
moved around, and a ballot written in Russian, Persian or Turkish: its labels and
column names are known in all four languages, and what finds the voter, the
scope and the rows (participant number, scope code, vote id, item ids or
activity numbers) is never a word. Everything it cannot read becomes a ``Problem`` naming the line
and column; it never writes to the session.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.documents.limits import MAX_COLUMNS, MAX_ROWS, xlsx_archive_problem
from facilitator.errors import EditError
from facilitator.plan import model
from facilitator.plan.lookup import CellProblem, Lookup
from facilitator.text import cell_text, same_name
from facilitator.voting.edits import VoteKey, parse_vote
from facilitator.voting.state import CRITERION_TITLES, VOTE_KINDS, Scope, VoteKind
from facilitator.words import every_language

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

HEAD_ROWS = 40  # the voter's details and the header are within the first rows


def _in_any_language(sources: dict[str, str]) -> dict[str, str]:
    """Each English label and its translations (casefolded) → its key: a ballot written in
    Russian, Persian or Turkish reads back as one written in English."""
    return {form.casefold(): key for s, key in sources.items() for form in every_language(s)}


INFO_LABELS = _in_any_language(
    {
        "Participant": "participant",
        "Participant number": "participant_id",
        "Votes for": "scope",
        "Scope": "scope",
        "Ballot": "vote",
    }
)
CRITERION_HEADERS = _in_any_language(
    {title: c for c, title in CRITERION_TITLES.items()} | {"Importance/severity": "importance"}
)
ID_HEADERS = tuple(_in_any_language({"Id": "", "Activity": "", "Number": "", "No": "", "No.": ""}))
TEXT_HEADERS = tuple(
    _in_any_language({"Driver or threat": "", "Text": "", "Item": "", "Activity text": ""})
)
#: the prefix of an item's label on a ballot ("Driver: ", "Угроза: ")
GROUP_PREFIXES = tuple(_in_any_language({"Driver": "", "Threat": ""}))
NOT_XLSX = "this is not an Excel workbook (.xlsx); save the ballot as .xlsx."
NOT_A_BALLOT = "this sheet has no Importance, Capacity or Priority column, so it is not a ballot."


@dataclass(frozen=True)
class Problem:
    """A cell (or sheet, or file) that cannot be imported, said in one sentence."""

    file: str
    sheet: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = [self.file] + ([f"sheet {self.sheet}"] if self.sheet else [])
        where += [f"line {self.line}"] if self.line else []
        where += [f"column {self.column}"] if self.column else []
        return f"{', '.join(where)}: {self.message}"


@dataclass(frozen=True)
class BallotVote:
    """One score read from a ballot, with where it came from."""

    participant_id: int
    scope_kind: str
    scope: str
    target_kind: str
    target_id: int
    criterion: str
    answer: str
    value: float | None
    source: tuple[str, str, int]  # file, sheet, line
    region: str = ""  # the working group a country vote was given in

    @property
    def key(self) -> VoteKey:
        return VoteKey(
            self.participant_id,
            self.scope_kind,
            self.scope,
            self.target_kind,
            self.target_id,
            self.criterion,
            self.region,
        )


def text(value: object) -> str:
    return cell_text(value.replace("\ufeff", "") if isinstance(value, str) else value)


WORKING_GROUP = re.compile(r"^(.+?)\s*[—–-]?\s+in\s+(.+)$", re.IGNORECASE)


def resolve_scope(store: SessionStore, written: str) -> Scope | None:
    """What a ballot's scope names, by the CSV importer's rule (``plan.lookup.Lookup.scope``).

    A country by code (alpha-2 or alpha-3, any case), by name or as the ballot
    writes it ('Armenia (AM)'); a region by name or abbreviation, in any case
    and Unicode form ('KIRSAL' is 'Kırsal'); 'IR in Zagros' or 'Iran — in
    Zagros' for a country's delegates in a region's working group. None when
    it names nothing here.
    """
    lookup = Lookup(store)
    group = WORKING_GROUP.match(written.strip())
    if group and lookup.region(written) is None:
        country = resolve_scope(store, group.group(1))
        region = _region(store, group.group(2))
        if (
            country is not None
            and country.kind == "country"
            and region is not None
            and country.name in region.countries
        ):
            label = f"{country.label.rsplit(' (', 1)[0]} — in {region.name}"
            return Scope("country", country.name, label, region.name)
    try:
        kind, name = lookup.scope(written)
    except CellProblem:
        return None
    if kind == "region":
        return Scope("region", name, f"{name} (region)")
    called = {c.code: c.name for c in model.countries(store)}[name]
    return Scope("country", name, f"{called} ({name})")


def _region(store: SessionStore, written: str) -> model.Region | None:
    """The region named or abbreviated (by the importer's rule), or None."""
    name = Lookup(store).region(written)
    return next((r for r in model.regions(store) if r.name == name), None) if name else None


def read_workbook(store: SessionStore, path: Path) -> tuple[list[BallotVote], list[Problem]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.exists():
        return [], [Problem(path.name, "", 0, "", "the file does not exist.")]
    refused = xlsx_archive_problem(path.name, path)
    if refused:
        return [], [Problem(path.name, "", 0, "", refused)]
    try:
        wb = load_workbook(path)
    except FileNotFoundError:
        return [], [Problem(path.name, "", 0, "", "the file does not exist.")]
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        return [], [Problem(path.name, "", 0, "", NOT_XLSX)]
    except Exception:  # noqa: BLE001 - malformed XML inside: openpyxl raises many kinds
        return [], [Problem(path.name, "", 0, "", NOT_XLSX)]
    oversized = next(
        (ws for ws in wb.worksheets if ws.max_row > MAX_ROWS or ws.max_column > MAX_COLUMNS),
        None,
    )
    if oversized is not None:
        wb.close()
        return [], [
            Problem(
                path.name,
                oversized.title,
                0,
                "",
                f"the sheet is {oversized.max_row:,} rows by {oversized.max_column:,} columns, "
                f"far larger than a ballot (at most {MAX_ROWS:,} rows and {MAX_COLUMNS} columns "
                "are read).",
            )
        ]
    votes: list[BallotVote] = []
    problems: list[Problem] = []
    results = _FormulaResults(path)
    readers = [_SheetReader(store, path.name, ws, results.rows(ws)) for ws in wb.worksheets]
    for reader in readers:
        reader.read()
        votes += reader.votes
        problems += reader.problems
    if not any(r.is_ballot for r in readers):
        problems.append(Problem(path.name, "", 0, "", NOT_A_BALLOT))
    wb.close()
    results.close()
    return votes, problems


@dataclass(frozen=True)
class FormulaWithoutResult:
    """A formula cell whose result was never saved (a sheet written by a script, not a spreadsheet)."""

    formula: str


class _FormulaResults:
    """Cell values as a spreadsheet shows them: a formula's saved result in place of the formula.

    The workbook is read with its formulas so a formula without a saved
    result is noticed (reading results only, it would look like an empty
    cell and the score would be lost without a word); the saved results are
    read only when a sheet has formulas.
    """

    def __init__(self, path: Path):
        self.path = path
        self._book: Any = None

    def rows(self, ws: Any) -> list[list[Any]]:
        rows = [[c.value for c in row] for row in ws.iter_rows()]
        formulas = [
            (r, c)
            for r, row in enumerate(ws.iter_rows())
            for c, cell in enumerate(row)
            if cell.data_type == "f"
        ]
        if formulas:
            saved = list(self._saved(ws.title).iter_rows(values_only=True))
            for r, c in formulas:
                value = saved[r][c] if r < len(saved) and c < len(saved[r]) else None
                rows[r][c] = FormulaWithoutResult(str(rows[r][c])) if value is None else value
        return rows

    def _saved(self, title: str) -> Any:
        from openpyxl import load_workbook

        if self._book is None:
            self._book = load_workbook(self.path, data_only=True)
        return self._book[title]

    def close(self) -> None:
        if self._book is not None:
            self._book.close()


class _SheetReader:
    """Reads one sheet: the voter's details, the header, then a row per target."""

    def __init__(self, store: SessionStore, file: str, ws: Any, rows: list[list[Any]]):
        self.store, self.file, self.ws = store, file, ws
        self.rows = rows
        self.is_ballot = False
        self.votes: list[BallotVote] = []
        self.problems: list[Problem] = []
        self.activity_ids = model.activity_numbers(store)
        self.ranked = [i for i in model.items(store) if i.kind in model.RANKED_KINDS]

    def problem(self, line: int, column: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.ws.title, line, column, message))

    def read(self) -> None:
        info = self._info()
        header_line, columns = self._header()
        if header_line is None:
            # A sheet the participant added for notes is no ballot; a ballot whose
            # header was damaged still says who votes, and is a problem.
            if info.keys() & {"participant", "participant_id", "scope"}:
                self.problem(0, "", NOT_A_BALLOT)
            return
        self.is_ballot = True
        kind = self._kind(info, columns)
        pid = self._participant(info)
        scope = self._scope(info)
        if pid is None or scope is None:
            return
        self._merged_score_cells(header_line, columns, kind)
        for line in range(header_line + 1, len(self.rows) + 1):
            self._read_row(line, columns, kind, pid, scope)

    def _merged_score_cells(
        self, header_line: int, columns: dict[str, int], kind: VoteKind
    ) -> None:
        """Merged score cells hold one value for several scores: each line they touch is a problem."""
        score_columns = {columns[c] + 1 for c in kind.criteria}
        for merged in self.ws.merged_cells.ranges:
            touches = any(merged.min_col <= c <= merged.max_col for c in score_columns)
            if not touches or merged.max_row <= header_line:
                continue
            for line in range(max(merged.min_row, header_line + 1), merged.max_row + 1):
                self.problem(
                    line,
                    _letter(merged.min_col - 1),
                    f"cells {merged.coord} are merged: unmerge them and give each score its own cell.",
                )

    def _info(self) -> dict[str, tuple[int, str]]:
        info: dict[str, tuple[int, str]] = {}
        for line, row in enumerate(self.rows[:HEAD_ROWS], start=1):
            label = text(row[0] if row else None).rstrip(":").casefold()
            if label in INFO_LABELS and INFO_LABELS[label] not in info:
                info[INFO_LABELS[label]] = (line, text(row[1]) if len(row) > 1 else "")
        return info

    def _header(self) -> tuple[int | None, dict[str, int]]:
        titles = CRITERION_HEADERS
        for line, row in enumerate(self.rows[:HEAD_ROWS], start=1):
            names = [text(v).casefold() for v in row]
            found = {titles[n]: i for i, n in enumerate(names) if n in titles}
            if found:
                columns = dict(found)
                columns["id"] = next((i for i, n in enumerate(names) if n in ID_HEADERS), 0)
                columns["text"] = next((i for i, n in enumerate(names) if n in TEXT_HEADERS), 1)
                return line, columns
        return None, {}

    def _kind(self, info: dict[str, tuple[int, str]], columns: dict[str, int]) -> VoteKind:
        written = info.get("vote", (0, ""))[1]
        if written in VOTE_KINDS:
            return VOTE_KINDS[written]
        return VOTE_KINDS["prioritisation" if "priority" in columns else "threat_ranking"]

    def _participant(self, info: dict[str, tuple[int, str]]) -> int | None:
        """The voter's id; a participant not marked as voting is a problem (their votes never count)."""
        voter = self._find_participant(info)
        if voter is not None and not voter.votes:
            line = info.get("participant", info.get("participant_id", (0, "")))[0]
            self.problem(
                line,
                "B",
                f"{voter.name} is not marked as voting: mark them as voting in Session & people "
                "and import the ballot again, or skip it.",
            )
            return None
        return voter.id if voter is not None else None

    def _find_participant(self, info: dict[str, tuple[int, str]]) -> model.Participant | None:
        people = model.participants(self.store)
        line, number = info.get("participant_id", (0, ""))
        name_line, name = info.get("participant", (0, ""))
        numbered = next(
            (p for p in people if number and str(p.id) == number.removesuffix(".0")), None
        )
        if numbered is not None:
            # A ballot passed on and filled in by a colleague: never file it under the wrong voter.
            if name and not same_name(numbered.name, name):
                self.problem(
                    name_line,
                    "B",
                    f"participant number {numbered.id} is {numbered.name}, but the name written is "
                    f"'{name}': correct the one that is wrong.",
                )
                return None
            return numbered
        if name:
            found = next((p for p in people if same_name(p.name, name)), None)
            if found is None:
                self.problem(
                    name_line, "B", f"there is no participant called '{name}' in this session."
                )
            return found
        if number:
            self.problem(line, "B", f"there is no participant number {number} in this session.")
        else:
            self.problem(
                name_line or line, "B", "the participant is missing: write the voter's name."
            )
        return None

    def _scope(self, info: dict[str, tuple[int, str]]) -> Scope | None:
        line, written = info.get("scope", (0, ""))
        if not written:
            self.problem(
                line,
                "B",
                "the scope is missing: write the country code or region this ballot votes for.",
            )
            return None
        scope = resolve_scope(self.store, written)
        if scope is None:
            self.problem(
                line, "B", f"'{written}' is not a country code, country or region of this session."
            )
        return scope

    def _read_row(
        self, line: int, columns: dict[str, int], kind: VoteKind, pid: int, scope: Scope
    ) -> None:
        row = self.rows[line - 1]
        cell = lambda i: row[i] if i < len(row) else None
        if not any(text(v) for v in row):
            return
        scored = any(text(cell(columns[c])) for c in kind.criteria)
        ident, label = text(cell(columns["id"])), text(cell(columns["text"]))
        target = self._target(line, ident, label, kind, columns, quiet=not scored)
        if target is None:
            return
        for criterion in kind.criteria:
            col = columns[criterion]
            raw = cell(col)
            if isinstance(raw, FormulaWithoutResult):
                self.problem(
                    line,
                    f"{_letter(col)} ({CRITERION_TITLES[criterion]})",
                    f"the cell holds the formula {raw.formula} without a result: type the score itself.",
                )
                continue
            try:
                answer, value = parse_vote(text(raw) if isinstance(raw, str) else raw, criterion)
            except EditError as error:
                self.problem(line, f"{_letter(col)} ({CRITERION_TITLES[criterion]})", str(error))
                continue
            self.votes.append(
                BallotVote(
                    pid,
                    scope.kind,
                    scope.name,
                    kind.target_kind,
                    target,
                    criterion,
                    answer,
                    value,
                    (self.file, self.ws.title, line),
                    scope.region,
                )
            )

    def _target(
        self,
        line: int,
        ident: str,
        label: str,
        kind: VoteKind,
        columns: dict[str, int],
        quiet: bool = False,
    ) -> int | None:
        """The row's driver, threat or activity; a row without scores (a note) may name none."""
        if kind.target_kind == "activity":
            found = self.activity_ids.get(ident)
        else:
            found = self._item(ident, label)
        if found is None and not quiet:
            shown = ident or label
            what = "activity" if kind.target_kind == "activity" else "driver or threat"
            self.problem(
                line, _letter(columns["id"]), f"'{shown}' is not a {what} of this session."
            )
        return found

    def _item(self, ident: str, label: str) -> int | None:
        ranked = self.ranked
        for i in ranked:
            if ident and str(i.id) == ident:
                return i.id
        bare = (
            label.split(":", 1)[1]
            if label.split(":", 1)[0].strip().casefold() in GROUP_PREFIXES
            else label
        )
        for i in ranked:
            if bare and same_name(i.label, bare):
                return i.id
        return None


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
