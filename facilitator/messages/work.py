"""The core's sentences about the work in a session: votes, people, the plan, monitoring, rounds, and what Undo and Redo name."""

from __future__ import annotations

from facilitator.i18n import QT_TRANSLATE_NOOP

# votes
VOTES: tuple[str, ...] = (
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
)


# monitoring: an activity's overall priority
OVERALL_PRIORITY: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "High ({score})"),
    QT_TRANSLATE_NOOP("core", "Medium ({score})"),
    QT_TRANSLATE_NOOP("core", "Low ({score})"),
)


# the session's people
PEOPLE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "A country needs a code."),
    QT_TRANSLATE_NOOP("core", "There is already a country with the code {code}."),
    QT_TRANSLATE_NOOP("core", "{code} cannot be removed: {count} vote(s) were cast for it."),
    QT_TRANSLATE_NOOP("core", "A region needs a name."),
    QT_TRANSLATE_NOOP("core", "There is already a region called {name}."),
    QT_TRANSLATE_NOOP("core", "A participant needs a name."),
    QT_TRANSLATE_NOOP("core", "There is no country with the code {code}."),
    QT_TRANSLATE_NOOP("core", "That draft no longer exists."),
)


# what Undo and Redo name (edit labels)
EDIT_LABELS: tuple[str, ...] = (
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


# monitoring
MONITORING: tuple[str, ...] = (
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
)


# the plan: people, problem tree, outline
PLAN: tuple[str, ...] = (
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
)


# voting
VOTING: tuple[str, ...] = (
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
)


# words the sentences above put in their blanks
BLANK_WORDS: tuple[str, ...] = (
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
)


# more edit labels (what Undo and Redo name)
MORE_EDIT_LABELS: tuple[str, ...] = (
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
)


# checks of the session's regions
REGION_CHECKS: tuple[str, ...] = (
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
)


# votes typed on the shared screen (the app adds who voted)
SCREEN_VOTES: tuple[str, ...] = (
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
)


# closed votes and footnotes
CLOSED_VOTES: tuple[str, ...] = (
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
)


# more edit labels: monitoring, themes, items, closing a vote, footnotes
LABELS_OF_MONITORING: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "record action"),
    QT_TRANSLATE_NOOP("core", "rename theme"),
    QT_TRANSLATE_NOOP("core", "rename item"),
    QT_TRANSLATE_NOOP("core", "change status of item"),
    QT_TRANSLATE_NOOP("core", "close {vote}"),
    QT_TRANSLATE_NOOP("core", "reopen {vote}"),
    QT_TRANSLATE_NOOP("core", "add review: {title}"),
    QT_TRANSLATE_NOOP("core", "start review from earlier one: {title}"),
    QT_TRANSLATE_NOOP("core", "write a footnote"),
    QT_TRANSLATE_NOOP("core", "remove a footnote"),
)


# a text longer than its field may hold, and the fields' names
TOO_LONG: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "core",
        "{what} may hold at most {limit} characters (this one has {length}); shorten it — "
        "nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("core", "A country's name"),
    QT_TRANSLATE_NOOP("core", "A participant's affiliation"),
    QT_TRANSLATE_NOOP("core", "A participant's name"),
    QT_TRANSLATE_NOOP("core", "A programme item's code"),
    QT_TRANSLATE_NOOP("core", "A programme item's priority"),
    QT_TRANSLATE_NOOP("core", "A programme item's responsible"),
    QT_TRANSLATE_NOOP("core", "A region's abbreviation"),
    QT_TRANSLATE_NOOP("core", "A region's name"),
    QT_TRANSLATE_NOOP("core", "A result's assumptions and risks"),
    QT_TRANSLATE_NOOP("core", "A result's baseline year"),
    QT_TRANSLATE_NOOP("core", "A result's baseline"),
    QT_TRANSLATE_NOOP("core", "A result's indicator"),
    QT_TRANSLATE_NOOP("core", "A result's means of verification"),
    QT_TRANSLATE_NOOP("core", "A result's target year"),
    QT_TRANSLATE_NOOP("core", "A result's target"),
    QT_TRANSLATE_NOOP("core", "A review's title"),
    QT_TRANSLATE_NOOP("core", "A theme's name"),
    QT_TRANSLATE_NOOP("core", "An action's budget"),
    QT_TRANSLATE_NOOP("core", "An action's countries"),
    QT_TRANSLATE_NOOP("core", "An action's funder"),
    QT_TRANSLATE_NOOP("core", "An action's period"),
    QT_TRANSLATE_NOOP("core", "An activity's actors"),
    QT_TRANSLATE_NOOP("core", "An activity's budget"),
    QT_TRANSLATE_NOOP("core", "An activity's indicator"),
    QT_TRANSLATE_NOOP("core", "An activity's timeline"),
    QT_TRANSLATE_NOOP("core", "An objective's assumptions and risks"),
    QT_TRANSLATE_NOOP("core", "An objective's baseline year"),
    QT_TRANSLATE_NOOP("core", "An objective's baseline"),
    QT_TRANSLATE_NOOP("core", "An objective's indicator"),
    QT_TRANSLATE_NOOP("core", "An objective's means of verification"),
    QT_TRANSLATE_NOOP("core", "An objective's target year"),
    QT_TRANSLATE_NOOP("core", "An objective's target"),
    QT_TRANSLATE_NOOP("core", "A note"),
    QT_TRANSLATE_NOOP("core", "A programme item"),
    QT_TRANSLATE_NOOP("core", "A recommendation"),
    QT_TRANSLATE_NOOP("core", "A result"),
    QT_TRANSLATE_NOOP("core", "A session detail"),
    QT_TRANSLATE_NOOP("core", "A threat, driver or constraint"),
    QT_TRANSLATE_NOOP("core", "An action taken"),
    QT_TRANSLATE_NOOP("core", "An activity"),
    QT_TRANSLATE_NOOP("core", "An objective"),
    QT_TRANSLATE_NOOP("core", "The text of the Vision or Goal"),
    QT_TRANSLATE_NOOP("core", "Who implemented an action"),
)


# rounds of voting
ROUNDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "core",
        "This round of the {vote} does not ask about that {kind}: it keeps its figures from the "
        "earlier round.",
    ),
    QT_TRANSLATE_NOOP("core", "item"),
)
