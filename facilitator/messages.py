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
    QT_TRANSLATE_NOOP(
        "core",
        "This round of the threat ranking does not ask about that item: it keeps its figures "
        "from the earlier round.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "This round of the prioritisation does not ask about that activity: it keeps its "
        "figures from the earlier round.",
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
    # importing spreadsheets: the file itself
    QT_TRANSLATE_NOOP(
        "core", "{name} is an old Excel (.xls) file; save it as .xlsx or CSV and import that."
    ),
    QT_TRANSLATE_NOOP("core", "{name} is {what}, not a CSV or XLSX spreadsheet."),
    QT_TRANSLATE_NOOP("core", "{path} is a folder, not a spreadsheet."),
    QT_TRANSLATE_NOOP(
        "core",
        "{name} is {size} MB, far more than any workshop's table (at most {limit} MB are "
        "read); is it the right file?",
    ),
    QT_TRANSLATE_NOOP("core", "{name} is empty: there is nothing to import."),
    QT_TRANSLATE_NOOP("core", "{name} is not a CSV or XLSX spreadsheet (it holds binary data)."),
    QT_TRANSLATE_NOOP(
        "core",
        "{name} is not UTF-8 text (line {line} is the first with another encoding); save "
        "it as 'CSV UTF-8' (or as .xlsx) and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{name} has a quote that opens a cell on line {line} and is never closed, so the "
        "rest of the file would be read as that one cell; close the quote (or remove it) "
        "and import again.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{name} has a cell on line {line} longer than {limit} characters, far more than "
        "any workshop's table holds; is it the right file?",
    ),
    QT_TRANSLATE_NOOP("core", "{name} is not a well-formed CSV file (line {line}: {error})."),
    QT_TRANSLATE_NOOP("core", "{where}{name} is empty: there is nothing to import."),
    QT_TRANSLATE_NOOP("core", "{name} has a header but no rows: there is nothing to import."),
    QT_TRANSLATE_NOOP(
        "core", "{name} has the column '{column}' twice in its header (line {line})."
    ),
    QT_TRANSLATE_NOOP(
        "core", "{name} is an OpenDocument spreadsheet; save it as .xlsx or CSV and import that."
    ),
    QT_TRANSLATE_NOOP("core", "{name} is damaged or is not an Excel workbook (.xlsx)."),
    QT_TRANSLATE_NOOP("core", "{name} is damaged: its first sheet cannot be read."),
    QT_TRANSLATE_NOOP(
        "core", "The first sheet of {name} is empty: there is nothing to import{hint}."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{name} looks like a {kind} file but lacks the column(s) {missing}; its header "
        "should be: {header}.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{name} has the headers {found}, which match no kind of file that can be "
        "imported; the headers understood are: {understood}.",
    ),
    QT_TRANSLATE_NOOP("core", "{path} was not imported: {count} problem(s)."),
    QT_TRANSLATE_NOOP("core", "  line {line}, column {column}: {message}"),
    QT_TRANSLATE_NOOP("core", "  line {line}: {message}"),
    QT_TRANSLATE_NOOP("core", "  … and {count} more problem(s) not listed."),
    # importing spreadsheets: a row
    QT_TRANSLATE_NOOP(
        "core",
        "this row has more cells than the header ({left} left over); a number with a "
        "decimal comma must be in quotes, or the columns separated by ';'.",
    ),
    QT_TRANSLATE_NOOP("core", "the {what} is empty."),
    QT_TRANSLATE_NOOP("core", "'{text}' is not a {column}; use one of: {choices}."),
    QT_TRANSLATE_NOOP(
        "core", "{name} is already in the session with the code {code}; use that code."
    ),
    QT_TRANSLATE_NOOP("core", "'{text}' is not yes or no."),
    QT_TRANSLATE_NOOP("core", "the kind is empty; use one of: {choices}."),
    QT_TRANSLATE_NOOP("core", "'{label}' is already in the session as a {existing}, not a {kind}."),
    QT_TRANSLATE_NOOP("core", "there is no constraint, driver or threat called '{label}'."),
    QT_TRANSLATE_NOOP("core", "{voter} is no longer in the session."),
    QT_TRANSLATE_NOOP("core", "There is no {scope_kind} '{scope}' any more."),
    QT_TRANSLATE_NOOP("core", "An {target_kind} voted for no longer exists."),
    QT_TRANSLATE_NOOP("core", "the review's title is empty."),
    QT_TRANSLATE_NOOP(
        "core",
        "there is no review '{title}' (reviews: {known}); import a reviews file or run "
        "'facilitator review new' first.",
    ),
    QT_TRANSLATE_NOOP("core", "the activity is empty."),
    QT_TRANSLATE_NOOP(
        "core",
        "'{text}' is neither an activity number of this session (like 1.2.3) nor a "
        "programme item's code.",
    ),
    QT_TRANSLATE_NOOP("core", "what was done is empty."),
    QT_TRANSLATE_NOOP("core", "'{text}' is not a status; use one of: {choices}."),
    QT_TRANSLATE_NOOP("core", "there is no {level} {wanted} for {number} to belong to."),
    QT_TRANSLATE_NOOP("core", "'{label}' is a constraint, which objectives do not address."),
    QT_TRANSLATE_NOOP("core", "'{label}' is no threat or driver of this session."),
    QT_TRANSLATE_NOOP("core", "{level}s have no {column}; leave this cell empty."),
    QT_TRANSLATE_NOOP("core", "'{text}' is not a number like 1, 1.2 or 1.2.3."),
    QT_TRANSLATE_NOOP("core", "the Goal has no {column}; leave this cell empty."),
    QT_TRANSLATE_NOOP(
        "core", "{level} {number} would leave a gap: the next number here is {expected}."
    ),
    QT_TRANSLATE_NOOP("core", "the text of the new {level} is empty."),
    QT_TRANSLATE_NOOP("core", "'{number}' is not a theme number like 1, 2, 3."),
    QT_TRANSLATE_NOOP("core", "the theme's name is empty."),
    QT_TRANSLATE_NOOP("core", "theme {number} would leave a gap: the next number is {expected}."),
    # returned ballots and country returns
    QT_TRANSLATE_NOOP("core", "the file does not exist."),
    QT_TRANSLATE_NOOP(
        "core",
        "the sheet is {rows} rows by {columns} columns, far larger than a ballot (at most "
        "{max_rows} rows and {max_columns} columns are read).",
    ),
    QT_TRANSLATE_NOOP(
        "core", "cells {cells} are merged: unmerge them and give each score its own cell."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{voter} is not marked as voting: mark them as voting in Session & people and "
        "import the ballot again, or skip it.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "participant number {number} is {numbered}, but the name written is '{name}': "
        "correct the one that is wrong.",
    ),
    QT_TRANSLATE_NOOP("core", "there is no participant called '{name}' in this session."),
    QT_TRANSLATE_NOOP("core", "there is no participant number {number} in this session."),
    QT_TRANSLATE_NOOP("core", "the participant is missing: write the voter's name."),
    QT_TRANSLATE_NOOP(
        "core", "the scope is missing: write the country code or region this ballot votes for."
    ),
    QT_TRANSLATE_NOOP(
        "core", "'{written}' is not a country code, country or region of this session."
    ),
    QT_TRANSLATE_NOOP(
        "core", "the cell holds the formula {formula} without a result: type the score itself."
    ),
    QT_TRANSLATE_NOOP("core", "'{shown}' is not a {what} of this session."),
    QT_TRANSLATE_NOOP("core", "sheet {sheet}: {message}"),
    QT_TRANSLATE_NOOP(
        "core",
        "Nothing was imported: the returns have {count} problem(s); fix them or skip those rows.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Nothing was imported: the ballots have {count} problem(s); fix them or skip those rows.",
    ),
    QT_TRANSLATE_NOOP("core", "this return belongs to another session ({title})."),
    QT_TRANSLATE_NOOP("core", "the session has no country {country}."),
    QT_TRANSLATE_NOOP("core", "the review this return was made for no longer exists."),
    QT_TRANSLATE_NOOP("core", "the header row was changed; use the workbook as it was sent."),
    QT_TRANSLATE_NOOP("core", "the text is longer than {limit} characters."),
    QT_TRANSLATE_NOOP("core", "'{text}' is not an activity of this plan."),
    QT_TRANSLATE_NOOP("core", "'{text}' is not a status; use {choices}."),
    QT_TRANSLATE_NOOP("core", "'{text}' is not a priority; use {choices}."),
    QT_TRANSLATE_NOOP("core", "the row has details but does not say what action was taken."),
    QT_TRANSLATE_NOOP(
        "core", "a second return for {country} (the first is {first}); send one per country."
    ),
    QT_TRANSLATE_NOOP("core", "The session has no country with the code {code}."),
    QT_TRANSLATE_NOOP("core", "That review no longer exists."),
    QT_TRANSLATE_NOOP("core", "The session has no countries to send returns to."),
    # writing documents and files
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
    # Miradi projects
    QT_TRANSLATE_NOOP("core", "{name} is a zip without a project.xml: not a Miradi project."),
    QT_TRANSLATE_NOOP("core", "{name}: its project.xml is too large to be a workshop's plan."),
    QT_TRANSLATE_NOOP("core", "{name} is not a readable Miradi project ({error})."),
    QT_TRANSLATE_NOOP(
        "core",
        "{name} is not a Miradi project of the XMPZ2 format this app reads (namespace "
        "{namespace}).",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "This session already has a problem tree or an outline; a plan is imported into a "
        "session whose plan is still empty.",
    ),
    # monitoring
    QT_TRANSLATE_NOOP(
        "core", "This session has no monitoring review yet: add one in the Monitoring step."
    ),
    QT_TRANSLATE_NOOP("core", "A review needs a title, e.g. 'Midterm review 2018'."),
    QT_TRANSLATE_NOOP("core", "The review to start from no longer exists."),
    QT_TRANSLATE_NOOP("core", "A review needs a title."),
    QT_TRANSLATE_NOOP("core", "'{text}' is not a date: write it year first, e.g. 2018-04-18."),
    QT_TRANSLATE_NOOP("core", "'{text}' is not a year: write four digits, e.g. 2014."),
    QT_TRANSLATE_NOOP("core", "That activity no longer exists."),
    QT_TRANSLATE_NOOP("core", "That action no longer exists."),
    # the plan: people, problem tree, outline
    QT_TRANSLATE_NOOP("core", "'{text}' is not a role; use one of {choices}."),
    QT_TRANSLATE_NOOP(
        "core",
        "This participant cannot be removed: they cast {count} vote(s); mark them as not "
        "voting instead.",
    ),
    QT_TRANSLATE_NOOP("core", "The {parent} for this {child} no longer exists."),
    QT_TRANSLATE_NOOP("core", "An activity cannot refer to itself."),
    QT_TRANSLATE_NOOP("core", "A programme item needs a code."),
    QT_TRANSLATE_NOOP("core", "A {kind} needs a text."),
    QT_TRANSLATE_NOOP("core", "There is already an item called '{label}'."),
    QT_TRANSLATE_NOOP("core", "That item no longer exists."),
    QT_TRANSLATE_NOOP("core", "An item needs a text."),
    QT_TRANSLATE_NOOP("core", "'{status}' is not a status; use current or emerging."),
    QT_TRANSLATE_NOOP("core", "An item cannot be its own cause."),
    QT_TRANSLATE_NOOP("core", "Both the cause and the effect must be items of the problem tree."),
    QT_TRANSLATE_NOOP("core", "'{cause}' is already linked to '{effect}'."),
    QT_TRANSLATE_NOOP(
        "core",
        "'{cause}' → '{effect}' would make a cycle: '{effect2}' already leads to '{cause2}'.",
    ),
    QT_TRANSLATE_NOOP("core", "That item is no longer in the problem tree."),
    # voting
    QT_TRANSLATE_NOOP("core", "{vote} is closed: no vote can change until it is reopened."),
    QT_TRANSLATE_NOOP("core", "{text} is not a score."),
    QT_TRANSLATE_NOOP("core", "{kind}s are not scored for {criterion}."),
    QT_TRANSLATE_NOOP("core", "There is no {scope_kind} '{scope}'."),
    QT_TRANSLATE_NOOP("core", "Only a vote for a country names a working group."),
    QT_TRANSLATE_NOOP(
        "core", "{scope} is not in the region '{region}': it has no working group there."
    ),
    QT_TRANSLATE_NOOP("core", "That {kind} no longer exists."),
    QT_TRANSLATE_NOOP(
        "core", "Close the {vote} before opening a new round: votes may still change."
    ),
    QT_TRANSLATE_NOOP("core", "No item's votes spread {spread} or more: no new round is needed."),
    QT_TRANSLATE_NOOP("core", "There is no round {round} of the {vote}."),
    QT_TRANSLATE_NOOP("core", "Rounds are numbered from 1."),
    # the session file
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
    # words the sentences above put in their blanks
    QT_TRANSLATE_NOOP("core", "threat"),
    QT_TRANSLATE_NOOP("core", "driver"),
    QT_TRANSLATE_NOOP("core", "constraint"),
    QT_TRANSLATE_NOOP("core", "activity"),
    QT_TRANSLATE_NOOP("core", "objective"),
    QT_TRANSLATE_NOOP("core", "result"),
    QT_TRANSLATE_NOOP("core", "country"),
    QT_TRANSLATE_NOOP("core", "region"),
    QT_TRANSLATE_NOOP("core", "importance"),
    QT_TRANSLATE_NOOP("core", "capacity"),
    QT_TRANSLATE_NOOP("core", "priority"),
    QT_TRANSLATE_NOOP("core", "Threat"),
    QT_TRANSLATE_NOOP("core", "Driver"),
    QT_TRANSLATE_NOOP("core", "Constraint"),
    QT_TRANSLATE_NOOP("core", "Activity"),
    QT_TRANSLATE_NOOP("core", "Item"),
    QT_TRANSLATE_NOOP("core", "threat ranking"),
    QT_TRANSLATE_NOOP("core", "prioritisation"),
    QT_TRANSLATE_NOOP("core", "Threat ranking"),
    QT_TRANSLATE_NOOP("core", "Prioritisation"),
    QT_TRANSLATE_NOOP("core", "driver or threat"),
    # more edit labels (what Undo and Redo name)
    QT_TRANSLATE_NOOP("core", "link cause to effect"),
    QT_TRANSLATE_NOOP("core", "remove item"),
    QT_TRANSLATE_NOOP("core", "move item"),
    QT_TRANSLATE_NOOP("core", "arrange the diagram afresh"),
    QT_TRANSLATE_NOOP("core", "move a box of the diagram"),
    QT_TRANSLATE_NOOP("core", "change activity references"),
    QT_TRANSLATE_NOOP("core", "change programme links"),
    QT_TRANSLATE_NOOP("core", "change threats addressed"),
    QT_TRANSLATE_NOOP("core", "edit recommendation"),
    QT_TRANSLATE_NOOP("core", "move action"),
    QT_TRANSLATE_NOOP("core", "remove review"),
    QT_TRANSLATE_NOOP("core", "add theme"),
    QT_TRANSLATE_NOOP("core", "add {kind}"),
    QT_TRANSLATE_NOOP("core", "edit {kind}"),
    QT_TRANSLATE_NOOP("core", "remove {kind}"),
    QT_TRANSLATE_NOOP("core", "move {kind}"),
    QT_TRANSLATE_NOOP("core", "add {kind} draft"),
    QT_TRANSLATE_NOOP("core", "remove {count} links"),
    QT_TRANSLATE_NOOP("core", "remove {count} items"),
    QT_TRANSLATE_NOOP("core", "remove {count} actions"),
    QT_TRANSLATE_NOOP("core", "paste {count} actions"),
    QT_TRANSLATE_NOOP("core", "remove {count} {kinds}"),
    QT_TRANSLATE_NOOP("core", "paste {count} {kinds}"),
    QT_TRANSLATE_NOOP("core", "edit goal {fields}"),
    QT_TRANSLATE_NOOP("core", "edit review {fields}"),
    QT_TRANSLATE_NOOP("core", "add programme item {code}"),
    QT_TRANSLATE_NOOP("core", "new theme {name}"),
    QT_TRANSLATE_NOOP("core", "open round of {vote}"),
    QT_TRANSLATE_NOOP("core", "import {count} country return(s)"),
    QT_TRANSLATE_NOOP("core", "import {kind} from {name}"),
    QT_TRANSLATE_NOOP("core", "import {name}"),
    QT_TRANSLATE_NOOP("core", "countries"),
    QT_TRANSLATE_NOOP("core", "regions"),
    QT_TRANSLATE_NOOP("core", "participants"),
    QT_TRANSLATE_NOOP("core", "objectives"),
    QT_TRANSLATE_NOOP("core", "results"),
    QT_TRANSLATE_NOOP("core", "activities"),
    QT_TRANSLATE_NOOP("core", "threats"),
    QT_TRANSLATE_NOOP("core", "drivers"),
    QT_TRANSLATE_NOOP("core", "constraints"),
    # checks of the session's regions
    QT_TRANSLATE_NOOP(
        "core",
        "{name} ({code}) is in no region: its figures count as a region of their own in every "
        "range-wide figure.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{count} vote(s) for {country} were given in the {region} working group, but {country2} "
        "is not in {region2}: they count nowhere.",
    ),
    # votes typed on the shared screen (the app adds who voted)
    QT_TRANSLATE_NOOP("core", "{label} by {voter}"),
    QT_TRANSLATE_NOOP("core", "set {criterion} vote"),
    QT_TRANSLATE_NOOP("core", "mark unknown {criterion} vote"),
    QT_TRANSLATE_NOOP("core", "clear {criterion} vote"),
    QT_TRANSLATE_NOOP(
        "core",
        "this sheet has no Importance, Capacity or Priority column, so it is not a ballot.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "this is not a country return workbook of this app (it has no About sheet)."
    ),
    # closed votes and footnotes
    QT_TRANSLATE_NOOP(
        "core",
        "Cannot {action} '{label}': {vote} is closed, so no vote can change until it is "
        "reopened; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "Footnotes go on threat figures of the range-wide and by-region tables."
    ),
    QT_TRANSLATE_NOOP("core", "reveal the results of {vote}"),
    QT_TRANSLATE_NOOP("core", "hide the results of {vote}"),
    # hints of imported spreadsheets, and what a file is when it is no spreadsheet
    QT_TRANSLATE_NOOP(
        "core",
        "the spreadsheet turned what was typed into the date {date}; format the column as Text "
        "and type it again.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "the cell holds the formula {formula}, whose result was never saved; open the file in "
        "Excel or LibreOffice, save it, and import it again.",
    ),
    QT_TRANSLATE_NOOP(
        "core", " (only the first sheet is read: move the sheet '{sheet}' to the front)"
    ),
    QT_TRANSLATE_NOOP("core", "a PDF document"),
    QT_TRANSLATE_NOOP("core", "a database (a session file?)"),
    QT_TRANSLATE_NOOP("core", "a PNG image"),
    QT_TRANSLATE_NOOP("core", "a JPEG image"),
    QT_TRANSLATE_NOOP("core", "a GIF image"),
    # what a Miradi project could not carry over
    QT_TRANSLATE_NOOP("core", "{count} further conservation targets (the plan has one species)."),
    QT_TRANSLATE_NOOP("core", "{count} further goals (the plan has one Goal)."),
    QT_TRANSLATE_NOOP("core", "{count} {kind} object(s)."),
    QT_TRANSLATE_NOOP(
        "core", "The threat ratings: the workshop ranks the threats again by its own votes."
    ),
    QT_TRANSLATE_NOOP("core", "A second cause named '{label}' was renamed '{label2} ({n})'."),
    QT_TRANSLATE_NOOP("core", "{count} further conceptual model diagram(s)."),
    QT_TRANSLATE_NOOP("core", "Result {name}: only its first indicator."),
    QT_TRANSLATE_NOOP("core", "{count} task(s) under no strategy."),
    QT_TRANSLATE_NOOP("core", "{count} objective(s) under no strategy."),
)
