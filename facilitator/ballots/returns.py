"""Country monitoring returns, in: many returned workbooks read at once, previewed, imported
as one undoable step.

Every problem cell is named (file, line, column, what is wrong); nothing is
imported while problems remain unless the rows with problems are skipped
knowingly. A country's workbook replaces that country's earlier rows in the
review: its actions recorded for that country alone, and its part of each
recommendation (lines marked ``[CODE]``). Actions recorded for several
countries together are left as they are.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.ballots.read import Problem
from facilitator.ballots.returns_workbook import (
    ABOUT_SHEET,
    COLUMNS,
    FIELD_OF_COLUMN,
    HEADER_ROW,
    SHEET,
    country_recommendation,
)
from facilitator.errors import EditError
from facilitator.monitoring.reviews import ACTION_STATUSES, PRIORITY_CHOICES, review
from facilitator.plan import model
from facilitator.session.edits import Edit, FunctionEdit, RowChange, delete_rows, set_row
from facilitator.session.identity import session_uuid
from facilitator.words import every_language

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: the visible sheet's name and the columns, as written in each language (a return is read
#: back whatever language it was sent in)
SHEET_NAMES = {name.casefold() for name in every_language(SHEET)}
HEADERS_BY_LANGUAGE = [
    [every_language(name)[i].casefold() for name, _ in COLUMNS]
    for i in range(len(every_language(SHEET)))
]
MAX_CELL = 5000
MAX_UNPACKED = 50 * 1024 * 1024
NOT_A_RETURN = "this is not a country return workbook of this app (it has no About sheet)."


@dataclass
class CountryReturn:
    """One returned workbook, read: its country and rows (with the line each came from)."""

    file: str
    country: str = ""
    review_id: int = 0
    actions: list[tuple[int, int, dict[str, str]]] = field(default_factory=list)  # line, activity
    recommendations: dict[int, tuple[int, str, str]] = field(default_factory=dict)


@dataclass
class ReturnsPreview:
    returns: list[CountryReturn] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def _bad(self) -> set[tuple[str, int]]:
        return {(p.file, p.line) for p in self.problems}

    def _usable(self, skip_problem_rows: bool) -> list[CountryReturn]:
        if self.problems and not skip_problem_rows:
            raise EditError(
                f"Nothing was imported: the returns have {len(self.problems)} problem(s); "
                "fix them or skip those rows."
            )
        whole_file_bad = {p.file for p in self.problems if p.line == 0}
        bad = self._bad()
        out = []
        for r in self.returns:
            if r.file in whole_file_bad or not r.country:
                continue
            kept = CountryReturn(r.file, r.country, r.review_id)
            kept.actions = [a for a in r.actions if (r.file, a[0]) not in bad]
            kept.recommendations = {
                k: v for k, v in r.recommendations.items() if (r.file, v[0]) not in bad
            }
            out.append(kept)
        return out

    @property
    def files(self) -> list[str]:
        return [r.file for r in self.returns]

    def changes(self, store: SessionStore, skip_problem_rows: bool = True) -> list[str]:
        """What the import would change, one line per country (as the preview dialogs list it)."""
        return self.summary(store, skip_problem_rows)

    def summary(self, store: SessionStore, skip_problem_rows: bool = True) -> list[str]:
        """Per country, what the import would change."""
        lines = []
        names = {c.code: c.name for c in model.countries(store)}
        for r in self._usable(skip_problem_rows=True) if skip_problem_rows else self.returns:
            before = _own_actions(store, r.review_id, r.country)
            lines.append(
                f"{names.get(r.country, r.country)} ({r.file}): {len(r.actions)} action(s) "
                f"replace {len(before)} recorded earlier; "
                f"{sum(1 for v in r.recommendations.values() if v[1] or v[2])} recommendation(s)."
            )
        return lines

    def edit(self, skip_problem_rows: bool = False) -> Edit:
        """The import as one undoable step."""
        usable = self._usable(skip_problem_rows)
        n = len(usable)

        def plan(store: SessionStore) -> list[RowChange]:
            changes: list[RowChange] = []
            next_id = store.next_id("monitoring_actions")
            for r in usable:
                changes += _replace_country(store, r, next_id)
                next_id += len(r.actions)
            return changes

        return FunctionEdit(f"import {n} country return(s)", plan)


def _names(store: SessionStore, code: str) -> set[str]:
    country = next((c for c in model.countries(store) if c.code == code), None)
    return {code.casefold()} | ({country.name.casefold()} if country else set())


def _own_actions(store: SessionStore, review_id: int, code: str) -> list[dict[str, Any]]:
    names = _names(store, code)
    return [
        a
        for a in store.rows(
            "SELECT * FROM monitoring_actions WHERE review_id = ? AND activity_kind = 'activity'",
            (review_id,),
        )
        if a["countries"].strip().casefold() in names
    ]


def _replace_country(store: SessionStore, r: CountryReturn, next_id: int) -> list[RowChange]:
    changes: list[RowChange] = []
    own = _own_actions(store, r.review_id, r.country)
    for a in own:
        changes += delete_rows(store, "monitoring_actions", "id = ?", [a["id"]], ["id"])
    country = next(c for c in model.countries(store) if c.code == r.country)
    positions: dict[int, int] = {}
    for a in store.rows(
        "SELECT activity_id, MAX(position) AS p FROM monitoring_actions "
        "WHERE review_id = ? AND activity_kind = 'activity' GROUP BY activity_id",
        (r.review_id,),
    ):
        positions[a["activity_id"]] = a["p"]
    for n, (_, activity_id, fields) in enumerate(r.actions):
        positions[activity_id] = positions.get(activity_id, 0) + 1
        row = {
            "review_id": r.review_id,
            "activity_kind": "activity",
            "activity_id": activity_id,
            "countries": country.name,
            **fields,
            "position": positions[activity_id],
        }
        changes.append(RowChange("monitoring_actions", {"id": next_id + n}, None, row))
    for activity_id, (_, text, priority) in r.recommendations.items():
        key = {"review_id": r.review_id, "activity_kind": "activity", "activity_id": activity_id}
        now = store.rows(
            "SELECT text, proposed_priority FROM recommendations WHERE review_id = ? "
            "AND activity_kind = 'activity' AND activity_id = ?",
            (r.review_id, activity_id),
        )
        old_text = now[0]["text"] if now else ""
        old_priority = now[0]["proposed_priority"] if now else ""
        mark = f"[{r.country}] "
        lines = [line for line in old_text.splitlines() if not line.startswith(mark)]
        lines += [mark + line for line in text.splitlines() if line.strip()]
        new_text = "\n".join(lines)
        new_priority = priority or old_priority
        if new_text or new_priority:
            changes += set_row(
                store, "recommendations", key, {"text": new_text, "proposed_priority": new_priority}
            )
        elif now:
            changes += set_row(store, "recommendations", key, None)
    return changes


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return model.clean(str(value)).strip()


def read_return(store: SessionStore, path: Path) -> tuple[CountryReturn, list[Problem]]:
    """Read one returned workbook; never writes."""
    result = CountryReturn(path.name)

    shown = [SHEET]  # the sheet's name as the workbook says it, once found

    def problem(line: int, column: str, message: str) -> Problem:
        return Problem(path.name, shown[0] if line else "", line, column, message)

    wb = _open(path)
    if isinstance(wb, str):
        return result, [problem(0, "", wb)]
    try:
        sheet = next((n for n in wb.sheetnames if n.casefold() in SHEET_NAMES), None)
        if ABOUT_SHEET not in wb.sheetnames or sheet is None:
            return result, [problem(0, "", NOT_A_RETURN)]
        shown[0] = sheet
        about = {
            _text(row[0]): _text(row[1])
            for row in wb[ABOUT_SHEET].iter_rows(max_col=2, values_only=True)
        }
        if about.get("Session") != session_uuid(store):
            return result, [
                problem(
                    0,
                    "",
                    f"this return belongs to another session ({about.get('Session title') or 'unknown'}).",
                )
            ]
        codes = {c.code for c in model.countries(store)}
        if about.get("Country") not in codes:
            return result, [problem(0, "", f"the session has no country {about.get('Country')!r}.")]
        review_id = int(about["Review"]) if about.get("Review", "").isdigit() else 0
        if review(store, review_id) is None:
            return result, [problem(0, "", "the review this return was made for no longer exists.")]
        result.country, result.review_id = about["Country"], review_id
        return result, _read_rows(store, wb[sheet], result, problem)
    finally:
        wb.close()


def _open(path: Path) -> Any:
    from openpyxl import load_workbook

    if not path.is_file():
        return "the file does not exist."
    try:
        with zipfile.ZipFile(path) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED:
                return "the workbook unpacks to far more than a return can hold; it was not read."
        return load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        return "this is not an Excel workbook (.xlsx); save the return as .xlsx."


def _read_rows(store: SessionStore, ws: Any, result: CountryReturn, problem: Any) -> list[Problem]:
    from openpyxl.utils import get_column_letter

    header = [
        _text(c)
        for c in next(ws.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW, values_only=True), ())
    ]
    wanted = [name for name, _ in COLUMNS]
    if [h.casefold() for h in header[: len(wanted)]] not in HEADERS_BY_LANGUAGE:
        return [
            problem(HEADER_ROW, "", "the header row was changed; use the workbook as it was sent.")
        ]
    letter = {name: get_column_letter(n) for n, name in enumerate(wanted, start=1)}
    by_uuid = {r["uuid"]: r["id"] for r in store.rows("SELECT id, uuid FROM activities")}
    by_number = model.activity_numbers(store)
    statuses = {form.casefold(): s for s in ACTION_STATUSES for form in every_language(s)}
    priorities = {form.casefold(): p for p in PRIORITY_CHOICES if p for form in every_language(p)}
    problems: list[Problem] = []
    for line, values in enumerate(
        ws.iter_rows(min_row=HEADER_ROW + 1, max_col=len(wanted), values_only=True),
        start=HEADER_ROW + 1,
    ):
        cells = dict(zip(wanted, (_text(v) for v in values)))
        filled = [k for k in wanted[3:] if cells.get(k)]
        if not filled:  # an untouched row: that country reports nothing for the activity
            known = by_uuid.get(cells["Activity id"]) or by_number.get(cells["Activity"])
            if known is not None and known not in result.recommendations:
                result.recommendations[known] = (line, "", "")
            continue
        for name in filled:
            if len(cells[name]) > MAX_CELL:
                problems.append(
                    problem(line, letter[name], f"the text is longer than {MAX_CELL} characters.")
                )
        activity_id = by_uuid.get(cells["Activity id"]) or by_number.get(cells["Activity"])
        if activity_id is None:
            problems.append(
                problem(
                    line,
                    letter["Activity"],
                    f"'{cells['Activity']}' is not an activity of this plan.",
                )
            )
            continue
        status = cells["Status"].casefold()
        if status and status not in statuses:
            problems.append(
                problem(
                    line,
                    letter["Status"],
                    f"'{cells['Status']}' is not a status; use {', '.join(ACTION_STATUSES)}.",
                )
            )
        priority = cells["Proposed priority"].casefold()
        if priority and priority not in priorities:
            problems.append(
                problem(
                    line,
                    letter["Proposed priority"],
                    f"'{cells['Proposed priority']}' is not a priority; use {', '.join(p for p in PRIORITY_CHOICES if p)}.",
                )
            )
        action_fields = [k for k in FIELD_OF_COLUMN if cells.get(k)]
        if action_fields and not cells["Action taken"]:
            problems.append(
                problem(
                    line,
                    letter["Action taken"],
                    "the row has details but does not say what action was taken.",
                )
            )
        if cells["Action taken"]:
            fields = {FIELD_OF_COLUMN[k]: cells[k] for k in FIELD_OF_COLUMN}
            fields["status"] = statuses.get(status, "not started")
            result.actions.append((line, activity_id, fields))
        if (
            cells["Recommendation"]
            or cells["Proposed priority"]
            or activity_id not in result.recommendations
        ):
            earlier = result.recommendations.get(activity_id)
            text = "\n".join(
                t for t in ((earlier[1] if earlier else ""), cells["Recommendation"]) if t
            )
            result.recommendations[activity_id] = (
                line,
                text,
                priorities.get(priority, "") or (earlier[2] if earlier else ""),
            )
    return problems


def read_returns(store: SessionStore, paths: list[str | Path]) -> ReturnsPreview:
    """Read returned workbooks; a second workbook for the same country is a problem."""
    preview = ReturnsPreview()
    seen: dict[str, str] = {}
    for path in paths:
        r, problems = read_return(store, Path(path))
        if r.country and r.country in seen:
            problems = [
                *problems,
                Problem(
                    r.file,
                    "",
                    0,
                    "",
                    f"a second return for {r.country} (the first is {seen[r.country]}); send one per country.",
                ),
            ]
        elif r.country:
            seen[r.country] = r.file
        preview.returns.append(r)
        preview.problems += problems
    return preview


__all__ = ["ReturnsPreview", "country_recommendation", "read_returns"]
