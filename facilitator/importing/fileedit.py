"""A whole file as one undoable edit that reports every bad row.

``FileEdit`` plans the rows of a file one after another, so a row may refer
to what an earlier row of the same file adds (a result under an objective
added two lines above). A row that cannot be planned is noted with its line
and column, and planning goes on; at the end, any problem raises
``ImportProblems`` inside the store's transaction, which rolls everything
back: a file imports whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.errors import EditError, ImportProblems
from facilitator.importing.reading import Row
from facilitator.plan.lookup import CellProblem, name_key
from facilitator.session.edits import Edit, RowChange

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

RowPlanner = Callable[["SessionStore", Row], list[RowChange]]


@dataclass(frozen=True)
class OnePerFile:
    """What may appear only once in a file: a row whose ``column`` names (by ``key``) what an
    earlier row named, with other ``details``, is refused with ``message``."""

    column: str
    key: Callable[[str], str]
    details: tuple[str, ...]
    message: str  # formatted with {line} (the earlier row) and {text} (the cell)

    def check(self, row: Row, seen: dict[str, tuple[int, tuple[str, ...]]]) -> str | None:
        text = row.text(self.column)
        if not text:
            return None
        key = self.key(text)
        values = tuple(name_key(row.text(c)) for c in self.details)
        line, earlier = seen.setdefault(key, (row.line, values))
        if line == row.line or earlier == values:
            return None
        return self.message.format(line=line, text=text)


class RowProblem(Exception):
    """One cell of a row is wrong: ``column`` (a column name) and ``message`` say which and why."""

    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column
        self.message = message


@contextmanager
def cell(column: str) -> Iterator[None]:
    """Attribute any ``CellProblem`` or ``EditError`` raised inside to ``column``."""
    try:
        yield
    except (CellProblem, EditError) as problem:
        raise RowProblem(column, str(problem)) from None


def staged(store: SessionStore, changes: list[RowChange]) -> list[RowChange]:
    """Let the rest of the file's plan see these planned rows (``SessionStore.stage``)."""
    return store.stage(changes)


class FileEdit(Edit):
    """Every row of one file, planned in order, as one step; any bad row refuses the file."""

    def __init__(
        self,
        label: str,
        path: str,
        rows: list[Row],
        plan_row: RowPlanner,
        written: dict[str, str] | None = None,
        once: OnePerFile | None = None,
    ):
        self.label = label
        self.path = path
        self.rows = rows
        self.plan_row = plan_row
        self.written = written or {}
        self.once = once

    def plan(self, store: SessionStore) -> list[RowChange]:
        changes: list[RowChange] = []
        problems: list[tuple[int, str, str]] = []
        seen: dict[str, tuple[int, tuple[str, ...]]] = {}
        for row in self.rows:
            flaws = row.problems()
            twice = self.once.check(row, seen) if self.once else None
            if twice and self.once:
                flaws.append((self.once.column, twice))
            if flaws:
                problems += [(row.line, self.written.get(c, c), m) for c, m in flaws]
                continue
            try:
                part = self.plan_row(store, row)
            except RowProblem as problem:
                problems.append(
                    (row.line, self.written.get(problem.column, problem.column), problem.message)
                )
            except (EditError, CellProblem) as problem:
                problems.append((row.line, "", str(problem)))
            else:
                changes += staged(store, part)
        if problems:
            raise ImportProblems(self.path, problems)
        return changes
