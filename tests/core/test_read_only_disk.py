"""A session on a read-only file system (a USB stick locked, a mounted share): it opens for
reading with the reason said, and nothing is written beside it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

OPEN_AND_TELL = """
import json, sys
from facilitator.session.opening import open_for_app
from facilitator.plan import model
store = open_for_app(sys.argv[1])
print(json.dumps({"read_only": store.read_only, "warnings": store.warnings,
                  "participants": len(model.participants(store))}))
store.close()
"""


def _read_only_mount_works(folder: Path) -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        [
            "unshare",
            "-m",
            "sh",
            "-c",
            f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && true",
        ],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def test_a_session_on_a_read_only_disk_opens_for_reading_and_says_why(sample_path):
    folder = sample_path.parent
    if not _read_only_mount_works(folder):
        pytest.skip("needs root and unshare to mount a folder read-only")
    before = sorted(p.name for p in folder.iterdir())
    script = (
        f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
        f"cd {ROOT} && {sys.executable} -c '{OPEN_AND_TELL}' {sample_path}"
    )
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    told = json.loads(done.stdout.strip().splitlines()[-1])
    assert told["read_only"] is True
    assert told["participants"] > 0  # the session is there to read
    assert any("read" in w.lower() for w in told["warnings"]), told["warnings"]
    assert sorted(p.name for p in folder.iterdir()) == before  # no lock, backup or -wal left
