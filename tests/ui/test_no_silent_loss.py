"""Nothing is lost without a word: removals say what went with them, unticking a voter says
how many votes stop counting, typing reaches the file at once, messages stay with their step."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from PySide6.QtCore import Qt
from voting_workshop import build, item, person

from facilitator.plan import model
from facilitator.voting.edits import VoteKey, set_votes
from ui.actions import ActionId


def read(path, sql, args=()):
    """What the session file holds, read straight from disk while the app keeps it open."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(sql, args).fetchall()


def workshop(main_window):
    store = main_window.controller.store
    build(store)
    codes = ["AM", "TR", "IQ"]
    voters = [person(store, n).id for n in ("Ani Sargsyan", "Gor Petrosyan", "Şule Yıldız")]
    activities = [r["id"] for r in store.rows("SELECT id FROM activities ORDER BY number")]
    store.apply(
        set_votes(
            "votes",
            [
                (VoteKey(pid, "country", code, "activity", aid, "priority"), 3)
                for pid in voters
                for code in codes
                for aid in activities
            ],
        )
    )
    driver = item(store, "Weak law enforcement")
    store.apply(
        set_votes(
            "scores",
            [(VoteKey(pid, "country", "AM", "item", driver, "importance"), 2) for pid in voters],
        )
    )
    main_window.controller.session_changed.emit()
    return store


def select_and_delete(qtbot, tree, number: str) -> None:
    key = tree.key_of_number(number)
    item_ = tree.rows[key]
    rect = tree.visualItemRect(item_)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(tree, Qt.Key.Key_Delete)


def test_removing_an_objective_says_what_went_with_it_until_the_next_action(
    main_window, qtbot, session_path
):
    store = workshop(main_window)
    main_window.go_to_step("objectives")
    outline = main_window.page("objectives").outline
    select_and_delete(qtbot, outline.tree, "1")
    bar = main_window.statusBar()
    assert bar.currentMessage() == (
        "Removed objective 1 with 1 result, 3 activities and 27 priority votes "
        "— Ctrl+Z brings them back."
    )
    assert read(session_path, "SELECT COUNT(*) FROM votes WHERE criterion='priority'") == [(0,)]
    qtbot.wait(50)
    assert bar.currentMessage().startswith("Removed objective 1")  # stays: no time-out
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not bar.currentMessage().startswith("Removed")  # the next action ends it
    assert read(session_path, "SELECT COUNT(*) FROM votes WHERE criterion='priority'") == [(27,)]
    assert len(model.outline(store)) == 1


def test_removing_a_driver_names_its_scores(main_window, qtbot):
    workshop(main_window)
    main_window.go_to_step("problem_tree")
    drivers = main_window.page("problem_tree").lists["driver"]
    drivers.setFocus()
    drivers.setCurrentIndex(drivers.records.index(0, 0))
    qtbot.keyClick(drivers, Qt.Key.Key_Delete)
    assert main_window.statusBar().currentMessage() == (
        'Removed driver "Weak law enforcement" with 3 ranking scores — Ctrl+Z brings them back.'
    )


def test_unticking_votes_says_how_many_votes_stop_counting(main_window, qtbot):
    store = workshop(main_window)
    main_window.go_to_step("session")
    page = main_window.page("session")
    people = page.participants
    row = next(
        r for r, rec in enumerate(people.records.records) if rec.values["name"] == "Ani Sargsyan"
    )
    column = next(c for c, col in enumerate(people.records.columns) if col.key == "votes")
    index = people.records.index(row, column)
    people.setFocus()
    people.setCurrentIndex(index)
    qtbot.keyClick(people, Qt.Key.Key_Space)
    assert not person(store, "Ani Sargsyan").votes
    assert main_window.statusBar().currentMessage() == (
        "Ani Sargsyan no longer votes: 10 of their votes stop counting "
        "(tick the box again or press Ctrl+Z to count them)."
    )


