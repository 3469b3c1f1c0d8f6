"""The edits a facilitator makes, as undoable ``Edit`` objects.

Each function returns an edit; ``store.apply(edit)`` carries it out. Edits
check the method's rules (a link can't point at itself or make a cycle, a vote
must be on its criterion's scale) and refuse with ``EditError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator.errors import EditError
from facilitator.plan.model import ROLES, clean

# The problem tree, the outline and votes have modules of their own; their edits
# are offered here too, so callers build every edit from one place.
from facilitator.plan.outline import (  # noqa: F401
    ACTIVITY_FIELDS,
    OUTLINE,
    add_activity,
    add_objective,
    add_programme_item,
    add_result,
    add_theme,
    move_outline_row,
    remove_outline_row,
    rename_theme,
    set_activity_programme,
    set_activity_refs,
    set_objective_items,
    update_activity,
    update_goal,
    update_objective,
    update_result,
)
from facilitator.plan.problem_tree import (  # noqa: F401
    add_item,
    add_link,
    move_item,
    remove_item,
    remove_link,
    rename_item,
    update_item,
    would_cycle,
)
from facilitator.session.edits import (
    CompositeEdit,
    Edit,
    FunctionEdit,
    RowChange,
    delete_rows,
    set_row,
)
from facilitator.session.schema import VOTE_KEY

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

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
        changes = [
            RowChange("countries", {"code": code}, None, {"name": name or code, "position": pos})
        ]
        for region in regions or []:
            changes += _membership(store, region, code)
        return changes

    return FunctionEdit(f"add country {code}", plan)


def update_country(code: str, name: str) -> Edit:
    return FunctionEdit(
        f"rename country {code}",
        lambda s: set_row(s, "countries", {"code": code}, {"name": clean(name)}),
    )


def remove_country(code: str) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        n = store.scalar(
            "SELECT COUNT(*) FROM votes WHERE scope_kind = 'country' AND scope = ?", (code,)
        )
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
        changes.append(
            RowChange(
                "regions",
                {"name": region},
                None,
                {"abbreviation": _abbrev(region), "position": pos},
            )
        )
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
        changes = [
            RowChange(
                "regions",
                {"name": name},
                None,
                {"abbreviation": clean(abbreviation) or _abbrev(name), "position": pos},
            )
        ]
        for code in countries or []:
            changes.append(RowChange("region_members", {"region": name, "country": code}, None, {}))
        return changes

    return FunctionEdit(f"add region {name}", plan)


def set_region_members(region: str, countries: list[str]) -> Edit:
    """The countries of ``region`` become exactly ``countries``."""

    def plan(store: SessionStore) -> list[RowChange]:
        now = {
            r["country"]
            for r in store.rows("SELECT country FROM region_members WHERE region = ?", (region,))
        }
        changes = [
            RowChange("region_members", {"region": region, "country": c}, {}, None)
            for c in sorted(now - set(countries))
        ]
        changes += [
            RowChange("region_members", {"region": region, "country": c}, None, {})
            for c in countries
            if c not in now
        ]
        return changes

    return FunctionEdit(f"change members of {region}", plan)


def remove_region(name: str) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        n = store.scalar(
            "SELECT COUNT(*) FROM votes WHERE scope_kind = 'region' AND scope = ?", (name,)
        )
        if n:
            raise EditError(f"{name} cannot be removed: {n} vote(s) were cast for it.")
        changes = delete_rows(store, "region_members", "region = ?", [name], ["region", "country"])
        return changes + set_row(store, "regions", {"name": name}, None)

    return FunctionEdit(f"remove region {name}", plan)


# -- participants ------------------------------------------------------------------


def add_participant(
    name: str,
    affiliation: str = "",
    country: str | None = None,
    role: str = "participant",
    votes: bool | None = None,
) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        row = _participant_row(
            store,
            {
                "name": name,
                "affiliation": affiliation,
                "country": country,
                "role": role,
                "votes": votes if votes is not None else role == "participant",
            },
        )
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
        n = store.scalar(
            "SELECT COUNT(*) FROM votes WHERE participant_id = ? AND answer != 'empty'", (pid,)
        )
        if n:
            raise EditError(
                f"This participant cannot be removed: they cast {n} vote(s); mark them as not voting instead."
            )
        changes = delete_rows(store, "votes", "participant_id = ?", [pid], VOTE_KEY)
        return changes + set_row(store, "participants", {"id": pid}, None)

    return FunctionEdit("remove participant", plan)


# -- Vision and Goal ------------------------------------------------------------------


def add_draft(kind: str, body: str, adopt: bool = False) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        tid = store.next_id("texts")
        from facilitator.session.store import now

        changes = [
            RowChange(
                "texts",
                {"id": tid},
                None,
                {"kind": kind, "body": clean(body), "adopted": 0, "created": now()},
            )
        ]
        if adopt:
            changes += _adopt(store, kind, tid)
            changes[0] = RowChange("texts", {"id": tid}, None, {**changes[0].after, "adopted": 1})  # type: ignore[dict-item]
        return changes

    return FunctionEdit(f"add {kind} draft", plan)


def _adopt(store: SessionStore, kind: str, tid: int) -> list[RowChange]:
    changes: list[RowChange] = []
    for r in store.rows(
        "SELECT id FROM texts WHERE kind = ? AND adopted = 1 AND id != ?", (kind, tid)
    ):
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


def adopt_draft(tid: int) -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        kind = store.scalar("SELECT kind FROM texts WHERE id = ?", (tid,))
        if kind is None:
            raise EditError("That draft no longer exists.")
        return _adopt(store, kind, tid) + set_row(store, "texts", {"id": tid}, {"adopted": 1})

    return FunctionEdit("adopt draft", plan)


def remove_draft(tid: int) -> Edit:
    return FunctionEdit("remove draft", lambda s: set_row(s, "texts", {"id": tid}, None))


# -- notes ----------------------------------------------------------------------------


def add_note(target: str, target_id: int, body: str, key: str = "") -> Edit:
    def plan(store: SessionStore) -> list[RowChange]:
        from facilitator.session.store import now

        nid = store.next_id("notes")
        return [
            RowChange(
                "notes",
                {"id": nid},
                None,
                {
                    "target": target,
                    "target_id": target_id,
                    "key": key,
                    "body": clean(body),
                    "created": now(),
                },
            )
        ]

    return FunctionEdit("add note", plan)


def edit_note(nid: int, body: str) -> Edit:
    return FunctionEdit(
        "edit note", lambda s: set_row(s, "notes", {"id": nid}, {"body": clean(body)})
    )


def remove_note(nid: int) -> Edit:
    return FunctionEdit("remove note", lambda s: set_row(s, "notes", {"id": nid}, None))


def combine(label: str, edits: list[Edit]) -> Edit:
    """Several edits as one undoable step (pasting rows, importing a file)."""
    return CompositeEdit(label, edits)
