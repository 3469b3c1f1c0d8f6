"""The data the sample workshop is built from: ``facilitator/data/*.csv``.

Published figures and texts (from the background document of the First Range
State Meeting for the Persian Leopard, Tbilisi 2022):

- ``countries.csv``: the 12 range states, their regions, participants per country;
- ``constraints.csv``, ``threat_ranking.csv`` (Appendix III, one row per
  figure; '-' unknown, empty where the table says "Not filled in"),
  ``problem_tree_links.csv`` (cause → effect, from section 3);
- ``activity_priorities.csv`` (Appendix IV: 89 activities, priority per country);
- ``themes.csv`` (section 2.2), ``regions.csv``, ``emerging_items.csv`` (section 3.1.7).

Invented for the sample: ``participants.csv`` (names, affiliations, working
groups), ``session.csv`` (meeting details as published; Vision and Goal
invented), ``plan.csv`` (objective and result texts, indicators, threats
addressed) and ``activity_details.csv`` (timeline, actors, indicator, budget).
"""

from __future__ import annotations

import csv
import re
from importlib import resources

from facilitator.errors import FacilitatorError

FOOTNOTE = re.compile(r"\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
ACTIVITY_NUMBER = re.compile(r"\b\d+\.\d+\.\d+\b")
# "(see Activity 1.1.4)", "(see Activities 3.4.1 & 3.4.3)", "(\rightarrow A 11.1.2 & 3.4.1 – 3.4.3)"
SEE_ACTIVITIES = re.compile(
    r"\s*\((?:see |also )?(?:\\rightarrow |→ )?(?:Activity |Activities |A )(?P<numbers>[\d.,&–\s]+)\)"
)
NUMBER_RANGE = re.compile(r"(\d+\.\d+)\.(\d+)\s*–\s*\1\.(\d+)")

DATA_COLUMNS = {
    "session.csv": ("key", "value"),
    "regions.csv": ("name", "abbreviation", "figures_from"),
    "countries.csv": ("code", "name", "regions"),
    "participants.csv": ("name", "affiliation", "country", "role", "votes", "working_group"),
    "constraints.csv": ("constraint",),
    "emerging_items.csv": ("item",),
    "threat_ranking.csv": ("kind", "item", "criterion", "level", "region", "country", "value"),
    "problem_tree_links.csv": ("from", "to"),
    "themes.csv": ("number", "name"),
    "plan.csv": ("number", "theme", "text", "indicator", "addresses"),
    "activity_details.csv": ("activity", "timeline", "actors", "indicator", "budget"),
    "activity_priorities.csv": ("activity", "text"),
    "logframe.csv": ("number", "indicator", "verification", "assumptions"),
}


def read_data(name: str) -> list[dict[str, str]]:
    """Rows of ``facilitator/data/<name>`` as dictionaries keyed by its header.

    Refuses, with the file and line, a file without its columns or with a row
    of the wrong length.
    """
    text = resources.files("facilitator.sample.data").joinpath(name).read_text(encoding="utf-8-sig")
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in DATA_COLUMNS.get(name, ()) if c not in (reader.fieldnames or [])]
    if missing:
        raise FacilitatorError(f"facilitator/data/{name} has no column '{missing[0]}'.")
    rows = []
    for line, row in enumerate(reader, start=2):
        if None in row or None in row.values():
            raise FacilitatorError(
                f"facilitator/data/{name}, line {line}, has the wrong number of cells."
            )
        rows.append(row)
    return rows


def activity_text(text: str, known: set[str]) -> tuple[str, list[str]]:
    """An Appendix IV text without footnote markers, and the activities it refers to.

    A "(see Activity 1.1.4)" whose activities all exist becomes references (the
    LogFrame prints them after the text); other mentions stay in the text.
    """
    refs: list[str] = []

    def to_refs(match: re.Match[str]) -> str:
        listed = ACTIVITY_NUMBER.findall(match["numbers"])
        if not listed or any(n not in known for n in listed):
            return match[0]
        for first in NUMBER_RANGE.finditer(match["numbers"]):
            start, low, high = first.groups()
            listed += [f"{start}.{n}" for n in range(int(low) + 1, int(high))]
        refs.extend(n for n in listed if n not in refs)
        return ""

    text = SEE_ACTIVITIES.sub(to_refs, text)
    text = FOOTNOTE.sub("", text).replace("\\rightarrow", "→")
    return re.sub(r"\s+", " ", text).strip(), refs
