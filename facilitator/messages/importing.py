"""The core's sentences about imported files: spreadsheets, returned ballots and country returns, Miradi projects."""

from __future__ import annotations

from facilitator.i18n import QT_TRANSLATE_NOOP

# importing spreadsheets: the file itself
FILE_ITSELF: tuple[str, ...] = (
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
)


# importing spreadsheets: a row
ROWS: tuple[str, ...] = (
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
)


# returned ballots and country returns
RETURNS: tuple[str, ...] = (
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
)


# Miradi projects
MIRADI: tuple[str, ...] = (
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
)


# hints of imported spreadsheets, and what a file is when it is no spreadsheet
HINTS: tuple[str, ...] = (
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
)


# what a Miradi project could not carry over
MIRADI_LEFT_OUT: tuple[str, ...] = (
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
