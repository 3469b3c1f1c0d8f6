"""The window adds up and shows every result table without pandas (the roll-up is SQL sums and
plain Python): a fresh interpreter opens the sample, reveals both votes and shows every result
tab, then reports which of the heavy libraries were imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

SCRIPT = """
import os, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
w = MainWindow()
w.open_session(sys.argv[1])
w.resize(1280, 720)
w.show()
app.processEvents()
rows = []
for step in ("threat_ranking", "prioritisation"):
    w.show_step(step)
    page = w.page(step)
    page.set_revealed(True)
    app.processEvents()
    if step == "threat_ranking":
        for n in range(page.result_tabs.count()):
            page.result_tabs.setCurrentIndex(n)
            app.processEvents()
        rows.append(len(page.region_table.figures.rows))
    else:
        rows.append(len(page.table.figures.rows))
import json
print(json.dumps({"rows": rows, "pandas": "pandas" in sys.modules,
                  "sqlite_utils": "sqlite_utils" in sys.modules}))
sys.stdout.flush()
os._exit(0)
"""


def test_the_window_shows_every_result_table_without_importing_pandas(sample_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(sample_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert all(n > 20 for n in seen["rows"])  # the by-region and priorities tables are filled
    assert (seen["pandas"], seen["sqlite_utils"]) == (False, False)
