"""Revealed results: Table 3.1, by region, the chart, priorities, and the votes behind a figure."""

from __future__ import annotations

import pytest
from answering import answer_next_question
from PySide6.QtCore import QPoint, Qt
from voting_workshop import build, item, person

from facilitator.session.store import SessionStore
from facilitator.voting import current
from facilitator.voting import edits as vote_edits
from facilitator.voting.results import Results
from ui.controller import Controller
from ui.pages.prioritisation import PrioritisationPage
from ui.pages.threat_ranking import ThreatRankingPage


@pytest.fixture
def controller(tmp_path, qtbot):
    store = SessionStore.create(tmp_path / "results.zopp")
    build(store)
    votes = [
        ("Ani Sargsyan", "AM", "Weak law enforcement", 3, 1),
        ("Gor Petrosyan", "AM", "Weak law enforcement", 1, 2),
        ("Şule Yıldız", "TR", "Weak law enforcement", 2, "-"),
        ("Karwan Aziz", "IQ", "Weak law enforcement", 3, 1),
        ("Ani Sargsyan", "AM", "Road mortality", 1, 3),
        ("Karwan Aziz", "IQ", "Road mortality", 3, 1),
    ]
    for name, country, label, importance, capacity in votes:
        pid, iid = person(store, name).id, item(store, label)
        store.apply(
            vote_edits.set_vote(pid, "country", country, "item", iid, "importance", importance)
        )
        store.apply(vote_edits.set_vote(pid, "country", country, "item", iid, "capacity", capacity))
    activities = [r["id"] for r in store.rows("SELECT id FROM activities ORDER BY number")]
    for name, country, values in (
        ("Ani Sargsyan", "AM", (3, 1, 2)),
        ("Gor Petrosyan", "AM", (2, 1, 2)),
        ("Karwan Aziz", "IQ", (1, 3, 3)),
    ):
        for aid, value in zip(activities, values):
            store.apply(
                vote_edits.set_vote(
                    person(store, name).id, "country", country, "activity", aid, "priority", value
                )
            )
    c = Controller()
    c.use(store)
    yield c
    c.close()


def click(qtbot, table, row: int, column: int) -> None:
    index = table.model().index(row, column)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def row_of(table, text: str) -> int:
    return next(n for n, r in enumerate(table.figures.rows) if r[0].text == text)


def test_threat_tables_heatmap_filter_and_votes_behind(controller, qtbot):
    page = ThreatRankingPage(controller)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    answer_next_question(yes=True)  # Lena Brandt has not voted
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    table = page.overall_table
    texts = [[c.text for c in r] for r in table.figures.rows]
    # Drivers before threats, each sorted by overall importance; constraints listed, not ranked.
    assert texts[0] == ["Constraints (not ranked)"] and texts[1][0] == "Human population growth"
    law = texts[row_of(table, "Weak law enforcement")]
    # Importance: AM mean(3, 1) = 2, TR 2, IQ 3 → Caucasus 2, Zagros 2.5 → overall 2.25 → 2.3 (half up).
    # Capacity: AM 1.5, TR '-', IQ 1 → Caucasus 1.5, Zagros 1 → overall 1.25 → 1.3.
    assert law[1:] == ["2.3", "1.3"]
    assert [t[0] for t in texts].index("Threats") > row_of(table, "Weak law enforcement")
    strong = table.figures.data(
        table.figures.index(row_of(table, "Weak law enforcement"), 1),
        Qt.ItemDataRole.BackgroundRole,
    )
    weak = table.figures.data(
        table.figures.index(row_of(table, "Road mortality"), 2), Qt.ItemDataRole.BackgroundRole
    )
    assert strong is not None and weak is not None and strong != weak

    click(qtbot, table, row_of(table, "Weak law enforcement"), 1)
    assert "4 votes (1–3, spread 2)" in page.details.line.text()
    qtbot.mouseClick(page.details.button, Qt.MouseButton.LeftButton)
    voters = {page.details.table.item(r, 0).text() for r in range(page.details.table.rowCount())}
    assert voters == {"Ani Sargsyan", "Gor Petrosyan", "Şule Yıldız", "Karwan Aziz"}

    page.country_box.setCurrentIndex(page.country_box.findData("IQ"))
    page.country_box.activated.emit(page.country_box.currentIndex())
    assert table.figures.headers[-2:] == ["IQ importance", "IQ capacity"]
    assert [c.text for c in table.figures.rows[row_of(table, "Weak law enforcement")]][-2:] == [
        "3.0",
        "1.0",
    ]

    region = page.region_table.figures
    assert region.headers[:4] == [
        "Driver or threat",
        "Importance overall",
        "Importance C",
        "Importance Z",
    ]
    law_row = [c.text for c in region.rows[row_of(page.region_table, "Weak law enforcement")]]
    assert law_row[2] == "2.0" and law_row[3].startswith("2.5 (")  # Zagros differs from TR and IQ
    assert len(page.chart.placed()) == 2  # only items with both figures are placed
    radius = page.chart.fontMetrics().height() * 0.62
    spots = [spot for *_, spot in page.chart.dot_positions(radius)]
    assert all(
        (a - b).manhattanLength() > radius for i, a in enumerate(spots) for b in spots[i + 1 :]
    )
    page.result_tabs.setCurrentWidget(page.chart)
    _, point, _, spot = page.chart.dot_positions(radius)[0]
    qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=spot.toPoint())
    assert page.details.line.text().startswith(f"Importance of “{point[2]}”, range-wide")


