"""Voting rounds in the app: close, open round 2 on the disputed items, vote, pick a round."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from answering import answer_next_question
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_voting import choose, shown
from voting_workshop import build, item, person
from windows import open_window

from facilitator.session.store import SessionStore
from facilitator.voting import closing as vote_closing
from ui.voting.rounds import NextRoundDialog

LAW = "Weak law enforcement"


@pytest.fixture
def page(main_window, qtbot):
    build(main_window.controller.store)
    main_window.controller.session_changed.emit()
    main_window.show_step("threat_ranking")
    return main_window.page("threat_ranking")


def click(qtbot, button) -> None:
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_votes(qtbot, page, name: str, keys: str) -> None:
    grid = choose(qtbot, page, name)
    for key in keys:
        qtbot.keyClick(grid, key)


def pick(box, text: str) -> None:
    """Choose an entry of a combo box as a user does (the entry, then its 'activated')."""
    labels = [box.itemText(i) for i in range(box.count())]
    box.setCurrentIndex(labels.index(text))
    box.activated.emit(box.currentIndex())


def figures(page, label: str) -> list[str]:
    rows = page.overall_table.figures.rows
    return [c.text for c in next(r for r in rows if r[0].text == label)[1:3]]


def test_close_open_round_two_on_the_wide_items_vote_and_pick_a_round(
    page, main_window, qtbot, session_path
):
    # Round 1: Armenia's two delegates disagree on the first driver (1 and 3), agree on the next.
    type_votes(qtbot, page, "Ani Sargsyan", "1222")
    type_votes(qtbot, page, "Gor Petrosyan", "3222")
    assert page.tabs.tabText(0) == "Vote" and not page.next_round_button.isVisible()

    click(qtbot, page.close_button)
    assert vote_closing.is_closed(page.store, "threat_ranking")
    assert "Voting is closed" in main_window.statusBar().currentMessage()
    assert page.next_round_button.isVisible() and not page.close_button.isVisible()

    click(qtbot, page.next_round_button)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NextRoundDialog)
    spread = dialog.findChild(type(dialog.spread), "round-spread")
    assert dialog.wide.isChecked() and spread.value() == 2
    assert dialog.count.text() == "1 of 4 items are asked again: Weak law enforcement"
    qtbot.keyClick(spread, Qt.Key.Key_Up)  # a spread of 3: nobody disagrees that much
    assert "no item is asked again" in dialog.count.text() and not dialog.ok.isEnabled()
    qtbot.keyClick(spread, Qt.Key.Key_Down)
    click(qtbot, dialog.ok)

    assert page.tabs.tabText(0) == "Vote — round 2" and page.tabs.currentIndex() == 0
    assert "Round 2 is open on 1 item(s)" in main_window.statusBar().currentMessage()
    assert not vote_closing.is_closed(page.store, "threat_ranking")
    grid = choose(qtbot, page, "Ani Sargsyan")
    assert [t.label for t in grid.grid.targets] == [LAW]  # only the disputed item is asked
    assert shown(grid) == [["", ""]]  # asked afresh
    type_votes(qtbot, page, "Ani Sargsyan", "3")
    type_votes(qtbot, page, "Gor Petrosyan", "3")

    answer_next_question(yes=True)  # three voters have not voted
    click(qtbot, page.reveal_button)
    box = page.round_box
    assert box.isVisible()
    assert [box.itemText(i) for i in range(box.count())] == [
        "Round 2 (now)",
        "Round 1",
        "Round 1 → 2 compared",
    ]
    assert figures(page, LAW) == ["3.0", "Not filled in"]  # its capacity is asked afresh too
    assert figures(page, "Inadequate livestock husbandry") == ["2.0", "2.0"]  # kept
    pick(box, "Round 1")
    assert figures(page, LAW) == ["2.0", "2.0"]
    assert page.figures_stack.currentIndex() == 0
    pick(box, "Round 1 → 2 compared")
    assert page.figures_stack.currentIndex() == 1 and page.compare_table.isVisible()
    table = page.compare_table.figures
    assert table.headers[:3] == ["Driver or threat", "Criterion", "Round 1 mean"]
    law = [[c.text for c in r] for r in table.rows if r[0].text == LAW]
    assert law == [
        [LAW, "Importance", "2.0", "2", "2", "3.0", "0", "2"],
        [LAW, "Capacity", "2.0", "0", "2", "Not filled in", "", "0"],
    ]
    pick(box, "Round 2 (now)")
    assert figures(page, LAW) == ["3.0", "Not filled in"]

    main_window.controller.close()
    with closing(sqlite3.connect(f"file:{session_path}?mode=ro", uri=True)) as conn:
        kept = conn.execute(
            "SELECT p.name, r.criterion, r.value FROM round_votes r JOIN participants p "
            "ON p.id = r.participant_id JOIN items i ON i.id = r.target_id "
            "WHERE r.round = 1 AND i.label = ? ORDER BY p.name, r.criterion",
            (LAW,),
        ).fetchall()
        now = conn.execute(
            "SELECT p.name, v.criterion, v.value FROM votes v JOIN participants p "
            "ON p.id = v.participant_id JOIN items i ON i.id = v.target_id WHERE i.label = ? "
            "ORDER BY p.name, v.criterion",
            (LAW,),
        ).fetchall()
        opened = conn.execute("SELECT round, reopened FROM vote_rounds ORDER BY round").fetchall()
    assert kept == [
        ("Ani Sargsyan", "capacity", 2.0),
        ("Ani Sargsyan", "importance", 1.0),
        ("Gor Petrosyan", "capacity", 2.0),
        ("Gor Petrosyan", "importance", 3.0),
    ]
    assert now == [("Ani Sargsyan", "importance", 3.0), ("Gor Petrosyan", "importance", 3.0)]
    with SessionStore.open(session_path, backup=False) as again:
        assert opened == [(1, "all"), (2, f"[{item(again, LAW)}]")]


def test_undo_of_a_grid_vote_is_refused_while_the_vote_is_closed(
    page, main_window, qtbot, session_path
):
    type_votes(qtbot, page, "Ani Sargsyan", "2")
    # The vote is closed through a second connection to the file (the way the live server's
    # own connection writes), so the window's undo stack still ends with the grid vote.
    other = SessionStore.attach(session_path)
    other.apply(vote_closing.close_vote("threat_ranking"))
    other.close()
    history = page.store.scalar("SELECT COUNT(*) FROM history")
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    said = main_window.statusBar().currentMessage()
    assert said.startswith("Cannot undo 'set importance vote by Ani Sargsyan': Threat ranking is")
    assert "closed" in said
    ani = person(page.store, "Ani Sargsyan").id
    assert page.store.scalar("SELECT COUNT(*) FROM history") == history
    main_window.controller.close()
    with SessionStore.open(session_path, backup=False) as again:
        assert (
            again.scalar(
                "SELECT value FROM votes WHERE participant_id = ? AND target_id = ?",
                (ani, item(again, LAW)),
            )
            == 2
        )


def test_undoing_the_close_reopens_the_vote(page, main_window, qtbot, session_path):
    type_votes(qtbot, page, "Ani Sargsyan", "2")
    click(qtbot, page.close_button)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not vote_closing.is_closed(page.store, "threat_ranking")
    assert page.close_button.isVisible() and not page.reopen_button.isVisible()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the vote
    main_window.controller.close()
    with SessionStore.open(session_path, backup=False) as again:
        assert not vote_closing.is_closed(again, "threat_ranking")
        assert again.scalar("SELECT COUNT(*) FROM votes WHERE answer = 'number'") == 0


def test_prioritisation_opens_a_round_on_every_activity_and_compares_it(
    main_window, qtbot, session_path
):
    build(main_window.controller.store)
    main_window.controller.session_changed.emit()
    main_window.show_step("prioritisation")
    page = main_window.page("prioritisation")
    type_votes(qtbot, page, "Ani Sargsyan", "123")
    click(qtbot, page.close_button)
    click(qtbot, page.next_round_button)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NextRoundDialog) and dialog.spread.maximum() == 2
    click(qtbot, dialog.every)
    assert dialog.count.text() == "All 3 items are asked again."
    click(qtbot, dialog.ok)
    assert page.tabs.tabText(0) == "Vote — round 2"
    grid = choose(qtbot, page, "Ani Sargsyan")
    assert len(grid.grid.targets) == 3 and shown(grid) == [[""], [""], [""]]
    type_votes(qtbot, page, "Ani Sargsyan", "3")
    answer_next_question(yes=True)
    click(qtbot, page.reveal_button)
    pick(page.round_box, "Round 1 → 2 compared")
    table = page.compare_table.figures
    assert table.headers[:2] == ["Activity", "Criterion"]
    assert [c.text for c in table.rows[0][1:]] == ["Priority", "1.00", "0", "1", "3.00", "0", "1"]
    pick(page.round_box, "Round 1")
    overall = [r[-1].text for r in page.table.figures.rows]
    assert overall == ["1.00", "2.00", "3.00"]


@pytest.mark.parametrize("language", ["ru", "fa", "tr"])
def test_the_rounds_controls_speak_the_language(qtbot, tmp_path, language):
    import shutil

    from test_languages import ALLOWED, SAMPLE, data_words, english_left, visible_texts

    from ui import i18n
    from ui.translations.build import compile_all

    compile_all()
    assert i18n.install(language) == language
    try:
        session = tmp_path / "sample.zopp"
        shutil.copy(SAMPLE, session)
        window = open_window(qtbot, session)
        window.show_step("threat_ranking")
        page = window.page("threat_ranking")
        page.close_voting()
        texts = visible_texts(window)  # Reopen voting, Next round…, the status bar
        dialog = page.next_round_dialog()
        dialog.open()
        qtbot.waitExposed(dialog)
        texts += visible_texts(window)  # the dialog is the page's child
        assert any(name == "round-count" for name, _ in texts)
        dialog.accept()
        page.close_voting()
        page.set_revealed(True)
        texts += visible_texts(window)  # the round picker, round 2's results
        pick(page.round_box, page.round_box.itemText(2))
        texts += visible_texts(window)  # the comparison
        allowed = ALLOWED | data_words(session) | {"III"}  # "Appendix III" keeps its numeral
        left = english_left(texts, allowed, language)
        window.controller.close()
        assert not left, left
    finally:
        i18n.install("en")
