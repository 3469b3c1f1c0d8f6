"""The core runs with PySide6 absent: a terminal, a server or CI without Qt can use it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import importlib, importlib.abc, pkgutil, sys, tempfile, pathlib

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "ui"):
                raise ImportError(f"{name} is blocked in this test")
            return None

    sys.meta_path.insert(0, NoQt())
    import facilitator
    for mod in pkgutil.walk_packages(facilitator.__path__, "facilitator."):
        if not mod.name.endswith("__main__"):
            importlib.import_module(mod.name)

    from facilitator.session.store import SessionStore
    from facilitator.plan import edits as ops
    from facilitator.voting import edits as vote_edits
    from facilitator.plan import model
    path = pathlib.Path(tempfile.mkdtemp()) / "s.zopp"
    with SessionStore.create(path, "No Qt") as s:
        s.apply(ops.add_country("IR", "Iran"))
        s.apply(ops.add_participant("مریم رضایی", country="IR"))
        s.apply(ops.add_item("threat", "Habitat fragmentation"))
        s.apply(vote_edits.set_vote(1, "country", "IR", "item", 1, "importance", 3))
        s.undo(); s.redo()
    with SessionStore.open(path) as s:
        assert s.rows("SELECT value FROM votes") == [{"value": 3.0}]
    assert not any(m.startswith("PySide6") for m in sys.modules)
    print("core ok")
""")


def test_core_imports_and_works_without_pyside6():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "core ok" in result.stdout


def test_import_contract_forbids_qt_in_the_core():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout
