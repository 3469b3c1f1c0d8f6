"""Planning one row of an objectives, results or activities file.

The number says what a row is: ``goal`` the Goal, ``2`` an objective, ``2.1`` a result, ``2.1.3``
an activity, so one file may hold the whole outline. A number the session
already has updates that row; the next free number adds one; a number that
would leave a gap is refused, since the outline is always numbered 1, 2, 3.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator.importing.fileedit import RowProblem, cell, staged
from facilitator.importing.reading import DATE_HINT, Row, as_date
from facilitator.plan import edits as ops
from facilitator.plan.lookup import Lookup, name_key
from facilitator.session.edits import RowChange

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

LEVELS = ("objective", "result", "activity")
TABLES = ("objectives", "results", "activities")
# Columns each level takes from the file (column → field of the row).
_FRAME = {
    "indicator": "indicator",
    "baseline": "baseline",
    "baseline year": "baseline_year",
    "target": "target",
    "target year": "target_year",
    "verification": "verification",
    "assumptions": "assumptions",
}
FIELDS: tuple[dict[str, str], ...] = (
    {"text": "text", "theme": "theme", "addresses": "addresses", **_FRAME},
    {"text": "text", **_FRAME},
    {
        "text": "text",
        "timeline": "timeline",
        "actor": "actors",
        "indicator": "indicator",
        "budget": "budget",
    },
)
OPTIONAL_COLUMNS = ("theme", "addresses", *_FRAME, "timeline", "actor", "budget")
LINKED = ("theme", "addresses")  # columns that name other rows rather than set a field


def number_parts(text: str) -> tuple[int, ...] | None:
    """'1.2.3' → (1, 2, 3); a decimal comma ('1,2') is accepted; None if it is not such a number."""
    t = text.strip().rstrip(".")
    if not t:
        return None
    parts = t.replace(",", ".").split(".")
    if not 1 <= len(parts) <= 3 or not all(p.strip().isdigit() for p in parts):
        return None
    numbers = tuple(int(p) for p in parts)
    return numbers if all(n > 0 for n in numbers) else None


def _row_id(store: SessionStore, level: int, parent_id: int | None, number: int) -> int | None:
    table = TABLES[level]
    if level == 0:
        return store.scalar("SELECT id FROM objectives WHERE number = ?", (number,))
    parent_col = "objective_id" if level == 1 else "result_id"
    return store.scalar(
        f"SELECT id FROM {table} WHERE {parent_col} = ? AND number = ?", (parent_id, number)
    )


def _sibling_count(store: SessionStore, level: int, parent_id: int | None) -> int:
    if level == 0:
        return int(store.scalar("SELECT COUNT(*) FROM objectives"))
    parent_col = "objective_id" if level == 1 else "result_id"
    return int(
        store.scalar(f"SELECT COUNT(*) FROM {TABLES[level]} WHERE {parent_col} = ?", (parent_id,))
    )


def _parent_id(store: SessionStore, parts: tuple[int, ...]) -> int | None:
    """The id of the objective (or result) a result (or activity) numbered ``parts`` hangs on."""
    parent_id = None
    for level, number in enumerate(parts[:-1]):
        parent_id = _row_id(store, level, parent_id, number)
        if parent_id is None:
            wanted = ".".join(map(str, parts[: level + 1]))
            raise RowProblem(
                "number",
                f"there is no {LEVELS[level]} {wanted} for {'.'.join(map(str, parts))} to belong to.",
            )
    return parent_id


def _theme_id(store: SessionStore, text: str) -> tuple[int | None, list[RowChange]]:
    """The theme named ``text`` (or numbered, '2' = the second theme); a new name adds a theme."""
    themes = store.rows("SELECT id, name FROM themes ORDER BY position, id")
    if text.isdigit() and 1 <= int(text) <= len(themes):
        return themes[int(text) - 1]["id"], []
    for theme in themes:
        if name_key(theme["name"]) == name_key(text):
            return theme["id"], []
    changes = staged(store, ops.add_theme(text).plan(store))
    return changes[0].key["id"], changes


def _addressed(store: SessionStore, text: str) -> list[int]:
    """Ids of the threats and drivers named in an 'addresses' cell (labels separated by '|' or ';')."""
    lookup = Lookup(store)
    ids = []
    for label in (part.strip() for part in text.replace(";", "|").replace("\n", "|").split("|")):
        if not label:
            continue
        found = lookup.item(label)
        if found is None or found[1] == "constraint":
            if found:
                raise RowProblem(
                    "addresses", f"'{label}' is a constraint, which objectives do not address."
                )
            raise RowProblem("addresses", f"'{label}' is no threat or driver of this session.")
        ids.append(found[0])
    return ids


def _values(store: SessionStore, row: Row, level: int) -> tuple[dict[str, Any], list[RowChange]]:
    """The fields this row sets (empty cells leave a field as it is), and any theme it adds."""
    fields = FIELDS[level]
    for column in OPTIONAL_COLUMNS:
        if column not in fields and row.text(column):
            raise RowProblem(column, f"{LEVELS[level]}s have no {column}; leave this cell empty.")
    values: dict[str, Any] = {
        fields[c]: row.text(c) for c in fields if c not in LINKED and row.text(c)
    }
    changes: list[RowChange] = []
    if level == 0 and row.text("theme"):
        values["theme_id"], changes = _theme_id(store, row.text("theme"))
    return values, changes


def plan_outline_row(store: SessionStore, row: Row) -> list[RowChange]:
    if row.text("number").casefold() == "goal":
        return _plan_goal(store, row)
    parts = number_parts(row.text("number"))
    if as_date(row.cells.get("number")):
        raise RowProblem("number", DATE_HINT.format(date=as_date(row.cells.get("number"))))
    if parts is None:
        raise RowProblem("number", f"'{row.text('number')}' is not a number like 1, 1.2 or 1.2.3.")
    level = len(parts) - 1
    parent_id = _parent_id(store, parts)
    addressed = (
        _addressed(store, row.text("addresses")) if level == 0 and row.text("addresses") else None
    )
    values, changes = _values(store, row, level)
    row_id = _row_id(store, level, parent_id, parts[-1])
    if row_id is not None:
        update = (ops.update_objective, ops.update_result, ops.update_activity)[level]
        changes += update(row_id, **values).plan(store)
    else:
        added = _add(store, row, parts, parent_id, values)
        row_id = next(c.key["id"] for c in added if c.table == TABLES[level] and c.before is None)
        changes += added
    if addressed is not None:
        changes += ops.set_objective_items(row_id, addressed).plan(store)
    return changes


def _plan_goal(store: SessionStore, row: Row) -> list[RowChange]:
    """A row numbered 'goal': the Goal's text (adopted) and its LogFrame columns."""
    fields = {field: row.text(column) for column, field in _FRAME.items() if row.text(column)}
    for column in ("theme", "addresses", "timeline", "actor", "budget"):
        if row.text(column):
            raise RowProblem(column, f"the Goal has no {column}; leave this cell empty.")
    changes: list[RowChange] = []
    text = row.text("text")
    if text and text != store.scalar("SELECT body FROM texts WHERE kind = 'goal' AND adopted = 1"):
        changes += staged(store, ops.set_text("goal", text).plan(store))
    if fields:
        changes += ops.update_goal(**fields).plan(store)
    return changes


