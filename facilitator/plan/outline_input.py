"""Turning what was typed in the outline into edits (``facilitator.plan.edits``).

The app's outline hands over what was typed; the rules (moving across
parents, reading "see activity" numbers and programme codes, a new theme
named while editing an objective) read in one place, beside the edits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.session.edits import Edit, FunctionEdit, RowChange, created_ids
from facilitator.text import name_key

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: an outline row: (table, id), e.g. ("results", 4)
RowKey = tuple[str, int]

UPDATE = {
    "objectives": ops.update_objective,
    "results": ops.update_result,
    "activities": ops.update_activity,
}


def _siblings_and_parents(
    outline: list[model.Objective], table: str
) -> list[tuple[int | None, list[int]]]:
    """(parent id, child ids in order) for every parent of ``table`` rows, in outline order."""
    if table == "objectives":
        return [(None, [o.id for o in outline])]
    if table == "results":
        return [(o.id, [r.id for r in o.results]) for o in outline]
    return [(r.id, [a.id for a in r.activities]) for o in outline for r in o.results]


def move_edit(outline: list[model.Objective], key: RowKey, delta: int) -> Edit | None:
    """Move a row one place up (-1) or down (+1); at either end it moves to the neighbouring parent."""
    table, row_id = key
    groups = _siblings_and_parents(outline, table)
    for n, (parent_id, ids) in enumerate(groups):
        if row_id not in ids:
            continue
        position = ids.index(row_id) + delta
        if 0 <= position < len(ids):
            return ops.move_outline_row(table, row_id, position)
        neighbour = n + delta
        if parent_id is None or not 0 <= neighbour < len(groups):
            return None
        new_parent, new_ids = groups[neighbour]
        return ops.move_outline_row(
            table, row_id, len(new_ids) if delta < 0 else 0, parent_id=new_parent
        )
    return None


def objective_in_new_theme(objective_id: int, name: str) -> Edit:
    """A new theme called ``name`` with the objective placed in it (one step)."""
    name = model.clean(name)

    def plan(store: SessionStore) -> list[RowChange]:
        added = store.stage(ops.add_theme(name).plan(store))
        (theme_id,) = created_ids(added, "themes")
        return added + ops.update_objective(objective_id, theme_id=theme_id).plan(store)

    return FunctionEdit(f"new theme {name}", plan)


def save_edit(
    store: SessionStore, table: str, row_id: int, fields: dict[str, Any]
) -> tuple[Edit | None, str | None]:
    """The edit storing ``fields`` of one row, or the sentence saying why it cannot be stored."""
    if "new_theme" in fields:
        return objective_in_new_theme(row_id, fields["new_theme"]), None
    if "item_ids" in fields:
        return ops.set_objective_items(row_id, list(fields["item_ids"])), None
    if "refs" in fields:
        return _refs_edit(store, row_id, fields["refs"])
    if "programme" in fields:
        return _programme_edit(store, row_id, fields["programme"])
    return UPDATE[table](row_id, **fields), None


def _parts(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;]", text) if p.strip()]


def _refs_edit(store: SessionStore, activity_id: int, text: str) -> tuple[Edit | None, str | None]:
    numbers = model.activity_numbers(store)
    ids = []
    for part in _parts(text):
        number = re.sub(r"^(see\s+)?(activity\s+)?", "", part, flags=re.IGNORECASE).strip()
        if number not in numbers:
            return (
                None,
                f"There is no activity {number}; write activity numbers like 1.1.4, separated by commas.",
            )
        ids.append(numbers[number])
    return ops.set_activity_refs(activity_id, ids), None


def _programme_edit(
    store: SessionStore, activity_id: int, text: str
) -> tuple[Edit | None, str | None]:
    rows = store.rows("SELECT id, code FROM programme_items")
    codes = {name_key(r["code"]): r["id"] for r in rows}
    ids = []
    for part in _parts(text):
        found = codes.get(name_key(part))
        if found is None:
            known = ", ".join(sorted(str(r["code"]) for r in rows)[:6])
            hint = (
                f" Known codes: {known}."
                if known
                else " No programme items have been added to this session."
            )
            return None, f"There is no programme item '{part}'.{hint}"
        ids.append(found)
    return ops.set_activity_programme(activity_id, ids), None
