"""The problem tree page, used the way a facilitator does, then read back from the file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.session.store import SessionStore
from ui.actions import ActionId


def tree_page(main_window):
    main_window.show_step("problem_tree")
    return main_window.page("problem_tree")


def press_enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.wait(30)


def next_editor(qtbot, table) -> QLineEdit:
    """The cell editor Enter opened (the table opens it once the commit has been shown)."""
    qtbot.waitUntil(
        lambda: (
            table.state() == table.State.EditingState
            and isinstance(QApplication.focusWidget(), QLineEdit)
        ),
        timeout=2000,
    )
    return QApplication.focusWidget()


def click_cell(qtbot, table, row: int, col: int) -> None:
    rect = table.visualRect(table.records.index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def start_typing_new_row(qtbot, table) -> QLineEdit:
    """Go to the blank last row of a list and press Enter: its editor opens."""
    table.setFocus()
    table.setCurrentIndex(table.records.index(table.records.rowCount() - 1, 0))
    press_enter(qtbot, table)
    return next_editor(qtbot, table)


def type_items(qtbot, table, labels: list[str]) -> None:
    """Type each label and press Enter; Enter opens the next blank row each time."""
    editor = start_typing_new_row(qtbot, table)
    for label in labels:
        if label.isascii():
            qtbot.keyClicks(editor, label)
        else:
            editor.setText(label)
        press_enter(qtbot, editor)
        editor = next_editor(qtbot, table)
        assert table.currentIndex().row() == table.records.rowCount() - 1, (
            "Enter goes on to a new item"
        )
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def pick_and_link(qtbot, page, cause: str, effect: str) -> str:
    links = page.links
    for box, text in ((links.cause, cause), (links.effect, effect)):
        box.lineEdit().clear()
        qtbot.keyClicks(box.lineEdit(), text)
    qtbot.mouseClick(links.link_button, Qt.MouseButton.LeftButton)
    return links.problem.text()


def item_id(store, label: str) -> int:
    return next(i.id for i in model.items(store) if i.label == label)


def test_type_a_driver_and_a_threat_link_them_and_refuse_self_links_and_cycles(
    main_window, qtbot, session_path
):
    page = tree_page(main_window)
    type_items(qtbot, page.lists["driver"], ["Poaching of prey"])
    type_items(qtbot, page.lists["threat"], ["Prey depletion", "Retaliatory killing"])
    store = main_window.controller.store
    assert [(i.kind, i.label) for i in model.items(store)] == [
        ("driver", "Poaching of prey"),
        ("threat", "Prey depletion"),
        ("threat", "Retaliatory killing"),
    ]

    assert pick_and_link(qtbot, page, "Poaching of prey", "Prey depletion") == ""
    assert pick_and_link(qtbot, page, "Prey depletion", "Retaliatory killing") == ""
    assert page.links.links.count() == 2
    assert "Poaching of prey  →  Prey depletion" in page.links.links.item(0).text()

    assert (
        pick_and_link(qtbot, page, "Prey depletion", "Prey depletion")
        == "An item cannot be its own cause."
    )
    refusal = pick_and_link(qtbot, page, "Retaliatory killing", "Poaching of prey")
    assert "would make a cycle" in refusal and "Retaliatory killing" in refusal
    assert pick_and_link(qtbot, page, "Nothing like this", "Prey depletion").startswith(
        "Choose the cause"
    )
    assert len(model.links(store)) == 2
    assert len(page.scene.layout.edges) == 2 and set(page.scene.nodes) == {
        i.id for i in model.items(store)
    }

    # Enter in a box picks and moves on, never links; Ctrl+Enter links; Delete in the list of
    # links removes one, undo brings it back
    links = page.links
    links.cause.lineEdit().clear()
    qtbot.keyClicks(links.cause.lineEdit(), "Poaching of prey")
    qtbot.keyClick(links.cause.lineEdit(), Qt.Key.Key_Return)
    assert links.effect.hasFocus() or links.effect.lineEdit().hasFocus()
    links.effect.lineEdit().clear()
    qtbot.keyClicks(links.effect.lineEdit(), "Retaliatory killing")
    qtbot.keyClick(links.effect.lineEdit(), Qt.Key.Key_Return)
    assert len(model.links(store)) == 2  # chosen, not linked
    assert links.link_button.hasFocus()
    qtbot.keyClick(links.effect.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(model.links(store)) == 3 and links.links.count() == 3
    links.links.setFocus()
    links.links.setCurrentRow(0)
    qtbot.keyClick(links.links, Qt.Key.Key_Delete)
    assert len(model.links(store)) == 2 and len(page.scene.layout.edges) == 2
    main_window.actions[ActionId.UNDO].trigger()
    main_window.actions[ActionId.UNDO].trigger()
    assert len(model.links(store)) == 2

    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        labels = {i.id: i.label for i in model.items(saved)}
        assert sorted((labels[c], labels[e]) for c, e in model.links(saved)) == [
            ("Poaching of prey", "Prey depletion"),
            ("Prey depletion", "Retaliatory killing"),
        ]


def test_clicking_a_box_in_the_diagram_selects_the_item_in_its_list(main_window, qtbot):
    store = main_window.controller.store
    page = tree_page(main_window)
    for kind, label in [
        ("constraint", "Livelihoods"),
        ("driver", "Weak law enforcement"),
        ("threat", "Habitat loss"),
        ("threat", "Road mortality"),
        ("threat", "Prey depletion"),
    ]:
        main_window.controller.apply(ops.add_item(kind, label))
    main_window.controller.apply(
        ops.add_link(item_id(store, "Weak law enforcement"), item_id(store, "Prey depletion"))
    )
    target = item_id(store, "Road mortality")
    node = page.scene.nodes[target]
    page.view.ensureVisible(node)
    qtbot.wait(20)
    point = page.view.mapFromScene(node.sceneBoundingRect().center())
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    threats = page.lists["threat"]
    assert threats.current_item() == target
    assert threats.records.records[threats.currentIndex().row()].values["label"] == "Road mortality"
    assert page.scene.selected_id() == target and node.isSelected()
    # and the other way round: moving in the list selects the box
    threats.setCurrentIndex(threats.records.index(0, 0))
    assert page.scene.selected_id() == item_id(store, "Habitat loss")
    # + and - zoom the diagram, 0 fits it again
    page.view.setFocus()
    scale = page.view.transform().m11()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.transform().m11() > scale
    qtbot.keyClick(page.view, Qt.Key.Key_0)
    assert page.view.transform().m11() == scale
    # the diagram can have the whole page, and give it back
    qtbot.mouseClick(page.wide_button, Qt.MouseButton.LeftButton)
    assert not page.lists_panel.isVisible() and not page.links.isVisible()
    qtbot.mouseClick(page.wide_button, Qt.MouseButton.LeftButton)
    assert page.lists_panel.isVisible() and page.links.isVisible()


def test_paste_three_lines_is_one_undo_step_and_delete_is_undone(main_window, qtbot, session_path):
    page = tree_page(main_window)
    store = main_window.controller.store
    threats = page.lists["threat"]
    threats.setFocus()
    threats.setCurrentIndex(threats.records.index(0, 0))
    QGuiApplication.clipboard().setText(
        "Habitat loss\r\nRoad mortality\temerging\r\n\r\nDisease from livestock\r\n"
    )
    qtbot.keyClick(threats, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [(i.label, i.status) for i in model.items(store)] == [
        ("Habitat loss", "current"),
        ("Road mortality", "emerging"),
        ("Disease from livestock", "current"),
    ]
    assert threats.records.rowCount() == 4  # three items and the blank row
    main_window.actions[ActionId.UNDO].trigger()
    assert model.items(store) == []
    main_window.actions[ActionId.REDO].trigger()
    assert len(model.items(store)) == 3

    main_window.controller.apply(
        ops.add_link(item_id(store, "Road mortality"), item_id(store, "Habitat loss"))
    )
    click_cell(qtbot, threats, 1, 0)
    qtbot.keyClick(threats, Qt.Key.Key_Delete)
    assert [i.label for i in model.items(store)] == ["Habitat loss", "Disease from livestock"]
    assert model.links(store) == [] and page.links.links.count() == 0
    main_window.actions[ActionId.UNDO].trigger()
    assert [i.label for i in model.items(store)] == [
        "Habitat loss",
        "Road mortality",
        "Disease from livestock",
    ]
    assert len(model.links(store)) == 1 and len(page.scene.layout.edges) == 1

    # Alt+Down moves the item down its list
    click_cell(qtbot, threats, 0, 0)
    qtbot.keyClick(threats, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [i.label for i in model.items(store)] == [
        "Road mortality",
        "Habitat loss",
        "Disease from livestock",
    ]
    assert threats.current_item() == item_id(store, "Habitat loss")

    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert [i.label for i in model.items(saved)] == [
            "Road mortality",
            "Habitat loss",
            "Disease from livestock",
        ]
        assert len(model.links(saved)) == 1


def test_turkish_georgian_and_persian_labels_are_kept_exactly(main_window, qtbot, session_path):
    page = tree_page(main_window)
    labels = {
        "constraint": [
            "Yoksulluk ve göç — İç Anadolu",
            "<b>Weak</b> laws & <img src='/etc/passwd'>",
        ],
        "driver": ["Kaçak avcılık (ğ ş ı İ)"],
        "threat": ["ჰაბიტატის დაკარგვა", "شکار غیرقانونی پلنگ"],
    }
    for kind, texts in labels.items():
        type_items(qtbot, page.lists[kind], texts)
    duplicate = start_typing_new_row(qtbot, page.lists["threat"])
    duplicate.setText("ჰაბიტატის დაკარგვა")
    press_enter(qtbot, duplicate)
    assert "already an item" in page.problem.text()
    store = main_window.controller.store
    markup = page.scene.nodes[item_id(store, labels["constraint"][1])]
    assert "&lt;b&gt;Weak&lt;/b&gt; laws &amp; &lt;img" in markup.toolTip(), (
        "markup in a label is shown as typed"
    )
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert {k: [i.label for i in model.items(saved, k)] for k in labels} == labels


def test_items_typed_without_a_pause_after_enter_each_become_one_item(
    main_window, qtbot, session_path
):
    """A fast typist starts the next label before the app has drawn the last one: no key is lost
    and no two labels run together."""
    table = tree_page(main_window).lists["constraint"]
    labels = ["Yoksulluk", "კონფლიქტი", "فقر", "Weak laws"]
    start_typing_new_row(qtbot, table)
    for (
        label
    ) in labels:  # every key goes to whatever has the focus, with no event processing between
        for char in label:
            QApplication.sendEvent(
                QApplication.focusWidget(),
                QKeyEvent(
                    QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
                ),
            )
        QApplication.sendEvent(
            QApplication.focusWidget(),
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        )
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert [i.label for i in model.items(saved)] == labels


def test_a_part_of_a_label_is_enough_to_link_when_only_one_item_holds_it(
    main_window, qtbot, session_path
):
    page = tree_page(main_window)
    for kind, label in (
        ("driver", "Kaçak avcılık"),
        ("driver", "Weak law enforcement"),
        ("threat", "Prey depletion"),
        ("threat", "Retaliatory killing"),
    ):
        main_window.controller.apply(ops.add_item(kind, label))
    store = main_window.controller.store
    refusal = pick_and_link(qtbot, page, "e", "killing")  # four labels hold an "e"
    assert (
        refusal
        == "More than one item holds 'e': type more of the cause, or choose it from the list."
    )
    assert model.links(store) == []
    assert pick_and_link(qtbot, page, "weak LAW", "kill") == ""
    main_window.close()
    with SessionStore.open(session_path, backup=False) as saved:
        assert model.links(saved) == [
            (item_id(saved, "Weak law enforcement"), item_id(saved, "Retaliatory killing"))
        ]


def test_a_link_into_a_constraint_asks_first(main_window, qtbot):
    from answering import answer_next_question, asked

    store = main_window.controller.store
    for kind, label in (("constraint", "Weak governance"), ("driver", "Poaching of prey")):
        main_window.controller.apply(ops.add_item(kind, label))
    page = tree_page(main_window)
    asked.clear()
    answer_next_question(yes=False)
    refusal = pick_and_link(qtbot, page, "Poaching of prey", "Weak governance")
    assert asked and asked[0].startswith("Constraints are causes, not effects")
    assert refusal == "Not linked: a constraint is a cause, not an effect."
    assert model.links(store) == []
    answer_next_question(yes=True)
    assert pick_and_link(qtbot, page, "Poaching of prey", "Weak governance") == ""
    assert len(model.links(store)) == 1
    # constraint → driver is the method's own direction: no question
    asked.clear()
    page.links.links.setFocus()
    page.links.links.setCurrentRow(0)
    qtbot.keyClick(page.links.links, Qt.Key.Key_Delete)
    assert pick_and_link(qtbot, page, "Weak governance", "Poaching of prey") == ""
    assert asked == [] and len(model.links(store)) == 1
