"""The core's sentences the app shows, as templates the app can translate.

The core says what went wrong in plain English (``str(error)``, an edit's label). The
app translates a sentence by finding the template here that it matches: the
template's fixed words are translated (``ui/translations``, context ``core``) and
the parts in braces — file names, codes, what the user typed — are put back as
they were. A sentence no template matches is shown as the core wrote it.
"""

from __future__ import annotations

from facilitator.messages import files, importing, work

#: every template, in the order the app tries them
TEMPLATES: tuple[str, ...] = (
    *files.OPENING,
    *work.VOTES,
    *work.OVERALL_PRIORITY,
    *work.PEOPLE,
    *work.EDIT_LABELS,
    *importing.FILE_ITSELF,
    *importing.ROWS,
    *importing.RETURNS,
    *files.WRITING,
    *importing.MIRADI,
    *work.MONITORING,
    *work.PLAN,
    *work.VOTING,
    *files.SESSION_FILE,
    *work.BLANK_WORDS,
    *work.MORE_EDIT_LABELS,
    *work.REGION_CHECKS,
    *work.SCREEN_VOTES,
    *work.CLOSED_VOTES,
    *importing.HINTS,
    *importing.MIRADI_LEFT_OUT,
    *work.LABELS_OF_MONITORING,
    *work.TOO_LONG,
    *work.ROUNDS,
)
