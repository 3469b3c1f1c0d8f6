"""Zoom never cuts: at 100–200 % and at 1280×720 and 1920×1080, the voting screen shows every
voter's name (Persian included), its title, headings and items whole, without sideways
scrolling; the step list collapses to numbers when titles would take too much; LogFrame rows and
the problem tree's boxes grow with the zoom."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from facilitator.voting.state import voters
from ui.voting.grid import BREAKS, heading_lines

ZOOMS = (1.0, 1.4, 1.6, 2.0)
SIZES = ((1280, 720), (1920, 1080))


def fits(fm: QFontMetrics, text: str, width: int) -> bool:
    return fm.horizontalAdvance(text) <= width


def zoom_to(qtbot, window, factor: float, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.set_zoom(factor, remember=False)
    qtbot.wait(150)  # the panel arranges itself once the restyling is over


@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1920x1080"])
def test_the_voting_screen_never_cuts_at_any_zoom(sample_window, qtbot, size):
    window = sample_window
    window.go_to_step("threat_ranking")
    page = window.page("threat_ranking")
    store = window.controller.store
    persian = next(p for p in voters(store) if any("\u0600" <= ch <= "\u06ff" for ch in p.name))
    page.panel.choose_voter(persian.id)
    for factor in ZOOMS:
        zoom_to(qtbot, window, factor, size)
        panel, grid = page.panel, page.panel.grid
        where = f"{size} at {round(factor * 100)} %"
        # the voter's name, Persian letters included, whole above the grid (on a short screen
        # in the voters' drop-down that takes the list's place)
        if panel.compact:
            box = panel.voter_box
            room = box.width() - 2 * box.fontMetrics().averageCharWidth()
            assert box.isVisible() and fits(box.fontMetrics(), persian.name, room), where
            assert not panel.picker.isVisible()
        else:
            label = panel.voter_label
            assert fits(label.fontMetrics(), persian.name, label.contentsRect().width()), where
        # every voter's button shows the whole name
        for button in panel.picker.buttons.values() if not panel.compact else []:
            text_room = button.width() - 2 * button.fontMetrics().averageCharWidth()
            for line in button.text().split("\n"):  # a long name wraps, never cut
                assert fits(button.fontMetrics(), line, text_room), (where, line)
        # the grid: no sideways scrolling, every column inside the view
        bar = grid.horizontalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() == 0, timeout=1000)
        columns = sum(grid.columnWidth(c) for c in range(grid.model().columnCount()))
        assert columns <= grid.viewport().width(), where
        # headings whole: each line of a score heading within its column
        heads = grid._heading_metrics()
        for column, criterion in enumerate(grid.criteria(), start=1):
            for line in heading_lines(criterion):
                assert fits(heads, line, grid.columnWidth(column) - 8), (where, line)
        # items wrap at spaces, never cut inside a word ('Unsustai…')
        fm = grid.fontMetrics()
        for target in grid.grid.targets:
            for word in BREAKS.split(target.label):
                assert fits(fm, word, grid.columnWidth(0) - 8), (where, word)
        # the page itself does not scroll sideways
        holder = window._holders["threat_ranking"]
        assert holder.horizontalScrollBar().maximum() == 0, where


def test_the_step_list_collapses_to_numbers_when_zoomed(sample_window, qtbot):
    window = sample_window
    nav = window.navigator
    zoom_to(qtbot, window, 1.0, (1920, 1080))
    assert not nav.compact and nav.item(9).text().endswith("10. LogFrame")
    zoom_to(qtbot, window, 1.6, (1280, 720))
    assert nav.compact and nav.item(9).text().endswith("10")
    assert "LogFrame" in nav.item(9).toolTip()
    assert nav.width() <= 0.12 * window.width()
    for factor in ZOOMS:
        for size in SIZES:
            zoom_to(qtbot, window, factor, size)
            fm = nav.fontMetrics()
            for row in range(nav.count()):
                assert fits(fm, nav.item(row).text(), nav.viewport().width() - 8), (factor, size)


def test_logframe_rows_and_the_diagram_grow_with_the_zoom(sample_window, qtbot):
    window = sample_window
    window.go_to_step("logframe")
    matrix = window.page("logframe").matrix
    bold_rows = [
        r for r in range(matrix.rowCount()) if matrix.item(r, 1) and matrix.item(r, 1).font().bold()
    ]
    assert bold_rows
    before = matrix.item(bold_rows[0], 1).font().pointSizeF()
    window.set_zoom(1.6, remember=False)
    assert matrix.item(bold_rows[0], 1).font().pointSizeF() >= before * 1.5
    window.go_to_step("problem_tree")
    scene = window.page("problem_tree").scene
    qtbot.wait(20)
    zoomed = scene.font.pointSizeF()
    window.set_zoom(1.0, remember=False)
    qtbot.wait(20)
    assert scene.font.pointSizeF() < zoomed


def test_pagedown_hands_the_grid_on_as_soon_as_the_step_is_shown(sample_window, qtbot):
    window = sample_window
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.page("threat_ranking")
    assert page.panel.grid.hasFocus() or window.focusWidget() is page.panel.grid
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown)
    first = voters(window.controller.store)[0]
    assert page.panel.voter_id == first.id


def test_priorities_fit_twelve_countries_and_filter_the_top(sample_window, qtbot):
    window = sample_window
    zoom_to(qtbot, window, 1.0, (1280, 720))
    window.go_to_step("prioritisation")
    page = window.page("prioritisation")
    page.set_revealed(True)
    qtbot.wait(100)
    table = page.table
    headers = table.figures.headers
    assert len(headers) >= 12 + 3  # Activity, Text, 12 countries, Overall
    total = sum(table.columnWidth(c) for c in range(len(headers)))
    assert total <= table.viewport().width()  # every country and Overall on screen at once
    everyone = len(table.figures.rows)
    box = page.limit_box
    box.setFocus()
    box.setCurrentIndex(box.findText("Top 10 overall"))
    box.activated.emit(box.currentIndex())
    rows = table.figures.rows
    assert len(rows) == 10 < everyone
    overall = [r[-1].value for r in rows]
    assert min(overall) >= max(
        r[-1].value for r in page._all_rows[1] if r not in rows and r[-1].value is not None
    )
    box.setCurrentIndex(box.findText("Overall 2.5 or more"))
    box.activated.emit(box.currentIndex())
    assert all(r[-1].value >= 2.5 for r in table.figures.rows)


@pytest.mark.parametrize("factor", [1.0, 1.6], ids=["100%", "160%"])
def test_the_by_region_table_fits_the_width_and_cuts_nothing(sample_window, qtbot, factor):
    """Appendix III at 1280×720: every figure column, Importance's and Capacity's under their
    group headings, on screen at once; brackets wrapped (whole while there is room), the items
    wrapped at spaces and slashes — no sideways scrolling and no text cut anywhere."""
    import re

    from PySide6.QtGui import QFont

    window = sample_window
    window.set_high_contrast(True)
    zoom_to(qtbot, window, factor, (1280, 720))
    window.go_to_step("threat_ranking")
    page = window.page("threat_ranking")
    page.set_revealed(True)
    page.result_tabs.setCurrentIndex(1)
    qtbot.wait(100)
    table, band = page.region_table, page.region_table.band
    for country in (None, "IR"):  # also with a country compared: 12 figure columns
        if country:
            box = page.country_box
            box.setFocus()
            box.setCurrentIndex(box.findData(country))
            box.activated.emit(box.currentIndex())
            qtbot.wait(100)
        where = f"{round(factor * 100)} % with {country or 'no country'}"
        count = table.model().columnCount()
        assert count == (13 if country else 11), where
        qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=1000)
        assert sum(table.columnWidth(c) for c in range(count)) <= table.viewport().width(), where
        assert window._holders["threat_ranking"].horizontalScrollBar().maximum() == 0, where
        fm = table.fontMetrics()
        for row, cells in enumerate(table.figures.rows):
            if len(cells) == 1:
                continue  # a section heading across the row
            for column, cell in enumerate(cells):
                shown = table.model().index(row, column).data()
                width = table.columnWidth(column) - 8
                if cell.criterion and cell.text != "Not filled in":
                    assert shown.replace("\u00a0", " ") == cell.text, (where, shown)  # whole
                pieces = re.split(r"(?<=/)| " if column == 0 else " ", shown)
                for piece in pieces:  # each unbreakable piece within its column: nothing cut
                    assert fm.horizontalAdvance(piece) <= width, (where, row, column, piece)
                wrapped = fm.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, shown)
                assert wrapped.height() <= table.rowHeight(row), (where, row, column, shown)
        bold = QFont(table.horizontalHeader().font())
        bold.setBold(True)
        heads = QFontMetrics(bold)
        for column in range(count):
            for line in table.figures.shown_heading(column).split("\n"):
                assert heads.horizontalAdvance(line) <= table.columnWidth(column) - 8, (where, line)
        assert band.isVisible()
        groups = [
            band.model().headerData(s, Qt.Orientation.Horizontal) for s in range(band.count())
        ]
        assert groups == ["", "Importance", "Capacity"], where
        for section in (1, 2):
            assert heads.horizontalAdvance(groups[section]) <= band.sectionSize(section) - 8
        # the group headings stand over their own columns
        assert band.sectionSize(0) == table.columnWidth(0)
        assert band.sectionSize(1) == sum(table.columnWidth(c) for c in range(1, count // 2 + 1))
    window.set_high_contrast(False)


def _rows_in_view(grid) -> tuple[int, int]:
    """(rows wholly in the grid's view, rows at least partly in it)."""
    view = grid.viewport().rect()
    rects = [grid.visualRect(grid.model().index(r, 0)) for r in range(grid.model().rowCount())]
    return sum(view.contains(r) for r in rects), sum(view.intersects(r) for r in rects)


@pytest.mark.parametrize("step", ["threat_ranking", "prioritisation"])
def test_at_200_percent_on_a_720_pixel_screen_the_grid_shows_several_items(
    sample_window, qtbot, step, sample_path
):
    """A short screen folds the voters' list into a drop-down beside the scope, the grid takes
    the whole width, and items other than the one being voted on show two lines ('…'): several
    items on screen, the current one whole. Voting by keyboard works as before."""
    window = sample_window
    window.set_high_contrast(True)
    window.go_to_step(step)
    page = window.page(step)
    panel, grid = page.panel, page.panel.grid
    first, second = voters(window.controller.store)[:2]
    panel.choose_voter(first.id)
    for _ in range(5):  # Ctrl + five times: 100 % → 200 %
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 2.0
    qtbot.waitUntil(lambda: panel.compact, timeout=2000)
    assert not panel.picker.isVisible() and not panel.voter_label.isVisible()
    box = panel.voter_box
    assert box.isVisible() and box.currentText() == first.name
    fm = box.fontMetrics()  # the name whole in the drop-down
    assert fm.horizontalAdvance(first.name) <= box.width() - 2 * fm.averageCharWidth()
    qtbot.wait(100)
    whole, shown = _rows_in_view(grid)
    assert whole >= (3 if step == "threat_ranking" else 2) and shown >= 3, (whole, shown)
    assert grid.horizontalScrollBar().maximum() == 0
    # the current item shows its whole text; the others at most two lines
    line = grid.fontMetrics().height()
    width = grid.columnWidth(0) - 12
    for row in range(grid.model().rowCount()):
        label = grid.grid.targets[row].label
        needed = grid.fontMetrics().boundingRect(
            0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, label
        )
        if row == grid.currentIndex().row():
            assert grid.rowHeight(row) >= needed.height(), label
        else:
            assert grid.rowHeight(row) <= 3 * line
    # typing still scores, Down moves on and that item opens whole, PageDown hands on
    grid.setFocus()
    grid.first_cell()
    scored = (grid.grid.targets[0].id, grid.criteria()[0])
    scope = panel.scope
    qtbot.keyClick(grid, Qt.Key.Key_2)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    row = grid.currentIndex().row()
    label = grid.grid.targets[row].label
    needed = grid.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, label)
    assert grid.rowHeight(row) >= needed.height()
    assert grid.viewport().rect().contains(grid.visualRect(grid.currentIndex()))
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert panel.voter_id == second.id and box.currentText() == second.name
    # the drop-down chooses a voter too
    box.setCurrentIndex(box.findData(first.id))
    box.activated.emit(box.currentIndex())
    assert panel.voter_id == first.id
    window.close()
    from facilitator.session.store import SessionStore
    from facilitator.voting.state import own_votes

    with SessionStore.open(sample_path, backup=False) as store:
        assert own_votes(store, first.id, scope, page.kind)[scored] == ("number", 2.0)


