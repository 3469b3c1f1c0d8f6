"""The edits a facilitator makes, as undoable ``Edit`` objects.

Each function returns an edit; ``store.apply(edit)`` carries it out. Edits
check the method's rules (a link can't point at itself or make a cycle, a vote
must be on its criterion's scale) and refuse with ``EditError``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .edits import CompositeEdit, Edit, FunctionEdit, RowChange, delete_rows, set_row
from .errors import EditError
from .model import CRITERIA, KINDS, ROLES, SCALES, SMART, STATUSES, clean

if TYPE_CHECKING:
    from .store import SessionStore

# -- session metadata -----------------------------------------------------------


def set_meta(values: dict[str, str]) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        changes: list[RowChange] = []
        for key, value in values.items():
            changes += set_row(store, "meta", {"key": key}, {"value": clean(value)})
        return changes

    names = ", ".join(values)
    return FunctionEdit(f"edit {names}", plan)


# -- countries and regions -------------------------------------------------------


def add_country(code: str, name: str, regions: list[str] | None = None) -> Edit:
    code, name = clean(code).upper(), clean(name)

    def plan(store: SessionStore) -> list[RowChange]:
        if not code:
            raise EditError("A country needs a code.")
        if store.scalar("SELECT 1 FROM countries WHERE code = ?", (code,)):
            raise EditError(f"There is already a country with the code {code}.")
        pos = store.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM countries")
        changes = [RowChange("countries", {"code": code}, None, {"name": name or code, "position": pos})]
        for region in regions or []:
            changes += _membership(store, region, code)
        return changes

    return FunctionEdit(f"add country {code}", plan)


def update_country(code: str, name: str) -> Edit:
    return FunctionEdit(f"rename country {code}", lambda s: set_row(s, "countries", {"code": code}, {"name": clean(name)}))


def remove_country(code: str) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        n = store.scalar("SELECT COUNT(*) FROM votes WHERE scope_kind = 'country' AND scope = ?", (code,))
        if n:
            raise EditError(f"{code} cannot be removed: {n} vote(s) were cast for it.")
        changes = delete_rows(store, "region_members", "country = ?", [code], ["region", "country"])
        for p in store.rows("SELECT id FROM participants WHERE country = ?", (code,)):
            changes += set_row(store, "participants", {"id": p["id"]}, {"country": None})
        return changes + set_row(store, "countries", {"code": code}, None)

    return FunctionEdit(f"remove country {code}", plan)


def _membership(store: SessionStore, region: str, code: str) -> list[RowChange]:
    changes: list[RowChange] = []
    region = clean(region)
    if not store.scalar("SELECT 1 FROM regions WHERE name = ?", (region,)):
        pos = store.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM regions")
        changes.append(RowChange("regions", {"name": region}, None, {"abbreviation": _abbrev(region), "position": pos}))
    changes.append(RowChange("region_members", {"region": region, "country": code}, None, {}))
    return changes


def _abbrev(name: str) -> str:
    return name[:1].upper()


def add_region(name: str, abbreviation: str = "", countries: list[str] | None = None) -> Edit:
    name = clean(name)

    def plan(store: SessionStore) -> list[RowChange]:
        if not name:
            raise EditError("A region needs a name.")
        if store.scalar("SELECT 1 FROM regions WHERE name = ?", (name,)):
            raise EditError(f"There is already a region called {name}.")
        pos = store.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM regions")
        changes = [RowChange("regions", {"name": name}, None, {"abbreviation": clean(abbreviation) or _abbrev(name), "position": pos})]
        for code in countries or []:
            changes.append(RowChange("region_members", {"region": name, "country": code}, None, {}))
        return changes

    return FunctionEdit(f"add region {name}", plan)


def set_region_members(region: str, countries: list[str]) -> Edit:
    """The countries of ``region`` become exactly ``countries``."""

    def plan(store: SessionStore) -> list[RowChange]:
        now = {r["country"] for r in store.rows("SELECT country FROM region_members WHERE region = ?", (region,))}
        changes = [RowChange("region_members", {"region": region, "country": c}, {}, None) for c in sorted(now - set(countries))]
        changes += [RowChange("region_members", {"region": region, "country": c}, None, {}) for c in countries if c not in now]
        return changes

    return FunctionEdit(f"change members of {region}", plan)


def remove_region(name: str) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        n = store.scalar("SELECT COUNT(*) FROM votes WHERE scope_kind = 'region' AND scope = ?", (name,))
        if n:
            raise EditError(f"{name} cannot be removed: {n} vote(s) were cast for it.")
        changes = delete_rows(store, "region_members", "region = ?", [name], ["region", "country"])
        return changes + set_row(store, "regions", {"name": name}, None)

    return FunctionEdit(f"remove region {name}", plan)


# -- participants ------------------------------------------------------------------


def add_participant(name: str, affiliation: str = "", country: str | None = None,
                    role: str = "participant", votes: bool | None = None) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        row = _participant_row(store, {"name": name, "affiliation": affiliation, "country": country,
                                       "role": role, "votes": votes if votes is not None else role == "participant"})
        pid = store.next_id("participants")
        row["position"] = pid
        return [RowChange("participants", {"id": pid}, None, row)]

    return FunctionEdit(f"add participant {clean(name)}", plan)


def update_participant(pid: int, **fields: Any) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        return set_row(store, "participants", {"id": pid}, _participant_row(store, fields))

    return FunctionEdit(f"edit participant {', '.join(fields)}", plan)


def _participant_row(store: SessionStore, fields: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    if "name" in fields:
        row["name"] = clean(fields["name"])
        if not row["name"]:
            raise EditError("A participant needs a name.")
    if "affiliation" in fields:
        row["affiliation"] = clean(fields["affiliation"])
    if "country" in fields:
        code = clean(fields["country"] or "").upper() or None
        if code and not store.scalar("SELECT 1 FROM countries WHERE code = ?", (code,)):
            raise EditError(f"There is no country with the code {code}.")
        row["country"] = code
    if "role" in fields:
        if fields["role"] not in ROLES:
            raise EditError(f"'{fields['role']}' is not a role; use one of {', '.join(ROLES)}.")
        row["role"] = fields["role"]
    if "votes" in fields:
        row["votes"] = int(bool(fields["votes"]))
    return row


def remove_participant(pid: int) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        n = store.scalar("SELECT COUNT(*) FROM votes WHERE participant_id = ? AND answer != 'empty'", (pid,))
        if n:
            raise EditError(f"This participant cannot be removed: they cast {n} vote(s); mark them as not voting instead.")
        changes = delete_rows(store, "votes", "participant_id = ?", [pid],
                              ["participant_id", "scope_kind", "scope", "target_kind", "target_id", "criterion"])
        return changes + set_row(store, "participants", {"id": pid}, None)

    return FunctionEdit("remove participant", plan)


# -- Vision and Goal ------------------------------------------------------------------


def add_draft(kind: str, body: str, adopt: bool = False) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        tid = store.next_id("texts")
        from .store import now

        changes = [RowChange("texts", {"id": tid}, None, {"kind": kind, "body": clean(body), "adopted": 0, "created": now()})]
        if adopt:
            changes += _adopt(store, kind, tid)
            changes[0] = RowChange("texts", {"id": tid}, None, {**changes[0].after, "adopted": 1})  # type: ignore[dict-item]
        return changes

    return FunctionEdit(f"add {kind} draft", plan)


def _adopt(store: SessionStore, kind: str, tid: int) -> list[RowChange]:
    changes: list[RowChange] = []
    for r in store.rows("SELECT id FROM texts WHERE kind = ? AND adopted = 1 AND id != ?", (kind, tid)):
        changes += set_row(store, "texts", {"id": r["id"]}, {"adopted": 0})
    return changes


def set_text(kind: str, body: str) -> Edit:
    """Set the adopted Vision or Goal text (creating and adopting it if there is none)."""

    def plan(store: SessionStore) -> list[RowChange]:
        tid = store.scalar("SELECT id FROM texts WHERE kind = ? AND adopted = 1", (kind,))
        if tid is None:
            return add_draft(kind, body, adopt=True).plan(store)
        return set_row(store, "texts", {"id": tid}, {"body": clean(body)})

    return FunctionEdit(f"edit {kind}", plan)


def edit_draft(tid: int, body: str) -> Edit:
    return FunctionEdit("edit draft", lambda s: set_row(s, "texts", {"id": tid}, {"body": clean(body)}))


def adopt_draft(tid: int) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        kind = store.scalar("SELECT kind FROM texts WHERE id = ?", (tid,))
        if kind is None:
            raise EditError("That draft no longer exists.")
        return _adopt(store, kind, tid) + set_row(store, "texts", {"id": tid}, {"adopted": 1})

    return FunctionEdit("adopt draft", plan)


def remove_draft(tid: int) -> Edit:
    return FunctionEdit("remove draft", lambda s: set_row(s, "texts", {"id": tid}, None))


# -- problem tree ---------------------------------------------------------------------


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
        siblings = store.rows("SELECT id, position FROM items WHERE kind = ? ORDER BY position, id", (kind,))
        pos = len(siblings) if position is None else max(0, min(position, len(siblings)))
        changes = _renumber(store, "items", "position", [r["id"] for r in siblings], insert_at=pos)
        return changes + [RowChange("items", {"id": iid}, None, {"kind": kind, "label": label, "status": status, "position": pos})]

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
            if store.scalar("SELECT 1 FROM items WHERE label = ? AND id != ?", (values["label"], iid)):
                raise EditError(f"There is already an item called '{values['label']}'.")
        if status is not None:
            if status not in STATUSES:
                raise EditError(f"'{status}' is not a status; use current or emerging.")
            values["status"] = status
        return set_row(store, "items", {"id": iid}, values)

    kind = "rename" if label is not None else "change status of"
    return FunctionEdit(f"{kind} item", plan)


def rename_item(iid: int, label: str) -> Edit:
    edit = update_item(iid, label=label)
    return edit


def remove_item(iid: int) -> Edit:
    """Remove an item with its links, votes, objective references and notes."""

    def plan(store: SessionStore) -> list[RowChange]:
        kind = store.scalar("SELECT kind FROM items WHERE id = ?", (iid,))
        if kind is None:
            return []
        changes = delete_rows(store, "links", "cause = ? OR effect = ?", [iid, iid], ["cause", "effect"])
        changes += delete_rows(store, "objective_items", "item_id = ?", [iid], ["objective_id", "item_id"])
        changes += delete_rows(store, "votes", "target_kind = 'item' AND target_id = ?", [iid], VOTE_KEY)
        changes += delete_rows(store, "notes", "target = 'item' AND target_id = ?", [iid], ["id"])
        changes += set_row(store, "items", {"id": iid}, None)
        rest = [r["id"] for r in store.rows("SELECT id FROM items WHERE kind = ? AND id != ? ORDER BY position, id", (kind, iid))]
        return changes + _renumber(store, "items", "position", rest)

    return FunctionEdit("remove item", plan)


def move_item(iid: int, position: int) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        kind = store.scalar("SELECT kind FROM items WHERE id = ?", (iid,))
        ids = [r["id"] for r in store.rows("SELECT id FROM items WHERE kind = ? ORDER BY position, id", (kind,))]
        ids.remove(iid)
        ids.insert(max(0, min(position, len(ids))), iid)
        return _renumber(store, "items", "position", ids)

    return FunctionEdit("move item", plan)


def _renumber(store: SessionStore, table: str, column: str, ids: list[int], insert_at: int | None = None, start: int = 0) -> list[RowChange]:
    """Plan: give ``ids`` consecutive values of ``column``, leaving a gap at ``insert_at``."""
    changes: list[RowChange] = []
    n = start
    for index, rid in enumerate(ids):
        if insert_at is not None and index == insert_at:
            n += 1
        changes += set_row(store, table, {"id": rid}, {column: n})
        n += 1
    return changes


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
        labels = {r["id"]: r["label"] for r in store.rows("SELECT id, label FROM items WHERE id IN (?, ?)", (cause, effect))}
        if len(labels) < 2:
            raise EditError("Both the cause and the effect must be items of the problem tree.")
        if store.scalar("SELECT 1 FROM links WHERE cause = ? AND effect = ?", (cause, effect)):
            raise EditError(f"'{labels[cause]}' is already linked to '{labels[effect]}'.")
        if would_cycle(store, cause, effect):
            raise EditError(f"'{labels[cause]}' → '{labels[effect]}' would make a cycle: '{labels[effect]}' already leads to '{labels[cause]}'.")
        return [RowChange("links", {"cause": cause, "effect": effect}, None, {})]

    return FunctionEdit("link cause to effect", plan)


def remove_link(cause: int, effect: int) -> Edit:
    return FunctionEdit("remove link", lambda s: set_row(s, "links", {"cause": cause, "effect": effect}, None))


# -- themes, objectives, results, activities ------------------------------------------


def add_theme(name: str) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        tid = store.next_id("themes")
        return [RowChange("themes", {"id": tid}, None, {"name": clean(name), "position": tid})]

    return FunctionEdit("add theme", plan)


def rename_theme(tid: int, name: str) -> Edit:
    return FunctionEdit("rename theme", lambda s: set_row(s, "themes", {"id": tid}, {"name": clean(name)}))


OUTLINE = {
    # table: (parent column or None, child table or None)
    "objectives": (None, "results"),
    "results": ("objective_id", "activities"),
    "activities": ("result_id", None),
}


def _siblings(store: SessionStore, table: str, parent_id: int | None, exclude: int | None = None) -> list[int]:
    parent_col = OUTLINE[table][0]
    where, params = ("1", []) if parent_col is None else (f"{parent_col} = ?", [parent_id])
    rows = store.rows(f"SELECT id FROM {table} WHERE {where} ORDER BY number, id", params)
    return [r["id"] for r in rows if r["id"] != exclude]


def _add_outline_row(table: str, label: str, parent_id: int | None, values: dict[str, Any], position: int | None) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        parent_col = OUTLINE[table][0]
        if parent_col:
            parent_table = "objectives" if table == "results" else "results"
            if not store.scalar(f"SELECT 1 FROM {parent_table} WHERE id = ?", (parent_id,)):
                raise EditError(f"The {parent_table[:-1]} for this {table[:-1]} no longer exists.")
        ids = _siblings(store, table, parent_id)
        pos = len(ids) if position is None else max(0, min(position, len(ids)))
        new_id = store.next_id(table)
        changes = _renumber(store, table, "number", ids, insert_at=pos, start=1)
        row = {k: (clean(v) if isinstance(v, str) else v) for k, v in values.items()}
        if parent_col:
            row[parent_col] = parent_id
        row["number"] = pos + 1
        return changes + [RowChange(table, {"id": new_id}, None, row)]

    return FunctionEdit(label, plan)


def add_objective(text: str, theme_id: int | None = None, position: int | None = None) -> Edit:
    return _add_outline_row("objectives", "add objective", None, {"text": text, "theme_id": theme_id}, position)


def add_result(objective_id: int, text: str, indicator: str = "", position: int | None = None) -> Edit:
    return _add_outline_row("results", "add result", objective_id, {"text": text, "indicator": indicator}, position)


ACTIVITY_FIELDS = ("text", "timeline", "actors", "indicator", "budget")


def add_activity(result_id: int, text: str, position: int | None = None, **fields: str) -> Edit:
    values = {"text": text, **{k: v for k, v in fields.items() if k in ACTIVITY_FIELDS}}
    return _add_outline_row("activities", "add activity", result_id, values, position)


def _update(table: str, allowed: tuple[str, ...], label: str):
    def make(row_id: int, **fields: Any) -> Edit:
        unknown = set(fields) - set(allowed)
        if unknown:
            raise EditError(f"{', '.join(sorted(unknown))} cannot be set on {table}.")
        values = {k: (clean(v) if isinstance(v, str) else (int(v) if isinstance(v, bool) else v)) for k, v in fields.items()}
        return FunctionEdit(f"edit {label} {', '.join(fields)}", lambda s: set_row(s, table, {"id": row_id}, values))

    return make


update_objective = _update("objectives", ("text", "theme_id"), "objective")
update_result = _update("results", ("text", "indicator", *SMART), "result")
update_activity = _update("activities", ACTIVITY_FIELDS, "activity")


def _outline_subtree(store: SessionStore, table: str, row_id: int) -> list[RowChange]:
    """Plan: delete a row of the outline with everything that hangs on it."""
    changes: list[RowChange] = []
    child = OUTLINE[table][1]
    if child:
        parent_col = OUTLINE[child][0]
        for r in store.rows(f"SELECT id FROM {child} WHERE {parent_col} = ?", (row_id,)):
            changes += _outline_subtree(store, child, r["id"])
    if table == "objectives":
        changes += delete_rows(store, "objective_items", "objective_id = ?", [row_id], ["objective_id", "item_id"])
    if table == "activities":
        changes += delete_rows(store, "activity_refs", "activity_id = ? OR ref_activity_id = ?", [row_id, row_id], ["activity_id", "ref_activity_id"])
        changes += delete_rows(store, "activity_programme", "activity_id = ?", [row_id], ["activity_id", "programme_item_id"])
        changes += delete_rows(store, "votes", "target_kind = 'activity' AND target_id = ?", [row_id], VOTE_KEY)
    changes += delete_rows(store, "notes", "target = ? AND target_id = ?", [table[:-1], row_id], ["id"])
    return changes + set_row(store, table, {"id": row_id}, None)


def remove_outline_row(table: str, row_id: int) -> Edit:
    """Remove an objective, result or activity (and what hangs on it); siblings renumber."""

    def plan(store: SessionStore) -> list[RowChange]:
        parent_col = OUTLINE[table][0]
        rows = store.rows(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        if not rows:
            return []
        parent_id = rows[0][parent_col] if parent_col else None
        changes = _outline_subtree(store, table, row_id)
        return changes + _renumber(store, table, "number", _siblings(store, table, parent_id, exclude=row_id), start=1)

    return FunctionEdit(f"remove {table[:-1]}", plan)


def move_outline_row(table: str, row_id: int, position: int, parent_id: int | None = None) -> Edit:
    """Move an objective, result or activity to ``position`` (0-based), optionally under another parent."""

    def plan(store: SessionStore) -> list[RowChange]:
        parent_col = OUTLINE[table][0]
        row = store.rows(f"SELECT * FROM {table} WHERE id = ?", (row_id,))[0]
        old_parent = row[parent_col] if parent_col else None
        new_parent = old_parent if parent_id is None else parent_id
        changes: list[RowChange] = []
        if new_parent != old_parent:
            changes += _renumber(store, table, "number", _siblings(store, table, old_parent, exclude=row_id), start=1)
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

    return FunctionEdit(f"move {table[:-1]}", plan)


def set_objective_items(objective_id: int, item_ids: list[int]) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        now = {r["item_id"] for r in store.rows("SELECT item_id FROM objective_items WHERE objective_id = ?", (objective_id,))}
        key = lambda i: {"objective_id": objective_id, "item_id": i}
        changes = [RowChange("objective_items", key(i), {}, None) for i in sorted(now - set(item_ids))]
        return changes + [RowChange("objective_items", key(i), None, {}) for i in item_ids if i not in now]

    return FunctionEdit("change threats addressed", plan)


def set_activity_refs(activity_id: int, ref_ids: list[int]) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        if activity_id in ref_ids:
            raise EditError("An activity cannot refer to itself.")
        now = {r["ref_activity_id"] for r in store.rows("SELECT ref_activity_id FROM activity_refs WHERE activity_id = ?", (activity_id,))}
        key = lambda i: {"activity_id": activity_id, "ref_activity_id": i}
        changes = [RowChange("activity_refs", key(i), {}, None) for i in sorted(now - set(ref_ids))]
        return changes + [RowChange("activity_refs", key(i), None, {}) for i in ref_ids if i not in now]

    return FunctionEdit("change activity references", plan)


def add_programme_item(code: str, text: str, responsible: str = "", priority: str = "") -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        c = clean(code)
        if not c:
            raise EditError("A programme item needs a code.")
        existing = store.scalar("SELECT id FROM programme_items WHERE code = ?", (c,))
        values = {"code": c, "text": clean(text), "responsible": clean(responsible), "priority": clean(priority)}
        return set_row(store, "programme_items", {"id": existing or store.next_id("programme_items")}, values)

    return FunctionEdit(f"add programme item {clean(code)}", plan)


def set_activity_programme(activity_id: int, programme_ids: list[int]) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        now = {r["programme_item_id"] for r in store.rows("SELECT programme_item_id FROM activity_programme WHERE activity_id = ?", (activity_id,))}
        key = lambda i: {"activity_id": activity_id, "programme_item_id": i}
        changes = [RowChange("activity_programme", key(i), {}, None) for i in sorted(now - set(programme_ids))]
        return changes + [RowChange("activity_programme", key(i), None, {}) for i in programme_ids if i not in now]

    return FunctionEdit("change programme links", plan)


# -- votes ------------------------------------------------------------------------------

VOTE_KEY = ["participant_id", "scope_kind", "scope", "target_kind", "target_id", "criterion"]


def parse_vote(text: object, criterion: str) -> tuple[str, float | None]:
    """Read what a voter wrote: a number on the scale, '-' (unknown) or nothing.

    Returns ``(answer, value)``; raises ``EditError`` with the reason otherwise.
    A decimal comma is read as a decimal point.
    """
    if criterion not in CRITERIA:
        raise EditError(f"'{criterion}' is not a criterion; use importance, capacity or priority.")
    if text is None:
        return "empty", None
    if isinstance(text, bool):
        raise EditError(f"{text!r} is not a score.")
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        s = clean(str(text))
        if s == "":
            return "empty", None
        if s in ("-", "–", "—", "_"):
            return "unknown", None
        try:
            value = float(s.replace(",", "."))
        except ValueError:
            raise EditError(f"'{s}' is not a score: write a number, '-' for unknown, or leave it empty.") from None
    if math.isnan(value):  # a spreadsheet's empty cell
        return "empty", None
    low, high = SCALES[criterion]
    if not low <= value <= high:
        raise EditError(f"{value:g} is outside the {criterion} scale ({low}–{high}).")
    return "number", value


def vote_change(store: SessionStore, participant_id: int, scope_kind: str, scope: str, target_kind: str,
                target_id: int, criterion: str, value: object) -> list[RowChange]:
    """Plan one vote; no change when the same answer is already recorded."""
    from .store import now

    answer, number = parse_vote(value, criterion)
    expected = "priority" if target_kind == "activity" else None
    if expected and criterion != expected or not expected and criterion == "priority":
        raise EditError(f"{target_kind.capitalize()}s are not scored for {criterion}.")
    key = {"participant_id": participant_id, "scope_kind": scope_kind, "scope": scope,
           "target_kind": target_kind, "target_id": target_id, "criterion": criterion}
    before = store.rows(f"SELECT answer, value, at FROM votes WHERE {' AND '.join(f'{k} = ?' for k in key)}", list(key.values()))
    if before and before[0]["answer"] == answer and before[0]["value"] == number:
        return []
    return [RowChange("votes", key, before[0] if before else None, {"answer": answer, "value": number, "at": now()})]


def _check_vote_refs(store: SessionStore, participant_id: int, scope_kind: str, scope: str, target_kind: str, target_id: int) -> None:
    if not store.scalar("SELECT 1 FROM participants WHERE id = ?", (participant_id,)):
        raise EditError("That participant is not in the session.")
    table, col = ("countries", "code") if scope_kind == "country" else ("regions", "name")
    if not store.scalar(f"SELECT 1 FROM {table} WHERE {col} = ?", (scope,)):
        raise EditError(f"There is no {scope_kind} '{scope}'.")
    t_table = "items" if target_kind == "item" else "activities"
    if not store.scalar(f"SELECT 1 FROM {t_table} WHERE id = ?", (target_id,)):
        raise EditError(f"That {target_kind} no longer exists.")
    if target_kind == "item" and store.scalar("SELECT kind FROM items WHERE id = ?", (target_id,)) == "constraint":
        raise EditError("Constraints are not ranked.")


def set_vote(participant_id: int, scope_kind: str, scope: str, target_kind: str, target_id: int,
             criterion: str, value: object) -> Edit:
    """One voter's score for one item (or activity) and criterion, for a country or region."""

    def plan(store: SessionStore) -> list[RowChange]:
        _check_vote_refs(store, participant_id, scope_kind, scope, target_kind, target_id)
        return vote_change(store, participant_id, scope_kind, scope, target_kind, target_id, criterion, value)

    answer, _ = parse_vote(value, criterion)
    word = {"number": "set", "unknown": "mark unknown", "empty": "clear"}[answer]
    return FunctionEdit(f"{word} {criterion} vote", plan)


def set_votes(label: str, votes: list[tuple[int, str, str, str, int, str, object]]) -> Edit:
    """Many votes as one step (a ballot, a pasted column)."""

    def plan(store: SessionStore) -> list[RowChange]:
        changes: list[RowChange] = []
        for vote in votes:
            _check_vote_refs(store, *vote[:5])
            changes += vote_change(store, *vote)
        return changes

    return FunctionEdit(label, plan)


# -- notes ----------------------------------------------------------------------------


def add_note(target: str, target_id: int, body: str, key: str = "") -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        from .store import now

        nid = store.next_id("notes")
        return [RowChange("notes", {"id": nid}, None, {"target": target, "target_id": target_id, "key": key, "body": clean(body), "created": now()})]

    return FunctionEdit("add note", plan)


def edit_note(nid: int, body: str) -> Edit:
    return FunctionEdit("edit note", lambda s: set_row(s, "notes", {"id": nid}, {"body": clean(body)}))


def remove_note(nid: int) -> Edit:
    return FunctionEdit("remove note", lambda s: set_row(s, "notes", {"id": nid}, None))


def combine(label: str, edits: list[Edit]) -> Edit:
    """Several edits as one undoable step (pasting rows, importing a file)."""
    return CompositeEdit(label, edits)
