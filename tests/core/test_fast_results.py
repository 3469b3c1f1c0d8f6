"""The fast roll-up (SQL sums, plain Python, patched after each vote) gives exactly the cells of a
straightforward recomputation: the previous pandas roll-up (``pandas_reference.py``) and a fresh
``Results`` of the file, on seeded random workshops and after single-vote edits, undo and redo."""

from __future__ import annotations

import math
import random

import pandas as pd
import pandas_reference as reference
import pytest

from facilitator.plan import edits as ops
from facilitator.session.store import SessionStore
from facilitator.voting import current
from facilitator.voting import edits as vote_edits
from facilitator.voting import rounds as round_edits
from facilitator.voting.closing import close_vote
from facilitator.voting.edits import VoteKey
from facilitator.voting.results import Results
from facilitator.voting.scoring import SHOW_EQUAL_KEY, Scores

GRIDS = ("threats", "threats-by-region", "threats-by-country", "priorities", "constraints")
SCALES = {"importance": (0, 3), "capacity": (1, 3), "priority": (1, 3)}


def _answer(rng: random.Random, criterion: str) -> object:
    roll = rng.random()
    if roll < 0.12:
        return "-"
    if roll < 0.2:
        return None
    return rng.randint(*SCALES[criterion])


def random_workshop(store: SessionStore, seed: int) -> random.Random:
    """Countries in one, several or no regions (or no regions at all), voters of whom some do
    not vote, drivers, threats and constraints, activities; country votes with and without a
    working group, votes for whole regions, '-' and blanks."""
    rng = random.Random(seed)
    n_regions = rng.choice([0, 1, 2, 3])
    regions = [f"Region {n}" for n in range(n_regions)]
    for name in regions:
        store.apply(ops.add_region(name, name[0] + name[-1]))
    codes = [f"C{n}" for n in range(rng.randint(2, 6))]
    for code in codes:
        member_of = rng.sample(regions, rng.randint(0, len(regions))) if regions else []
        store.apply(ops.add_country(code, f"Country {code}", member_of))
    setup = [
        ops.add_participant(f"Voter {n}", country=rng.choice(codes), votes=rng.random() > 0.1)
        for n in range(rng.randint(4, 12))
    ]
    kinds = ["driver", "threat", "threat", "constraint"]
    setup += [ops.add_item(rng.choice(kinds), f"Item {n}") for n in range(rng.randint(3, 8))]
    setup.append(ops.add_objective("Objective"))
    store.apply(ops.combine("set up", setup))
    objective = store.scalar("SELECT id FROM objectives")
    store.apply(ops.add_result(objective, "Result"))
    result = store.scalar("SELECT id FROM results")
    store.apply(
        ops.combine(
            "activities",
            [ops.add_activity(result, f"Activity {n}") for n in range(rng.randint(2, 6))],
        )
    )
    for _ in range(rng.randint(20, 160)):
        cast_random_vote(store, rng)
    return rng


def _members(store: SessionStore) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in store.rows("SELECT region, country FROM region_members"):
        out.setdefault(row["country"], []).append(row["region"])
    return out


def random_vote(store: SessionStore, rng: random.Random) -> tuple[VoteKey, object]:
    people = [r["id"] for r in store.rows("SELECT id FROM participants")]
    codes = [r["code"] for r in store.rows("SELECT code FROM countries")]
    regions = [r["name"] for r in store.rows("SELECT name FROM regions")]
    items = [r["id"] for r in store.rows("SELECT id FROM items WHERE kind != 'constraint'")]
    activities = [r["id"] for r in store.rows("SELECT id FROM activities")]
    person = rng.choice(people)
    if activities and (not items or rng.random() < 0.35):
        key = VoteKey(
            person, "country", rng.choice(codes), "activity", rng.choice(activities), "priority"
        )
        return key, _answer(rng, "priority")
    criterion = rng.choice(["importance", "capacity"])
    target = rng.choice(items)
    if regions and rng.random() < 0.15:
        return VoteKey(person, "region", rng.choice(regions), "item", target, criterion), _answer(
            rng, criterion
        )
    code = rng.choice(codes)
    groups = _members(store).get(code, [])
    region = rng.choice(groups) if groups and rng.random() < 0.4 else ""
    key = VoteKey(person, "country", code, "item", target, criterion, region)
    return key, _answer(rng, criterion)


