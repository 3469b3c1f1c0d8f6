"""Edits of the outline: themes, objectives, results, activities and their references."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator.errors import EditError
from facilitator.plan.model import LOGFRAME_FIELDS, SMART, clean
from facilitator.session.edits import (
    Edit,
    FunctionEdit,
    RowChange,
    delete_rows,
    deleted_once,
    renumber,
    set_row,
)
from facilitator.session.schema import VOTE_KEY

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


def add_theme(name: str) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        tid = store.next_id("themes")
        return [RowChange("themes", {"id": tid}, None, {"name": clean(name), "position": tid})]

    return FunctionEdit("add theme", plan)


def rename_theme(tid: int, name: str) -> Edit:
    return FunctionEdit(
        "rename theme", lambda s: set_row(s, "themes", {"id": tid}, {"name": clean(name)})
    )


SINGULAR = {"objectives": "objective", "results": "result", "activities": "activity"}

OUTLINE = {
    # table: (parent column or None, child table or None)
    "objectives": (None, "results"),
    "results": ("objective_id", "activities"),
    "activities": ("result_id", None),
}


def _siblings(
    store: SessionStore, table: str, parent_id: int | None, exclude: int | None = None
) -> list[int]:
    parent_col = OUTLINE[table][0]
    where, params = ("1", []) if parent_col is None else (f"{parent_col} = ?", [parent_id])
    rows = store.rows(f"SELECT id FROM {table} WHERE {where} ORDER BY number, id", params)
    return [r["id"] for r in rows if r["id"] != exclude]


def _add_outline_row(
    table: str, label: str, parent_id: int | None, values: dict[str, Any], position: int | None
) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        parent_col = OUTLINE[table][0]
        if parent_col:
            parent_table = "objectives" if table == "results" else "results"
            if not store.scalar(f"SELECT 1 FROM {parent_table} WHERE id = ?", (parent_id,)):
                raise EditError(
                    f"The {SINGULAR[parent_table]} for this {SINGULAR[table]} no longer exists."
                )
        ids = _siblings(store, table, parent_id)
        pos = len(ids) if position is None else max(0, min(position, len(ids)))
        new_id = store.next_id(table)
        changes = renumber(store, table, "number", ids, insert_at=pos, start=1)
        row = {k: (clean(v) if isinstance(v, str) else v) for k, v in values.items()}
        if parent_col:
            row[parent_col] = parent_id
        row["number"] = pos + 1
        return changes + [RowChange(table, {"id": new_id}, None, row)]

    return FunctionEdit(label, plan)


def _frame_fields(fields: dict[str, str]) -> dict[str, str]:
    unknown = set(fields) - set(LOGFRAME_FIELDS)
    if unknown:
        raise EditError(f"{', '.join(sorted(unknown))} is not a LogFrame column.")
    return fields


def add_objective(
    text: str, theme_id: int | None = None, position: int | None = None, **fields: str
) -> Edit:
    """Add an objective; ``fields`` may set its LogFrame columns (indicator, baseline, …)."""
    values = {"text": text, "theme_id": theme_id, **_frame_fields(fields)}
    return _add_outline_row("objectives", "add objective", None, values, position)


def add_result(
    objective_id: int, text: str, indicator: str = "", position: int | None = None, **fields: str
) -> Edit:
    """Add a result; ``fields`` may set its LogFrame columns (baseline, target, …)."""
    values = {"text": text, "indicator": indicator, **_frame_fields(fields)}
    return _add_outline_row("results", "add result", objective_id, values, position)


ACTIVITY_FIELDS = ("text", "timeline", "actors", "indicator", "budget")


def add_activity(result_id: int, text: str, position: int | None = None, **fields: str) -> Edit:
    values = {"text": text, **{k: v for k, v in fields.items() if k in ACTIVITY_FIELDS}}
    return _add_outline_row("activities", "add activity", result_id, values, position)


def _update(table: str, allowed: tuple[str, ...], label: str):
    def make(row_id: int, **fields: Any) -> Edit:
        unknown = set(fields) - set(allowed)
        if unknown:
            raise EditError(f"{', '.join(sorted(unknown))} cannot be set on {table}.")
        values = {
            k: (clean(v) if isinstance(v, str) else (int(v) if isinstance(v, bool) else v))
            for k, v in fields.items()
        }
        return FunctionEdit(
            f"edit {label} {', '.join(fields)}", lambda s: set_row(s, table, {"id": row_id}, values)
        )

    return make


update_objective = _update("objectives", ("text", "theme_id", *LOGFRAME_FIELDS), "objective")
update_result = _update("results", ("text", *LOGFRAME_FIELDS, *SMART), "result")
update_activity = _update("activities", ACTIVITY_FIELDS, "activity")


def update_goal(**fields: str) -> Edit:
    """Set the Goal's LogFrame fields (indicator, baseline, target, verification, assumptions)."""
    unknown = set(fields) - set(LOGFRAME_FIELDS)
    if unknown:
        raise EditError(f"{', '.join(sorted(unknown))} cannot be set on the Goal.")
    values = {f"goal_{k}": clean(v) for k, v in fields.items()}

    def plan(store: SessionStore) -> list[RowChange]:
        changes: list[RowChange] = []
        for key, value in values.items():
            changes += set_row(store, "meta", {"key": key}, {"value": value})
        return changes

    return FunctionEdit(f"edit goal {', '.join(fields)}", plan)


