"""Names in every script are drawn with real glyphs in the app, Georgian capitals included."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication

from tests.core.test_fonts import SCRIPT_NAMES
from ui.resources import register_fonts


def glyph_runs(text: str):
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout.glyphRuns()


@pytest.mark.parametrize("name", SCRIPT_NAMES)
def test_no_name_is_drawn_as_boxes(qtbot, name):
    assert "Noto Sans Georgian" in register_fonts()
    runs = glyph_runs(name)
    assert runs
    for run in runs:
        assert 0 not in run.glyphIndexes(), f"{name}: a box in {run.rawFont().familyName()}"


def test_georgian_capitals_come_from_the_bundled_font(qtbot):
    register_fonts()
    families = {run.rawFont().familyName() for run in glyph_runs("Ნინო")}
    assert "Noto Sans Georgian" in families
