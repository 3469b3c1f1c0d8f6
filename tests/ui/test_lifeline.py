"""The app outlives PySide6's unbalanced references to None (Python 3.11)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ui import lifeline

#: more Qt calls that return nothing than None has references at start-up (about 40,000 in the app)
CALLS = 150_000
SCRIPT = """
import sys
{prelude}
from PySide6.QtCore import QObject
thing = QObject()
for _ in range({calls}):
    thing.setObjectName("x")
print("alive")
"""


def run(prelude: str) -> subprocess.CompletedProcess:
    code = SCRIPT.format(prelude=prelude, calls=CALLS)
    return subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not lifeline.needed(), reason="None is immortal on this Python")
def test_a_long_workshop_of_qt_calls_does_not_kill_the_app():
    assert run("import ui").stdout.strip() == "alive"


@pytest.mark.skipif(not lifeline.needed(), reason="None is immortal on this Python")
def test_without_the_lifeline_the_same_calls_abort_python():
    """The reason for ``ui.lifeline`` (PySide6 6.12 on Python 3.11). When this fails, PySide6
    has fixed its reference counting and the lifeline can go."""
    finished = run("")
    assert finished.returncode != 0 and "deallocating None" in finished.stderr