def _outline_subtree(store: SessionStore, table: str, row_id: int) -> list[RowChange]:
    """Plan: delete a row of the outline with everything that hangs on it."""
    changes: list[RowChange] = []
    child = OUTLINE[table][1]
    if child:
        parent_col = OUTLINE[child][0]
        for r in store.rows(f"SELECT id FROM {child} WHERE {parent_col} = ?", (row_id,)):
            changes += _outline_subtree(store, child, r["id"])
    if table == "objectives":
        changes += delete_rows(
            store, "objective_items", "objective_id = ?", [row_id], ["objective_id", "item_id"]
        )
    if table == "activities":
        changes += delete_rows(
            store,
            "activity_refs",
            "activity_id = ? OR ref_activity_id = ?",
            [row_id, row_id],
            ["activity_id", "ref_activity_id"],
        )
        changes += delete_rows(
            store,
            "activity_programme",
            "activity_id = ?",
            [row_id],
            ["activity_id", "programme_item_id"],
        )
        changes += delete_rows(
            store, "votes", "target_kind = 'activity' AND target_id = ?", [row_id], VOTE_KEY
        )
    changes += delete_rows(
        store, "notes", "target = ? AND target_id = ?", [SINGULAR[table], row_id], ["id"]
    )
    return changes + set_row(store, table, {"id": row_id}, None)


def remove_outline_row(table: str, row_id: int) -> Edit:
    """Remove an objective, result or activity (and what hangs on it); siblings renumber."""

    def plan(store: SessionStore) -> list[RowChange]:
        parent_col = OUTLINE[table][0]
        rows = store.rows(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        if not rows:
            return []
        parent_id = rows[0][parent_col] if parent_col else None
        changes = deleted_once(_outline_subtree(store, table, row_id))
        return changes + renumber(
            store, table, "number", _siblings(store, table, parent_id, exclude=row_id), start=1
        )

    return FunctionEdit(f"remove {SINGULAR[table]}", plan)


def move_outline_row(table: str, row_id: int, position: int, parent_id: int | None = None) -> Edit:
    """Move an objective, result or activity to ``position`` (0-based), optionally under another parent."""

    def plan(store: SessionStore) -> list[RowChange]:
        parent_col = OUTLINE[table][0]
        row = store.rows(f"SELECT * FROM {table} WHERE id = ?", (row_id,))[0]
        old_parent = row[parent_col] if parent_col else None
        new_parent = old_parent if parent_id is None else parent_id
        changes: list[RowChange] = []
        if new_parent != old_parent:
            changes += renumber(
                store, table, "number", _siblings(store, table, old_parent, exclude=row_id), start=1
            )
        ids = _siblings(store, table, new_parent, exclude=row_id)
        ids.insert(max(0, min(position, len(ids))), row_id)
        # Numbers must not collide mid-plan, so every sibling is planned from
        # its current row; the moved row also gets its new parent.
        for n, rid in enumerate(ids, start=1):
            values: dict[str, Any] = {"number": n}
            if rid == row_id and parent_col:
                values[parent_col] = new_parent
            changes += set_row(store, table, {"id": rid}, values)
        return changes

    return FunctionEdit(f"move {SINGULAR[table]}", plan)


def set_objective_items(objective_id: int, item_ids: list[int]) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        now = {
            r["item_id"]
            for r in store.rows(
                "SELECT item_id FROM objective_items WHERE objective_id = ?", (objective_id,)
            )
        }
        key = lambda i: {"objective_id": objective_id, "item_id": i}
        changes = [
            RowChange("objective_items", key(i), {}, None) for i in sorted(now - set(item_ids))
        ]
        return changes + [
            RowChange("objective_items", key(i), None, {}) for i in item_ids if i not in now
        ]

    return FunctionEdit("change threats addressed", plan)


def set_activity_refs(activity_id: int, ref_ids: list[int]) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        if activity_id in ref_ids:
            raise EditError("An activity cannot refer to itself.")
        now = {
            r["ref_activity_id"]
            for r in store.rows(
                "SELECT ref_activity_id FROM activity_refs WHERE activity_id = ?", (activity_id,)
            )
        }
        key = lambda i: {"activity_id": activity_id, "ref_activity_id": i}
        changes = [RowChange("activity_refs", key(i), {}, None) for i in sorted(now - set(ref_ids))]
        return changes + [
            RowChange("activity_refs", key(i), None, {}) for i in ref_ids if i not in now
        ]

    return FunctionEdit("change activity references", plan)


def add_programme_item(code: str, text: str, responsible: str = "", priority: str = "") -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        c = clean(code)
        if not c:
            raise EditError("A programme item needs a code.")
        existing = store.scalar("SELECT id FROM programme_items WHERE code = ?", (c,))
        values = {
            "code": c,
            "text": clean(text),
            "responsible": clean(responsible),
            "priority": clean(priority),
        }
        return set_row(
            store, "programme_items", {"id": existing or store.next_id("programme_items")}, values
        )

    return FunctionEdit(f"add programme item {clean(code)}", plan)


def set_activity_programme(activity_id: int, programme_ids: list[int]) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        now = {
            r["programme_item_id"]
            for r in store.rows(
                "SELECT programme_item_id FROM activity_programme WHERE activity_id = ?",
                (activity_id,),
            )
        }
        key = lambda i: {"activity_id": activity_id, "programme_item_id": i}
        changes = [
            RowChange("activity_programme", key(i), {}, None)
            for i in sorted(now - set(programme_ids))
        ]
        return changes + [
            RowChange("activity_programme", key(i), None, {}) for i in programme_ids if i not in now
        ]

    return FunctionEdit("change programme links", plan)
