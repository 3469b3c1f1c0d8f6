"""Footnotes on score figures: written, changed and removed as undoable steps, printed in the tables."""

from __future__ import annotations

import pytest
from test_export_logframe import raw_text
from voting_workshop import build, item, person

from facilitator.documents import export_document
from facilitator.errors import EditError
from facilitator.plan import edits as ops
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits
from facilitator.voting import footnotes
from facilitator.voting.results import Results


@pytest.fixture
def store(tmp_path):
    with SessionStore.create(tmp_path / "notes.zopp") as store:
        build(store)
        law = item(store, "Weak law enforcement")
        for name, country, value in (("Ani Sargsyan", "AM", 3), ("Karwan Aziz", "IQ", 1)):
            pid = person(store, name).id
            store.apply(
                vote_edits.set_vote(pid, "country", country, "item", law, "importance", value)
            )
        yield store


def notes(store) -> list[tuple[str, str]]:
    return [(r["key"], r["body"]) for r in store.rows("SELECT key, body FROM notes ORDER BY id")]


def zagros_cell(store):
    law = item(store, "Weak law enforcement")
    row = next(r for r in Results(store).by_region.rows if r.item_id == law)
    return row.cells[("importance", "Zagros")]


def test_a_footnote_is_written_changed_removed_and_undone(store):
    law = item(store, "Weak law enforcement")
    key = ("region", law, "importance", "Zagros")
    store.apply(footnotes.set_footnote(key, "  Iraq's delegates only "))
    assert notes(store) == [(f"threats-by-region/{law}/importance/Zagros", "Iraq's delegates only")]
    assert footnotes.footnote(store, key) == "Iraq's delegates only"
    assert zagros_cell(store).footnote == "Iraq's delegates only"

    store.apply(footnotes.set_footnote(key, "Scored by Iraq alone"))
    assert [body for _, body in notes(store)] == ["Scored by Iraq alone"]
    store.apply(footnotes.set_footnote(key, ""))
    assert notes(store) == [] and zagros_cell(store).footnote == ""
    store.undo()
    assert [body for _, body in notes(store)] == ["Scored by Iraq alone"]
    store.undo()
    assert [body for _, body in notes(store)] == ["Iraq's delegates only"]


def test_the_same_text_again_is_no_step_and_duplicates_merge(store):
    law = item(store, "Weak law enforcement")
    key = ("overall", law, "capacity")
    note_key = f"threats-by-region/{law}/capacity/overall"
    store.apply(ops.add_note("cell", law, "first", note_key))
    store.apply(ops.add_note("cell", law, "second", note_key))
    store.apply(footnotes.set_footnote(key, "one note"))
    assert notes(store) == [(note_key, "one note")]
    steps = store.scalar("SELECT COUNT(*) FROM history")
    store.apply(footnotes.set_footnote(key, "one note"))
    assert store.scalar("SELECT COUNT(*) FROM history") == steps


def test_figures_the_tables_print_no_footnote_for_are_refused(store):
    law = item(store, "Weak law enforcement")
    activity = store.scalar("SELECT id FROM activities")
    assert footnotes.note_key(store, ("overall", activity, "priority")) is None
    # with regions, a country's own figure is not in the by-region table
    assert footnotes.note_key(store, ("country", law, "importance", "AM")) is None
    with pytest.raises(EditError, match="threat figures"):
        store.apply(footnotes.set_footnote(("country", law, "importance", "AM"), "lost"))
    assert notes(store) == []


def test_the_score_tables_pdf_prints_the_footnote_under_the_table(store, tmp_path):
    law = item(store, "Weak law enforcement")
    store.apply(footnotes.set_footnote(("region", law, "importance", "Zagros"), "Iraq alone"))
    text = " ".join(raw_text(export_document(store, "tables", tmp_path / "t.pdf")).split())
    assert "[1] Iraq alone" in text
