"""Country monitoring returns, out: one XLSX workbook per country for a review.

The national focal point gets their country's rows for every activity of the
plan (the actions already recorded for that country alone, or one empty row),
fills in what was done, by whom, when, with what budget and funder and status,
and a recommendation, and sends it back; ``returns`` reads it in. Status and
proposed priority cells offer their lists; identifying cells (hidden column A,
the ``About`` sheet) let the import find the activity and session again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.errors import FacilitatorError
from facilitator.monitoring.reviews import ACTION_STATUSES, PRIORITY_CHOICES, actions, review
from facilitator.plan import model
from facilitator.session.identity import session_uuid
from facilitator.words import current as document_language_code
from facilitator.words import document_language, fixed, is_rtl, word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: the hidden sheet of language-independent keys (session, review, country)
ABOUT_SHEET = "About"
#: the visible sheet's name in English; a workbook in another language names it in that language
SHEET = "Actions"
#: (header, width); column A holds the activity's UUID and is hidden
COLUMNS = (
    ("Activity id", 10),
    ("Activity", 9),
    ("Activity text", 50),
    ("Action taken", 50),
    ("Period", 12),
    ("Implemented by", 28),
    ("Budget", 12),
    ("Funder", 20),
    ("Status", 15),
    ("Recommendation", 40),
    ("Proposed priority", 14),
)
HEADER_ROW = 4
FIELD_OF_COLUMN = {
    "Action taken": "action",
    "Period": "period",
    "Implemented by": "implemented_by",
    "Budget": "budget",
    "Funder": "funder",
    "Status": "status",
}


@dataclass(frozen=True)
class ReturnRow:
    activity_uuid: str
    number: str
    text: str
    action: str = ""
    period: str = ""
    implemented_by: str = ""
    budget: str = ""
    funder: str = ""
    status: str = ""
    recommendation: str = ""
    proposed_priority: str = ""


def country_recommendation(text: str, code: str) -> str:
    """The part of an activity's recommendation that one country sent (lines marked ``[CODE]``)."""
    mark = f"[{code}] "
    return "\n".join(line[len(mark) :] for line in text.splitlines() if line.startswith(mark))


def country_rows(store: SessionStore, review_id: int, code: str) -> list[ReturnRow]:
    """What the workbook for one country holds: its own actions, else one empty row per activity."""
    country = next((c for c in model.countries(store) if c.code == code), None)
    if country is None:
        raise FacilitatorError(f"The session has no country with the code {code}.")
    names = {code.casefold(), country.name.casefold()}
    uuids = {r["id"]: r["uuid"] for r in store.rows("SELECT id, uuid FROM activities")}
    recs = {
        r["activity_id"]: r
        for r in store.rows(
            "SELECT * FROM recommendations WHERE review_id = ? AND activity_kind = 'activity'",
            (review_id,),
        )
    }
    rows = []
    for a in model.activities(store):
        rec = recs.get(a.id, {"text": "", "proposed_priority": ""})
        own = [
            x
            for x in actions(store, review_id, "activity", a.id)
            if x.countries.strip().casefold() in names
        ]
        base = {"activity_uuid": uuids[a.id], "number": a.number, "text": a.text}
        extra = {"recommendation": country_recommendation(rec["text"], code)}
        for n, x in enumerate(own or [None]):
            fields = {f: getattr(x, f) for f in FIELD_OF_COLUMN.values()} if x else {}
            rows.append(ReturnRow(**base, **fields, **(extra if n == 0 else {})))
    return rows


def _put(ws: Any, row: int, col: int, value: object) -> Any:
    from facilitator.documents.workbook import put

    return put(ws, row, col, value)


def write_country_return(
    store: SessionStore, review_id: int, code: str, out_path: Path, language: str | None = None
) -> Path:
    """Write the return workbook of one country, its fixed words in ``language`` (English when
    None); ``returns`` reads it back whatever its language."""
    with document_language(language):
        return _write_country_return(store, review_id, code, out_path)


