"""Edits, undo/redo and history, without Qt."""

from __future__ import annotations

import json

import pytest

from facilitator.errors import EditError
from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.voting import edits as vote_edits


def labels(store, kind=None):
    return [i.label for i in model.items(store, kind)]


def test_undo_and_redo_a_rename(store):
    store.apply(ops.add_item("threat", "Road mortality"))
    iid = model.items(store)[0].id
    store.apply(ops.rename_item(iid, "Road collisions/mortalities"))
    assert store.undo_stack.undo_label() == "rename item"
    store.undo()
    assert labels(store) == ["Road mortality"]
    assert store.undo_stack.redo_label() == "rename item"
    store.redo()
    assert labels(store) == ["Road collisions/mortalities"]


def test_a_new_edit_clears_redo(store):
    store.apply(ops.add_item("driver", "Border fences"))
    store.undo()
    store.apply(ops.add_item("driver", "Weak law enforcement"))
    assert store.redo() is None
    assert labels(store) == ["Weak law enforcement"]


def test_multi_row_edit_is_one_step(store):
    store.apply(
        ops.combine(
            "paste 3 drivers",
            [
                ops.add_item("driver", "Climate change"),
                ops.add_item("driver", "Border fences"),
                ops.add_item("driver", "Infrastructure development"),
            ],
        )
    )
    assert labels(store) == ["Climate change", "Border fences", "Infrastructure development"]
    store.undo()
    assert labels(store) == []
    store.redo()
    assert len(labels(store)) == 3


def test_refused_part_rolls_back_the_whole_edit(store):
    store.apply(ops.add_item("driver", "Border fences"))
    with pytest.raises(EditError, match="already an item"):
        store.apply(
            ops.combine(
                "paste",
                [ops.add_item("driver", "New one"), ops.add_item("threat", "Border fences")],
            )
        )
    assert labels(store) == ["Border fences"]
    assert store.undo_stack.undo_label() == "add driver"


def test_removing_an_item_takes_its_links_and_votes_and_undo_brings_them_back(store):
    store.apply(ops.add_country("TM", "Turkmenistan"))
    store.apply(ops.add_participant("Мерген Ораздурдыев", country="TM"))
    store.apply(ops.add_item("driver", "Weak law enforcement"))
    store.apply(ops.add_item("threat", "Key wild prey depletion"))
    d, t = (i.id for i in model.items(store))
    store.apply(ops.add_link(d, t))
    store.apply(vote_edits.set_vote(1, "country", "TM", "item", d, "importance", 2))
    store.apply(ops.remove_item(d))
    assert model.links(store) == [] and store.scalar("SELECT COUNT(*) FROM votes") == 0
    store.undo()
    assert model.links(store) == [(d, t)]
    assert store.rows("SELECT value FROM votes") == [{"value": 2.0}]


def test_history_keeps_every_vote_with_its_time(store):
    store.apply(ops.add_country("GE", "Georgia"))
    store.apply(ops.add_participant("ნინო ბერიძე", country="GE"))
    store.apply(ops.add_item("threat", "Habitat fragmentation"))
    store.apply(vote_edits.set_vote(1, "country", "GE", "item", 1, "importance", "2"))
    store.apply(vote_edits.set_vote(1, "country", "GE", "item", 1, "importance", "3"))
    store.undo()
    rows = store.rows(
        "SELECT h.action, h.at, c.before, c.after FROM history h "
        "JOIN history_changes c ON c.history_id = h.id WHERE c.tbl = 'votes' ORDER BY h.id"
    )
    assert [r["action"] for r in rows] == ["do", "do", "undo"]
    values = [json.loads(r["after"])["value"] for r in rows]
    assert values == [2.0, 3.0, 2.0]
    assert all(r["at"] for r in rows)
    assert store.rows("SELECT value FROM votes") == [{"value": 2.0}]


def test_same_vote_twice_records_nothing_new(store):
    store.apply(ops.add_country("IQ", "Iraq"))
    store.apply(ops.add_participant("Dilan Ahmed", country="IQ"))
    store.apply(ops.add_item("threat", "Habitat fragmentation"))
    store.apply(vote_edits.set_vote(1, "country", "IQ", "item", 1, "capacity", 1))
    n = store.scalar("SELECT COUNT(*) FROM history")
    store.apply(vote_edits.set_vote(1, "country", "IQ", "item", 1, "capacity", "1,0"))
    assert store.scalar("SELECT COUNT(*) FROM history") == n
    assert store.undo_stack.undo_label() == "set capacity vote"


@pytest.mark.parametrize(
    "criterion, value, message",
    [
        ("importance", 4, "outside the importance scale"),
        ("capacity", 0, "outside the capacity scale"),
        ("importance", "high", "is not a score"),
        ("severity", 2, "not a criterion"),
    ],
)
def test_votes_off_the_scale_are_refused_not_clamped(store, criterion, value, message):
    store.apply(ops.add_country("AZ", "Azerbaijan"))
    store.apply(ops.add_participant("Aysel Məmmədova", country="AZ"))
    store.apply(ops.add_item("threat", "Habitat fragmentation"))
    with pytest.raises(EditError, match=message):
        store.apply(vote_edits.set_vote(1, "country", "AZ", "item", 1, criterion, value))
    assert store.scalar("SELECT COUNT(*) FROM votes") == 0


