"""How long the app and the command take to start, each as a whole new process.

Measured side by side, several runs each (medians):
- bare:   a bare PySide6 window showing a 30 x 5 table (the yardstick);
- app:    the app's window with the sample session on screen (a fresh copy each run);
- help:   ``facilitator --help``;
- info:   ``facilitator info`` on the sample.

Targets: app <= 2.5 x bare, help <= 0.2 s, info <= 0.4 s. Offscreen Qt.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
table = QTableWidget(30, 5)
for r in range(30):
    for c in range(5):
        table.setItem(r, c, QTableWidgetItem(f"cell {r}.{c}"))
table.resize(1280, 720)
table.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from ui.main_window import MainWindow
window = MainWindow()
if not window.open_session(sys.argv[1]):
    sys.exit("the sample did not open")
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


CPU: dict[str, list[float]] = {}


def run(argv: list[str], env: dict[str, str], name: str = "") -> float:
    """Wall time of one whole process; its CPU time (user + system) goes into ``CPU[name]``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(name, []).append(cpu)
    return wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    py = sys.executable
    times: dict[str, list[float]] = {"bare": [], "app": [], "help": [], "info": []}
    with tempfile.TemporaryDirectory(prefix="zopp-startup-") as scratch:
        # Compiled modules are cached, as in an installed app (pip compiles them on install),
        # in a folder of their own so the working tree stays clean.
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "PYTHONPYCACHEPREFIX": str(Path(scratch) / "pycache"),
        }
        copy = Path(scratch) / SAMPLE.name
        run([py, "-c", "import ui.main_window, facilitator.cli.commands"], env)  # warm caches
        for _ in range(args.runs):
            times["bare"].append(run([py, "-c", BARE], env, "bare"))
            for leftover in Path(scratch).glob("persian-leopard-2022*"):
                leftover.unlink()
            shutil.copy(SAMPLE, copy)
            times["app"].append(run([py, "-c", APP, str(copy), scratch], env, "app"))
            times["help"].append(run([py, "-m", "facilitator", "--help"], env, "help"))
            info = [py, "-m", "facilitator", "info", str(SAMPLE)]
            times["info"].append(run(info, env, "info"))
    median = {name: statistics.median(values) for name, values in times.items()}
    cpu = {name: statistics.median(values) for name, values in CPU.items()}
    load = os.getloadavg()[0]
    print(f"runs: {args.runs} each, whole process, offscreen; load average {load:.1f}")
    print(f"  {'':<36} {'wall (median, min-max)':>28}   cpu (median)")
    for name, label in (
        ("bare", "bare PySide6 window, 30 x 5 table"),
        ("app", "the app with the sample on screen"),
        ("help", "facilitator --help"),
        ("info", "facilitator info SAMPLE"),
    ):
        low, high = min(times[name]), max(times[name])
        print(f"  {label:<36} {median[name]:6.3f} s  ({low:.3f}-{high:.3f})    {cpu[name]:6.3f} s")
    ratio = median["app"] / median["bare"]
    cpu_ratio = cpu["app"] / cpu["bare"]
    print(f"  app / bare window                    {ratio:6.2f} x {'':17}{cpu_ratio:6.2f} x")
    print("targets (wall): app <= 2.5 x bare, help <= 0.2 s, info <= 0.4 s")
    if load > 1.5:
        print(f"(the machine is busy, load {load:.1f}: wall times include waiting for a core)")
    met = ratio <= 2.5 and median["help"] <= 0.2 and median["info"] <= 0.4
    print("targets met" if met else "targets NOT met (wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
