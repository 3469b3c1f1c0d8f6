"""Rows pasted from a spreadsheet into the outline: one row per line, the columns to fields.

A line without tabs is a row's text. With tabs, the columns are read in the
order the LogFrame prints them — number, text, indicator, timeline, actor(s),
budget — or, when the first line is a heading row ("Text", "Indicator", …), by
its headings. The number, when given, is left out: a new row is numbered by
where it goes.
"""

from __future__ import annotations

import re

NUMBER = re.compile(r"^\d+(\.\d+)*\.?$")
#: the fields each level takes, in the order of a pasted row without headings
FIELDS = {
    "objectives": ("text",),
    "results": ("text", "indicator"),
    "activities": ("text", "indicator", "timeline", "actors", "budget"),
}
#: heading words → field
HEADINGS = {
    "no": "number",
    "no.": "number",
    "number": "number",
    "text": "text",
    "objective": "text",
    "result": "text",
    "activity": "text",
    "indicator": "indicator",
    "indicators": "indicator",
    "timeline": "timeline",
    "time": "timeline",
    "actor": "actors",
    "actors": "actors",
    "actor(s)": "actors",
    "budget": "budget",
}


def pasted_rows(lines: list[str], level: str) -> list[dict[str, str]]:
    """The fields of each pasted line for ``level`` (objectives, results or activities)."""
    rows = [line.split("\t") for line in lines if line.strip()]
    if not rows:
        return []
    allowed = FIELDS[level]
    heads = [HEADINGS.get(cell.strip().casefold()) for cell in rows[0]]
    if len(rows[0]) > 1 and "text" in heads:
        columns = heads
        rows = rows[1:]
    else:
        columns = None
    out = []
    for cells in rows:
        cells = [c.strip() for c in cells]
        if columns is not None:
            fields = {f: c for f, c in zip(columns, cells) if f}
        else:
            if len(cells) > 1 and NUMBER.match(cells[0]):
                cells = cells[1:]
            fields = dict(zip(allowed, cells))
        fields = {k: v for k, v in fields.items() if k in allowed}
        if fields.get("text"):
            out.append(fields)
    return out