def test_unknown_and_empty_are_kept_apart(store):
    store.apply(ops.add_country("KZ", "Kazakhstan"))
    store.apply(ops.add_participant("Айгерим Серикова", country="KZ"))
    store.apply(ops.add_participant("Ерлан Жумабаев", country="KZ"))
    store.apply(ops.add_item("threat", "Habitat fragmentation"))
    store.apply(vote_edits.set_vote(1, "country", "KZ", "item", 1, "importance", "-"))
    store.apply(vote_edits.set_vote(2, "country", "KZ", "item", 1, "importance", ""))
    assert store.rows("SELECT answer, value FROM votes ORDER BY participant_id") == [
        {"answer": "unknown", "value": None},
        {"answer": "empty", "value": None},
    ]


def test_links_refuse_self_and_cycles(store):
    for label in ("A driver", "Another driver", "A threat"):
        store.apply(ops.add_item("driver" if "driver" in label else "threat", label))
    a, b, t = (i.id for i in model.items(store))
    store.apply(ops.add_link(a, b))
    store.apply(ops.add_link(b, t))
    with pytest.raises(EditError, match="own cause"):
        store.apply(ops.add_link(a, a))
    with pytest.raises(EditError, match="cycle"):
        store.apply(ops.add_link(t, a))
    assert model.links(store) == [(a, b), (b, t)]


def test_outline_numbering_stays_consistent(store):
    store.apply(ops.add_objective("Secure viable populations"))
    store.apply(ops.add_result(1, "Priority areas known"))
    for text in ("Review data", "Organise workshops", "Develop guidance"):
        store.apply(ops.add_activity(1, text))
    numbers = lambda: [(a.number, a.text) for a in model.activities(store)]
    store.apply(ops.move_outline_row("activities", 3, 0))
    assert numbers() == [
        ("1.1.1", "Develop guidance"),
        ("1.1.2", "Review data"),
        ("1.1.3", "Organise workshops"),
    ]
    store.apply(ops.remove_outline_row("activities", 1))
    assert numbers() == [("1.1.1", "Develop guidance"), ("1.1.2", "Organise workshops")]
    store.apply(ops.add_objective("Protect habitat", position=0))
    assert [o.number + " " + o.text for o in model.outline(store)] == [
        "1 Protect habitat",
        "2 Secure viable populations",
    ]
    assert [a.number for a in model.activities(store)] == ["2.1.1", "2.1.2"]
    store.undo()
    store.undo()
    assert numbers() == [
        ("1.1.1", "Develop guidance"),
        ("1.1.2", "Review data"),
        ("1.1.3", "Organise workshops"),
    ]


def test_text_is_nfc_normalised(store):
    decomposed = "Mengu\u0308llu\u0308og\u0306lu"
    store.apply(ops.add_participant(decomposed))
    assert model.participants(store)[0].name == "Mengüllüoğlu"


def test_vision_drafts_and_adoption(store):
    store.apply(ops.add_draft("vision", "Leopards roam freely"))
    store.apply(ops.add_draft("vision", "Viable leopard populations across the range", adopt=True))
    assert model.adopted_text(store, "vision") == "Viable leopard populations across the range"
    first = model.drafts(store, "vision")[0]["id"]
    store.apply(ops.adopt_draft(first))
    assert model.adopted_text(store, "vision") == "Leopards roam freely"
    store.undo()
    assert model.adopted_text(store, "vision") == "Viable leopard populations across the range"


def test_pasted_control_characters_are_dropped(store):
    store.apply(ops.add_item("threat", "Road\x07 collisions\r\n(night)\x00"))
    assert labels(store) == ["Road collisions\n(night)"]


def test_removing_a_result_whose_activities_refer_to_each_other_undoes_whole(store):
    store.apply(ops.add_country("TR", "Türkiye"))
    store.apply(ops.add_participant("Elif Şahin", country="TR"))
    store.apply(ops.add_objective("Secure viable populations"))
    store.apply(ops.add_result(1, "Priority areas known"))
    store.apply(ops.add_activity(1, "Review data"))
    store.apply(ops.add_activity(1, "Organise workshops"))
    store.apply(ops.set_activity_refs(1, [2]))
    store.apply(ops.set_activity_refs(2, [1]))
    store.apply(ops.add_note("activity", 2, "Ask the ministry first"))
    store.apply(vote_edits.set_vote(1, "country", "TR", "activity", 2, "priority", 3))
    before = [(a.number, a.text, a.refs) for a in model.activities(store)]
    store.apply(ops.remove_outline_row("results", 1))
    assert model.activities(store) == [] and model.notes(store) == []
    assert store.undo_stack.undo_label() == "remove result"
    store.undo()
    assert [(a.number, a.text, a.refs) for a in model.activities(store)] == before
    assert store.rows("SELECT value FROM votes") == [{"value": 3.0}]
    assert [n["body"] for n in model.notes(store)] == ["Ask the ministry first"]


def test_a_change_the_database_refuses_is_one_sentence_and_changes_nothing(store):
    from facilitator.session.edits import FunctionEdit, RowChange

    store.apply(ops.add_item("driver", "Border fences"))
    dangling = FunctionEdit(
        "link to nothing", lambda s: [RowChange("links", {"cause": 1, "effect": 99}, None, {})]
    )
    with pytest.raises(EditError, match="refused 'link to nothing'"):
        store.apply(dangling)
    assert model.links(store) == [] and store.undo_stack.undo_label() == "add driver"