def _write_country_return(store: SessionStore, review_id: int, code: str, out_path: Path) -> Path:
    from openpyxl.styles import Alignment, Font, PatternFill

    from facilitator.documents.files import replacing
    from facilitator.documents.workbook import new_workbook, save_workbook

    rev = review(store, review_id)
    if rev is None:
        raise FacilitatorError("That review no longer exists.")
    country = next(c for c in model.countries(store) if c.code == code) if code else None
    rows = country_rows(store, review_id, code)
    wb = new_workbook()
    ws = wb.active
    ws.title = word(SHEET)
    if is_rtl():
        ws.sheet_view.rightToLeft = True  # a Persian return reads from the right
    title = store.meta().get("title", "")
    _put(
        ws,
        1,
        2,
        word(
            "Implementation report — {country} ({code})",
            country=country.name if country else code,
            code=code,
        ),
    ).font = Font(bold=True, size=13)
    _put(ws, 2, 2, f"{rev.title} — {title}")
    _put(
        ws,
        3,
        2,
        word(
            "One row per action taken; copy a row to report a second action for an activity. "
            "Leave the grey columns as they are."
        ),
    )
    fill = PatternFill("solid", fgColor="EEEEEE")
    header_wrap = Alignment(wrap_text=True, vertical="bottom")
    for col, (name, width) in enumerate(COLUMNS, start=1):
        cell = _put(ws, HEADER_ROW, col, word(name))
        cell.font, cell.alignment = Font(bold=True), header_wrap
        longest = max(len(w) for w in word(name).split())  # a header wraps between words
        ws.column_dimensions[ws.cell(HEADER_ROW, col).column_letter].width = max(width, longest + 2)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=HEADER_ROW + 1):
        values = [
            row.activity_uuid,
            row.number,
            row.text,
            row.action,
            row.period,
            row.implemented_by,
            row.budget,
            row.funder,
            fixed(row.status) if row.status else "",
            row.recommendation,
            fixed(row.proposed_priority) if row.proposed_priority else "",
        ]
        for col, value in enumerate(values, start=1):
            cell = _put(ws, r, col, value)
            cell.alignment = wrap
            if col <= 3:
                cell.fill = fill
    last = HEADER_ROW + len(rows) + 200  # room for extra rows
    statuses = [fixed(s) for s in ACTION_STATUSES]
    _validation(
        ws,
        9,
        statuses,
        last,
        word("Status"),
        word("Choose one of: {choices}", choices=", ".join(statuses)),
    )
    choices = [fixed(c) for c in PRIORITY_CHOICES if c]
    _validation(
        ws,
        11,
        choices,
        last,
        word("Proposed priority"),
        word("Choose one of: {choices}", choices=", ".join(choices)),
    )
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 4)
    about = wb.create_sheet(ABOUT_SHEET)
    for r, (key, value) in enumerate(
        (
            ("Session", session_uuid(store)),
            ("Session title", title),
            ("Review", str(review_id)),
            ("Review title", rev.title),
            ("Country", code),
            ("Language", document_language_code()),
        ),
        start=1,
    ):
        _put(about, r, 1, key)
        _put(about, r, 2, value)
    about.sheet_state = "hidden"
    with replacing(Path(out_path)) as part:
        save_workbook(wb, part)
    return Path(out_path)


def _validation(ws: Any, col: int, choices: Any, last: int, title: str, error: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=title,
        error=error,
    )
    letter = ws.cell(1, col).column_letter
    dv.add(f"{letter}{HEADER_ROW + 1}:{letter}{last}")
    widest = max(len(c) for c in choices) + 3  # a chosen word stays whole beside the list's arrow
    ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width, widest)
    ws.add_data_validation(dv)


def return_file_name(store: SessionStore, code: str) -> str:
    country = next((c for c in model.countries(store) if c.code == code), None)
    name = re.sub(r"[^\w-]+", "-", country.name if country else code).strip("-")
    return f"return-{code}-{name}.xlsx"


def export_returns(
    store: SessionStore,
    review_id: int,
    folder: Path,
    codes: list[str] | None = None,
    language: str | None = None,
) -> list[Path]:
    """One return workbook per country (all of the session's countries unless ``codes``), its
    fixed words in ``language`` (English when None)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FacilitatorError(f"The folder {folder} does not exist: choose another place to save.")
    wanted = codes or [c.code for c in model.countries(store)]
    if not wanted:
        raise FacilitatorError("The session has no countries to send returns to.")
    return [
        write_country_return(
            store, review_id, code, folder / return_file_name(store, code), language
        )
        for code in wanted
    ]
