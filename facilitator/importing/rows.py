"""Planning one row of a countries, participants, items, links or programme file.

Each planner returns the row changes for its row, or raises ``RowProblem``
naming the column that is wrong. A row that matches what the session already
holds changes nothing, so importing the same file twice is harmless.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.importing.fileedit import RowProblem, cell, staged
from facilitator.importing.reading import Row
from facilitator.plan import edits as ops
from facilitator.plan.lookup import Lookup, iso_alpha2
from facilitator.plan.model import KINDS, ROLES, STATUSES
from facilitator.session.edits import RowChange, set_row

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


def required(row: Row, column: str, what: str) -> str:
    text = row.text(column)
    if not text:
        raise RowProblem(column, f"the {what} is empty.")
    return text


def choice(row: Row, column: str, allowed: tuple[str, ...], default: str) -> str:
    """A cell that must be one of ``allowed`` (any case, a plural 's' forgiven); empty → ``default``."""
    word = row.text(column).casefold()
    if not word:
        return default
    for candidate in (word, word.rstrip("s")):
        if candidate in allowed:
            return candidate
    raise RowProblem(
        column, f"'{row.text(column)}' is not a {column}; use one of: {', '.join(allowed)}."
    )


# -- countries -----------------------------------------------------------------


def country_code(text: str) -> str:
    """The code to store: upper case, ISO alpha-3 turned into alpha-2 ('TKM' → 'TM')."""
    code = text.upper()
    if len(code) == 3 and code.isalpha():
        return iso_alpha2(code) or code
    return code


def split_regions(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ";").split(";") if part.strip()]


def plan_country(store: SessionStore, row: Row) -> list[RowChange]:
    code = country_code(required(row, "code", "country code"))
    name = required(row, "name", "country name")
    changes: list[RowChange] = []
    if store.scalar("SELECT 1 FROM countries WHERE code = ?", (code,)):
        changes += staged(store, set_row(store, "countries", {"code": code}, {"name": name}))
    else:
        same_name = Lookup(store).country_named(name)
        if same_name:
            raise RowProblem(
                "code",
                f"{name} is already in the session with the code {same_name}; use that code.",
            )
        with cell("code"):
            changes += staged(store, ops.add_country(code, name).plan(store))
    for text in split_regions(row.text("regions")):
        changes += _join_region(store, text, code)
    return changes


def _join_region(store: SessionStore, text: str, code: str) -> list[RowChange]:
    changes: list[RowChange] = []
    region = Lookup(store).region(text)
    if region is None:
        region = text
        with cell("regions"):
            changes += staged(store, ops.add_region(region).plan(store))
    key = {"region": region, "country": code}
    if not store.scalar(
        "SELECT 1 FROM region_members WHERE region = ? AND country = ?", (region, code)
    ):
        changes += staged(store, [RowChange("region_members", key, None, {})])
    return changes


# -- participants ----------------------------------------------------------------


def plan_participant(store: SessionStore, row: Row) -> list[RowChange]:
    name = required(row, "name", "participant's name")
    lookup = Lookup(store)
    country = None
    if row.text("country"):
        with cell("country"):
            country = lookup.country(row.text("country"))
    with cell("name"):
        pid = lookup.participant(name)
    fields: dict[str, str | bool | None] = {"country": country}
    if "affiliation" in row.cells:  # a column the file lacks leaves the field as it is
        fields["affiliation"] = row.text("affiliation")
    if "role" in row.cells or pid is None:
        fields["role"] = choice(row, "role", ROLES, "participant")
    if row.text("votes"):
        fields["votes"] = yes_no(row, "votes")
    if pid is None:
        return ops.add_participant(name, **fields).plan(store)  # type: ignore[arg-type]
    return ops.update_participant(pid, **fields).plan(store)


YES = ("yes", "y", "true", "1", "x", "✓")
NO = ("no", "n", "false", "0")


def yes_no(row: Row, column: str) -> bool:
    word = row.text(column).casefold()
    if word in YES or word in NO:
        return word in YES
    raise RowProblem(column, f"'{row.text(column)}' is not yes or no.")


# -- problem tree -----------------------------------------------------------------------


def plan_item(store: SessionStore, row: Row) -> list[RowChange]:
    kind = choice(row, "kind", KINDS, "")
    if not kind:
        raise RowProblem("kind", f"the kind is empty; use one of: {', '.join(KINDS)}.")
    label = required(row, "label", "label")
    status = choice(row, "status", STATUSES, "")
    found = Lookup(store).item(label)
    if found is None:
        with cell("label"):
            return ops.add_item(kind, label, status or "current").plan(store)
    iid, existing_kind = found
    if existing_kind != kind:
        raise RowProblem(
            "kind", f"'{label}' is already in the session as a {existing_kind}, not a {kind}."
        )
    return ops.update_item(iid, status=status).plan(store) if status else []


def plan_link(store: SessionStore, row: Row) -> list[RowChange]:
    """A cause → effect link; an end the session lacks is added when the row gives its kind."""
    changes: list[RowChange] = []
    ends = []
    for column in ("from", "to"):
        label = required(row, column, f"'{column}' item")
        found = Lookup(store).item(label)
        if found is None and row.text(f"{column} kind"):
            kind = choice(row, f"{column} kind", KINDS, "")
            with cell(column):
                changes += staged(store, ops.add_item(kind, label).plan(store))
            found = Lookup(store).item(label)
        if found is None:
            raise RowProblem(column, f"there is no constraint, driver or threat called '{label}'.")
        ends.append(found[0])
    cause, effect = ends
    if store.scalar("SELECT 1 FROM links WHERE cause = ? AND effect = ?", (cause, effect)):
        return changes
    with cell("to"):
        return changes + ops.add_link(cause, effect).plan(store)


# -- external programme of work ----------------------------------------------------------


def plan_programme_item(store: SessionStore, row: Row) -> list[RowChange]:
    """An empty cell keeps what the session holds for that item (it never erases)."""
    code = required(row, "code", "programme item's code")
    held = store.rows(
        "SELECT text, responsible, priority FROM programme_items WHERE code = ?", (code,)
    )
    values = {
        column: row.text(column) or (str(held[0][column]) if held else "")
        for column in ("text", "responsible", "priority")
    }
    with cell("code"):
        return ops.add_programme_item(
            code, values["text"], values["responsible"], values["priority"]
        ).plan(store)
