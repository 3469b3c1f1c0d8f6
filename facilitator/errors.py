"""Errors a user can act on: each carries one plain sentence."""

from __future__ import annotations


class FacilitatorWarning(UserWarning):
    """A warning raised by the project's own code (errors in the test suite)."""


class FacilitatorError(Exception):
    """Base class: ``str(error)`` is a sentence fit to show a user as it is."""


class SessionError(FacilitatorError):
    """A session file cannot be created, opened or written."""


class FileRefused(SessionError):
    """The session file refused a change (damaged, or the disk went away); it was rolled back.

    Not caused by what was typed: the app logs it as a fault.
    """


class SessionLocked(SessionError):
    """The session is open in another instance of the app."""


class DamagedSession(SessionError):
    """The session file fails its integrity check; ``backup`` is the newest good copy, if any."""

    def __init__(self, sentence: str, backup: object = None):
        super().__init__(sentence)
        self.backup = backup


class SessionReadOnly(SessionError):
    """The session can be read but not changed here (read-only file, folder or disk)."""


class EditError(FacilitatorError):
    """An edit was refused because it would break a rule of the method."""


class ImportProblems(FacilitatorError):
    """A file to import has bad rows; nothing was imported.

    ``problems`` lists every bad row as ``(line, column, message)``.
    """

    #: how many problems the sentence lists; the rest are counted
    SHOWN = 50

    def __init__(self, path: str, problems: list[tuple[int, str, str]]):
        self.path = path
        self.problems = problems
        lines = [f"{path} was not imported: {len(problems)} problem(s)."]
        for line, column, message in problems[: self.SHOWN]:
            where = f"line {line}" + (f", column {column}" if column else "")
            lines.append(f"  {where}: {message}")
        if len(problems) > self.SHOWN:
            lines.append(f"  … and {len(problems) - self.SHOWN} more problem(s) not listed.")
        super().__init__("\n".join(lines))
