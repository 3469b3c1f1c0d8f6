"""High contrast keeps every figure readable: each text/background pair reaches WCAG AA (4.5:1)
in both themes — every heat-map colour, the voting grid's cells, the stylesheets' pairs and every
label of every step of the sample workshop."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QLabel

from ui import resources
from ui.contrast import AA, ratio
from ui.voting.grid import cell_colour
from ui.voting.results import SCALE, Cell, FigureTableModel
from ui.voting.results import heat as heat_colour

THEMES = ("default", "high-contrast")


def test_every_heat_map_colour_reads_in_either_theme():
    model = FigureTableModel()
    for criterion, (low, high) in SCALE.items():
        steps = 60
        values = [low + (high - low) * n / steps for n in range(steps + 1)]
        model.set_table(
            ["Item", "Score"],
            [[Cell("x"), Cell(f"{v:.2f}", value=v, criterion=criterion)] for v in values],
        )
        for row, value in enumerate(values):
            index = model.index(row, 1)
            background = model.data(index, Qt.ItemDataRole.BackgroundRole)
            ink = model.data(index, Qt.ItemDataRole.ForegroundRole)
            assert background is not None and ink is not None
            # the ink is the model's, so the theme's text colour (white in high contrast) never
            # lands on a pale cell: the same pair in both themes
            assert ratio(ink, background) >= AA, (criterion, value, background.name(), ink.name())


def test_the_lowest_score_is_never_drawn_like_missing_data():
    for criterion, (low, _high) in SCALE.items():
        lowest = heat_colour(low, criterion)
        assert lowest is not None and lowest != QColor("white")
        assert heat_colour(None, criterion) is None  # missing: no colour at all


def test_section_headings_and_vote_cells_carry_their_own_ink():
    model = FigureTableModel()
    model.set_table(["Item", "Score"], [[Cell("Drivers")]])
    index = model.index(0, 0)
    background = model.data(index, Qt.ItemDataRole.BackgroundRole)
    assert ratio(model.data(index, Qt.ItemDataRole.ForegroundRole), background) >= AA
    from ui.contrast import ink_for

    for answer in (None, ("empty", None), ("unknown", None), ("number", 2.0)):
        assert ratio(ink_for(cell_colour(answer)), cell_colour(answer)) >= AA


def _pairs(css: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) of every rule that sets both."""
    out = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        props = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body))
        if "color" in props and "background" in props:
            out.append((selector.strip(), props["color"].strip(), props["background"].strip()))
        if "selection-color" in props:
            out.append(
                (selector.strip(), props["selection-color"], props["selection-background-color"])
            )
    return out


@pytest.mark.parametrize("name", THEMES)
def test_every_pair_in_the_stylesheets_reaches_aa(name):
    css = resources.stylesheet(name)
    pairs = _pairs(css)
    assert pairs or name == "default"
    for selector, ink, background in pairs:
        assert ratio(QColor(ink), QColor(background)) >= AA, (name, selector, ink, background)
    page = "black" if name == "high-contrast" else "#efefef"
    for tone, ink in re.findall(r'QLabel\[tone="(\w+)"\]\s*\{\s*color:\s*([#\w]+)', css):
        assert ratio(QColor(ink), QColor(page)) >= AA, (name, tone, ink)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_label_of_every_step_reads(qtbot, sample_path, high_contrast):
    from facilitator.plan.glossary import STEPS
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    assert window.open_session(sample_path)
    window.show()
    qtbot.waitExposed(window)
    window.set_high_contrast(high_contrast)
    failures = []
    for s in STEPS:
        window.show_step(s.id)
        page = window.pages[s.id]
        if hasattr(page, "set_revealed"):
            page.set_revealed(True)
        qtbot.wait(20)
        for label in page.findChildren(QLabel) + [window.step_title]:
            if not label.isVisible() or not label.text().strip():
                continue
            label.ensurePolished()
            palette = label.palette()
            ink = palette.color(label.foregroundRole())
            background = palette.color(label.backgroundRole())
            if ratio(ink, background) < AA:
                failures.append(
                    (s.id, label.objectName(), label.text()[:30], ink.name(), background.name())
                )
    window.set_high_contrast(False)
    window.close()
    assert not failures


def _themes(window, qtbot):
    for high_contrast in (False, True):
        window.set_high_contrast(high_contrast)
        qtbot.wait(20)
        yield high_contrast
    window.set_high_contrast(False)


def test_monitoring_statuses_and_notes_read_in_either_theme(sample_window, qtbot):
    """'done' was #2e7d32 on black in high contrast: 4.1:1. Every status now reads (≥ 4.5:1)."""
    from ui.contrast import shown_ink
    from ui.monitoring.activity_tree import STATUS_COLOURS
    from ui.monitoring.overview_view import style

    window = sample_window
    window.go_to_step("monitoring")
    page = window.page("monitoring")
    tree = page.tree
    shown = [item for item in tree.items() if item.text(1)]
    assert {"ongoing", "not started"} <= {item.text(1) for item in shown}
    sample = shown[0]
    for high_contrast in _themes(window, qtbot):
        for item in shown:
            ink, background = shown_ink(tree, tree.indexFromItem(item, 1))
            assert background == (QColor("black") if high_contrast else QColor("white"))
            assert ratio(ink, background) >= AA, (high_contrast, item.text(1), ink.name())
        for status, colour in STATUS_COLOURS.items():  # 'done' too, which the sample lacks
            sample.setForeground(1, QBrush(QColor(colour)))
            ink, background = shown_ink(tree, tree.indexFromItem(sample, 1))
            assert ratio(ink, background) >= AA, (high_contrast, status, ink.name())
        # the overview: headings keep black ink on their pale colours, notes a readable grey
        page_colour = page.overview.palette().color(QPalette.ColorRole.Base)
        css = style(page_colour)
        for selector, ink, background in _pairs(css):
            assert ratio(QColor(ink), QColor(background)) >= AA, (selector, ink, background)
        muted = re.search(r"\.n\{color:(#\w+)", css).group(1)
        assert ratio(QColor(muted), page_colour) >= AA


def test_problem_tree_links_and_the_chart_read_in_either_theme(sample_window, qtbot):
    from ui.contrast import WHITE, shown_ink
    from ui.voting.chart import COLOURS

    window = sample_window
    window.go_to_step("problem_tree")
    links = window.page("problem_tree").links.links
    assert links.count() > 0
    for _high_contrast in _themes(window, qtbot):
        for row in range(links.count()):
            ink, background = shown_ink(links, links.model().index(row, 0))
            assert ratio(ink, background) >= AA, (links.item(row).text(), ink.name())
    for kind, colour in COLOURS.items():  # white numbers on the dots, legend text on white
        assert ratio(WHITE, colour) >= AA, kind
