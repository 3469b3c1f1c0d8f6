"""Objectives → Results → Activities, built by keyboard and read back from the file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.session.store import SessionStore
from ui.actions import ActionId


def outline_page(main_window, step: str):
    main_window.show_step(step)
    return main_window.page(step).outline


def type_unicode(widget, text: str) -> None:
    """Type any script: one key event per character, carrying its text."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def add_rows(qtbot, outline, texts: list[str]) -> None:
    """Type each text into the new-row line and press Enter; the line stays ready for the next."""
    line = outline.add_line
    line.setFocus()
    for text in texts:
        if text.isascii():
            qtbot.keyClicks(line, text)
        else:
            type_unicode(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert line.text() == "", outline.problem.text()


def select(qtbot, outline, number: str) -> None:
    """Click the row with this number in the tree."""
    key = outline.tree.key_of_number(number)
    assert key is not None, f"no row {number}"
    item = outline.tree.rows[key]
    outline.tree.scrollToItem(item)
    rect = outline.tree.visualItemRect(item)
    qtbot.mouseClick(outline.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert outline.tree.current_key() == key


def numbered(store) -> list[tuple[str, str]]:
    rows = []
    for o in model.outline(store):
        rows.append((o.number, o.text))
        for r in o.results:
            rows.append((r.number, r.text))
            rows += [(a.number, a.text) for a in r.activities]
    return rows


def build(qtbot, main_window) -> None:
    add_rows(qtbot, outline_page(main_window, "objectives"), ["Secure prey", "Reduce conflict"])
    results = outline_page(main_window, "results")
    select(qtbot, results, "1")
    add_rows(qtbot, results, ["Poaching halved", "Camera traps everywhere"])
    activities = outline_page(main_window, "activities")
    select(qtbot, activities, "1.1")
    add_rows(qtbot, activities, ["Train rangers", "Count prey", "Publish report"])


def test_build_by_keyboard_move_renumbers_undo_redo_and_reopen(main_window, qtbot, session_path):
    build(qtbot, main_window)
    store = main_window.controller.store
    assert numbered(store) == [
        ("1", "Secure prey"),
        ("1.1", "Poaching halved"),
        ("1.1.1", "Train rangers"),
        ("1.1.2", "Count prey"),
        ("1.1.3", "Publish report"),
        ("1.2", "Camera traps everywhere"),
        ("2", "Reduce conflict"),
    ]
    activities = outline_page(main_window, "activities")
    select(qtbot, activities, "1.1.3")
    qtbot.keyClick(activities.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [a.text for a in model.activities(store)] == [
        "Train rangers",
        "Publish report",
        "Count prey",
    ]
    assert activities.tree.currentItem().text(0) == "1.1.2", (
        "the moved row stays selected, renumbered"
    )
    # at the end of its result, Alt+Down moves it on to the next result
    select(qtbot, activities, "1.1.3")
    qtbot.keyClick(activities.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [(a.number, a.text) for a in model.activities(store)] == [
        ("1.1.1", "Train rangers"),
        ("1.1.2", "Publish report"),
        ("1.2.1", "Count prey"),
    ]
    main_window.actions[ActionId.UNDO].trigger()
    assert [(a.number, a.text) for a in model.activities(store)][-1] == ("1.1.3", "Count prey")
    main_window.actions[ActionId.REDO].trigger()
    assert [(a.number, a.text) for a in model.activities(store)][-1] == ("1.2.1", "Count prey")

    select(qtbot, activities, "1.1.1")
    qtbot.keyClick(activities.tree, Qt.Key.Key_Delete)
    assert [(a.number, a.text) for a in model.activities(store)] == [
        ("1.1.1", "Publish report"),
        ("1.2.1", "Count prey"),
    ]
    main_window.actions[ActionId.UNDO].trigger()
    assert [a.number for a in model.activities(store)] == ["1.1.1", "1.1.2", "1.2.1"]

    objectives = outline_page(main_window, "objectives")
    select(qtbot, objectives, "2")
    qtbot.keyClick(objectives.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    expected = [
        ("1", "Reduce conflict"),
        ("2", "Secure prey"),
        ("2.1", "Poaching halved"),
        ("2.1.1", "Train rangers"),
        ("2.1.2", "Publish report"),
        ("2.2", "Camera traps everywhere"),
        ("2.2.1", "Count prey"),
    ]
    assert numbered(store) == expected
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert numbered(saved) == expected


def test_pasted_lines_are_one_step_and_need_a_parent(main_window, qtbot):
    build(qtbot, main_window)
    store = main_window.controller.store
    activities = outline_page(main_window, "activities")
    select(qtbot, activities, "1.2")
    QGuiApplication.clipboard().setText(
        "Fit camera traps\r\nTrain village teams\r\n\r\nShare the photos\r\n"
    )
    activities.add_line.setFocus()
    qtbot.keyClick(activities.add_line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [(a.number, a.text) for a in model.activities(store)][-3:] == [
        ("1.2.1", "Fit camera traps"),
        ("1.2.2", "Train village teams"),
        ("1.2.3", "Share the photos"),
    ]
    main_window.actions[ActionId.UNDO].trigger()
    assert len(model.activities(store)) == 3
    select(qtbot, activities, "2")  # an objective without results: no result to add to
    add_line = activities.add_line
    add_line.setFocus()
    qtbot.keyClicks(add_line, "Orphan activity")
    qtbot.keyClick(add_line, Qt.Key.Key_Return)
    assert activities.problem.text() == "Select the result the new activity belongs to first."
    assert len(model.activities(store)) == 3


def test_details_smart_checks_and_chain_warnings(main_window, qtbot, session_path):
    build(qtbot, main_window)
    store = main_window.controller.store
    results = outline_page(main_window, "results")
    select(qtbot, results, "1.1")
    form = results.forms["results"]
    for name in ("specific", "measurable", "time_bound"):
        qtbot.mouseClick(form.checks[name], Qt.MouseButton.LeftButton)
    indicator = form.lines["indicator"]
    indicator.setFocus()
    qtbot.keyClicks(indicator, "Patrol reports")
    qtbot.keyClick(indicator, Qt.Key.Key_Return)
    result = model.outline(store)[0].results[0]
    assert result.indicator == "Patrol reports"
    assert result.smart == {
        "specific": True,
        "measurable": True,
        "achievable": False,
        "relevant": False,
        "time_bound": True,
    }
    assert results.tree.currentItem().text(2) == "S M · · T"
    main_window.actions[ActionId.UNDO].trigger()  # the indicator
    main_window.actions[ActionId.UNDO].trigger()  # time-bound
    assert model.outline(store)[0].results[0].smart["time_bound"] is False
    assert form.checks["time_bound"].isChecked() is False and form.checks["specific"].isChecked()

    activities = outline_page(main_window, "activities")
    warnings = [activities.warnings.item(n).text() for n in range(activities.warnings.count())]
    assert "Activity 1.1.1 has no actor and no indicator." in warnings
    assert "Result 1.2 has no activities yet." in warnings
    select(qtbot, activities, "1.1.1")
    fields = activities.forms["activities"].lines
    for name, text in (
        ("timeline", "2023-2025"),
        ("actors", "Ministry of Environment"),
        ("indicator", "Rangers trained"),
        ("budget", "20 000 EUR"),
        ("refs", "1.1.3"),
    ):
        fields[name].setFocus()
        qtbot.keyClicks(fields[name], text)
        qtbot.keyClick(fields[name], Qt.Key.Key_Return)
    warnings = [activities.warnings.item(n).text() for n in range(activities.warnings.count())]
    assert not any(w.startswith("Activity 1.1.1") for w in warnings)
    fields["programme"].setFocus()
    qtbot.keyClicks(fields["programme"], "CAMI 19.3")
    qtbot.keyClick(fields["programme"], Qt.Key.Key_Return)
    assert activities.problem.text().startswith("There is no programme item 'CAMI 19.3'")
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        first = model.activities(saved)[0]
        assert (
            first.timeline,
            first.actors,
            first.indicator,
            first.budget,
            first.refs,
            first.programme,
        ) == (
            "2023-2025",
            "Ministry of Environment",
            "Rangers trained",
            "20 000 EUR",
            ["1.1.3"],
            [],
        )


def test_turkish_georgian_persian_text_and_a_new_theme(main_window, qtbot, session_path):
    objectives = outline_page(main_window, "objectives")
    add_rows(qtbot, objectives, ["Av hayvanı popülasyonlarını güçlendirmek (ğ ş ı İ)"])
    theme = objectives.forms["objectives"].theme
    theme.lineEdit().setFocus()
    theme.lineEdit().clear()
    type_unicode(theme.lineEdit(), "Yaşam alanı")
    qtbot.keyClick(theme.lineEdit(), Qt.Key.Key_Return)
    main_window.controller.apply(ops.add_item("threat", "شکار غیرقانونی"))
    addressed = objectives.forms["objectives"].addressed
    addressed.item(0).setCheckState(Qt.CheckState.Checked)
    results = outline_page(main_window, "results")
    select(qtbot, results, "1")
    add_rows(qtbot, results, ["ნადირობის შემცირება"])
    activities = outline_page(main_window, "activities")
    select(qtbot, activities, "1.1")
    add_rows(qtbot, activities, ["آموزش محیط‌بانان"])
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        objective = model.outline(saved)[0]
        assert objective.text == "Av hayvanı popülasyonlarını güçlendirmek (ğ ş ı İ)"
        assert objective.theme == "Yaşam alanı"
        assert [i.label for i in model.items(saved) if i.id in objective.item_ids] == [
            "شکار غیرقانونی"
        ]
        assert objective.results[0].text == "ნადირობის შემცირება"
        assert objective.results[0].activities[0].text == "آموزش محیط‌بانان"


def test_rename_in_the_tree_with_f2_and_typing_then_insert_goes_to_the_new_row_line(
    main_window, qtbot
):
    build(qtbot, main_window)
    store = main_window.controller.store
    results = outline_page(main_window, "results")
    select(qtbot, results, "1.2")
    qtbot.keyClick(results.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Camera traps in every core area")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(30)
    assert model.outline(store)[0].results[1].text == "Camera traps in every core area"
    assert model.outline(store)[0].results[1].number == "1.2"
    select(qtbot, results, "1.1")
    qtbot.keyClick(results.tree, Qt.Key.Key_Insert)
    assert QApplication.focusWidget() is results.add_line
    assert "under objective 1" in results.add_line.placeholderText()


def test_text_typed_in_the_tree_reaches_the_file_after_a_pause_with_the_editor_open(
    main_window, qtbot, session_path
):
    build(qtbot, main_window)
    store = main_window.controller.store
    results = outline_page(main_window, "results")
    select(qtbot, results, "1.2")
    qtbot.keyClick(results.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Camera traps")
    qtbot.waitUntil(lambda: model.outline(store)[0].results[1].text == "Camera traps", timeout=1000)
    # the editor stayed open with the typing: the keys typed next go on the same text
    assert QApplication.focusWidget() is editor and editor.text() == "Camera traps"
    qtbot.keyClicks(editor, " in every core area")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(30)
    assert results.tree.rows[("results", model.outline(store)[0].results[1].id)].text(1) == (
        "Camera traps in every core area"
    )
    main_window.controller.close()
    with SessionStore.open(session_path, backup=False) as again:
        assert model.outline(again)[0].results[1].text == "Camera traps in every core area"


def test_zoomed_for_the_projector_the_activity_fields_fit_their_column(main_window, qtbot):
    """At 160 % on a 1280×720 window no detail field runs off the right edge, cut and unscrollable."""
    store = main_window.controller.store
    main_window.controller.apply(ops.add_objective("Leopards are safe"))
    main_window.controller.apply(ops.add_result(model.outline(store)[0].id, "Prey recovers"))
    main_window.controller.apply(
        ops.add_activity(model.outline(store)[0].results[0].id, "Count prey")
    )
    main_window.navigator.setFocus()
    for _ in range(3):
        qtbot.keyClick(main_window.navigator, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert main_window.zoom == 1.6
    outline = outline_page(main_window, "activities")
    select(qtbot, outline, "1.1.1")
    qtbot.wait(50)
    area = outline.details.parentWidget().parentWidget()
    form = outline.forms["activities"]
    assert outline.details.currentWidget() is form
    visible = area.viewport().rect()
    for field in form.lines.values():
        right = field.mapTo(area.viewport(), field.rect().topRight())
        assert right.x() <= visible.right(), (
            f"{field.objectName()} is cut off at {right.x()} (room: {visible.width()})"
        )


def test_a_tree_deleted_while_a_relayout_waits_raises_nothing(qtbot):
    """Closing a page right after it was resized (closing the window) leaves no traceback behind."""
    import shiboken6

    from ui.outline.tree import OutlineTree

    tree = OutlineTree("objectives")
    tree.show()
    qtbot.waitExposed(tree)
    tree.resize(500, 300)  # a relayout is now waiting for the event loop
    shiboken6.delete(tree)
    qtbot.wait(20)  # pytest-qt fails the test on any exception raised in the event loop


def test_a_removed_result_whose_activities_refer_to_each_other_comes_back_with_undo(
    main_window, qtbot, session_path
):
    store = main_window.controller.store
    apply = main_window.controller.apply
    apply(ops.add_objective("Leopards are safe"))
    apply(ops.add_result(model.outline(store)[0].id, "Prey recovers"))
    result = model.outline(store)[0].results[0]
    for text in ("Count prey", "Protect prey", "Train rangers"):
        apply(ops.add_activity(result.id, text))
    first, second, third = model.outline(store)[0].results[0].activities
    apply(ops.set_activity_refs(second.id, [first.id, third.id]))  # "see activity 1.1.1, 1.1.3"
    apply(ops.set_activity_refs(third.id, [first.id]))
    before = numbered(store), store.rows("SELECT * FROM activity_refs ORDER BY 1, 2")

    outline = outline_page(main_window, "results")
    select(qtbot, outline, "1.1")
    qtbot.keyClick(outline.tree, Qt.Key.Key_Delete)
    assert numbered(store) == [("1", "Leopards are safe")]
    qtbot.keyClick(outline.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (numbered(store), store.rows("SELECT * FROM activity_refs ORDER BY 1, 2")) == before
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert (numbered(saved), saved.rows("SELECT * FROM activity_refs ORDER BY 1, 2")) == before


def test_logframe_columns_of_objectives_and_results_typed_in_the_forms(
    main_window, qtbot, session_path
):
    build(qtbot, main_window)
    objectives = outline_page(main_window, "objectives")
    select(qtbot, objectives, "1")
    fields = objectives.forms["objectives"].lines
    for name, text in (
        ("indicator", "Prey density"),
        ("baseline", "2 per km2"),
        ("baseline_year", "2022"),
        ("target", "5 per km2"),
        ("target_year", "2032"),
        ("verification", "Prey surveys"),
        ("assumptions", "Hunting is regulated"),
    ):
        fields[name].setFocus()
        qtbot.keyClicks(fields[name], text)
        qtbot.keyClick(fields[name], Qt.Key.Key_Return)
    results = outline_page(main_window, "results")
    select(qtbot, results, "1.2")
    verification = results.forms["results"].lines["verification"]
    verification.setFocus()
    type_unicode(verification, "گزارش‌های پایش")  # Persian with a zero-width non-joiner
    qtbot.keyClick(verification, Qt.Key.Key_Return)
    main_window.show_step("logframe")
    matrix = main_window.page("logframe").matrix
    assert (
        matrix.item(1, 2).text()
        == "Prey density\nBaseline: 2 per km2 (2022)\nTarget: 5 per km2 (2032)"
    )
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        objective = model.outline(saved)[0]
        assert (objective.frame.target_year, objective.frame.assumptions) == (
            "2032",
            "Hunting is regulated",
        )
        assert objective.results[1].frame.verification == "گزارش‌های پایش"


def test_pasting_spreadsheet_rows_fills_the_matching_fields(main_window, qtbot, session_path):
    import sqlite3
    from contextlib import closing

    store = main_window.controller.store
    store.apply(ops.add_objective("Secure habitat"))
    main_window.controller.apply(ops.add_result(store.scalar("SELECT id FROM objectives"), "Known"))
    activities = outline_page(main_window, "activities")
    select(qtbot, activities, "1.1")
    QGuiApplication.clipboard().setText(
        "1.1.1\tSet camera traps\tTraps in 10 areas\t2024–2026\tDoE, NGOs\t20,000 €\n"
        "1.1.2\tCount prey\tA census\t2025\tUniversity\t5,000 €\n"
    )
    activities.tree.setFocus()
    qtbot.keyClick(activities.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    with closing(sqlite3.connect(f"file:{session_path}?mode=ro", uri=True)) as conn:
        rows = conn.execute(
            "SELECT number, text, indicator, timeline, actors, budget FROM activities ORDER BY number"
        ).fetchall()
    assert rows == [
        (1, "Set camera traps", "Traps in 10 areas", "2024–2026", "DoE, NGOs", "20,000 €"),
        (2, "Count prey", "A census", "2025", "University", "5,000 €"),
    ]
    main_window.actions[ActionId.UNDO].trigger()  # one paste, one undo step
    assert model.activities(store) == []
    # a heading row says which column is which; results take their indicator
    results = outline_page(main_window, "results")
    select(qtbot, results, "1")
    QGuiApplication.clipboard().setText("Indicator\tText\nMaps published\tPriority areas mapped\n")
    results.tree.setFocus()
    qtbot.keyClick(results.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    last = model.outline(store)[0].results[-1]
    assert (last.text, last.indicator) == ("Priority areas mapped", "Maps published")
