"""Fixtures shared by every test: an empty in-memory session and a copy of the sample."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"


@pytest.fixture
def store():
    """An empty session held in memory."""
    from facilitator.session.store import SessionStore

    s = SessionStore.memory("Test workshop")
    yield s
    s.close()


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """A private copy of the sample workshop's session file."""
    target = tmp_path / "sample.zopp"
    shutil.copy(SAMPLE, target)
    return target


@pytest.fixture
def sample(sample_path: Path):
    """The sample workshop, open."""
    from facilitator.session.store import SessionStore

    s = SessionStore.open(sample_path, backup=False)
    yield s
    s.close()


@pytest.fixture
def ws(tmp_path: Path):
    """A session file holding the small voting workshop of ``tests/voting_workshop.py``."""
    from voting_workshop import build

    from facilitator.session.store import SessionStore

    s = SessionStore.create(tmp_path / "w.zopp")
    build(s)
    yield s
    s.close()
