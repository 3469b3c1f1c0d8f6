"""Footnotes on score figures: a note the facilitator attaches to one figure of the threat tables.

The score tables PDF numbers them under the table ("[1] Iran scored only in
Alborz-Kopet Dagh"), the minutes list them, and the app shows them beside the
figure. A footnote is a row of ``notes`` with target ``cell`` and a key naming
the figure: ``threats-by-region/<item id>/<criterion>/<column>``, where the
column is ``overall``, a region's name, or (in a workshop without regions) a
country's code — the columns the by-region table prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.errors import EditError
from facilitator.plan.edits import add_note, edit_note, remove_note
from facilitator.session.edits import Edit, FunctionEdit, RowChange
from facilitator.text import clean
from facilitator.voting.cells import NOTE_PREFIX, Key

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

RANKED = ("importance", "capacity")


def note_key(store: SessionStore, cell_key: Key) -> str | None:
    """The note key of the figure ``cell_key`` names, or None when the tables print no
    footnote for it (a priority, a country's figure in a workshop with regions)."""
    if len(cell_key) < 3 or cell_key[2] not in RANKED:
        return None
    kind, item_id, criterion = cell_key[:3]
    if kind == "overall":
        column = "overall"
    elif (
        kind == "region"
        and len(cell_key) > 3
        or kind == "country"
        and len(cell_key) > 3
        and not store.scalar("SELECT 1 FROM regions")
    ):
        column = str(cell_key[3])
    else:
        return None
    return f"{NOTE_PREFIX}{int(item_id)}/{criterion}/{column}"


def footnote(store: SessionStore, cell_key: Key) -> str:
    """The footnote on that figure ('' when there is none)."""
    key = note_key(store, cell_key)
    rows = store.rows(
        "SELECT body FROM notes WHERE target = 'cell' AND key = ? ORDER BY id", (key,)
    )
    return " ".join(str(r["body"]) for r in rows)


def set_footnote(cell_key: Key, body: str) -> Edit:
    """Write, change or (with an empty ``body``) remove the footnote on one figure: one step."""
    text = clean(body)

    def plan(store: SessionStore) -> list[RowChange]:
        key = note_key(store, cell_key)
        if key is None:
            raise EditError(
                "Footnotes go on threat figures of the range-wide and by-region tables."
            )
        if not store.scalar("SELECT 1 FROM items WHERE id = ?", (int(cell_key[1]),)):
            raise EditError("That driver or threat no longer exists.")
        ids = [
            int(r["id"])
            for r in store.rows(
                "SELECT id FROM notes WHERE target = 'cell' AND key = ? ORDER BY id", (key,)
            )
        ]
        changes: list[RowChange] = []
        for extra in ids[1:]:  # one footnote per figure: later duplicates merge into the first
            changes += remove_note(extra).plan(store)
        if ids and text:
            return changes + edit_note(ids[0], text).plan(store)
        if ids:
            return changes + remove_note(ids[0]).plan(store)
        if not text:
            return []
        return add_note("cell", int(cell_key[1]), text, key).plan(store)

    verb = "write" if text else "remove"
    return FunctionEdit(f"{verb} a footnote", plan)
