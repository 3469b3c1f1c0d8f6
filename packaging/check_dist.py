"""Check the one-file executable as a user would (``make dist-test``).

Runs ``dist/zopp-facilitator`` from a scratch folder: pictures of every step of the bundled
sample (in English and in Persian), the LogFrame PDF in English and Russian from its own
command line, and a bad file refused with one sentence. Prints the file's size and how long
each run took beside the same run from the sources (``python -m ui`` / ``python -m facilitator``).

    python packaging/check_dist.py dist/zopp-facilitator
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"
STEPS = 12


def every_step(shots: list[Path]) -> bool:
    """A picture of each of the twelve steps ('01-session.png' …), besides the extra views
    (results revealed, the presenter view)."""
    return {f"{n:02d}" for n in range(1, STEPS + 1)} <= {p.name[:2] for p in shots}


def run(cmd: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    return done, time.perf_counter() - start


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=False
    ).stdout


def expect(condition: bool, what: str, done: subprocess.CompletedProcess | None = None) -> None:
    if not condition:
        detail = f"\n{done.stdout}\n{done.stderr}" if done is not None else ""
        raise SystemExit(f"FAILED: {what}{detail}")
    print(f"ok  {what}")


def main(exe_arg: str) -> int:
    exe = Path(exe_arg).resolve()
    expect(exe.is_file() and os.access(exe, os.X_OK), f"{exe} is an executable file")
    print(f"size: {exe.stat().st_size / 1e6:.1f} MB")
    source = [sys.executable, "-m"]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        os.environ["PYTHONPATH"] = str(ROOT)
        timings = []

        done, took = run([str(exe), "--screenshots", str(work / "en")], work)
        shots = sorted((work / "en").glob("*.png"))
        expect(done.returncode == 0 and every_step(shots), "screenshots of the sample", done)
        expect(all(p.stat().st_size > 10_000 for p in shots), "every picture has content")
        _, source_took = run([*source, "ui", "--screenshots", str(work / "src"), str(SAMPLE)], ROOT)
        timings.append(("12 screenshots of the sample", took, source_took))

        done, _ = run([str(exe), "--language", "fa", "--screenshots", str(work / "fa")], work)
        expect(
            done.returncode == 0 and every_step(list((work / "fa").glob("*.png"))),
            "screenshots in Persian",
            done,
        )

        out = work / "logframe.pdf"
        done, took = run([str(exe), "export", str(SAMPLE), "logframe", "-o", str(out)], work)
        expect(done.returncode == 0 and "Objective" in pdf_text(out), "LogFrame PDF", done)
        _, source_took = run(
            [*source, "facilitator", "export", str(SAMPLE), "logframe", "-o", str(work / "s.pdf")],
            ROOT,
        )
        timings.append(("export logframe", took, source_took))

        out = work / "logframe-ru.pdf"
        done, _ = run(
            [str(exe), "export", str(SAMPLE), "logframe", "-o", str(out), "--language", "ru"], work
        )
        expect(done.returncode == 0 and "Цель" in pdf_text(out), "LogFrame PDF in Russian", done)

        bad = work / "not-a-session.zopp"
        bad.write_text("hello")
        done, _ = run([str(exe), "info", str(bad)], work)
        expect(
            done.returncode == 1
            and len(done.stderr.strip().splitlines()) == 1
            and "Traceback" not in done.stderr,
            "a foreign file is refused with one sentence",
            done,
        )
        done, took = run([str(exe), "--help"], work)
        _, source_took = run([*source, "ui", "--help"], ROOT)
        expect(done.returncode == 0 and "--language" in done.stdout, "--help", done)
        timings.append(("--help (start-up)", took, source_took))

    print(f"{'run':32} {'one file':>9} {'sources':>9}")
    for what, one_file, sources in timings:
        print(f"{what:32} {one_file:8.2f}s {sources:8.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist/zopp-facilitator"))
