"""The main window as a facilitator uses it: steps, files, undo, projector mode."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.plan import edits as ops
from facilitator.plan.glossary import STEPS
from facilitator.session.store import SessionStore
from ui.actions import ActionId
from ui.pages.base import StepPage


def test_every_step_is_listed_and_ctrl_number_moves(main_window, qtbot):
    nav = main_window.navigator
    assert nav.count() == len(STEPS)
    main_window.navigator.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_step() == "goal"
    assert main_window.step_title.text() == "Goal"
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_step() == "session"
    assert main_window.current_page().objectName() == "page-session"


def test_step_status_follows_the_session(main_window):
    assert main_window.navigator.status_of("session") == "empty"
    main_window.controller.apply(ops.add_country("TR", "Türkiye"))
    assert main_window.navigator.status_of("session") == "started"
    main_window.controller.apply(ops.add_participant("Ayşe Yılmaz", country="TR"))
    assert main_window.navigator.status_of("session") == "done"
    main_window.controller.undo()
    assert main_window.navigator.status_of("session") == "started"


def test_undo_menu_names_the_edit(main_window, qtbot, session_path):
    undo = main_window.findChild(type(main_window.actions[ActionId.UNDO]), ActionId.UNDO.value)
    assert not undo.isEnabled()
    main_window.controller.apply(ops.add_country("GE", "Georgia"))
    assert undo.isEnabled() and undo.text() == "&Undo add country GE"
    main_window.navigator.setFocus()
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert main_window.controller.store.rows("SELECT * FROM countries") == []
    assert "Undone: add country GE" in main_window.statusBar().currentMessage()
    redo = main_window.actions[ActionId.REDO]
    assert redo.text() == "&Redo add country GE" and not undo.isEnabled()
    main_window.close()
    with SessionStore.open(session_path, backup=False) as store:
        assert store.rows("SELECT * FROM countries") == []


def test_zoom_is_remembered_per_session(main_window, qtbot, session_path, tmp_path):
    label = main_window.step_title

    def size() -> float:
        label.ensurePolished()
        return label.font().pointSizeF()

    base = size()
    main_window.navigator.setFocus()
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert size() > base
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert main_window.zoom == 1.4
    other = tmp_path / "other.zopp"
    assert main_window.create_session(other)
    assert main_window.zoom == 1.0 and size() == base
    assert main_window.open_session(session_path)
    assert main_window.zoom == 1.4 and size() > base
    main_window.close()

    from ui.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_session(session_path)
    assert again.zoom == 1.4
    again.close()


def test_a_damaged_file_shows_the_reason_and_keeps_the_session(
    main_window, qtbot, tmp_path, session_path
):
    main_window.controller.apply(ops.add_country("AM", "Armenia"))
    damaged = tmp_path / "damaged.zopp"
    damaged.write_bytes(session_path.read_bytes()[:100] + b"\x00garbage" * 500)
    assert not main_window.open_session(damaged)
    assert main_window.last_dialog.isVisible()
    assert "damaged.zopp" in main_window.last_dialog.text()
    assert main_window.controller.store.path == session_path
    assert [c["code"] for c in main_window.controller.store.rows("SELECT code FROM countries")] == [
        "AM"
    ]
    main_window.last_dialog.close()
    not_a_session = tmp_path / "notes.zopp"
    not_a_session.write_text("minutes of the meeting", encoding="utf-8")
    assert not main_window.open_session(not_a_session)
    assert "not a ZOPP session file" in main_window.last_dialog.text()
    assert main_window.controller.store.path == session_path


def test_a_file_open_elsewhere_is_refused_with_who_holds_it(main_window, tmp_path):
    elsewhere = tmp_path / "elsewhere.zopp"
    SessionStore.create(elsewhere, "Held").close()
    holder = SessionStore.open(elsewhere, backup=False)
    try:
        assert not main_window.open_session(elsewhere)
        assert "already open in another window" in main_window.last_dialog.text()
        assert main_window.controller.store is not None
    finally:
        holder.close()
    assert main_window.open_session(elsewhere)
    assert "Held" in main_window.windowTitle()


def test_title_says_saved_and_save_a_copy_and_recent_files(main_window, tmp_path, session_path):
    assert "workshop.zopp" in main_window.windowTitle() and "saved" in main_window.windowTitle()
    main_window.controller.apply(ops.add_country("IR", "ایران"))
    copy = tmp_path / "copy.zopp"
    assert main_window.save_copy(copy)
    with SessionStore.open(copy, backup=False) as saved:
        assert saved.rows("SELECT name FROM countries") == [{"name": "ایران"}]
    main_window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in main_window.recent_menu.actions()]
    assert str(session_path.resolve()) in texts


def test_step_help_and_high_contrast_are_one_click_away(main_window, qtbot):
    main_window.show_step("threat_ranking")
    assert not main_window.definition.isVisible()
    qtbot.mouseClick(main_window.help_button, Qt.MouseButton.LeftButton)
    assert main_window.definition.isVisible()
    assert "0 = non-existent" in main_window.definition.text()
    main_window.actions[ActionId.HIGH_CONTRAST].trigger()
    from PySide6.QtWidgets import QApplication

    assert "yellow" in QApplication.instance().styleSheet()
    from ui import settings

    assert settings.get("high_contrast") is True
    main_window.actions[ActionId.HIGH_CONTRAST].trigger()
    assert "yellow" not in QApplication.instance().styleSheet()


def test_closing_the_session_shows_the_empty_state(main_window, qtbot):
    main_window.actions[ActionId.CLOSE].trigger()
    assert main_window.controller.store is None
    assert main_window.current_page() is main_window.no_session
    assert main_window.windowTitle() == "ZOPP Facilitator"
    assert not main_window.actions[ActionId.SAVE_COPY].isEnabled()


def test_new_session_from_the_file_menu_starts_on_session_and_people(
    main_window, tmp_path, monkeypatch
):
    from ui import dialogs

    main_window.show_step("goal")
    target = tmp_path / "Kafkasya çalıştayı"
    monkeypatch.setattr(dialogs, "ask_new_path", lambda parent, folder="": str(target) + ".zopp")
    main_window.actions[ActionId.NEW].trigger()
    assert main_window.controller.store.path.name == "Kafkasya çalıştayı.zopp"
    assert main_window.current_step() == "session"
    assert "Kafkasya çalıştayı" in main_window.windowTitle()
    monkeypatch.setattr(dialogs, "ask_new_path", lambda parent, folder="": str(target) + ".zopp")
    main_window.actions[ActionId.NEW].trigger()  # the file exists now: refused, session kept
    assert "already exists" in main_window.last_dialog.text()
    assert main_window.controller.store is not None


def test_an_unknown_resource_name_lists_the_known_ones():
    import pytest

    from ui import resources

    with pytest.raises(resources.ResourceMissing, match="known names: .*high-contrast"):
        resources.stylesheet("high-contrats")


def test_screenshots_from_the_command_line(tmp_path, session_path, capsys, isolated_settings):
    from ui.__main__ import main

    with SessionStore.open(session_path, backup=False) as store:
        store.apply(ops.add_country("TR", "Türkiye"))
    shots = ["--screenshots", str(tmp_path / "shots"), "--compare", "tr", str(session_path)]
    assert main(shots) == 0
    names = sorted(p.name for p in (tmp_path / "shots").iterdir())
    steps = [n for n in names if not n.startswith("presenter-")]
    # every step, the voting steps also with their results revealed (no voters: no voting shot)
    assert steps[0] == "01-session.png" and steps[-1] == "12-export.png"
    assert {n.split("-")[0] for n in steps} == {f"{n:02d}" for n in range(1, len(STEPS) + 1)}
    assert "presenter-05-threat_ranking.png" in names
    assert "presenter-05-threat_ranking-results-2.png" in names  # by region, in the room
    assert all((tmp_path / "shots" / n).stat().st_size > 5000 for n in names)
    assert sorted(p.name for p in session_path.parent.iterdir() if p.suffix == ".zopp") == [
        "workshop.zopp"
    ]
    assert not (
        isolated_settings / "ZOPP Facilitator"
    ).exists()  # the user's settings are left alone
    shots = ["--screenshots", str(tmp_path / "none"), "--compare", "XX", str(session_path)]
    assert main(shots) == 1
    assert "XX is not a country of this session." in capsys.readouterr().err
    assert not (tmp_path / "none").exists()
    broken = tmp_path / "broken.zopp"
    broken.write_text("not a session", encoding="utf-8")
    assert main(["--screenshots", str(tmp_path / "more"), str(broken)]) == 1
    assert f"{broken} is not a ZOPP session file" in capsys.readouterr().err


def test_opening_a_session_writes_nothing_into_it(main_window, tmp_path):
    for step_id in ("session", "vision", "goal", "logframe"):
        main_window.show_step(step_id)  # pages showing the first session's texts
    main_window.show_step("session")
    other = tmp_path / "other.zopp"
    with SessionStore.create(other, "Второй семинар") as store:
        store.apply(ops.set_meta({"place": "Ashgabat"}))
        store.apply(ops.set_text("vision", "Leopards in the Kopet Dagh"))
        before = store.rows("SELECT * FROM meta WHERE key NOT LIKE 'pref.%' ORDER BY key")
    assert main_window.open_session(other)
    main_window.show_step("vision")
    main_window.close()
    with SessionStore.open(other, backup=False) as saved:
        assert saved.rows("SELECT * FROM meta WHERE key NOT LIKE 'pref.%' ORDER BY key") == before
        assert saved.scalar("SELECT COUNT(*) FROM history") == 2


def test_full_screen_toggles_with_f11(main_window, qtbot):
    main_window.navigator.setFocus()
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_F11)
    qtbot.waitUntil(main_window.isFullScreen)
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not main_window.isFullScreen())


def test_with_no_session_the_recent_ones_open_with_enter(main_window, qtbot, session_path):
    main_window.actions[ActionId.CLOSE].trigger()
    panel = main_window.no_session
    assert panel.isVisible() and panel.recent.count() == 1
    assert session_path.name in panel.recent.item(0).text()
    panel.recent.setFocus()
    qtbot.keyClick(panel.recent, Qt.Key.Key_Return)
    assert main_window.controller.store is not None
    assert main_window.controller.store.path == session_path
    assert main_window.current_page().objectName() == "page-session"


def test_the_export_step_is_marked_done_after_documents_are_written(main_window, tmp_path):
    page = main_window.page("export")
    if not hasattr(page, "exported"):
        import pytest

        pytest.skip("the Export page is not available")
    assert main_window.navigator.status_of("export") == "empty"
    page.written = [tmp_path / "logframe.pdf"]
    page.exported.emit()
    assert main_window.navigator.status_of("export") == "done"


def test_a_page_that_fails_shows_a_placeholder_and_the_app_goes_on(main_window, monkeypatch):
    from ui import navigator

    monkeypatch.setitem(navigator.PAGES, "monitoring", ("ui.pages.no_such_page", "NoSuchPage"))
    monkeypatch.setitem(navigator.PAGES, "export", ("ui.pages.texts", "NoSuchClass"))
    for step_id in ("monitoring", "export"):
        main_window.show_step(step_id)
        assert main_window.current_page().findChild(
            type(main_window.step_title), "placeholder-text"
        )
    main_window.show_step("vision")
    assert main_window.current_page().objectName() == "page-vision"


class BrokenPage(StepPage):
    step_id = "monitoring"
    title = "Monitoring"

    def refresh(self) -> None:
        raise RuntimeError("this page cannot read the session")


def test_a_page_whose_refresh_fails_is_replaced_by_a_placeholder(main_window, monkeypatch):
    from ui import navigator

    monkeypatch.setitem(navigator.PAGES, "monitoring", (__name__, "BrokenPage"))
    main_window.show_step("monitoring")
    assert main_window.current_page().findChild(type(main_window.step_title), "placeholder-text")
    main_window.controller.apply(ops.add_country("AF", "Afghanistan"))  # the broken page is gone
    assert main_window.navigator.status_of("session") == "started"


def test_window_size_is_remembered_in_settings_not_in_the_session(main_window, qtbot, session_path):
    from ui.main_window import MainWindow

    main_window.resize(700, 500)  # (the offscreen screen is 800×600)
    main_window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    with SessionStore.open(session_path, backup=False) as saved:
        assert not [k for k in saved.meta() if "geometry" in k or "window" in k]


def test_every_action_is_found_by_its_stable_id(main_window):
    from PySide6.QtGui import QAction

    for action_id in ActionId:
        action = main_window.findChild(QAction, action_id.value)
        assert action is main_window.actions[action_id]
    for s in STEPS:
        assert (
            main_window.findChild(QAction, f"action-step-{s.id}") is main_window.step_actions[s.id]
        )
    # steps 1–9 have Ctrl+digit, the later ones Ctrl+Shift and a letter of their title
    assert main_window.step_actions["logframe"].shortcut().toString() == "Ctrl+Shift+L"
    assert main_window.step_actions["prioritisation"].shortcut().toString() == "Ctrl+9"


def test_an_undo_the_session_file_refuses_is_a_sentence_not_a_traceback(main_window, qtbot):
    """A fault of the app's own (an undo that breaks the file's rules) is rolled back whole and
    said in the status bar; the app goes on and the edit stays undoable."""
    from facilitator.session.edits import FunctionEdit, RowChange

    main_window.controller.apply(ops.add_country("TR", "Türkiye"))
    orphan = RowChange(
        "results", {"id": 99}, {"objective_id": 12345, "number": 1, "text": "orphan"}, None
    )
    main_window.controller.apply(FunctionEdit("remove orphan", lambda store: [orphan]))
    main_window.navigator.setFocus()
    qtbot.keyClick(main_window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    message = main_window.statusBar().currentMessage()
    assert message.startswith("The session file refused 'undo remove orphan'")
    assert message.endswith("nothing was changed.")
    store = main_window.controller.store
    assert store.rows("SELECT id FROM results") == []
    assert main_window.actions[ActionId.UNDO].text() == "&Undo remove orphan"
    assert [c["code"] for c in store.rows("SELECT code FROM countries")] == ["TR"]


def test_a_copy_that_cannot_be_written_is_a_sentence_and_the_session_goes_on(main_window, tmp_path):
    main_window.controller.apply(ops.add_country("GE", "საქართველო"))
    target = "/proc/copy of workshop.zopp"  # a folder no one can write into, not even root
    assert not main_window.save_copy(target)
    assert main_window.last_dialog.isVisible()
    assert target in main_window.last_dialog.text()  # one sentence naming where, no traceback
    assert main_window.save_copy(tmp_path / "copy.zopp")
    with SessionStore.open(tmp_path / "copy.zopp", backup=False) as copy:
        assert copy.rows("SELECT name FROM countries") == [{"name": "საქართველო"}]


def test_urdu_letters_have_a_font_to_be_drawn_with(main_window):
    """Names like عائشہ need letters (ہ ے) that DejaVu Sans lacks: the bundled Arabic-script
    font is known to Qt, so its fallback draws them instead of boxes."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    assert "Noto Sans Arabic" in QFontDatabase.families()
    metrics = QFontMetrics(QFont("Noto Sans Arabic"))
    assert all(metrics.inFontUcs4(ord(letter)) for letter in "ہےعائش")


def test_ctrl_tab_moves_between_the_tables_of_a_page(main_window, qtbot):
    from PySide6.QtWidgets import QApplication

    main_window.go_to_step("session")
    tables = main_window.page_tables()
    assert len(tables) >= 3  # countries, regions, participants
    names = [t.objectName() for t in tables]
    assert len(set(names)) == len(names), names
    tables[0].setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    for expected in names[1:] + names[:1]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, ctrl)
        assert QApplication.focusWidget().objectName() == expected
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, ctrl | Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.focusWidget().objectName() == names[-1]


def test_a_window_started_without_a_session_shows_the_recent_ones(qtbot, session_path):
    from ui import settings
    from ui.main_window import APP_NAME, MainWindow

    settings.remember_recent(str(session_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.no_session
    assert window.current_page() is panel and panel.isVisible()
    assert panel.recent.count() == 1 and session_path.name in panel.recent.item(0).text()
    assert window.step_title.text() == APP_NAME
    panel.recent.setFocus()
    panel.recent.setCurrentRow(0)
    qtbot.keyClick(panel.recent, Qt.Key.Key_Return)
    assert window.controller.store is not None and window.controller.store.path == session_path
    assert window.current_page().objectName() == "page-session"
    window.controller.close()
