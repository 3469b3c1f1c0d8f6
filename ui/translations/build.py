"""Refresh, check and compile the app's translations.

    python -m ui.translations.build            # .ts → .qm (pyside6-lrelease), when stale
    python -m ui.translations.build --update   # refresh the .ts from the code (pyside6-lupdate)
    python -m ui.translations.build --check    # fail when a shipped language misses a string

The ``.ts`` files (XML, edited with Qt Linguist or by hand) are the sources and live in
git; the ``.qm`` files are built from them and never committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from facilitator.i18n import LANGUAGES, SOURCE_LANGUAGE

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHIPPED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def ts_path(code: str) -> Path:
    return HERE / f"zopp_{code}.ts"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: install PySide6-Essentials (pip install -e .).")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "ui").rglob("*.py")) + sorted((ROOT / "facilitator").rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files if "translations" not in p.parts]


def update() -> None:
    """Collect every marked string of the code into each shipped language's .ts file."""
    targets = [str(ts_path(code).relative_to(ROOT)) for code in SHIPPED]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *sources(),
            "-ts",
            *targets,
        ],
        cwd=ROOT,
        check=True,
    )


def untranslated(path: Path) -> list[str]:
    """Source texts of ``path`` with no finished translation."""
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> int:
    status = 0
    for code in SHIPPED:
        missing = untranslated(ts_path(code))
        if missing:
            status = 1
            print(f"{ts_path(code).name}: {len(missing)} untranslated string(s):", file=sys.stderr)
            for text in missing:
                print(f"  {text}", file=sys.stderr)
    return status


def compile_all(force: bool = False) -> list[Path]:
    """Build each .qm from its .ts when missing or older; returns the .qm files."""
    built = []
    for code in SHIPPED:
        ts, qm = ts_path(code), ts_path(code).with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts from the code")
    parser.add_argument("--check", action="store_true", help="fail on untranslated strings")
    args = parser.parse_args(argv)
    if args.update:
        update()
    if args.check:
        return check()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