def test_f9_folds_the_step_list_away_and_the_grid_takes_its_width(sample_window, qtbot):
    window = sample_window
    window.go_to_step("prioritisation")
    page = window.page("prioritisation")
    page.panel.choose_voter(voters(window.controller.store)[0].id)
    zoom_to(qtbot, window, 2.0, (1280, 720))
    grid = page.panel.grid
    before = grid.columnWidth(0)
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_F9)
    qtbot.wait(150)
    assert not window.navigator.isVisible()
    assert grid.columnWidth(0) > before  # the items' text gains the step list's width
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == "threat_ranking"  # steps are still a key away
    from ui import settings

    assert settings.get("step_list") is False
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.navigator.isVisible() and settings.get("step_list") is True


@pytest.mark.parametrize("factor", [1.6, 2.0], ids=["160%", "200%"])
def test_zoomed_vote_tabs_stay_whole_and_the_ballot_buttons_fold_into_more(
    sample_window, qtbot, factor, sample_path
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    from facilitator.session.store import SessionStore
    from facilitator.voting import closing

    window = sample_window
    window.go_to_step("threat_ranking")
    page = window.page("threat_ranking")
    zoom_to(qtbot, window, factor, (1280, 720))
    bar = page.tabs.tabBar()
    assert bar.width() >= bar.sizeHint().width()  # no tab cut, no scroll arrows
    assert page.more_button.isVisible() and not page.close_button.isVisible()
    assert page.reveal_button.isVisible()

    def choose(text: str) -> None:
        def pick() -> None:
            menu = QApplication.activePopupWidget()
            if not isinstance(menu, QMenu):
                QTimer.singleShot(20, pick)
                return
            titles = [a.text() for a in menu.actions()]
            assert "Import ballots…" in titles and "Reopen voting" not in titles, titles
            next(a for a in menu.actions() if a.text() == text).trigger()
            menu.close()

        QTimer.singleShot(0, pick)
        qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)

    choose("Close voting")
    qtbot.waitUntil(lambda: closing.is_closed(window.controller.store, "threat_ranking"))
    zoom_to(qtbot, window, 1.0, (1920, 1080))  # room again: every button beside the tabs
    assert not page.more_button.isVisible() and page.reopen_button.isVisible()
    window.close()
    with SessionStore.open(sample_path, backup=False) as store:
        assert closing.is_closed(store, "threat_ranking")


