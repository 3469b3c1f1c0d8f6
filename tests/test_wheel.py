"""Installed from a wheel, the app works: the sample builds from its packaged data, the
``facilitator`` command exports a PDF with its fonts embedded, and the window opens with its
icons and styles (offscreen).

Fast: the wheel is built without build isolation, and the fresh venv gets no copies of the
dependencies: a ``.pth`` file points it at the shared venv's packages (no network at all).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns(
    ".git", ".venv", "work", "build", "dist", "*.egg-info", "__pycache__", "*.zopp*"
)

WINDOW = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
import facilitator, ui
from ui import resources
from ui.main_window import MainWindow
window = MainWindow()
assert window.open_session(sys.argv[1]), "the session did not open"
window.show()
app.processEvents()
print(facilitator.__file__)
print(ui.__file__)
print(len(resources.known("icons")), len(resources.known("styles")), len(resources.known("fonts")))
print(window.windowTitle())
print(len(app.styleSheet()))
"""


def run(argv: list[str], cwd: Path, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        argv,
        cwd=cwd,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{argv[:3]} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv holding the project only as installed from its wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp), "."], source)
    (wheel,) = tmp.glob("zopp_facilitator-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "DejaVuSans.ttf",
        "NotoSansArabic-Regular.ttf",
        ".svg",
        ".qss",
        "threat_ranking.csv",
    ):
        assert any(n.endswith(needed) for n in names), f"the wheel holds no {needed}"

    venv = tmp / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    run([base, "-m", "venv", "--without-pip", str(venv)], tmp)
    python = venv / "bin" / "python"
    site = Path(
        run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], tmp
        ).strip()
    )
    # The dependencies, from the shared venv, as a plain path: its own .pth files (an
    # editable install of this project) are not read from there.
    (site / "shared-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    run([*pip, "--python", str(python), "install", "-q", "--no-deps", str(wheel)], tmp)
    return venv


def test_the_installed_command_builds_the_sample_and_exports_a_pdf_with_its_fonts(
    installed, tmp_path
):
    session = tmp_path / "sample.zopp"
    run(
        [str(installed / "bin" / "python"), "-m", "facilitator.sample.build", str(session)],
        tmp_path,
    )
    out = tmp_path / "logframe.pdf"
    facilitator = str(installed / "bin" / "facilitator")
    run([facilitator, "export", str(session), "logframe", "-o", str(out)], tmp_path)
    fonts = run(["pdffonts", str(out)], tmp_path)
    assert "DejaVuSans" in fonts and " yes " in fonts  # the packaged font, embedded
    text = run(["pdftotext", "-layout", str(out), "-"], tmp_path)
    assert "Persian Leopard" in text
    info = run([facilitator, "info", str(session)], tmp_path)
    assert "Persian Leopard" in info


def test_the_installed_app_opens_its_window_with_icons_and_styles(installed, tmp_path):
    session = tmp_path / "sample.zopp"
    python = str(installed / "bin" / "python")
    run([python, "-m", "facilitator.sample.build", str(session)], tmp_path)
    settings = tmp_path / "settings"
    settings.mkdir()
    lines = run(
        [python, "-c", WINDOW, str(session), str(settings)], tmp_path, QT_QPA_PLATFORM="offscreen"
    ).splitlines()
    core, app, counts, title, style = lines[-5:]
    assert core.startswith(str(installed)) and app.startswith(str(installed))
    icons, styles, fonts = map(int, counts.split())
    assert icons > 0 and styles > 0 and fonts >= 4
    assert "sample" in title
    assert int(style) > 0  # the stylesheet was read from the installed package
