"""How much text each field of a session may hold.

The method has no use for a 100,000-character threat label (it made the
minutes 1,774 pages long and took 7 minutes to write): each text field holds
at most what its step needs, generously. ``check_lengths`` refuses a change
(typed, pasted or imported) that would store more, in one sentence that says
which field and how long it may be; every export of a session with every
field at its limit is timed in ``bench/field_limits.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

from facilitator.errors import EditError

NAME = 100  # a person's, country's, region's or theme's name; a period, a code
LABEL = 200  # a threat, driver or constraint as written on a card; an affiliation
STATEMENT = 600  # an objective, result or activity; an action taken
DETAIL = 300  # an indicator, the actors, who implemented or funded an action
SHORT = 100  # a timeline, a budget
LONG_TEXT = 3_000  # the Vision, the Goal, a note, a recommendation

#: (table, column) → (what the user calls it, the most characters it holds)
FIELD_LIMITS: dict[tuple[str, str], tuple[str, int]] = {
    ("meta", "value"): ("a session detail", LONG_TEXT),
    ("countries", "name"): ("a country's name", NAME),
    ("regions", "name"): ("a region's name", NAME),
    ("regions", "abbreviation"): ("a region's abbreviation", NAME),
    ("participants", "name"): ("a participant's name", NAME),
    ("participants", "affiliation"): ("a participant's affiliation", LABEL),
    ("texts", "body"): ("the text of the Vision or Goal", LONG_TEXT),
    ("items", "label"): ("a threat, driver or constraint", LABEL),
    ("themes", "name"): ("a theme's name", NAME),
    ("objectives", "text"): ("an objective", STATEMENT),
    ("results", "text"): ("a result", STATEMENT),
    ("results", "indicator"): ("a result's indicator", DETAIL),
    ("objectives", "indicator"): ("an objective's indicator", DETAIL),
    **{
        (table, column): (f"{whose} {what}", size)
        for table, whose in (("objectives", "an objective's"), ("results", "a result's"))
        for column, what, size in (
            ("baseline", "baseline", SHORT),
            ("baseline_year", "baseline year", NAME),
            ("target", "target", SHORT),
            ("target_year", "target year", NAME),
            ("verification", "means of verification", DETAIL),
            ("assumptions", "assumptions and risks", STATEMENT),
        )
    },
    ("activities", "text"): ("an activity", STATEMENT),
    ("activities", "timeline"): ("an activity's timeline", SHORT),
    ("activities", "actors"): ("an activity's actors", DETAIL),
    ("activities", "indicator"): ("an activity's indicator", DETAIL),
    ("activities", "budget"): ("an activity's budget", SHORT),
    ("programme_items", "code"): ("a programme item's code", NAME),
    ("programme_items", "text"): ("a programme item", STATEMENT),
    ("programme_items", "responsible"): ("a programme item's responsible", DETAIL),
    ("programme_items", "priority"): ("a programme item's priority", NAME),
    ("notes", "body"): ("a note", LONG_TEXT),
    ("reviews", "title"): ("a review's title", NAME),
    ("monitoring_actions", "countries"): ("an action's countries", DETAIL),
    ("monitoring_actions", "action"): ("an action taken", STATEMENT),
    ("monitoring_actions", "period"): ("an action's period", NAME),
    ("monitoring_actions", "implemented_by"): ("who implemented an action", DETAIL),
    ("monitoring_actions", "budget"): ("an action's budget", SHORT),
    ("monitoring_actions", "funder"): ("an action's funder", DETAIL),
    ("recommendations", "text"): ("a recommendation", LONG_TEXT),
}


def too_long(what: str, length: int, limit: int) -> str:
    return (
        f"{what[0].upper()}{what[1:]} may hold at most {limit:,} characters "
        f"(this one has {length:,}); shorten it — nothing was changed."
    )


def check_lengths(changes: Iterable[object]) -> None:
    """Refuse (``EditError``) a change that would store more text in a field than it may hold."""
    for change in changes:
        after = getattr(change, "after", None)
        if not after:
            continue
        table = getattr(change, "table", "")
        before = getattr(change, "before", None) or {}
        for column, value in after.items():
            found = FIELD_LIMITS.get((table, column))
            if not found or not isinstance(value, str) or len(value) <= found[1]:
                continue
            if before.get(column) != value:  # a longer text kept from an older file may stay
                raise EditError(too_long(found[0], len(value), found[1]))