def test_revealed_results_follow_a_changed_vote(controller, qtbot):
    page = ThreatRankingPage(controller)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.set_revealed(True)
    store = controller.store
    road = row_of(page.overall_table, "Road mortality")
    assert page.overall_table.figures.rows[road][1].text == "2.0"  # Caucasus (AM) 1, Zagros (IQ) 3
    edit = vote_edits.set_vote(
        person(store, "Karwan Aziz").id,
        "country",
        "IQ",
        "item",
        item(store, "Road mortality"),
        "importance",
        1,
    )
    controller.apply(edit)
    qtbot.waitUntil(
        lambda: (
            page.overall_table.figures.rows[row_of(page.overall_table, "Road mortality")][1].text
            == "1.0"
        ),
        timeout=3000,
    )
    page.tabs.setCurrentIndex(0)  # back to voting: results wait until they are shown again
    controller.undo()
    qtbot.wait(400)
    assert (
        page.overall_table.figures.rows[row_of(page.overall_table, "Road mortality")][1].text
        == "1.0"
    )
    page.tabs.setCurrentIndex(1)
    assert (
        page.overall_table.figures.rows[row_of(page.overall_table, "Road mortality")][1].text
        == "2.0"
    )


def test_priorities_per_country_sortable_with_overall(controller, qtbot):
    page = PrioritisationPage(controller)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    assert not page.revealed
    page.set_revealed(True)
    table = page.table
    assert table.figures.headers == ["Activity", "Text", "AM", "TR", "IQ", "Overall"]
    first = [c.text for c in table.figures.rows[0]]
    assert first[0] == "1.1.1" and first[2:] == ["2.50", "Not filled in", "1.00", "1.75"]
    header = table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(5) + 5, 5),
    )
    order = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    overall = {r[0].text: r[-1].value for r in table.figures.rows}
    assert [overall[a] for a in order] == sorted(overall.values()) or [
        overall[a] for a in order
    ] == sorted(overall.values(), reverse=True)
    click(qtbot, table, 0, 2)
    assert "activity" in page.details.line.text() and "2 votes" in page.details.line.text()


def test_votes_behind_a_region_are_its_working_group_when_it_voted(controller, qtbot):
    store = controller.store
    law = item(store, "Weak law enforcement")
    lena = person(store, "Lena Brandt").id  # the international expert speaks for Zagros
    controller.apply(vote_edits.set_vote(lena, "region", "Zagros", "item", law, "importance", 1))
    page = ThreatRankingPage(controller)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    page.set_revealed(True)
    page.result_tabs.setCurrentIndex(1)
    region = page.region_table
    row = row_of(region, "Weak law enforcement")
    zagros = region.figures.headers.index("Importance Z")
    assert region.figures.rows[row][zagros].text.startswith("1.0")  # the group's vote, not TR/IQ
    click(qtbot, region, row, zagros)
    assert "Zagros: 1.0" in page.details.line.text()
    assert "— 1 vote (all 1)" in page.details.line.text()
    qtbot.mouseClick(page.details.button, Qt.MouseButton.LeftButton)
    assert page.details.table.rowCount() == 1
    assert page.details.table.item(0, 0).text() == "Lena Brandt"

    # Overall: Caucasus from AM and TR (3, 1, 2), Zagros from its group (1); Karwan's IQ vote
    # is not behind it.
    click(qtbot, region, row, 1)
    assert "4 votes (1–3, spread 2)" in page.details.line.text()
    voters = {page.details.table.item(r, 0).text() for r in range(page.details.table.rowCount())}
    assert voters == {"Ani Sargsyan", "Gor Petrosyan", "Şule Yıldız", "Lena Brandt"}


