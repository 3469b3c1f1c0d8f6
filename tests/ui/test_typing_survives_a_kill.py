"""Typing reaches the file within 0.3 s of the last key, in every kind of text field: a real app
process types into a field with QTest, never leaves it, and is killed (SIGKILL) 0.5 s after the
last key; the file, opened again, holds the text. The title bar said "saving typing…" straight
after the last key and "all changes saved" once the text was in the file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.plan import model
from facilitator.session.store import SessionStore

CHILD = Path(__file__).with_name("typing_child.py")
ROOT = Path(__file__).resolve().parents[2]
TEXT = "Typed just before the battery died"


def _read_name(store) -> list[str]:
    return [p.name for p in model.participants(store)]


def _read_items(store) -> list[str]:
    return [i.label for i in model.items(store)]


def _read_indicators(store) -> list[str]:
    return [str(r["indicator"]) for r in store.rows("SELECT indicator FROM activities")]


def _read_recommendations(store) -> list[str]:
    return [str(r["text"]) for r in store.rows("SELECT text FROM recommendations")]


def _read_vision(store) -> list[str]:
    return [model.adopted_text(store, "vision")]


READERS = {
    "vision": _read_vision,
    "name": _read_name,
    "item": _read_items,
    "indicator": _read_indicators,
    "recommendation": _read_recommendations,
}


@pytest.mark.parametrize("field", list(READERS))
def test_typing_survives_a_kill(field, sample_path, isolated_settings):
    settings = isolated_settings
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(sample_path), str(settings), field, TEXT],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        typed = child.stdout.readline()
        last_key = time.monotonic()
        paused = child.stdout.readline()
        time.sleep(max(0.0, last_key + 0.5 - time.monotonic()))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert typed.startswith("typed") and "saving typing…" in typed, typed
    assert paused.startswith("paused") and "all changes saved" in paused, paused
    assert child.returncode == -signal.SIGKILL
    # opened again as the facilitator would after the crash (the dead app's lock went with it)
    with SessionStore.open(sample_path, backup=False) as store:
        assert TEXT in READERS[field](store), field