def test_every_step_has_a_key(main_window, qtbot):
    for key, step in (
        (Qt.Key.Key_L, "logframe"),
        (Qt.Key.Key_M, "monitoring"),
        (Qt.Key.Key_E, "export"),
    ):
        main_window.navigator.setFocus()
        qtbot.keyClick(
            main_window.navigator,
            key,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert main_window.current_step() == step
    shortcuts = [a.shortcut().toString() for a in main_window.step_actions.values()]
    assert all(shortcuts) and len(set(shortcuts)) == len(shortcuts)
    others = {a.shortcut().toString() for a in main_window.actions.values()} - {""}
    assert not others & set(shortcuts)


def test_the_status_message_stays_with_its_step(main_window, qtbot):
    main_window.go_to_step("vision")
    main_window.controller.message.emit("Type a Vision first; an empty draft is not kept.")
    assert main_window.statusBar().currentMessage()
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_step() == "goal"
    assert main_window.statusBar().currentMessage() == ""


def test_typing_reaches_the_file_within_a_third_of_a_second(main_window, qtbot, session_path):
    main_window.go_to_step("vision")
    editor = main_window.page("vision").editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Leopards roam the whole range")
    assert "saving" in main_window.windowTitle()
    assert "all changes saved" not in main_window.windowTitle()
    qtbot.wait(300)
    assert read(session_path, "SELECT body FROM texts WHERE kind='vision' AND adopted=1") == [
        ("Leopards roam the whole range",)
    ]
    assert "all changes saved" in main_window.windowTitle()
    # focus leaving the editor saves at once
    qtbot.keyClicks(editor, ".")
    main_window.navigator.setFocus()
    assert read(session_path, "SELECT body FROM texts WHERE kind='vision' AND adopted=1") == [
        ("Leopards roam the whole range.",)
    ]
    assert ActionId.UNDO in main_window.actions


def test_reveal_asks_when_voters_entered_nothing_and_closes_the_vote(
    main_window, qtbot, session_path
):
    from answering import answer_next_question, asked

    from facilitator.voting import closing

    store = workshop(main_window)  # three of five voters gave priorities; none for two
    main_window.go_to_step("prioritisation")
    page = main_window.page("prioritisation")
    asked.clear()
    answer_next_question(yes=False)
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert asked == ["2 of 5 voters have not voted — reveal anyway?"]
    assert not page.revealed and not closing.is_closed(store, "prioritisation")
    answer_next_question(yes=True)
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert page.revealed
    assert read(session_path, "SELECT COUNT(*) FROM meta WHERE key='vote.prioritisation.closed'")
    assert closing.is_closed(store, "prioritisation")
    # a vote typed now is refused, and says so
    page.set_revealed(False)
    page.panel.choose_voter(person(store, "Karwan Aziz").id)
    qtbot.keyClick(page.panel.grid, Qt.Key.Key_2)
    assert read(
        session_path,
        "SELECT COUNT(*) FROM votes v JOIN participants p ON p.id = v.participant_id "
        "WHERE p.name = 'Karwan Aziz'",
    ) == [(0,)]
    assert page.reopen_button.isVisible()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert not closing.is_closed(store, "prioritisation")
    qtbot.keyClick(page.panel.grid, Qt.Key.Key_2)
    assert read(
        session_path,
        "SELECT COUNT(*) FROM votes v JOIN participants p ON p.id = v.participant_id "
        "WHERE p.name = 'Karwan Aziz'",
    ) == [(1,)]


def test_any_text_field_reaches_the_file_after_a_pause(main_window, qtbot, session_path):
    store = workshop(main_window)
    main_window.go_to_step("activities")
    outline = main_window.page("activities").outline
    tree = outline.tree
    key = tree.key_of_number("1.1.1")
    rect = tree.visualItemRect(tree.rows[key])
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    from PySide6.QtWidgets import QWidget

    field = next(w for w in outline.findChildren(QWidget, "field-indicator") if w.isVisible())
    field.setFocus()
    qtbot.keyClicks(field, "Camera traps in ")
    qtbot.wait(300)
    assert read(session_path, "SELECT indicator FROM activities WHERE id = ?", (key[1],)) == [
        ("Camera traps in",)
    ]
    qtbot.keyClicks(field, "10 areas")  # the space typed before the pause is still there
    qtbot.wait(300)
    assert field.text() == "Camera traps in 10 areas"
    assert read(session_path, "SELECT indicator FROM activities WHERE id = ?", (key[1],)) == [
        ("Camera traps in 10 areas",)
    ]
    # a workshop detail on the first page too
    main_window.go_to_step("session")
    venue = main_window.page("session").meta_edits["place"]
    venue.setFocus()
    qtbot.keyClicks(venue, "Tehran ")
    qtbot.wait(300)
    qtbot.keyClicks(venue, "Zoo")
    qtbot.wait(300)
    assert venue.text() == "Tehran Zoo"
    assert store.meta().get("place") == "Tehran Zoo"


def test_a_new_item_typed_with_pauses_is_one_record_in_the_file(main_window, qtbot, session_path):
    from PySide6.QtWidgets import QApplication

    from ui.problem_tree.item_lists import ItemTable

    main_window.go_to_step("problem_tree")
    page = main_window.page("problem_tree")
    drivers = next(t for t in page.findChildren(ItemTable) if t.kind == "driver")
    drivers.setFocus()
    drivers.setCurrentIndex(drivers.records.index(drivers.records.rowCount() - 1, 0))
    qtbot.keyClick(drivers, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Poison")
    assert "saving typing…" in main_window.windowTitle()
    qtbot.waitUntil(
        lambda: read(session_path, "SELECT label FROM items") == [("Poison",)], timeout=300
    )
    assert "all changes saved" in main_window.windowTitle()
    qtbot.keyClicks(editor, "ing of prey")  # the same record goes on changing, none is added
    qtbot.wait(300)
    assert read(session_path, "SELECT label FROM items") == [("Poisoning of prey",)]
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter stores nothing twice and opens the next
    qtbot.keyClicks(QApplication.focusWidget(), "Roads")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert read(session_path, "SELECT label FROM items ORDER BY id") == [
        ("Poisoning of prey",),
        ("Roads",),
    ]
    assert [i.label for i in model.items(main_window.controller.store)] == [
        "Poisoning of prey",
        "Roads",
    ]


def test_a_name_is_kept_after_a_pause_but_a_code_only_whole(main_window, qtbot, session_path):
    from PySide6.QtWidgets import QApplication

    from facilitator.plan import edits as ops

    main_window.controller.apply(ops.add_country("AM", "Armenia"))
    main_window.go_to_step("session")
    countries = main_window.page("session").countries
    countries.setFocus()
    countries.setCurrentIndex(countries.records.index(0, 1))  # the name
    qtbot.keyClick(countries, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Republic of Armenia")
    qtbot.wait(400)  # a pause: the name is in the file, the editor still open
    assert read(session_path, "SELECT code, name FROM countries") == [("AM", "Republic of Armenia")]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    countries.setCurrentIndex(countries.records.index(0, 0))  # the code: kept only whole
    qtbot.keyClick(countries, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "A")
    qtbot.wait(400)
    assert read(session_path, "SELECT code FROM countries") == [("AM",)]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert read(session_path, "SELECT code FROM countries") == [("AM",)]
