"""Invented ballots whose means are published figures (used to build the sample workshop).

A published figure such as 2.5 or 1.75 is the mean of the votes behind it; these
functions find whole-number votes on the criterion's scale with that mean, for a
given number of voters, the same on every run (randomness comes from a seed).
Figures are handled as exact fractions so that "prints as 2.3" and "is 2.3"
are kept apart.
"""

from __future__ import annotations

import math
import random
from decimal import Decimal
from fractions import Fraction

from facilitator.errors import FacilitatorError
from facilitator.plan.model import SCALES

UNKNOWN = "-"
NOT_FILLED_IN = ""
Answer = tuple[int, object]


def figure(text: str) -> Fraction:
    """A published figure as an exact fraction ('1,3' reads as 1.3)."""
    try:
        return Fraction(Decimal(text.strip().replace(",", ".")))
    except ArithmeticError:
        raise FacilitatorError(
            f"'{text}' is not a figure: write a number, '-' or nothing."
        ) from None


def printed(x: Fraction, places: int = 1) -> Fraction:
    """``x`` as the tables print it: rounded half up to ``places`` decimals."""
    scale = 10**places
    return Fraction(math.floor(x * scale + Fraction(1, 2)), scale)


def is_number(value: str) -> bool:
    return value not in (UNKNOWN, NOT_FILLED_IN)


def mean(values: list[Fraction]) -> Fraction | None:
    return sum(values, Fraction(0)) / len(values) if values else None


def spread(total: int, n: int, low: int, high: int, seed: str) -> list[int]:
    """``n`` whole scores on ``low..high`` adding up to ``total``.

    Scores differ by at most one, except that some ballots (chosen by ``seed``,
    so the same on every run) spread by one more, as real ballots do.
    """
    base, extra = divmod(total, n)
    scores = [base + 1] * extra + [base] * (n - extra)
    rng = random.Random(seed)
    if n > 1 and rng.random() < 0.35:
        pairs = [
            (i, j)
            for i in range(n)
            for j in range(n)
            if i != j and scores[i] == scores[j] and scores[i] < high and scores[j] > low
        ]
        if pairs:
            i, j = rng.choice(pairs)
            scores[i] += 1
            scores[j] -= 1
    rng.shuffle(scores)
    return scores


def split_mean(target: Fraction, n: int, low: int, high: int, seed: str) -> list[int] | None:
    """``n`` whole scores on ``low..high`` whose mean is exactly ``target``, or None."""
    total = target * n
    if total.denominator != 1 or not low * n <= total <= high * n:
        return None
    return spread(int(total), n, low, high, seed)


def group_scores(
    value: Fraction, size: int, low: int, high: int, seed: str, exact: bool = False
) -> list[float]:
    """Scores from at most ``size`` voters whose mean is ``value`` (``exact``) or prints as it.

    As many voters as possible with an exact mean; otherwise, unless ``exact``,
    the voters whose mean comes closest (2.3 from three votes: 7/3); a single
    decimal score when nothing else fits (the scales allow decimals).
    """
    for n in range(size, 0, -1):
        scores = split_mean(value, n, low, high, seed)
        if scores is not None:
            return [float(s) for s in scores]
    near = []
    for n in range(1, size + 1) if not exact else ():
        total = math.floor(value * n + Fraction(1, 2))
        if low * n <= total <= high * n and printed(Fraction(total, n)) == value:
            near.append((abs(Fraction(total, n) - value), n, total))
    if not near:
        return [float(value)]
    _, n, total = min(near)
    return [float(s) for s in spread(total, n, low, high, seed)]


def group_answers(
    value: str, voters: list[int], criterion: str, seed: str, exact: bool = False
) -> list[Answer]:
    """A working group's answers for one published cell: numbers, '-' or empty."""
    if value == UNKNOWN:
        return [(p, UNKNOWN) for p in voters]
    if value == NOT_FILLED_IN:
        return [(p, None) for p in voters]
    low, high = SCALES[criterion]
    return list(zip(voters, group_scores(figure(value), len(voters), low, high, seed, exact)))


def country_answers(value: str, voters: list[int], criterion: str, seed: str) -> list[Answer]:
    """A country's answers: its figure is exactly the mean of its voters' scores."""
    if not is_number(value):
        return group_answers(value, voters, criterion, seed)
    low, high = SCALES[criterion]
    for n in range(len(voters), 0, -1):
        scores = split_mean(figure(value), n, low, high, seed)
        if scores is not None:
            return list(zip(voters, [float(s) for s in scores]))
    raise FacilitatorError(f"No whole scores of {len(voters)} voter(s) have the mean {value}.")


def answers_mean(answers: list[Answer]) -> Fraction | None:
    """The score these answers give (None when none is a number)."""
    return mean([Fraction(Decimal(repr(a))) for _, a in answers if isinstance(a, float)])
