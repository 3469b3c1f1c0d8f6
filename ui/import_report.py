"""What an import did, said in the app's language.

The core reports each imported file as counts and names (``FileReport``); in English
the core's own paragraph is shown, in another language the paragraph is built here
from the same fields, each kind named by its plural ("participants: 3 added").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitator.i18n import SOURCE_LANGUAGE
from facilitator.importing.run import NAMES_SHOWN, FileReport, ImportReport
from ui.i18n import core_text, current_language, isolate, translate

#: tables and kinds of file → their plural, as a report names them
WORDS = {
    "countries": QT_TRANSLATE_NOOP("ImportReport", "countries"),
    "regions": QT_TRANSLATE_NOOP("ImportReport", "regions"),
    "region_members": QT_TRANSLATE_NOOP("ImportReport", "region memberships"),
    "participants": QT_TRANSLATE_NOOP("ImportReport", "participants"),
    "items": QT_TRANSLATE_NOOP("ImportReport", "problem-tree items"),
    "links": QT_TRANSLATE_NOOP("ImportReport", "links"),
    "themes": QT_TRANSLATE_NOOP("ImportReport", "themes"),
    "objectives": QT_TRANSLATE_NOOP("ImportReport", "objectives"),
    "results": QT_TRANSLATE_NOOP("ImportReport", "results"),
    "activities": QT_TRANSLATE_NOOP("ImportReport", "activities"),
    "programme": QT_TRANSLATE_NOOP("ImportReport", "programme items"),
    "programme_items": QT_TRANSLATE_NOOP("ImportReport", "programme items"),
    "votes": QT_TRANSLATE_NOOP("ImportReport", "votes"),
    "reviews": QT_TRANSLATE_NOOP("ImportReport", "reviews"),
    "actions": QT_TRANSLATE_NOOP("ImportReport", "actions taken"),
    "monitoring_actions": QT_TRANSLATE_NOOP("ImportReport", "actions taken"),
    "recommendations": QT_TRANSLATE_NOOP("ImportReport", "recommendations"),
}


def _t(text: str) -> str:
    return translate("ImportReport", text)


def _word(table: str) -> str:
    return _t(WORDS[table]) if table in WORDS else table


def _some(names: list[str]) -> str:
    shown = ", ".join(isolate(n) for n in names[:NAMES_SHOWN])
    if len(names) <= NAMES_SHOWN:
        return shown
    return translate("ImportReport", "{0} and {1} more").format(shown, len(names) - NAMES_SHOWN)


def file_text(f: FileReport) -> str:
    """One file's paragraph in the app's language."""
    if f.error is not None:
        return core_text(str(f.error))
    parts = [
        translate("ImportReport", "{0}: {1} added").format(_word(t), n)
        for t, n in f.added.items()
        if t != "history"
    ]
    parts += [
        translate("ImportReport", "{0}: {1} changed").format(_word(t), n)
        for t, n in f.changed.items()
    ]
    what = "; ".join(parts) or translate(
        "ImportReport", "nothing new (the session already holds all of it)"
    )
    text = translate("ImportReport", "{0} ({1}): {2}.").format(f.path.name, _word(f.kind), what)
    if f.kept_votes:
        text += " " + translate(
            "ImportReport", "Empty cells ({0}) left votes given earlier as they were."
        ).format(f.kept_votes)
    if f.new_participants:
        text += " " + translate("ImportReport", "New participants: {0}.").format(
            _some(f.new_participants)
        )
    for name, known in list(f.look_alikes.items())[:NAMES_SHOWN]:
        text += " " + translate(
            "ImportReport", "Is {0} a typing slip for {1}, who is in the session already?"
        ).format(isolate(name), isolate(known))
    if f.ignored_columns:
        text += " " + translate("ImportReport", "Columns not used: {0}.").format(
            _some(f.ignored_columns)
        )
        if f.scores_left_out:
            text += " " + translate(
                "ImportReport",
                "Scores are imported from a votes file, one vote per row: "
                "participant, scope, item, criterion, value.",
            )
    return text


def report_text(report: ImportReport) -> str:
    """The import's report, one paragraph per file (failures included)."""
    if current_language() == SOURCE_LANGUAGE:
        return str(report)
    return "\n".join(file_text(f) for f in report.files)
