"""The LogFrame preview follows the outline and the priorities as they are entered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.plan import edits as ops
from facilitator.voting import edits as vote_edits
from facilitator.voting.edits import VoteKey


def cells(page, row: int) -> list[str]:
    matrix = page.matrix
    return [
        matrix.item(row, c).text() if matrix.item(row, c) else ""
        for c in range(matrix.columnCount())
    ]


def test_logframe_shows_goal_outline_and_priorities(main_window, qtbot):
    apply = main_window.controller.apply
    apply(ops.add_country("AM", "Armenia"))
    apply(ops.add_country("GE", "Georgia"))
    apply(ops.add_participant("Arsen Petrosyan", country="AM"))
    apply(ops.add_participant("Nino Beridze", country="GE"))
    apply(ops.set_text("goal", "Stable leopard numbers by 2035"))
    main_window.navigator.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_step() == "vision"
    qtbot.mouseClick(
        main_window.navigator.viewport(),
        Qt.MouseButton.LeftButton,
        pos=main_window.navigator.visualItemRect(main_window.navigator.item(9)).center(),
    )
    assert main_window.current_step() == "logframe"
    page = main_window.page("logframe")
    assert page.matrix.rowCount() == 1 and page.empty.isVisible()
    assert cells(page, 0)[:2] == ["Goal", "Stable leopard numbers by 2035"]
    apply(ops.update_goal(indicator="Leopards counted", baseline="40", baseline_year="2022"))
    assert cells(page, 0)[2] == "Leopards counted\nBaseline: 40 (2022)"

    apply(ops.add_objective("Reduce poaching"))
    objective = main_window.controller.store.scalar("SELECT id FROM objectives")
    apply(
        ops.add_result(
            objective,
            "Rangers trained",
            indicator="rangers trained",
            target="200",
            target_year="2027",
            verification="Training records",
            assumptions="Rangers stay in post",
        )
    )
    result = main_window.controller.store.scalar("SELECT id FROM results")
    apply(
        ops.add_activity(
            result, "Train rangers", timeline="2023–2025", actors="Ministries", budget="€120,000"
        )
    )
    assert not page.empty.isVisible()
    assert cells(page, 1)[:2] == ["1", "Objective: Reduce poaching"]
    assert cells(page, 2)[:5] == [
        "1.1",
        "Result: Rangers trained",
        "rangers trained\nTarget: 200 (2027)",
        "Training records",
        "Rangers stay in post",
    ]
    assert cells(page, 2)[7] == "Total:\nEUR\u00a0120,000"  # the result's budget, totalled
    row = cells(page, 3)
    assert row[:2] == ["1.1.1", "Train rangers"]
    assert row[5:8] == ["2023–2025", "Ministries", "€120,000"]
    assert row[8] == "not prioritised"

    activity = main_window.controller.store.scalar("SELECT id FROM activities")
    voters = [
        r["id"]
        for r in main_window.controller.store.rows("SELECT id FROM participants ORDER BY id")
    ]
    apply(
        vote_edits.set_votes(
            "priorities",
            [
                (VoteKey(voters[0], "country", "AM", "activity", activity, "priority"), 3),
                (VoteKey(voters[1], "country", "GE", "activity", activity, "priority"), 2),
            ],
        )
    )
    assert cells(page, 3)[8].startswith("2.50")
    assert "AM\u00a03" in cells(page, 3)[8]
    main_window.controller.undo()
    assert cells(page, 3)[8] == "not prioritised"


def test_a_hidden_logframe_catches_up_when_shown(main_window, qtbot):
    apply = main_window.controller.apply
    main_window.show_step("logframe")
    page = main_window.page("logframe")
    main_window.show_step("objectives")
    assert not page.isVisible()
    calls = []
    original = page.refresh
    page.refresh = lambda: (calls.append(1), original())
    apply(ops.add_objective("Keep corridors open"))
    apply(ops.add_objective("Reduce conflict"))
    assert calls == []  # hidden: votes and edits elsewhere do not recompute the matrix
    main_window.show_step("logframe")
    assert calls == [1]
    assert page.isVisible()
    assert page.matrix.item(1, 1).text() == "Objective: Keep corridors open"