def cast_random_vote(store: SessionStore, rng: random.Random) -> None:
    key, value = random_vote(store, rng)
    store.apply(vote_edits.set_votes("a vote", [(key, value)]))


def _same_cell(got, want, where: str) -> None:
    assert (got.text, got.state, got.key, got.brackets, got.footnote) == (
        want.text,
        want.state,
        want.key,
        want.brackets,
        want.footnote,
    ), where
    assert (got.value is None) == (want.value is None), where
    if got.value is not None:
        assert got.value == want.value, where
    if got.exact is None or want.exact is None:
        assert got.exact is None and want.exact is None, where
    else:
        assert math.isclose(got.exact, want.exact, rel_tol=0, abs_tol=1e-12), where


def assert_same_grids(got: Results, want, label: str) -> None:
    for name in GRIDS:
        a, b = got.grid(name), want.grid(name)
        assert a.headers == b.headers, f"{label}: {name} headers"
        assert len(a.rows) == len(b.rows), f"{label}: {name} rows"
        for r, (row_a, row_b) in enumerate(zip(a.rows, b.rows)):
            assert len(row_a) == len(row_b), f"{label}: {name} row {r}"
            for c, (cell_a, cell_b) in enumerate(zip(row_a, row_b)):
                _same_cell(cell_a, cell_b, f"{label}: {name} row {r} column {b.headers[c]}")


def expected(store: SessionStore, show_equal: bool | None = None, **rounds) -> object:
    """The straightforward recomputation: every vote read and added up by the pandas roll-up."""
    return reference.Results(store, reference.Scores(store, show_equal, **rounds))


@pytest.mark.parametrize("seed", range(12))
def test_the_fast_roll_up_gives_the_cells_of_the_pandas_one_on_random_workshops(store, seed):
    random_workshop(store, seed)
    for show_equal in (False, True):
        got = Results(store, Scores(store, show_equal=show_equal))
        assert_same_grids(got, expected(store, show_equal), f"seed {seed}, equal {show_equal}")


@pytest.mark.parametrize("seed", range(4))
def test_the_fast_frames_equal_the_pandas_frames(store, seed):
    random_workshop(store, seed)
    fast, slow = Scores(store), reference.Scores(store)
    for name in ("region", "overall", "deviations", "priority", "overall_priority", "within"):
        a = getattr(fast, name)
        b = getattr(slow, name)
        keys = [c for c in a.columns if c in ("target_id", "criterion", "region", "country")]
        a = a.sort_values(keys).reset_index(drop=True) if name == "within" else a
        b = b.sort_values(keys).reset_index(drop=True) if name == "within" else b
        pd.testing.assert_frame_equal(a, b, check_dtype=False, obj=f"seed {seed}: {name}")
    for kind in ("item", "activity"):
        pd.testing.assert_frame_equal(fast.country(kind), slow.country(kind), check_dtype=False)


@pytest.mark.parametrize("seed", range(3))
def test_results_after_single_votes_undo_and_redo_equal_a_fresh_recomputation(tmp_path, seed):
    with SessionStore.create(tmp_path / "w.zopp", "Random workshop") as store:
        rng = random_workshop(store, 100 + seed)
        for step in range(40):
            roll = rng.random()
            if roll < 0.6 or not store.undo_stack.peek_undo():
                cast_random_vote(store, rng)
            elif roll < 0.8:
                store.undo()
            elif store.undo_stack.peek_redo():
                store.redo()
            shown = current.results(store)
            assert_same_grids(shown, Results(store), f"seed {seed}, step {step}")
            if step % 8 == 0:
                assert_same_grids(shown, expected(store), f"seed {seed}, step {step} (pandas)")


