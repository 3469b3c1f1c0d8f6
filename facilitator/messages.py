"""The core's sentences the app shows, as templates the app can translate.

The core says what went wrong in plain English (``str(error)``, an edit's label). The
app translates a sentence by finding the template here that it matches: the
template's fixed words are translated (``ui/translations``, context ``core``) and
the parts in braces — file names, codes, what the user typed — are put back as
they were. A sentence no template matches is shown as the core wrote it.
"""

from __future__ import annotations

from facilitator.i18n import QT_TRANSLATE_NOOP

TEMPLATES: tuple[str, ...] = (
    # opening and writing session files
    QT_TRANSLATE_NOOP("core", "There is no file at {path}."),
    QT_TRANSLATE_NOOP("core", "{path} is a folder, not a session file."),
    QT_TRANSLATE_NOOP("core", "{path} is empty: it is not a ZOPP session file."),
    QT_TRANSLATE_NOOP("core", "{path} is not a ZOPP session file (it is not a SQLite database)."),
    QT_TRANSLATE_NOOP(
        "core", "{path} is a SQLite database of another application, not a ZOPP session."
    ),
    QT_TRANSLATE_NOOP("core", "{path} already exists; choose another name or open it."),
    QT_TRANSLATE_NOOP("core", "Cannot create {path}: the folder {folder} does not exist."),
    QT_TRANSLATE_NOOP("core", "{path} cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("core", "{path} could not be opened: {reason}."),
    QT_TRANSLATE_NOOP("core", "Cannot save a copy to {path}: the folder does not exist."),
    QT_TRANSLATE_NOOP("core", "Cannot save a copy to {path}: {reason}."),
    QT_TRANSLATE_NOOP(
        "core", "A copy cannot replace the open session itself; choose another name."
    ),
    QT_TRANSLATE_NOOP(
        "core", "The session file could not be written ({reason}); nothing was changed."
    ),
    QT_TRANSLATE_NOOP("core", "Open for reading only. {reason}"),
    QT_TRANSLATE_NOOP(
        "core", "No backup copy was made ({reason}); the older copies are kept as they were."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "No backup copy was made: {name} fails its integrity check ({finding}), and a damaged "
        "file never replaces a good backup.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{path} is read-only, so nothing can be changed in it; allow writing to it, or copy it "
        "to a folder of your own, and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{path} cannot be changed: its lock file {lock} is a folder; remove that folder and try "
        "again.",
    ),
    # votes
    QT_TRANSLATE_NOOP("core", "{value} is outside the {criterion} scale ({low}–{high})."),
    QT_TRANSLATE_NOOP(
        "core", "'{text}' is not a score: write a number, '-' for unknown, or leave it empty."
    ),
    QT_TRANSLATE_NOOP("core", "That participant is not in the session."),
    QT_TRANSLATE_NOOP("core", "Constraints are not ranked."),
    QT_TRANSLATE_NOOP(
        "core",
        "Cannot undo '{label}': Threat ranking is closed, so no vote can change until it is "
        "reopened; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Cannot redo '{label}': Threat ranking is closed, so no vote can change until it is "
        "reopened; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Cannot undo '{label}': Prioritisation is closed, so no vote can change until it is "
        "reopened; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Cannot redo '{label}': Prioritisation is closed, so no vote can change until it is "
        "reopened; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("core", "open round of threat ranking"),
    QT_TRANSLATE_NOOP("core", "open round of prioritisation"),
    QT_TRANSLATE_NOOP("core", "close threat ranking"),
    QT_TRANSLATE_NOOP("core", "close prioritisation"),
    QT_TRANSLATE_NOOP("core", "reopen threat ranking"),
    QT_TRANSLATE_NOOP("core", "reopen prioritisation"),
    # monitoring: an activity's overall priority
    QT_TRANSLATE_NOOP("core", "High ({score})"),
    QT_TRANSLATE_NOOP("core", "Medium ({score})"),
    QT_TRANSLATE_NOOP("core", "Low ({score})"),
    # the session's people
    QT_TRANSLATE_NOOP("core", "A country needs a code."),
    QT_TRANSLATE_NOOP("core", "There is already a country with the code {code}."),
    QT_TRANSLATE_NOOP("core", "{code} cannot be removed: {count} vote(s) were cast for it."),
    QT_TRANSLATE_NOOP("core", "A region needs a name."),
    QT_TRANSLATE_NOOP("core", "There is already a region called {name}."),
    QT_TRANSLATE_NOOP("core", "A participant needs a name."),
    QT_TRANSLATE_NOOP("core", "There is no country with the code {code}."),
    QT_TRANSLATE_NOOP("core", "That draft no longer exists."),
    # what Undo and Redo name (edit labels)
    QT_TRANSLATE_NOOP("core", "add country {code}"),
    QT_TRANSLATE_NOOP("core", "rename country {code}"),
    QT_TRANSLATE_NOOP("core", "remove country {code}"),
    QT_TRANSLATE_NOOP("core", "add region {name}"),
    QT_TRANSLATE_NOOP("core", "change members of {name}"),
    QT_TRANSLATE_NOOP("core", "remove region {name}"),
    QT_TRANSLATE_NOOP("core", "add participant {name}"),
    QT_TRANSLATE_NOOP("core", "edit participant {fields}"),
    QT_TRANSLATE_NOOP("core", "remove participant"),
    QT_TRANSLATE_NOOP("core", "adopt draft"),
    QT_TRANSLATE_NOOP("core", "remove draft"),
    QT_TRANSLATE_NOOP("core", "edit draft"),
    QT_TRANSLATE_NOOP("core", "add note"),
    QT_TRANSLATE_NOOP("core", "edit note"),
    QT_TRANSLATE_NOOP("core", "remove note"),
)
