"""Edits of the problem tree: constraints, drivers, threats and their cause → effect links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator.errors import EditError
from facilitator.plan.model import KINDS, STATUSES, clean
from facilitator.session.edits import Edit, FunctionEdit, RowChange, delete_rows, renumber, set_row
from facilitator.session.schema import VOTE_KEY

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore


def add_item(kind: str, label: str, status: str = "current", position: int | None = None) -> Edit:
    label = clean(label)

    def plan(store: SessionStore) -> list[RowChange]:
        if kind not in KINDS:
            raise EditError(f"'{kind}' is not a kind of item; use constraint, driver or threat.")
        if status not in STATUSES:
            raise EditError(f"'{status}' is not a status; use current or emerging.")
        if not label:
            raise EditError(f"A {kind} needs a text.")
        if store.scalar("SELECT 1 FROM items WHERE label = ?", (label,)):
            raise EditError(f"There is already an item called '{label}'.")
        iid = store.next_id("items")
        siblings = store.rows(
            "SELECT id, position FROM items WHERE kind = ? ORDER BY position, id", (kind,)
        )
        pos = len(siblings) if position is None else max(0, min(position, len(siblings)))
        changes = renumber(store, "items", "position", [r["id"] for r in siblings], insert_at=pos)
        return changes + [
            RowChange(
                "items",
                {"id": iid},
                None,
                {"kind": kind, "label": label, "status": status, "position": pos},
            )
        ]

    return FunctionEdit(f"add {kind}", plan)


def update_item(iid: int, label: str | None = None, status: str | None = None) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        row = store.rows("SELECT kind FROM items WHERE id = ?", (iid,))
        if not row:
            raise EditError("That item no longer exists.")
        values: dict[str, Any] = {}
        if label is not None:
            values["label"] = clean(label)
            if not values["label"]:
                raise EditError("An item needs a text.")
            if store.scalar(
                "SELECT 1 FROM items WHERE label = ? AND id != ?", (values["label"], iid)
            ):
                raise EditError(f"There is already an item called '{values['label']}'.")
        if status is not None:
            if status not in STATUSES:
                raise EditError(f"'{status}' is not a status; use current or emerging.")
            values["status"] = status
        return set_row(store, "items", {"id": iid}, values)

    kind = "rename" if label is not None else "change status of"
    return FunctionEdit(f"{kind} item", plan)


def rename_item(iid: int, label: str) -> Edit:
    return update_item(iid, label=label)


def remove_item(iid: int) -> Edit:
    """Remove an item with its links, votes, objective references and notes."""

    def plan(store: SessionStore) -> list[RowChange]:
        kind = store.scalar("SELECT kind FROM items WHERE id = ?", (iid,))
        if kind is None:
            return []
        changes = delete_rows(
            store, "links", "cause = ? OR effect = ?", [iid, iid], ["cause", "effect"]
        )
        changes += delete_rows(
            store, "objective_items", "item_id = ?", [iid], ["objective_id", "item_id"]
        )
        changes += delete_rows(
            store, "votes", "target_kind = 'item' AND target_id = ?", [iid], VOTE_KEY
        )
        changes += delete_rows(store, "notes", "target = 'item' AND target_id = ?", [iid], ["id"])
        changes += delete_rows(store, "item_positions", "item_id = ?", [iid], ["item_id"])
        changes += set_row(store, "items", {"id": iid}, None)
        rest = [
            r["id"]
            for r in store.rows(
                "SELECT id FROM items WHERE kind = ? AND id != ? ORDER BY position, id", (kind, iid)
            )
        ]
        return changes + renumber(store, "items", "position", rest)

    return FunctionEdit("remove item", plan)


def move_item(iid: int, position: int) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        kind = store.scalar("SELECT kind FROM items WHERE id = ?", (iid,))
        ids = [
            r["id"]
            for r in store.rows(
                "SELECT id FROM items WHERE kind = ? ORDER BY position, id", (kind,)
            )
        ]
        ids.remove(iid)
        ids.insert(max(0, min(position, len(ids))), iid)
        return renumber(store, "items", "position", ids)

    return FunctionEdit("move item", plan)


def would_cycle(store: SessionStore, cause: int, effect: int) -> bool:
    """True when a link cause → effect would close a loop (effect already leads to cause)."""
    edges: dict[int, list[int]] = {}
    for r in store.rows("SELECT cause, effect FROM links"):
        edges.setdefault(r["cause"], []).append(r["effect"])
    seen, stack = set(), [effect]
    while stack:
        node = stack.pop()
        if node == cause:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(edges.get(node, []))
    return False


def add_link(cause: int, effect: int) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        if cause == effect:
            raise EditError("An item cannot be its own cause.")
        labels = {
            r["id"]: r["label"]
            for r in store.rows("SELECT id, label FROM items WHERE id IN (?, ?)", (cause, effect))
        }
        if len(labels) < 2:
            raise EditError("Both the cause and the effect must be items of the problem tree.")
        if store.scalar("SELECT 1 FROM links WHERE cause = ? AND effect = ?", (cause, effect)):
            raise EditError(f"'{labels[cause]}' is already linked to '{labels[effect]}'.")
        if would_cycle(store, cause, effect):
            raise EditError(
                f"'{labels[cause]}' → '{labels[effect]}' would make a cycle: '{labels[effect]}' already leads to '{labels[cause]}'."
            )
        return [RowChange("links", {"cause": cause, "effect": effect}, None, {})]

    return FunctionEdit("link cause to effect", plan)


def remove_link(cause: int, effect: int) -> Edit:
    return FunctionEdit(
        "remove link", lambda s: set_row(s, "links", {"cause": cause, "effect": effect}, None)
    )


def move_box(iid: int, x: float, y: float) -> Edit:
    """Keep a problem-tree box where the facilitator dragged it (diagram units at the base size)."""

    def plan(store: SessionStore) -> list[RowChange]:
        if store.scalar("SELECT 1 FROM items WHERE id = ?", (iid,)) is None:
            raise EditError("That item is no longer in the problem tree.")
        return set_row(store, "item_positions", {"item_id": iid}, {"x": float(x), "y": float(y)})

    return FunctionEdit("move a box of the diagram", plan)


def reset_boxes() -> Edit:
    """Forget every dragged position: the diagram is laid out afresh."""

    def plan(store: SessionStore) -> list[RowChange]:
        return delete_rows(store, "item_positions", "1", [], ["item_id"])

    return FunctionEdit("arrange the diagram afresh", plan)


def box_positions(store: SessionStore) -> dict[int, tuple[float, float]]:
    """Dragged positions by item id."""
    return {
        int(r["item_id"]): (float(r["x"]), float(r["y"]))
        for r in store.rows("SELECT item_id, x, y FROM item_positions")
    }
