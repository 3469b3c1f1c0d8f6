"""Session & people, typed the way a facilitator does it, then read back from the file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.session.store import SessionStore


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget``: key events carrying the text (safe for any script)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def press_enter(qtbot, widget) -> None:
    """Enter, then let Qt run what it queues (an item editor commits after the key event)."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.wait(30)


def editor_opened(qtbot, table, row: int) -> QLineEdit:
    """The cell editor Enter opened on ``row`` (waits for Qt's queued steps)."""
    qtbot.waitUntil(
        lambda: (
            table.currentIndex().row() == row
            and table.state() == table.State.EditingState
            and isinstance(QApplication.focusWidget(), QLineEdit)
        ),
        timeout=3000,
    )
    return QApplication.focusWidget()


def click_cell(qtbot, table, row: int, col: int) -> None:
    rect = table.visualRect(table.records.index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def session_page(main_window):
    main_window.show_step("session")
    return main_window.page("session")


def test_typing_countries_with_enter_goes_on_to_the_next_row(main_window, qtbot, session_path):
    page = session_page(main_window)
    table = page.countries
    table.setFocus()
    table.setCurrentIndex(table.records.index(0, 0))
    press_enter(qtbot, table)
    for row, code in enumerate(("TR", "GE", "AM")):
        editor = editor_opened(qtbot, table, row)
        qtbot.keyClicks(editor, code)
        press_enter(qtbot, editor)
    qtbot.keyClick(editor_opened(qtbot, table, 3), Qt.Key.Key_Escape)
    assert [c.code for c in model.countries(main_window.controller.store)] == ["TR", "GE", "AM"]
    table.setCurrentIndex(table.records.index(1, 1))
    press_enter(qtbot, table)
    name_editor = editor_opened(qtbot, table, 1)
    type_text(qtbot, name_editor, "საქართველო")
    press_enter(qtbot, name_editor)
    qtbot.waitUntil(lambda: model.countries(main_window.controller.store)[1].name == "საქართველო")
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert [(c.code, c.name) for c in model.countries(saved)] == [
            ("TR", "TR"),
            ("GE", "საქართველო"),
            ("AM", "AM"),
        ]


def test_metadata_participants_paste_delete_undo_then_reopen(main_window, qtbot, session_path):
    page = session_page(main_window)
    title = page.meta_edits["title"]
    title.setFocus()
    title.selectAll()
    type_text(qtbot, title, "İstanbul çalıştayı — Persian leopard")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    species = page.meta_edits["species"]
    species.setFocus()
    qtbot.keyClicks(species, "Panthera pardus tulliana")
    qtbot.keyClick(species, Qt.Key.Key_Tab)

    countries = page.countries
    countries.setFocus()
    countries.setCurrentIndex(countries.records.index(0, 0))
    QGuiApplication.clipboard().setText("TR\tTürkiye\r\nGE\tსაქართველო\r\nIR\tایران\r\n")
    qtbot.keyClick(countries, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    store = main_window.controller.store
    assert [c.name for c in model.countries(store)] == ["Türkiye", "საქართველო", "ایران"]
    assert "paste 3 countries" in main_window.controller.undo_text()

    people = page.participants
    people.setFocus()
    people.setCurrentIndex(people.records.index(0, 0))
    QGuiApplication.clipboard().setText(
        "Ayşe Yılmaz\tDoğa Derneği\tTR\tparticipant\tyes\n"
        "Nino Beridze\tNACRES\tსაქართველო\tparticipant\tyes\n"
        "Zeynep Kaya\tWWF\tTÜRKİYE\tparticipant\tyes\n"
        "Reza Karimi\tDoE\tIR\tobserver\tno\n"
    )
    qtbot.keyClick(people, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    names = [(p.name, p.country, p.role, p.votes) for p in model.participants(store)]
    assert names == [
        ("Ayşe Yılmaz", "TR", "participant", True),
        ("Nino Beridze", "GE", "participant", True),
        ("Zeynep Kaya", "TR", "participant", True),
        ("Reza Karimi", "IR", "observer", False),
    ]
    assert "Participants: 4, 3 voting" in page.people_caption.text()

    click_cell(qtbot, people, 3, 0)
    qtbot.keyClick(people, Qt.Key.Key_Delete)
    assert len(model.participants(store)) == 3
    assert (
        "Removed 1 participant — Ctrl+Z brings it back." in main_window.statusBar().currentMessage()
    )
    main_window.navigator.setFocus()
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(model.participants(store)) == 4
    qtbot.keyClick(
        main_window.navigator,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(model.participants(store)) == 3

    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        meta = saved.meta()
        assert meta["title"] == "İstanbul çalıştayı — Persian leopard"
        assert meta["species"] == "Panthera pardus tulliana"
        assert [p.name for p in model.participants(saved)] == [
            "Ayşe Yılmaz",
            "Nino Beridze",
            "Zeynep Kaya",
        ]
        assert [c.code for c in model.countries(saved)] == ["TR", "GE", "IR"]


def test_a_refused_edit_shows_a_sentence_not_a_traceback(main_window, qtbot):
    page = session_page(main_window)
    countries = page.countries
    countries.setCurrentIndex(countries.records.index(0, 0))
    QGuiApplication.clipboard().setText("TR\tTürkiye\nTR\tTurkey again\n")
    countries.setFocus()
    qtbot.keyClick(countries, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert model.countries(main_window.controller.store) == []
    assert "already a country with the code TR" in main_window.statusBar().currentMessage()

    countries.setCurrentIndex(countries.records.index(0, 1))  # the name column of the new row
    press_enter(qtbot, countries)
    type_text(qtbot, editor_opened(qtbot, countries, 0), "Türkiye")
    press_enter(qtbot, QApplication.focusWidget())
    qtbot.waitUntil(
        lambda: (
            [(c.code, c.name) for c in model.countries(main_window.controller.store)]
            == [("TR", "Türkiye")]
        )
    )


def test_importing_people_shows_the_report_and_a_bad_file_changes_nothing(
    main_window, qtbot, tmp_path, session_path, monkeypatch
):
    from ui import dialogs

    countries = tmp_path / "countries.csv"
    countries.write_text("code,name\nTR,Türkiye\nGE,Georgia\n", encoding="utf-8")
    people = tmp_path / "people.csv"
    people.write_text(
        "name,affiliation,country,role\nAyşe Yılmaz,Doğa Derneği,TR,participant\n", encoding="utf-8"
    )
    page = session_page(main_window)
    monkeypatch.setattr(
        dialogs, "ask_import_paths", lambda parent, folder="": [str(people), str(countries)]
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    store = main_window.controller.store
    assert [p.name for p in model.participants(store)] == ["Ayşe Yılmaz"]
    assert page.participants.records.rowCount() == 2  # the person and the blank row to type into
    assert (
        page.last_dialog.objectName() == "info-dialog" and "people.csv" in page.last_dialog.text()
    )
    page.last_dialog.close()

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name,affiliation,country,role\nNino Beridze,NACRES,XX,participant\n", encoding="utf-8"
    )
    monkeypatch.setattr(dialogs, "ask_import_paths", lambda parent, folder="": [str(bad)])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert (
        page.last_dialog.objectName() == "problem-dialog" and "bad.csv" in page.last_dialog.text()
    )
    assert [p.name for p in model.participants(store)] == ["Ayşe Yılmaz"]
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert [(p.name, p.country) for p in model.participants(saved)] == [("Ayşe Yılmaz", "TR")]


def test_region_members_are_ticked_in_a_list(main_window, qtbot, session_path):
    from PySide6.QtWidgets import QListWidget

    apply = main_window.controller.apply
    from facilitator.plan import edits as ops

    for code, name in (("AM", "Armenia"), ("AZ", "Azerbaijan"), ("GE", "Georgia")):
        apply(ops.add_country(code, name))
    page = session_page(main_window)
    regions = page.regions
    regions.setFocus()
    regions.setCurrentIndex(regions.records.index(0, 0))
    press_enter(qtbot, regions)
    qtbot.keyClicks(editor_opened(qtbot, regions, 0), "Caucasus")
    press_enter(qtbot, QApplication.focusWidget())
    qtbot.waitUntil(
        lambda: [r.name for r in model.regions(main_window.controller.store)] == ["Caucasus"]
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    regions.setCurrentIndex(regions.records.index(0, 2))
    press_enter(qtbot, regions)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QListWidget))
    ticks = QApplication.focusWidget()
    qtbot.keyClick(ticks, Qt.Key.Key_Space)  # Armenia
    qtbot.keyClick(ticks, Qt.Key.Key_Down)
    qtbot.keyClick(ticks, Qt.Key.Key_Down)
    qtbot.keyClick(ticks, Qt.Key.Key_Space)  # Georgia
    press_enter(qtbot, ticks)
    qtbot.waitUntil(
        lambda: model.regions(main_window.controller.store)[0].countries == ["AM", "GE"]
    )
    assert regions.records.index(0, 2).data() == "AM, GE"

    QGuiApplication.clipboard().setText("Azerbaijan; GE")
    regions.setFocus()
    regions.setCurrentIndex(regions.records.index(0, 2))
    qtbot.keyClick(regions, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert sorted(model.regions(main_window.controller.store)[0].countries) == ["AZ", "GE"]
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert [(r.name, sorted(r.countries)) for r in model.regions(saved)] == [
            ("Caucasus", ["AZ", "GE"])
        ]


def test_role_and_vote_are_changed_with_the_keyboard(main_window, qtbot, session_path):
    from PySide6.QtWidgets import QComboBox

    from facilitator.plan import edits as ops

    main_window.controller.apply(ops.add_country("TM", "Turkmenistan"))
    main_window.controller.apply(ops.add_participant("Merdan Orazov", country="TM"))
    page = session_page(main_window)
    people = page.participants
    people.setFocus()
    click_cell(qtbot, people, 0, 4)
    qtbot.keyClick(people, Qt.Key.Key_Space)
    store = main_window.controller.store
    qtbot.waitUntil(lambda: model.participants(store)[0].votes is False)
    assert main_window.navigator.status_of("session") == "started"  # nobody votes now

    people.setCurrentIndex(people.records.index(0, 3))
    press_enter(qtbot, people)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    box = QApplication.focusWidget()
    box.setCurrentIndex(box.findData("observer"))
    press_enter(qtbot, box)
    qtbot.waitUntil(lambda: model.participants(store)[0].role == "observer")
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        person = model.participants(saved)[0]
        assert (person.name, person.role, person.votes) == ("Merdan Orazov", "observer", False)


def test_tab_moves_across_a_new_participant(main_window, qtbot, session_path):
    page = session_page(main_window)
    people = page.participants
    people.setFocus()
    people.setCurrentIndex(people.records.index(0, 0))
    press_enter(qtbot, people)
    qtbot.keyClicks(editor_opened(qtbot, people, 0), "Leyla")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: people.currentIndex().column() == 1 and people.state() == people.State.EditingState
    )
    type_text(qtbot, QApplication.focusWidget(), "IDEA Bakı")
    press_enter(qtbot, QApplication.focusWidget())
    store = main_window.controller.store
    qtbot.waitUntil(
        lambda: (
            [(p.name, p.affiliation) for p in model.participants(store)] == [("Leyla", "IDEA Bakı")]
        )
    )
    assert main_window.controller.store.scalar("SELECT COUNT(*) FROM participants") == 1


def test_zoomed_for_the_projector_the_affiliation_keeps_room_to_be_read(main_window, qtbot):
    apply = main_window.controller.apply
    apply(ops.add_country("AM", "Armenia"))
    for name in ("Անի Պետրոսյան", "Տիգրան Ավետիսյան", "Narine Hakobyan"):
        apply(
            ops.add_participant(
                name, affiliation="Scientific Centre of Zoology and Hydroecology", country="AM"
            )
        )
    main_window.navigator.setFocus()
    for _ in range(3):
        qtbot.keyClick(main_window.navigator, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    main_window.show_step("session")
    table = main_window.page("session").participants
    qtbot.wait(50)
    assert table.columnWidth(1) >= 0.2 * table.viewport().width()  # a sliver (under a tenth) before
    assert not table.horizontalScrollBar().isVisible()


def test_enter_after_renaming_does_not_open_the_next_name(main_window, qtbot):
    from PySide6.QtWidgets import QAbstractItemView

    from facilitator.plan import edits as plan_ops

    store = main_window.controller.store
    for name in ("Ayse Yilmaz", "Nino Beridze"):
        main_window.controller.apply(plan_ops.add_participant(name))
    main_window.go_to_step("session")
    people = main_window.page("session").participants
    people.setFocus()
    people.setCurrentIndex(people.records.index(0, 0))
    qtbot.keyClick(people, Qt.Key.Key_Return)  # edit the first name
    editor = people.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ayse Kaya")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert people.state() != QAbstractItemView.State.EditingState
    assert people.currentIndex().row() == 1
    qtbot.keyClicks(people, "x")  # a stray key does not overwrite the next name
    qtbot.keyClick(people, Qt.Key.Key_Escape)
    assert [p.name for p in model.participants(store)] == ["Ayse Kaya", "Nino Beridze"]


def test_a_country_in_no_region_is_named_until_a_region_takes_it(main_window, qtbot):
    page = session_page(main_window)
    controller = main_window.controller
    controller.apply(ops.add_country("GE", "Georgia", ["Caucasus"]))
    controller.apply(ops.add_country("IR", "Iran"))
    assert page.region_warning.isVisibleTo(page)
    assert page.region_warning.text() == (
        "⚠ Iran (IR) is in no region: its figures count as a region of their own "
        "in every range-wide figure."
    )
    controller.apply(ops.set_region_members("Caucasus", ["GE", "IR"]))
    assert not page.region_warning.isVisibleTo(page)