def test_one_vote_rebuilds_only_its_own_rows(ws):
    before = current.results(ws)
    tables = (before.threat_ranking, before.by_region.rows, before.priorities.rows)
    item = before.threat_ranking[-1].item_id
    voter = ws.scalar("SELECT id FROM participants WHERE votes = 1 AND country IS NOT NULL")
    code = ws.scalar("SELECT country FROM participants WHERE id = ?", (voter,))
    old = before.threat_ranking[-1].cells["capacity"].text
    value = 1 if old != "1.0" else 3
    ws.apply(vote_edits.set_vote(voter, "country", code, "item", item, "capacity", value))
    after = current.results(ws)
    assert after is not before and after.figures.changed == {("item", item, "capacity")}
    fresh = {r.item_id: r for r in after.threat_ranking}
    for row in tables[0]:
        assert (fresh[row.item_id] is row) == (row.item_id != item)
    assert all(a is b for a, b in zip(after.priorities.rows, tables[2]))
    changed = [r for r in after.by_region.rows if not any(r is old for old in tables[1])]
    assert [r.item_id for r in changed] == [item]
    assert_same_grids(after, expected(ws), "after one vote")
    assert current.results(ws) is after  # nothing changed since: nothing added up again


def test_a_vote_from_another_connection_and_other_changes_are_seen(tmp_path):
    path = tmp_path / "w.zopp"
    with SessionStore.create(path, "Workshop") as store:
        rng = random_workshop(store, 7)
        assert current.results(store).threat_ranking
        phone = SessionStore.attach(path)  # as the live server writes: its own connection
        try:
            key, _ = random_vote(phone, rng)
            phone.apply(
                vote_edits.set_votes(
                    "from a phone", [(key, 2 if key.criterion != "importance" else 0)]
                )
            )
        finally:
            phone.close()
        assert_same_grids(current.results(store), expected(store), "after a phone's vote")
        voter = store.scalar("SELECT id FROM participants WHERE votes = 1")
        store.apply(ops.update_participant(voter, votes=False))  # their votes stop counting
        assert_same_grids(current.results(store), expected(store), "after a voter stops")
        store.apply(ops.set_meta({SHOW_EQUAL_KEY: "1"}))
        assert_same_grids(current.results(store), expected(store), "with equal brackets")
        item = store.scalar("SELECT id FROM items WHERE kind != 'constraint'")
        store.apply(ops.rename_item(item, "Renamed"))
        labels = [r.label for r in current.results(store).threat_ranking]
        assert "Renamed" in labels


def test_kept_rounds_are_cached_apart_from_the_current_one(tmp_path):
    with SessionStore.create(tmp_path / "w.zopp", "Workshop") as store:
        rng = random_workshop(store, 3)
        store.apply(close_vote("threat_ranking"))
        store.apply(round_edits.open_round("threat_ranking"))
        for _ in range(15):
            key, value = random_vote(store, rng)
            if key.target_kind == "item":
                store.apply(vote_edits.set_votes("round 2", [(key, value)]))
                round_one = current.results(store, item_round=1)
                assert_same_grids(round_one, expected(store, item_round=1), "round 1")
                assert_same_grids(current.results(store), expected(store), "round 2")


def test_change_listeners_hear_the_rows_of_an_edit_its_undo_and_redo_first(store):
    random_workshop(store, 5)
    heard: list[tuple[str, object]] = []
    store.add_change_listener(lambda tables, changes: heard.append(("rows", changes)))
    store.add_listener(lambda tables: heard.append(("tables", tables)))
    voter = store.scalar("SELECT id FROM participants")
    code = store.scalar("SELECT code FROM countries")
    target = store.scalar("SELECT id FROM items WHERE kind != 'constraint'")
    store.apply(vote_edits.set_vote(voter, "country", code, "item", target, "importance", 3))
    store.undo()
    store.redo()
    assert [kind for kind, _ in heard] == ["rows", "tables"] * 3
    for kind, changes in heard[::2]:
        assert [(c.table, c.key["target_id"], c.key["criterion"]) for c in changes] == [
            ("votes", target, "importance")
        ]
    store.set_preference("zoom", "150")  # a view setting: no rows, only its name
    assert heard[-2] == ("rows", None) and heard[-1] == ("tables", {"pref.zoom"})


def test_changes_the_results_never_read_keep_them_and_others_renew_them(ws):
    before = current.results(ws)
    assert before.threat_ranking
    ws.apply(ops.set_text("vision", "Leopards roam the whole range."))
    ws.apply(vote_edits.reveal("threat_ranking"))  # what the room sees, not what it voted
    assert current.results(ws) is before
    item = before.threat_ranking[0].item_id
    ws.apply(ops.rename_item(item, "Renamed driver"))
    after = current.results(ws)
    assert after is not before and after.threat_ranking[0].label == "Renamed driver"
