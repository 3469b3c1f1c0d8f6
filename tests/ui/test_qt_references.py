"""The installed Qt binding keeps Python's reference counts balanced.

PySide6 6.12.0 on Python 3.11 gives back a reference to ``None`` on every Qt
call that returns nothing; after a few thousand calls (a few dozen edits in the
app) Python aborts with "deallocating None" and the app vanishes mid-workshop.
pyproject.toml keeps that release out; this test fails if it ever comes back.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject
thing = QObject()
before = sys.getrefcount(None)
for _ in range(2000):
    thing.setObjectName("x")
print(before - sys.getrefcount(None))
"""


def test_qt_calls_do_not_leak_references_to_none():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    lost = int(result.stdout.strip())
    assert lost < 100, f"{lost} references to None lost in 2,000 Qt calls"