def test_priorities_stay_sorted_as_chosen_when_a_vote_changes(controller, qtbot):
    page = PrioritisationPage(controller)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    page.set_revealed(True)
    table = page.table
    header = table.horizontalHeader()
    overall = table.figures.headers.index("Overall")
    for _ in range(2):  # ascending, then descending: the highest priority first
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(header.sectionViewportPosition(overall) + 5, 5),
        )
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def shown() -> list[float]:
        model = table.model()
        return [model.index(r, overall).data(Qt.ItemDataRole.UserRole) for r in range(3)]

    assert shown() == sorted(shown(), reverse=True)
    store = controller.store
    last = store.scalar("SELECT id FROM activities ORDER BY number DESC")
    karwan = person(store, "Karwan Aziz").id
    controller.apply(vote_edits.set_vote(karwan, "country", "IQ", "activity", last, "priority", 1))
    qtbot.waitUntil(lambda: table.figures.rows[-1][-1].text == "1.50", timeout=3000)
    assert header.sortIndicatorSection() == overall
    assert shown() == sorted(shown(), reverse=True)


def test_a_vote_typed_while_results_are_shown_changes_only_its_rows_in_place(
    controller, qtbot, tmp_path
):
    """The facilitator types a vote, then looks at the results: the tables change the cells of
    the voted item in place (no reset: the selection and the scroll stay), the figures are those
    of the file added up afresh, and the vote is in the file when it is opened again."""
    page = ThreatRankingPage(controller)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    page.set_revealed(True)  # revealed without closing the vote: people may still vote
    table, region = page.overall_table, page.region_table
    click(qtbot, region, row_of(region, "Weak law enforcement"), 1)
    resets: list[str] = []
    changed: list[list[int]] = []
    for view in (table, region):
        view.figures.modelReset.connect(lambda: resets.append("reset"))
        view.figures.rows_changed.connect(changed.append)
    selected = region.currentIndex()

    page.tabs.setCurrentIndex(0)
    store = controller.store
    qtbot.mouseClick(
        page.panel.picker.buttons[person(store, "Karwan Aziz").id], Qt.MouseButton.LeftButton
    )
    grid = page.panel.grid
    road = next(
        r for r in range(grid.grid.rowCount()) if grid.grid.index(r, 0).data() == "Road mortality"
    )
    grid.setCurrentIndex(grid.grid.index(road, 1))
    qtbot.keyClick(grid, "1")  # Karwan's importance of road mortality: 3 → 1
    page.tabs.setCurrentIndex(1)  # the results follow once typing pauses

    def road() -> list[str]:
        return [c.text for c in table.figures.rows[row_of(table, "Road mortality")][1:3]]

    qtbot.waitUntil(lambda: road() == ["1.0", "2.0"], timeout=3000)
    assert resets == [] and changed  # changed in place, row by row
    assert all(len(rows) <= 2 for rows in changed)  # the voted item's row (and where it moved)
    assert region.currentIndex() == selected  # the facilitator's place is kept
    fresh = Results(store)
    assert [c.text for c in fresh.threats_grid().rows[-1]] == [
        c.text for c in current.results(store).threats_grid().rows[-1]
    ]
    for view in (table, region):
        figures = view.figures
        for n, row in enumerate(figures.rows):  # each row as tall as its wrapped text needs
            assert view.rowHeight(n) >= view.fontMetrics().height()

    path = store.path
    controller.close()
    with SessionStore.open(path, backup=False) as reopened:
        assert (
            reopened.scalar(
                "SELECT value FROM votes v JOIN participants p ON p.id = v.participant_id "
                "WHERE p.name = 'Karwan Aziz' AND v.target_id = ? AND v.criterion = 'importance'",
                (item(reopened, "Road mortality"),),
            )
            == 1
        )
        law = next(r for r in Results(reopened).threat_ranking if r.label == "Road mortality")
        assert law.cells["importance"].text == "1.0"
