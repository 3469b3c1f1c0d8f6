"""Scores as the tables print them: rounded half up, or the reason there is no number.

Pandas and Python round halves to even (2.25 → 2.2); the published tables,
like spreadsheets, round them up (2.25 → 2.3). Threat figures print with one
decimal, priorities with two. ``facilitator.voting.scoring`` re-exports all of this.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from facilitator.i18n import QT_TRANSLATE_NOOP

THREAT_PLACES = 1
PRIORITY_PLACES = 2
MISSING_TEXT = {"unknown": "-", "empty": QT_TRANSLATE_NOOP("core", "Not filled in")}


@lru_cache(maxsize=4096)
def _missing(x: object) -> bool:
    """None, NaN (Python's or numpy's) or pandas' NA — without importing pandas at start-up."""
    if x is None:
        return True
    if isinstance(x, float):  # numpy's float64 is one too
        return math.isnan(x)
    if isinstance(x, (int, str)):
        return False
    try:
        return bool(math.isnan(x))  # type: ignore[arg-type]  # numpy's other floats
    except TypeError:  # pandas' NA and NaT, which are no numbers
        return type(x).__name__ in ("NAType", "NaTType")


def round_half_up(x: float, places: int) -> float:
    """Round like a spreadsheet: 2.25 → 2.3, 1.125 → 1.13 (pandas rounds halves to even).

    Float noise from adding means (2.3499999999999996 for 2.35) is removed
    first, so a mean that is exactly a half rounds up.
    """
    if _missing(x):
        return math.nan
    return _rounded(float(x), places)


@lru_cache(maxsize=65536)
def _rounded(x: float, places: int) -> float:
    """``round_half_up`` of a number; the same few means recur thousands of times a table."""
    exact = Decimal(repr(x)).quantize(Decimal("1e-9"))
    return float(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def format_score(x: float, places: int) -> str:
    """A figure as the tables print it: ``2.0`` (one place), ``1.75`` (two places)."""
    return f"{round_half_up(x, places):.{places}f}"


@lru_cache(maxsize=4096)
def format_compact(x: float, places: int) -> str:
    """A country's figure beside its region's: ``1.5``, ``3``, ``0`` (no trailing zeros)."""
    text = format_score(x, places)
    return text.rstrip("0").rstrip(".") if "." in text else text


def missing_text(state: str) -> str:
    """What a cell without a number shows: '-' for unknown, 'Not filled in' for empty."""
    return MISSING_TEXT.get(state, "")


def cell_text(score: float, state: str, places: int) -> str:
    """A figure, or why there is none."""
    if state == "number" and not _missing(score):
        return format_score(score, places)
    return missing_text(state) or MISSING_TEXT["empty"]
