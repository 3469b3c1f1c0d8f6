"""Voting on the shared screen and by ballot, as a facilitator does it in the app."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from answering import answer_next_question
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from voting_workshop import build, item, person

from facilitator.plan import edits as ops
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits
from ui.pages.base import StepPage


@pytest.fixture
def page(main_window, qtbot):
    build(main_window.controller.store)
    main_window.controller.session_changed.emit()
    main_window.show_step("threat_ranking")
    page = main_window.page("threat_ranking")
    assert type(page).__name__ == "ThreatRankingPage"
    return page


def vote_of(path, name, label, criterion):
    """What the session file holds, read straight from disk (the app keeps it open and locked)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            "SELECT COALESCE(value, answer) FROM votes v JOIN participants p ON p.id = v.participant_id "
            "JOIN items i ON i.id = v.target_id WHERE p.name = ? AND i.label = ? AND criterion = ?",
            (name, label, criterion),
        ).fetchone()
        return row and row[0]


def choose(qtbot, page: StepPage, name: str):
    pid = person(page.store, name).id
    qtbot.mouseClick(page.panel.picker.buttons[pid], Qt.MouseButton.LeftButton)
    return page.panel.grid


def shown(grid) -> list[list[str]]:
    model = grid.grid
    return [
        [model.index(r, c).data() or "" for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_keys_vote_refuse_out_of_scale_and_stay_secret(page, main_window, qtbot, session_path):
    grid = choose(qtbot, page, "Ani Sargsyan")
    assert page.panel.scope_box.currentText() == "Armenia (AM)"
    assert grid.hasFocus() and (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)
    qtbot.keyClick(grid, "2")  # importance of the first driver; moves on to capacity
    qtbot.keyClick(grid, "4")  # capacity is 1–3: refused with the reason, not clamped
    assert "outside the capacity scale (1–3)" in page.panel.reason.text()
    qtbot.keyClick(grid, Qt.Key.Key_Minus)
    qtbot.keyClick(grid, "4")  # importance 4: refused too
    assert "outside the importance scale (0–3)" in page.panel.reason.text()
    qtbot.keyClick(grid, "3")
    assert shown(grid)[:2] == [["2", "-"], ["3", ""]]
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # Enter: down to the next item, same criterion
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (2, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (3, 1)
    assert vote_of(session_path, "Ani Sargsyan", "Weak law enforcement", "importance") == 2
    assert vote_of(session_path, "Ani Sargsyan", "Weak law enforcement", "capacity") == "unknown"
    board = page.panel.board.progress
    assert [board.index(r, 1).data() for r in range(board.rowCount())][:2] == ["3 / 8", "0 / 8"]

    grid = choose(qtbot, page, "Gor Petrosyan")  # the next voter sees none of Ani's entries
    assert all(cell == "" for row in shown(grid) for cell in row)
    assert not page.revealed

    answer_next_question(yes=True)  # some voters have not voted yet
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert page.revealed and page.tabs.currentIndex() == 1
    table = page.overall_table.figures
    law = next(r for r in table.rows if r[0].text == "Weak law enforcement")
    assert [c.text for c in law[1:3]] == ["2.0", "-"]
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert not page.revealed and page.reveal_button.text() == "Reveal results"


def test_change_a_vote_keeps_history_and_undo_brings_it_back(
    page, main_window, qtbot, session_path
):
    grid = choose(qtbot, page, "Şule Yıldız")
    qtbot.keyClick(grid, "1")
    cell = grid.grid.index(0, 1)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(cell).center())
    qtbot.keyClick(grid, "3")  # she changes her mind
    assert shown(grid)[0][0] == "3"
    assert vote_of(session_path, "Şule Yıldız", "Weak law enforcement", "importance") == 3
    store = page.store
    befores = [
        r["before"] for r in store.rows("SELECT before FROM history_changes WHERE tbl = 'votes'")
    ]
    assert any(b and '"value": 1.0' in b for b in befores)

    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(grid)[0][0] == "1"
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(cell).center())
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert shown(grid)[0][0] == ""
    main_window.controller.close()
    assert vote_of(session_path, "Şule Yıldız", "Weak law enforcement", "importance") == "empty"


def test_a_participant_votes_for_a_second_country(page, qtbot, session_path):
    grid = choose(qtbot, page, "Şule Yıldız")
    box = page.panel.scope_box
    box.setCurrentIndex([box.itemText(i) for i in range(box.count())].index("Iraq (IQ)"))
    box.activated.emit(box.currentIndex())
    store = page.store
    sule = person(store, "Şule Yıldız").id
    button = page.panel.picker.buttons[sule]
    for _ in range(7):
        qtbot.keyClick(grid, "2")
    assert not button.text().startswith("✓")
    qtbot.keyClick(grid, "2")  # the eighth and last cell: she is done
    assert button.text() == "✓ Şule Yıldız"
    assert {
        r["scope"] for r in store.rows("SELECT scope FROM votes WHERE participant_id = ?", (sule,))
    } == {"IQ"}


def test_ballot_export_fill_bad_cell_fix_and_reimport(
    page, main_window, qtbot, tmp_path, session_path
):
    paths = page.export_ballots(tmp_path / "ballots")
    path = next(p for p in paths if "Karwan" in p.name)
    wb = load_workbook(path)
    sheet = wb.active
    header = next(r[0].row for r in sheet.iter_rows() if r[2].value == "Importance")
    sheet.cell(header + 1, 3).value = "3"
    sheet.cell(header + 1, 4).value = "1,5"
    sheet.cell(header + 3, 3).value = 5  # a 5 on a 0–3 scale
    wb.save(path)

    dialog = page.import_ballots([path])
    qtbot.addWidget(dialog)
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 2).text() == str(header + 3)
    assert "outside the importance scale" in dialog.problems.item(0, 4).text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert page.store.scalar("SELECT COUNT(*) FROM votes") == 0

    sheet.cell(header + 3, 3).value = 2  # the participant corrects the ballot
    wb.save(path)
    dialog = page.import_ballots([path])
    qtbot.addWidget(dialog)
    assert dialog.problems.rowCount() == 0 and dialog.import_button.isEnabled()
    assert dialog.changes.item(0).text().startswith("Karwan Aziz for IQ: 3 new")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    board = page.panel.board.progress
    done = {board.index(r, 0).data(): board.index(r, 1).data() for r in range(board.rowCount())}
    assert done["Karwan Aziz"] == "3 / 8" and done["Ani Sargsyan"] == "0 / 8"
    assert vote_of(session_path, "Karwan Aziz", "Weak law enforcement", "capacity") == 1.5
    assert vote_of(session_path, "Karwan Aziz", "Prey depletion", "importance") == 2

    main_window.controller.undo()  # the whole import is one step
    assert page.store.scalar("SELECT COUNT(*) FROM votes WHERE answer != 'empty'") == 0
    main_window.controller.redo()

    sheet.cell(header + 1, 3).value = "1"  # he changes his mind and sends the ballot again
    wb.save(path)
    dialog = page.import_ballots([path])
    qtbot.addWidget(dialog)
    assert "1 changed" in dialog.changes.item(0).text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert vote_of(session_path, "Karwan Aziz", "Weak law enforcement", "importance") == 1

    page.set_revealed(True)
    rows = {r[0].text: [c.text for c in r[1:]] for r in page.overall_table.figures.rows}
    assert rows["Weak law enforcement"] == ["1.0", "1.5"]  # only Karwan (IQ) voted: Zagros = IQ
    assert rows["Prey depletion"][0] == "2.0"
    main_window.controller.close()
    with SessionStore.open(session_path, backup=False) as s:
        karwan = person(s, "Karwan Aziz").id
        assert (
            s.scalar(
                "SELECT COUNT(*) FROM votes WHERE answer = 'number' AND participant_id = ?",
                (karwan,),
            )
            == 3
        )
        assert (
            s.scalar(
                "SELECT value FROM votes WHERE participant_id = ? AND target_id = ? AND criterion = 'importance'",
                (karwan, item(s, "Weak law enforcement")),
            )
            == 1
        )