def _add(
    store: SessionStore,
    row: Row,
    parts: tuple[int, ...],
    parent_id: int | None,
    values: dict[str, Any],
) -> list[RowChange]:
    """Plan a new objective, result or activity numbered ``parts``; refuse a gap in the numbers."""
    level = len(parts) - 1
    expected = _sibling_count(store, level, parent_id) + 1
    if parts[-1] != expected:
        number = ".".join(map(str, parts))
        raise RowProblem(
            "number",
            f"{LEVELS[level]} {number} would leave a gap: the next number here is {expected}.",
        )
    text = values.pop("text", "")
    if not text:
        raise RowProblem("text", f"the text of the new {LEVELS[level]} is empty.")
    with cell("number"):
        if level == 0:
            theme_id = values.pop("theme_id", None)
            return ops.add_objective(text, theme_id, **values).plan(store)
        if level == 1:
            return ops.add_result(parent_id, text, **values).plan(store)  # type: ignore[arg-type]
        return ops.add_activity(parent_id, text, **values).plan(store)  # type: ignore[arg-type]


def plan_theme(store: SessionStore, row: Row) -> list[RowChange]:
    """A row of a themes file (number, name): the theme at that place is named, or the next one added."""
    number = row.text("number")
    name = row.text("name")
    if not number.isdigit() or int(number) < 1:
        raise RowProblem("number", f"'{number}' is not a theme number like 1, 2, 3.")
    if not name:
        raise RowProblem("name", "the theme's name is empty.")
    themes = store.rows("SELECT id FROM themes ORDER BY position, id")
    if int(number) <= len(themes):
        return ops.rename_theme(themes[int(number) - 1]["id"], name).plan(store)
    if int(number) != len(themes) + 1:
        raise RowProblem(
            "number", f"theme {number} would leave a gap: the next number is {len(themes) + 1}."
        )
    return ops.add_theme(name).plan(store)
