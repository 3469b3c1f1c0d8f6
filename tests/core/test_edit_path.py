"""The closed edit path: edits name the rows they create, plans never write, view settings
tell listeners, revealing results is undoable, and one rule matches names everywhere."""

from __future__ import annotations

import pytest
from test_ballots import fill

from facilitator.ballots import read as ballot_read
from facilitator.ballots import write as ballots
from facilitator.importing import import_file, resolve_scope
from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.plan.outline_input import objective_in_new_theme
from facilitator.session.edits import FunctionEdit
from facilitator.session.store import SessionStore
from facilitator.text import name_key
from facilitator.voting import edits as vote_edits
from facilitator.voting import state as voting


def reopened(store: SessionStore) -> SessionStore:
    path = store.path
    store.close()
    return SessionStore.open(path, backup=False)


def test_an_edit_names_the_rows_it_created(ws):
    objective = ws.apply(ops.add_objective("Reduce conflict")).created("objectives")
    results = ws.apply(
        ops.combine("results", [ops.add_result(objective[0], f"Result {n}") for n in (1, 2)])
    ).created("results")
    assert len(objective) == 1 and len(results) == 2
    with reopened(ws) as again:
        rows = again.rows("SELECT id, objective_id, text FROM results WHERE id IN (?, ?)", results)
        assert sorted(r["text"] for r in rows) == ["Result 1", "Result 2"]
        assert {r["objective_id"] for r in rows} == set(objective)


def test_a_new_theme_named_for_an_objective_is_one_step_and_undoes_whole(ws):
    objective = ws.scalar("SELECT id FROM objectives")
    applied = ws.apply(objective_in_new_theme(objective, "  Habitat  "))
    (theme,) = applied.created("themes")
    assert ws.scalar("SELECT theme_id FROM objectives WHERE id = ?", (objective,)) == theme
    assert ws.scalar("SELECT name FROM themes WHERE id = ?", (theme,)) == "Habitat"
    ws.undo()
    again = reopened(ws)
    assert again.scalar("SELECT COUNT(*) FROM themes") == 0
    assert again.scalar("SELECT theme_id FROM objectives WHERE id = ?", (objective,)) is None
    again.close()


def test_a_plan_cannot_write_and_a_preview_changes_nothing(ws):
    staged = FunctionEdit("stage", lambda s: s.stage(ops.add_theme("Habitat").plan(s)))
    with pytest.raises(RuntimeError):
        staged.plan(ws)  # run outside the store: refused, nothing written
    assert ws.scalar("SELECT COUNT(*) FROM themes") == 0

    objective = ws.scalar("SELECT id FROM objectives")
    steps = ws.scalar("SELECT COUNT(*) FROM history")
    changes = ws.preview(objective_in_new_theme(objective, "Habitat"))
    assert {c.table for c in changes} == {"themes", "objectives"}
    assert ws.undo_stack.undo_label() is None
    with reopened(ws) as again:
        assert again.scalar("SELECT COUNT(*) FROM themes") == 0
        assert again.scalar("SELECT COUNT(*) FROM history") == steps


def test_a_view_setting_tells_listeners_and_is_kept_but_not_undoable(ws):
    heard: list[set[str]] = []
    ws.add_listener(heard.append)
    ws.set_preference("zoom", "1.50")
    ws.set_preference("zoom", "1.50")  # the same again: nothing to tell
    assert heard == [{"pref.zoom"}]
    assert ws.undo_stack.undo_label() is None
    with reopened(ws) as again:
        assert again.preference("zoom") == "1.50"


def test_revealing_results_is_an_undoable_step_listeners_hear_of(ws):
    heard: list[set[str]] = []
    ws.add_listener(heard.append)
    ws.apply(vote_edits.reveal("threat_ranking"))
    assert voting.is_revealed(ws, "threat_ranking")
    assert not voting.is_revealed(ws, "prioritisation")
    assert ws.undo_stack.undo_label() == "reveal the results of threat ranking"
    ws.undo()
    assert heard == [{"meta"}, {"meta"}]
    with reopened(ws) as again:
        assert not voting.is_revealed(again, "threat_ranking")


