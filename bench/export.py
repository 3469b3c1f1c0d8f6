"""Benchmark of the documents: whole-process time to export the LogFrame PDF and the minutes.

Each run starts a fresh Python process that opens the session and writes one
document, so imports, font loading and layout all count, as when a rapporteur
runs ``facilitator export``. Uses the sample workshop
(sample_sessions/persian-leopard-2022.zopp); without it, the synthetic workshop
of bench/run.py.

Usage:  .venv/bin/python bench/export.py [--runs 5] [--session FILE] [--language en|ru|fa|tr]

``--language fa`` measures the Persian documents (every paragraph shaped and placed right to
left, every table mirrored).

Prints the median, fastest and slowest time per document and its page count,
and the time a process takes only to start and import the libraries.
Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"
DOCUMENTS = [("logframe", ".pdf"), ("minutes", ".pdf"), ("tables", ".pdf"), ("tables", ".xlsx")]
IMPORTS_ONLY = (
    "import facilitator.session.store, facilitator.documents.logframe_pdf, facilitator.documents.minutes_pdf, "
    "facilitator.documents.spreadsheet\n"
)
SCRIPT = (
    "import sys\n"
    "from facilitator.session.store import SessionStore\n"
    "from facilitator.documents import export_document\n"
    "store = SessionStore.open(sys.argv[1], backup=False)\n"
    "export_document(store, sys.argv[2], sys.argv[3], sys.argv[4])\n"
    "store.close()\n"
)


def synthetic_session(folder: Path) -> Path:
    """bench/run.py's large workshop, written to a file."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from run import build_workshop  # type: ignore[import-not-found]

    from facilitator.session.store import SessionStore

    path = folder / "synthetic.zopp"
    store = SessionStore.create(path, "Synthetic workshop")
    build_workshop(store, random.Random(7))
    store.close()
    return path


def time_export(session: Path, kind: str, out: Path, language: str = "en") -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", SCRIPT, str(session), kind, str(out), language],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def time_imports() -> float:
    """The part of every run spent starting Python and importing pandas, reportlab and openpyxl."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", IMPORTS_ONLY], check=True, cwd=ROOT)
    return time.perf_counter() - start


def pages(path: Path) -> str:
    if path.suffix != ".pdf" or not shutil.which("pdfinfo"):
        return ""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"Pages:\s+(\d+)", info)
    return found.group(1) if found else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--session", type=Path)
    parser.add_argument("--language", default="en", choices=("en", "ru", "fa", "tr"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = args.session or (SAMPLE if SAMPLE.exists() else synthetic_session(folder))
        session = folder / "bench.zopp"
        shutil.copy(source, session)
        print(f"session: {source.name}, {args.runs} runs, one new process each, in {args.language}")
        print(f"{'document':<16}{'median s':>10}{'min s':>8}{'max s':>8}{'pages':>7}")
        imports = [time_imports() for _ in range(args.runs)]
        print(
            f"{'(imports only)':<16}{statistics.median(imports):>10.2f}{min(imports):>8.2f}{max(imports):>8.2f}"
        )
        for kind, ext in DOCUMENTS:
            out = folder / f"out-{kind}{ext}"
            times = [time_export(session, kind, out, args.language) for _ in range(args.runs)]
            print(
                f"{kind + ext:<16}{statistics.median(times):>10.2f}{min(times):>8.2f}{max(times):>8.2f}"
                f"{pages(out):>7}"
            )


if __name__ == "__main__":
    main()
