"""The problem-tree diagram: fit to the window, boxes dragged into place (kept in the file,
undoable), saved as PNG and SVG, legible at the sample's size in 'Diagram only'."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF

from facilitator.session.store import SessionStore


def test_drag_a_box_fit_export_and_read_it_back(qtbot, sample_window, sample_path, tmp_path):
    window = sample_window
    window.go_to_step("problem_tree")
    page = window.page("problem_tree")
    qtbot.mouseClick(page.wide_button, Qt.MouseButton.LeftButton)  # Diagram only
    qtbot.wait(50)
    view, scene = page.view, page.scene
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    tree = scene.itemsBoundingRect()
    assert shown.left() <= tree.left() + 1 and shown.right() >= tree.right() - 1  # whole width
    # legible: the boxes' type on screen is at least 8 points (of a 11-point body)
    on_screen = scene.font.pointSizeF() * view.transform().m11()
    assert on_screen >= 8, on_screen
    # Fit: the whole tree in the window
    qtbot.mouseClick(page.findChild(type(page.wide_button), "tree-fit"), Qt.MouseButton.LeftButton)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(scene.itemsBoundingRect())
    # drag the first box 120 pixels to the right
    iid, node = next(iter(scene.nodes.items()))
    start = view.mapFromScene(node.sceneBoundingRect().center())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(view.viewport(), start + QPoint(20 * step, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(120, 0))
    with closing(sqlite3.connect(f"file:{sample_path}?mode=ro", uri=True)) as conn:
        rows = conn.execute("SELECT item_id, x FROM item_positions").fetchall()
    assert [r[0] for r in rows] == [iid]
    moved_x = scene.nodes[iid].pos().x()
    assert moved_x > 0
    # undo puts the box back where the layout had it
    window.undo()
    assert scene.nodes[iid].pos().x() < moved_x
    window.redo()
    assert abs(scene.nodes[iid].pos().x() - moved_x) < 1
    # saved as pictures a browser and an image viewer open
    png, svg = tmp_path / "tree.png", tmp_path / "tree.svg"
    assert page.export_picture(str(png)) and page.export_picture(str(svg))
    with Image.open(png) as image:
        assert image.width > 600 and image.getextrema() != ((255, 255), (255, 255), (255, 255))
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text and "Problem tree" in text
    assert not page.export_picture(str(tmp_path / "missing-folder" / "tree.png"))
    assert "could not be saved" in window.statusBar().currentMessage()
    window.close()
    with SessionStore.open(sample_path, backup=False) as store:
        assert store.scalar("SELECT COUNT(*) FROM item_positions") == 1


def test_removing_a_dragged_item_takes_its_place_along(sample_path):
    from facilitator.plan import problem_tree as ops

    with SessionStore.open(sample_path, backup=False) as store:
        iid = store.scalar("SELECT MIN(id) FROM items")
        store.apply(ops.move_box(iid, 10, 20))
        store.apply(ops.remove_item(iid))
        assert store.scalar("SELECT COUNT(*) FROM item_positions") == 0
        store.undo()
        assert ops.box_positions(store) == {iid: (10.0, 20.0)}
    assert QFontMetricsF  # (imported for the legibility measure's type)