# -- one rule for names ---------------------------------------------------------------


def test_name_key_folds_case_unicode_form_turkish_i_and_persian_letters():
    assert name_key("KIRSAL") == name_key("Kırsal") == name_key("kirsal")
    assert name_key("İSTANBUL") == name_key("istanbul") == name_key("Istanbul")
    assert name_key("Cafe\u0301") == name_key("CAFÉ")  # decomposed é
    assert name_key("كرمانشاه") == name_key("کرمانشاه")  # Arabic kaf and yeh, Persian letters
    assert name_key("می\u200cخواهم") == name_key("میخواهم")  # zero-width non-joiner
    assert name_key("Zagros ") == name_key("  zagros")
    assert name_key("Kırsal") != name_key("Kursal")


REGION_SPELLINGS = ["KIRSAL", "kırsal", "Kirsal", "KR", "kr", "Kırsal (region)"]


@pytest.fixture
def with_kirsal(ws):
    ws.apply(ops.add_region("Kırsal", "KR", ["TR"]))
    ws.apply(ops.add_region("كرمانشاه", "", ["IQ"]))
    return ws


@pytest.mark.parametrize("written", REGION_SPELLINGS)
def test_the_csv_importer_and_the_ballot_reader_find_a_region_alike(with_kirsal, written):
    assert resolve_scope(with_kirsal, written) == ("region", "Kırsal")
    found = ballot_read.resolve_scope(with_kirsal, written)
    assert found is not None and (found.kind, found.name) == ("region", "Kırsal")


def test_a_persian_region_name_typed_with_arabic_letters_is_found_by_both(with_kirsal):
    typed = "کرمانشاه"  # Persian keh and yeh; the region was written with Arabic kaf and yeh
    assert resolve_scope(with_kirsal, typed) == ("region", "كرمانشاه")
    found = ballot_read.resolve_scope(with_kirsal, typed)
    assert found is not None and found.name == "كرمانشاه"


def test_a_returned_ballot_voting_for_a_region_by_abbreviation_imports(with_kirsal, tmp_path):
    path = next(
        p
        for p in ballots.export_ballots(with_kirsal, tmp_path, "prioritisation")
        if "ule" in p.name  # Şule Yıldız, who votes for TR
    )
    fill(path, {0: (3,), 1: (2,)}, **{"Votes for": "KR", "Participant": "ŞULE YILDIZ"})
    report = import_file(with_kirsal, path)
    assert report.kind == "ballot"
    with reopened(with_kirsal) as again:
        votes = again.rows("SELECT scope_kind, scope, value FROM votes ORDER BY target_id")
        assert [(v["scope_kind"], v["scope"]) for v in votes] == [("region", "Kırsal")] * 2
        assert [v["value"] for v in votes] == [3, 2]
        assert "Kırsal" in [r.name for r in model.regions(again)]


def test_a_ballot_naming_no_region_or_country_here_is_a_problem_and_imports_nothing(
    with_kirsal, tmp_path
):
    path = next(p for p in ballots.export_ballots(with_kirsal, tmp_path, "prioritisation"))
    fill(path, {0: (3,)}, **{"Votes for": "Kursal"})
    preview = ballots.read_ballots(with_kirsal, [path])
    assert [p.message for p in preview.problems] == [
        "'Kursal' is not a country code, country or region of this session."
    ]
    assert with_kirsal.scalar("SELECT COUNT(*) FROM votes") == 0


def test_a_session_open_only_for_reading_keeps_no_view_setting_and_raises_nothing(ws):
    from facilitator.session.opening import open_to_read

    path = ws.path
    ws.close()
    with open_to_read(path) as reader:
        reader.set_preference("zoom", "2.00")
        assert reader.preference("zoom") == ""
    with SessionStore.open(path, backup=False) as again:
        assert again.preference("zoom") == ""
