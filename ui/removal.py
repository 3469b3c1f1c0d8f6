"""What a removal took with it, said in the app's language.

The core counts what went with the removed rows (``facilitator.plan.removal``);
in English the core's own sentence is shown, in another language the sentence
is built here from the counts, each kind named by its plural ("activities: 3"),
so no language needs English plural rules.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitator.i18n import SOURCE_LANGUAGE
from facilitator.plan.removal import removal_sentence, taken_with
from facilitator.session.edits import RowChange
from ui.i18n import current_language, translate

#: the kinds of ``facilitator.plan.removal.NOUNS`` (and the removed rows' tables), plural
PLURALS = {
    "objectives": QT_TRANSLATE_NOOP("removal", "objectives"),
    "results": QT_TRANSLATE_NOOP("removal", "results"),
    "activities": QT_TRANSLATE_NOOP("removal", "activities"),
    "items": QT_TRANSLATE_NOOP("removal", "items"),
    "links": QT_TRANSLATE_NOOP("removal", "links"),
    "priority votes": QT_TRANSLATE_NOOP("removal", "priority votes"),
    "ranking votes": QT_TRANSLATE_NOOP("removal", "ranking scores"),
    "notes": QT_TRANSLATE_NOOP("removal", "notes"),
    "countries": QT_TRANSLATE_NOOP("removal", "countries"),
    "regions": QT_TRANSLATE_NOOP("removal", "regions"),
    "participants": QT_TRANSLATE_NOOP("removal", "participants"),
    "constraint": QT_TRANSLATE_NOOP("removal", "constraints"),
    "driver": QT_TRANSLATE_NOOP("removal", "drivers"),
    "threat": QT_TRANSLATE_NOOP("removal", "threats"),
}
SINGULARS = {
    "objectives": QT_TRANSLATE_NOOP("removal", "objective"),
    "results": QT_TRANSLATE_NOOP("removal", "result"),
    "activities": QT_TRANSLATE_NOOP("removal", "activity"),
    "countries": QT_TRANSLATE_NOOP("removal", "country"),
    "regions": QT_TRANSLATE_NOOP("removal", "region"),
    "participants": QT_TRANSLATE_NOOP("removal", "participant"),
    "constraint": QT_TRANSLATE_NOOP("removal", "constraint"),
    "driver": QT_TRANSLATE_NOOP("removal", "driver"),
    "threat": QT_TRANSLATE_NOOP("removal", "threat"),
}


def english() -> bool:
    return current_language() == SOURCE_LANGUAGE


def how_many(kind: str, n: int) -> str:
    """'3 activities' in English, 'мероприятия: 3' in Russian."""
    if english():
        return f"{n} {PLURALS[kind]}" if n != 1 else f"1 {SINGULARS.get(kind, PLURALS[kind])}"
    return translate("removal", "{0}: {1}").format(translate("removal", PLURALS[kind]), n)


def one(kind: str, name: str) -> str:
    """'activity 1.2' / 'threat "Poaching"' with the kind in the app's language."""
    return f"{translate('removal', SINGULARS[kind])} {name}"


def removal_text(what: str, changes: Iterable[RowChange], table: str, rows: int = 1) -> str:
    """The sentence after removing ``what``: what went with it and how to get it back."""
    changes = list(changes)
    if english():
        return removal_sentence(what, changes, table, rows)
    with_it = [how_many(kind, n) for kind, n in taken_with(changes, table, rows)]
    if not with_it:
        return translate("removal", "Removed {0} — Ctrl+Z brings it back.").format(what)
    return translate("removal", "Removed {0}, and with it {1} — Ctrl+Z brings them back.").format(
        what, "; ".join(with_it)
    )
