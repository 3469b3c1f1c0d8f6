"""The LogFrame's priority column: what the matrix prints for each activity.

Shared by the app's LogFrame preview and the PDF, so both say the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.voting import scoring
from facilitator.words import word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: a country priority at or above this is listed as high next to the overall figure
HIGH_PRIORITY = 2.5


def activity_priorities(store: SessionStore) -> dict[int, dict[str, float]]:
    """Activity id → country code → that country's priority (scoring's rules)."""
    frame = scoring.priority_scores(store)
    out: dict[int, dict[str, float]] = {}
    for row in frame[frame["state"] == "number"].itertuples():
        out.setdefault(int(row.target_id), {})[str(row.country)] = float(row.score)
    return out


def overall_priority(by_country: dict[str, float]) -> float | None:
    """Mean of the country priorities (each country weighs the same)."""
    return sum(by_country.values()) / len(by_country) if by_country else None


def priority_text(by_country: dict[str, float], order: list[str]) -> str:
    """'2.42' plus the countries with a high priority, e.g. 'High (≥ 2.5): AF 3, IR 2.5'."""
    overall = overall_priority(by_country)
    if overall is None:
        return word("not prioritised")
    high = [
        f"{c}\u00a0{scoring.format_compact(by_country[c], scoring.PRIORITY_PLACES)}"
        for c in order
        if by_country.get(c, 0) >= HIGH_PRIORITY
    ]
    text = scoring.format_score(overall, scoring.PRIORITY_PLACES)
    if not high:
        return text
    return (
        text
        + "\n"
        + word(
            "High (≥ {limit}): {countries}", limit=f"{HIGH_PRIORITY:g}", countries=", ".join(high)
        )
    )


def priority_texts(store: SessionStore) -> dict[int, str]:
    """Activity id → its priority as the LogFrame prints it, from the results layer's cells
    (the overall figure reads exactly as in the priority tables)."""
    from facilitator.voting.results import Results

    out = {}
    for row in Results(store).priorities.rows:
        overall = row.cells["overall"]
        if overall.state != "number":
            out[row.activity_id] = word("not prioritised")
            continue
        high = [
            f"{code} {scoring.format_compact(cell.exact, scoring.PRIORITY_PLACES)}"
            for code, cell in row.cells.items()
            if code != "overall" and cell.exact is not None and cell.exact >= HIGH_PRIORITY
        ]
        limit = f"{HIGH_PRIORITY:g}"
        out[row.activity_id] = (
            overall.text
            + "\n"
            + word("High (≥ {limit}): {countries}", limit=limit, countries=", ".join(high))
            if high
            else overall.text
        )
    return out
