"""Very long texts and long lists stay workable: rows have a height limit, the title bar a
length limit, and the chosen row of a long outline is in view."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.session.store import SessionStore

LONG = " ".join(["Çok uzun bir kurum adı ლეოპარდი پلنگ"] * 80)
SAMPLE = Path(__file__).resolve().parents[2] / "sample_sessions" / "persian-leopard-2022.zopp"


def test_a_very_long_entry_keeps_its_row_shorter_than_the_table(main_window, qtbot, session_path):
    main_window.controller.apply(ops.add_country("TR", "Türkiye"))
    main_window.controller.apply(ops.add_participant("Ayşe Yılmaz", affiliation="A", country="TR"))
    # Longer than a field may hold today: as a file written before the limits holds it.
    main_window.controller.store.conn.execute("UPDATE participants SET affiliation = ?", (LONG,))
    main_window.controller.changed.emit({"participants"})
    main_window.show_step("session")
    table = main_window.page("session").participants
    qtbot.wait(50)
    height = table.rowHeight(0)
    assert height < table.viewport().height() / 2, "one row fills the table"
    affiliation = table.records.index(0, 1)
    assert LONG in table.records.data(affiliation, Qt.ItemDataRole.ToolTipRole)
    assert (
        table.records.data(affiliation, Qt.ItemDataRole.TextAlignmentRole)
        & Qt.AlignmentFlag.AlignTop
    )
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert model.participants(saved)[0].affiliation == LONG  # shown cut, kept whole


def test_a_very_long_objective_and_title_stay_readable(main_window, qtbot):
    main_window.controller.apply(ops.set_meta({"title": LONG}))
    main_window.controller.apply(ops.add_objective("Long"))
    main_window.controller.apply(ops.add_objective("Prey recovers"))
    # Longer than an objective may hold today: as a file written before the limits holds it.
    main_window.controller.store.conn.execute(
        "UPDATE objectives SET text = ? WHERE number = 1", (LONG,)
    )
    main_window.controller.changed.emit({"objectives"})
    assert len(main_window.windowTitle()) < 200 and "workshop.zopp" in main_window.windowTitle()
    main_window.show_step("objectives")
    tree = main_window.page("objectives").outline.tree
    qtbot.wait(50)
    first = tree.visualItemRect(
        tree.rows[("objectives", model.outline(main_window.controller.store)[0].id)]
    )
    assert first.height() < tree.viewport().height() / 2, "one objective fills the outline"


def test_the_chosen_result_of_a_long_outline_is_in_view(qtbot, tmp_path):
    from ui.main_window import MainWindow

    path = tmp_path / "sample.zopp"
    shutil.copy(SAMPLE, path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_session(path)
    window.show_step("results")
    tree = window.page("results").outline.tree
    qtbot.wait(100)
    chosen = tree.visualItemRect(tree.currentItem())
    assert tree.viewport().rect().contains(chosen.center()), "the chosen result is out of sight"
    window.close()
