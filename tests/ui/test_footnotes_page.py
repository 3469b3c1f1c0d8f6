"""A facilitator writes a footnote under a by-region figure, as the published tables have them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from voting_workshop import build, item, person

from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits
from ui.controller import Controller
from ui.pages.threat_ranking import ThreatRankingPage


def test_footnote_typed_under_a_figure_is_kept_in_the_file_and_undone(tmp_path, qtbot):
    path = tmp_path / "footnotes.zopp"
    store = SessionStore.create(path)
    build(store)
    law = item(store, "Weak law enforcement")
    for name, country, value in (("Ani Sargsyan", "AM", 3), ("Karwan Aziz", "IQ", 1)):
        pid = person(store, name).id
        store.apply(vote_edits.set_vote(pid, "country", country, "item", law, "importance", value))
    controller = Controller()
    controller.use(store)
    page = ThreatRankingPage(controller)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    page.set_revealed(True)
    page.result_tabs.setCurrentIndex(1)
    table = page.region_table
    row = next(n for n, r in enumerate(table.figures.rows) if r[0].text == "Weak law enforcement")
    zagros = table.figures.headers.index("Importance Z")
    assert not page.details.footnote.isVisible()  # nothing selected: no footnote field
    index = table.model().index(row, zagros)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    field = page.details.footnote
    assert field.isVisible() and field.text() == ""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "Iraq's")
    # a pause in typing: the words so far are in the file, the field keeps focus and text
    qtbot.waitUntil(lambda: store.scalar("SELECT body FROM notes") == "Iraq's", timeout=1000)
    assert field.isVisible() and field.hasFocus() and field.text() == "Iraq's"
    qtbot.keyClicks(field, " delegates only")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert store.scalar("SELECT COUNT(*) FROM notes") == 1
    # the table shows it at once, in the figure's tooltip
    tip = table.figures.data(table.figures.index(row, zagros), Qt.ItemDataRole.ToolTipRole)
    assert "Iraq's delegates only" in tip
    controller.close()

    with SessionStore.open(path, backup=False) as reopened:
        assert reopened.rows("SELECT target, key, body FROM notes") == [
            {
                "target": "cell",
                "key": f"threats-by-region/{law}/importance/Zagros",
                "body": "Iraq's delegates only",
            }
        ]
        controller = Controller()
        controller.use(reopened)
        page = ThreatRankingPage(controller)
        qtbot.addWidget(page)
        page.resize(1280, 720)
        page.show()
        page.refresh()
        assert page.revealed  # the reveal is kept in the file
        page.tabs.setCurrentIndex(1)  # the Results tab
        page.result_tabs.setCurrentIndex(1)
        table = page.region_table
        index = table.model().index(row, zagros)
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
        )
        field = page.details.footnote
        assert field.text() == "Iraq's delegates only"
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert reopened.scalar("SELECT COUNT(*) FROM notes") == 0
        controller.undo()
        assert reopened.scalar("SELECT body FROM notes") == "Iraq's delegates only"
        controller.close()