def test_no_step_scrolls_sideways_at_any_zoom_on_a_1280_pixel_screen(sample_window, qtbot):
    """Every step, the Monitoring one's bar of review fields and buttons included (it wraps
    onto further rows), fits the width of a 1280×720 projector from 100 % to 200 %."""
    from facilitator.plan.glossary import STEPS

    window = sample_window
    window.set_high_contrast(True)
    for factor in ZOOMS:
        zoom_to(qtbot, window, factor, (1280, 720))
        for s in STEPS:
            window.show_step(s.id)
            qtbot.wait(60)
            bar = window._holders[s.id].horizontalScrollBar()
            assert bar.maximum() == 0, (s.id, factor)
    page = window.page("monitoring")
    window.show_step("monitoring")
    for key, edit in page.review_edits.items():  # every review field whole on screen
        assert edit.isVisible() and page.rect().contains(
            edit.mapTo(page, edit.rect().bottomRight())
        ), key
    window.set_high_contrast(False)


@pytest.mark.parametrize("factor", [1.6, 1.8, 2.0], ids=["160%", "180%", "200%"])
@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
def test_zoomed_participants_keep_each_word_whole(sample_window, qtbot, high_contrast, factor):
    """At 160–200 % on 1280×720 the participants' columns give up room to the affiliation, but
    never below a word: the role reads 'Participant', not 'Participa…'; every heading is whole
    ('Countries' over the regions' countries), the places standing above the participants where
    the two do not fit side by side; nothing scrolls sideways."""
    window = sample_window
    window.show_step("session")
    window.set_high_contrast(high_contrast)
    zoom_to(qtbot, window, factor, (1280, 720))
    page = window.page("session")
    qtbot.waitUntil(lambda: not page.split._later.isActive(), timeout=2000)
    for table in (page.participants, page.countries, page.regions):
        qtbot.waitUntil(lambda t=table: not t._fit_timer.isActive(), timeout=2000)
        fm = table.fontMetrics()
        header = table.horizontalHeader()
        for position, column in enumerate(table.records.columns):
            where = (factor, table.objectName(), column.key)
            # the heading whole: its column at least as wide as the heading asks
            assert header.sectionSizeHint(position) <= table.columnWidth(position), where
            if column.stretch:
                continue
            for row in range(table.records.rowCount()):
                text = table.records.data(table.records.index(row, position))
                for word in re.split(r"\s+|(?<=-)", str(text or "")):
                    assert fm.horizontalAdvance(word) <= table.columnWidth(position) - 12, (
                        column.key,
                        word,
                    )
        assert sum(table.columnWidth(c) for c in range(table.records.columnCount())) <= (
            table.viewport().width()
        )
    assert page.split.folded == (factor >= 1.8)  # side by side while they fit
    assert window._holders["session"].horizontalScrollBar().maximum() == 0