def test_opening_another_session_starts_with_nobody_voting(page, main_window, qtbot, tmp_path):
    grid = choose(qtbot, page, "Ani Sargsyan")
    qtbot.keyClick(grid, "2")
    other = tmp_path / "other.zopp"
    store = SessionStore.create(other)
    build(store)
    store.close()
    main_window.open_session(other)
    assert page.panel.voter_label.text() == "Choose who is voting"
    assert page.panel.grid.grid.rowCount() == 0
    assert page.store.scalar("SELECT COUNT(*) FROM votes") == 0


def test_the_voting_view_grows_with_the_zoom(page, main_window, qtbot):
    choose(qtbot, page, "Ani Sargsyan")
    before = page.panel.voter_label.font().pointSizeF(), page.panel.grid.font().pointSizeF()
    assert before[0] > page.panel.font().pointSizeF()  # the voter's name is large on the projector
    main_window.set_zoom(1.6)
    after = page.panel.voter_label.font().pointSizeF(), page.panel.grid.font().pointSizeF()
    assert after[0] > before[0] * 1.4 and after[1] > before[1] * 1.4


def test_three_voters_in_a_row_by_keyboard_alone(page, main_window, qtbot, session_path):
    grid = page.panel.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)  # nobody chosen yet: the first voter
    assert page.panel.voter_label.text() == "Ani Sargsyan"
    for key in "21322132":
        qtbot.keyClick(grid, key)
    assert "Saved" in page.panel.reason.text()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert page.panel.voter_label.text() == "Gor Petrosyan"
    assert page.panel.reason.text().strip() == ""  # Ani's last score is not left on the screen
    assert all(cell == "" for row in shown(grid) for cell in row)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)
    for key in "3-1":
        qtbot.keyClick(grid, key)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert page.panel.voter_label.text() == "Şule Yıldız"
    qtbot.keyClick(grid, "0")
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)  # back to Gor: his own entries only
    assert shown(grid)[:2] == [["3", "-"], ["1", ""]]
    main_window.controller.close()
    assert vote_of(session_path, "Ani Sargsyan", "Road mortality", "capacity") == 2
    assert vote_of(session_path, "Gor Petrosyan", "Weak law enforcement", "capacity") == "unknown"
    assert vote_of(session_path, "Şule Yıldız", "Weak law enforcement", "importance") == 0


