"""The presenter view shows the room only what it should see: the question, the progress board,
results once revealed, the votes behind a figure without names unless chosen, the diagram."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from facilitator.voting.state import voters
from ui.actions import ActionId


def open_presenter(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_F5)
    view = window.presenter
    assert view is not None and view.isVisible()
    qtbot.waitExposed(view)
    return view


def test_the_presenter_follows_the_steps_and_hides_names(qtbot, sample_window):
    window = sample_window
    window.go_to_step("threat_ranking")
    page = window.page("threat_ranking")
    page.set_revealed(False)
    view = open_presenter(qtbot, window)
    assert view.heading.text() == "Threat ranking"
    assert "capacity" in view.question.text()
    # the progress board, never the results before the reveal
    assert view.board.model() is page.panel.board.model()
    assert view.board.isVisible() and not view.results.isVisible()
    # no controls for the room: no buttons, no editable fields
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    assert not [
        w
        for w in view.findChildren(QAbstractButton) + view.findChildren(QComboBox)
        if w.isVisible() and not w.objectName().startswith("qt_")
    ]
    assert not [w for w in view.findChildren(QLineEdit) if w.isVisible()]
    # a QR code widget given by live voting appears beside the board
    qr = QLabel("QR")
    window.set_room_qr(qr)
    assert qr.isVisible()
    window.set_room_qr(None)

    page.set_revealed(True)
    qtbot.wait(20)
    assert view.results.isVisible() and not view.board.isVisible()
    assert view.results.figures.rows == page.overall_table.figures.rows
    # Show votes on the laptop: the room sees the values, voters numbered, not named
    table = page.overall_table
    row = next(r for r, cells in enumerate(table.figures.rows) if len(cells) > 1 and cells[1].key)
    table.setCurrentIndex(table.model().index(row, 1))
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(row, 1)).center(),
    )
    qtbot.mouseClick(page.details.button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert view.votes.isVisible() and view.votes.rowCount() == page.details.table.rowCount()
    names = {p.name for p in voters(window.controller.store)}
    shown = {view.votes.item(r, 0).text() for r in range(view.votes.rowCount())}
    assert not shown & names and "Voter 1" in shown
    values = [view.votes.item(r, 2).text() for r in range(view.votes.rowCount())]
    assert values == [page.details.table.item(r, 2).text() for r in range(len(values))]
    window.actions[ActionId.PRESENTER_NAMES].trigger()  # the facilitator chooses names
    shown = {view.votes.item(r, 0).text() for r in range(view.votes.rowCount())}
    assert shown <= names

    # the problem tree: the diagram, fitted to the room's window
    window.go_to_step("problem_tree")
    assert view.tree.isVisible() and view.tree.scene() is window.page("problem_tree").scene
    visible = view.tree.mapToScene(view.tree.viewport().rect()).boundingRect()
    tree = view.tree.scene().itemsBoundingRect()
    # the whole width, the type readable from the back (a tall tree scrolls down)
    assert visible.left() <= tree.left() + 1 and visible.right() >= tree.right() - 1
    on_screen = view.tree.scene().font.pointSizeF() * view.tree.transform().m11()
    assert on_screen >= 10 or visible.contains(tree)
    # the vision: its text, large
    window.go_to_step("vision")
    assert view.text.isVisible() and view.text.text()
    view.close()
    assert not window.actions[ActionId.PRESENTER].isChecked()
    window.close()
