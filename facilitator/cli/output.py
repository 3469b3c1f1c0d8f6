"""What the ``facilitator`` command prints, and where: one sentence per error, never a traceback.

Kept apart from the commands (``cli``): UTF-8 output for names in any
script, developers' logs kept off the terminal, output paths checked.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from facilitator.errors import FacilitatorError


def say(text: str = "") -> None:
    print(text, flush=True)


def output_file(output: str | None, example: str) -> None:
    """Refuse an output path that is a folder, suggesting a file name inside it."""
    if output and Path(output).is_dir():
        raise FacilitatorError(
            f"{output} is a folder; give the file to write, e.g. {Path(output) / example}."
        )


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def speak_utf8() -> None:
    """Names in any script must print: UTF-8 into files and pipes; on a terminal that can't, replace."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding == "utf8" or not hasattr(stream, "reconfigure"):
            continue
        if stream.isatty():
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8")


def quiet_logs() -> None:
    """Details the core logs for developers (a traceback behind a failed export) stay off the terminal.

    The user gets the one sentence of the error; set FACILITATOR_DEBUG=1 to see the log too.
    """
    root = logging.getLogger()
    if os.environ.get("FACILITATOR_DEBUG"):
        logging.basicConfig(level=logging.DEBUG)
    elif not root.handlers:
        root.addHandler(logging.NullHandler())