def test_a_working_group_member_finds_their_region_when_chosen_again(page, qtbot):
    store = page.store
    gor, lena = person(store, "Gor Petrosyan").id, person(store, "Lena Brandt").id
    law = item(store, "Weak law enforcement")
    store.apply(vote_edits.set_vote(gor, "region", "Caucasus", "item", law, "importance", 3))
    store.apply(vote_edits.set_vote(lena, "region", "Zagros", "item", law, "importance", 1))
    grid = choose(qtbot, page, "Gor Petrosyan")  # he voted with the Caucasus working group
    assert page.panel.scope_box.currentText() == "Caucasus (region)"
    assert shown(grid)[0] == ["3", ""]
    grid = choose(qtbot, page, "Lena Brandt")  # the international expert spoke for Zagros
    assert page.panel.scope_box.currentText() == "Zagros (region)"
    assert shown(grid)[0] == ["1", ""]
    grid = choose(qtbot, page, "Ani Sargsyan")  # nothing yet: her own country
    assert page.panel.scope_box.currentText() == "Armenia (AM)"


def test_ballot_problems_are_shown_in_full(page, qtbot, tmp_path):
    path = next(p for p in page.export_ballots(tmp_path / "ballots") if "Gor" in p.name)
    wb = load_workbook(path)
    sheet = wb.active
    header = next(r[0].row for r in sheet.iter_rows() if r[2].value == "Importance")
    sheet.cell(header + 1, 3).value = "=1+1"  # a formula never computed: no result saved
    wb.save(path)
    dialog = page.import_ballots([path])
    qtbot.addWidget(dialog)
    dialog.resize(700, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.problems
    message = table.item(0, 4).text()
    assert "formula =1+1 without a result" in message
    rect = table.visualRect(table.model().index(0, 4))
    needed = table.fontMetrics().boundingRect(
        0, 0, rect.width() - 10, 10000, Qt.TextFlag.TextWordWrap, message
    )
    assert needed.height() > table.fontMetrics().height()  # the message takes two lines here
    assert rect.height() >= needed.height()  # and the row shows both


def test_an_undo_by_the_next_voter_names_whose_vote_it_took_back(page, main_window, qtbot):
    grid = choose(qtbot, page, "Ani Sargsyan")
    qtbot.keyClick(grid, "3")
    grid = choose(qtbot, page, "Gor Petrosyan")
    assert "Ani Sargsyan" in main_window.controller.undo_text()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    said = main_window.statusBar().currentMessage()
    assert "Undone" in said and "Ani Sargsyan" in said and "3" not in said
    assert page.store.scalar("SELECT COUNT(*) FROM votes WHERE answer = 'number'") == 0


def test_the_items_stay_in_view_at_projector_zoom(page, main_window, qtbot):
    main_window.set_zoom(1.3)
    grid = choose(qtbot, page, "Ani Sargsyan")
    qtbot.keyClick(grid, "2")  # on to the capacity column, at the right edge
    qtbot.wait(50)
    widths = sum(grid.columnWidth(c) for c in range(grid.grid.columnCount()))
    assert widths <= grid.viewport().width()
    assert grid.columnViewportPosition(0) == 0  # the names are not scrolled off to the left
    assert grid.columnWidth(0) >= 150


def test_digits_typed_on_a_persian_or_arabic_layout_are_scores(page, qtbot, session_path):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    grid = choose(qtbot, page, "Karwan Aziz")
    for text in ("۳", "٢"):  # Persian three, Arabic-Indic two
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(grid, event)
    assert shown(grid)[0] == ["3", "2"]
    page.controller.close()
    assert vote_of(session_path, "Karwan Aziz", "Weak law enforcement", "importance") == 3
    assert vote_of(session_path, "Karwan Aziz", "Weak law enforcement", "capacity") == 2


def test_a_vote_for_iran_in_zagros_changes_the_zagros_column_alone(page, qtbot, session_path):
    store = page.store
    store.apply(ops.add_country("IR", "Iran", ["Caucasus", "Zagros"]))
    store.apply(ops.add_participant("Reza Karimi", "Ministry", "IR"))
    law = item(store, "Weak law enforcement")
    for name, country, value in (("Ani Sargsyan", "AM", 1), ("Karwan Aziz", "IQ", 3)):
        store.apply(
            vote_edits.set_vote(
                person(store, name).id, "country", country, "item", law, "importance", value
            )
        )
    page.refresh()
    answer_next_question(yes=True)  # some voters have not voted
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    region = page.region_table.figures
    before = [c.text for c in next(r for r in region.rows if r[0].text == "Weak law enforcement")]
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)  # hide again to vote
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)  # the reveal closed the vote

    grid = choose(qtbot, page, "Reza Karimi")
    box = page.panel.scope_box
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels[:3] == ["Iran (IR)", "Iran — in Caucasus", "Iran — in Zagros"]
    box.setCurrentIndex(labels.index("Iran — in Zagros"))
    box.activated.emit(box.currentIndex())
    qtbot.keyClick(grid, "1")  # importance of the first driver, Weak law enforcement

    with closing(sqlite3.connect(f"file:{session_path}?mode=ro", uri=True)) as conn:
        saved = conn.execute(
            "SELECT scope, region, value FROM votes v JOIN participants p ON p.id = v.participant_id "
            "WHERE p.name = 'Reza Karimi'"
        ).fetchall()
    assert saved == [("IR", "Zagros", 1.0)]
    answer_next_question(yes=True)
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    after = [c.text for c in next(r for r in region.rows if r[0].text == "Weak law enforcement")]
    heads = region.headers
    changed = [heads[n] for n, (a, b) in enumerate(zip(before, after)) if a != b]
    # Zagros: IQ 3 and Iran's group 1 → 2.0 (bracketed); overall (1 + 2) / 2 follows it.
    assert changed == ["Importance overall", "Importance Z"]
    assert after[heads.index("Importance Z")] == "2.0 (IQ 3) (IR 1)"
    assert after[heads.index("Importance C")] == before[heads.index("Importance C")]


def test_the_equal_figures_setting_adds_brackets_and_is_kept_in_the_file(page, qtbot, session_path):
    store = page.store
    law = item(store, "Weak law enforcement")
    for name, country in (("Ani Sargsyan", "AM"), ("Şule Yıldız", "TR")):
        store.apply(
            vote_edits.set_vote(
                person(store, name).id, "country", country, "item", law, "importance", 2
            )
        )
    page.refresh()
    answer_next_question(yes=True)  # some voters have not voted: reveal anyway
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    region = page.region_table.figures
    caucasus = region.headers.index("Importance C")

    def shown() -> str:
        return next(r for r in region.rows if r[0].text == "Weak law enforcement")[caucasus].text

    assert shown() == "2.0"
    page.equal_box.click()
    assert shown() == "2.0 (AM 2) (TR 2)"
    page.controller.close()
    with closing(sqlite3.connect(f"file:{session_path}?mode=ro", uri=True)) as conn:
        kept = conn.execute(
            "SELECT value FROM meta WHERE key = 'results.brackets_show_equal'"
        ).fetchone()
    assert kept == ("1",)
