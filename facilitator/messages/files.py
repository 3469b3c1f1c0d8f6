"""The core's sentences about session files and the documents written from them."""

from __future__ import annotations

from facilitator.i18n import QT_TRANSLATE_NOOP

# opening and writing session files
OPENING: tuple[str, ...] = (
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
)


# writing documents and files
WRITING: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "The folder {folder} does not exist: choose another place to save."),
    QT_TRANSLATE_NOOP("core", "{folder} is a file, not a folder: choose another place to save."),
    QT_TRANSLATE_NOOP("core", "A comparison is written as .pdf or .xlsx, not '{suffix}'."),
    QT_TRANSLATE_NOOP("core", "The programme overview is written as .xlsx, not '{suffix}'."),
    QT_TRANSLATE_NOOP("core", "Unknown document '{kind}': choose one of {choices}."),
    QT_TRANSLATE_NOOP("core", "A {kind} document cannot be written as '{suffix}': use {choices}."),
    QT_TRANSLATE_NOOP(
        "core",
        "{path} cannot be written: it is open in another program or the folder is read-only.",
    ),
    QT_TRANSLATE_NOOP("core", "{path} cannot be written: {reason}."),
    QT_TRANSLATE_NOOP("core", "The {kind} could not be written to {path}: {error}."),
    QT_TRANSLATE_NOOP("core", "There is no language '{code}'; choose one of {choices}."),
)


# the session file
SESSION_FILE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "core",
        "{name} can only be read here: its lock file {lock} cannot be made ({reason}), so "
        "changes could not be kept safe from another window.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "{name} is already open in another window ({holder}); close it there first."
    ),
    QT_TRANSLATE_NOOP("core", "{name} is being opened and closed by another window; try again."),
    QT_TRANSLATE_NOOP(
        "core",
        "{reason} (It comes from an older version and must be converted before it can be opened.)",
    ),
    QT_TRANSLATE_NOOP(
        "core", "{path} comes from an older version and must be converted, but: {error}"
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{path} comes from an older version and must be converted, but its folder is "
        "read-only; copy it to a folder of your own and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "{path} is open only for reading; nothing can be changed in it here."
    ),
    QT_TRANSLATE_NOOP("core", "The session file refused '{label}' ({error}); nothing was changed."),
    QT_TRANSLATE_NOOP(
        "core",
        "'{label}' could not be done and nothing was changed (the session file refused "
        "it: {error}).",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Cannot {action} '{label}': a vote in it has been changed since (from a phone); "
        "nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("core", "undo"),
    QT_TRANSLATE_NOOP("core", "redo"),
    QT_TRANSLATE_NOOP("core", "{path} cannot be opened: {error}."),
    QT_TRANSLATE_NOOP(
        "core",
        "{path} was written by a newer version of ZOPP Facilitator (file format "
        "{version}; this version reads up to {supported}); please update the app.",
    ),
    QT_TRANSLATE_NOOP("core", "{path} is damaged{where} ({finding}); {advice}"),
    QT_TRANSLATE_NOOP("core", "{path} is damaged ({error}); {advice}"),
    QT_TRANSLATE_NOOP("core", "there is no good backup copy beside it."),
    QT_TRANSLATE_NOOP(
        "core", "open its backup copy {name} instead (the newest one that is sound)."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{path} cannot be opened: it says it is in file format {version}, but its tables "
        "do not match that format ({error}), so it was changed by another program; "
        "nothing was changed in it. {advice}",
    ),
)
