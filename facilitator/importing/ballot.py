"""Returned ballot workbooks, imported like any other file.

A ballot (written by ``facilitator.ballots.write``) has the voter's details above
its table, so its header is none of the kinds in ``kinds``. When an XLSX file
matches no kind, the ballot reader is asked; if it finds votes, the file is a
ballot and is imported as one step, with every bad cell listed as for any
other file. A cell left empty never erases a vote (the ballot reader's rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.errors import ImportProblems
from facilitator.session.edits import Edit

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

BALLOT_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class BallotPlan:
    edit: Edit
    kept: int  # cells left empty where a vote exists: the vote stays


def may_be_ballot(path: Path) -> bool:
    return path.suffix.casefold() in BALLOT_SUFFIXES


def plan_ballot(store: SessionStore, path: Path) -> BallotPlan | None:
    """The ballot's votes as one edit; None when the file holds no ballot.

    Raises ``ImportProblems`` listing every bad cell of a ballot.
    """
    try:
        from facilitator.ballots.write import read_ballots
    except ImportError:
        return None
    preview = read_ballots(store, [path])
    if not preview.votes:
        return None
    if preview.problems:
        problems = [
            (p.line, p.column, f"sheet {p.sheet}: {p.message}" if p.sheet else p.message)
            for p in preview.problems
        ]
        raise ImportProblems(str(path), problems)
    kept = sum(changes.kept for changes in preview.changes(store))
    return BallotPlan(preview.edit(), kept)
