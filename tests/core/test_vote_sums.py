"""The sums SQLite keeps of the counted votes (``vote_sums``) never drift from the votes: after
every kind of change — votes, imports, phones, undo and redo, voters who stop or start counting,
voters added and removed, rounds opened and undone — they equal a fresh GROUP BY of the votes,
to the last bit; an older file gets them when it is opened."""

from __future__ import annotations

import random
import sqlite3

import pytest
from test_fast_results import random_vote, random_workshop

from facilitator.errors import EditError, ImportProblems
from facilitator.importing import import_file
from facilitator.plan import edits as ops
from facilitator.session import schema, vote_sums
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits
from facilitator.voting import rounds as round_edits
from facilitator.voting.closing import close_vote
from facilitator.voting.results import Results


def fresh(store: SessionStore) -> list[tuple]:
    return sorted(store.conn.execute(vote_sums.FRESH_SQL.format(source="votes", targets="")))


def kept(store: SessionStore) -> list[tuple]:
    return sorted(store.conn.execute(vote_sums.KEPT_SQL.format(targets="")))


def assert_kept_current(store: SessionStore, label: str) -> None:
    want = fresh(store)
    got = kept(store)
    assert got == want, f"{label}: {len(set(got) ^ set(want))} sums differ"


def _decimal_vote(store: SessionStore, rng: random.Random) -> None:
    """Votes with decimals that binary floats do not hold exactly (2,3 and 1,7)."""
    key, _ = random_vote(store, rng)
    store.apply(vote_edits.set_votes("decimals", [(key, rng.choice(["2,3", "1,7", "2,5"]))]))


def _ballot(store: SessionStore, rng: random.Random) -> None:
    store.apply(vote_edits.set_votes("ballot", [random_vote(store, rng) for _ in range(6)]))


def _import(store: SessionStore, rng: random.Random, folder) -> None:
    """A CSV of item votes by name and label, imported as one step."""
    people = [r["name"] for r in store.rows("SELECT name FROM participants")]
    codes = [r["code"] for r in store.rows("SELECT code FROM countries")]
    items = [r["label"] for r in store.rows("SELECT label FROM items WHERE kind != 'constraint'")]
    lines = ["participant,scope,item,criterion,value"]
    for _ in range(8):
        value = rng.choice(["1", "2", "3", "-", ""])
        criterion = rng.choice(["importance", "capacity"])
        line = [rng.choice(people), rng.choice(codes), rng.choice(items), criterion, value]
        lines.append(",".join(line))
    path = folder / f"votes-{rng.random():.6f}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_file(store, path)


def _toggle_voter(store: SessionStore, rng: random.Random) -> None:
    row = rng.choice(store.rows("SELECT id, votes FROM participants"))
    store.apply(ops.update_participant(row["id"], votes=not row["votes"]))


def _new_voter(store: SessionStore, rng: random.Random) -> None:
    code = rng.choice([r["code"] for r in store.rows("SELECT code FROM countries")])
    store.apply(ops.add_participant(f"Late voter {rng.random():.6f}", country=code))


def _remove_voter(store: SessionStore, rng: random.Random) -> None:
    """A participant whose answers are all empty may go, with their empty votes."""
    silent = store.rows(
        "SELECT id FROM participants WHERE id NOT IN "
        "(SELECT participant_id FROM votes WHERE answer != 'empty')"
    )
    if silent:
        store.apply(ops.remove_participant(rng.choice(silent)["id"]))


def _new_round(store: SessionStore, rng: random.Random) -> None:
    kind = rng.choice(["threat_ranking", "prioritisation"])
    store.apply(close_vote(kind))
    target_kind = round_edits.TARGET_KIND[kind]
    targets = [
        r["target_id"]
        for r in store.rows(
            "SELECT DISTINCT target_id FROM votes WHERE target_kind = ?", (target_kind,)
        )
    ]
    chosen = rng.sample(targets, max(1, len(targets) // 2)) if targets else None
    store.apply(round_edits.open_round(kind, targets=chosen if rng.random() < 0.5 else None))


def _phone(store: SessionStore, rng: random.Random) -> None:
    """A vote from another connection, as the live-voting server sends them."""
    phone = SessionStore.attach(store.path)
    try:
        phone.apply(vote_edits.set_votes("from a phone", [random_vote(phone, rng)]))
    finally:
        phone.close()


@pytest.mark.parametrize("seed", range(4))
def test_the_kept_sums_equal_a_fresh_sum_after_every_kind_of_change(tmp_path, seed):
    with SessionStore.create(tmp_path / "w.zopp", "Workshop") as store:
        rng = random_workshop(store, 200 + seed)
        assert_kept_current(store, f"seed {seed}: built")
        steps = [
            ("ballot", lambda: _ballot(store, rng)),
            ("decimals", lambda: _decimal_vote(store, rng)),
            ("import", lambda: _import(store, rng, tmp_path)),
            ("voter toggled", lambda: _toggle_voter(store, rng)),
            ("voter added", lambda: _new_voter(store, rng)),
            ("voter removed", lambda: _remove_voter(store, rng)),
            ("new round", lambda: _new_round(store, rng)),
            ("phone", lambda: _phone(store, rng)),
            ("undo", store.undo),
            ("redo", store.redo),
        ]
        weights = [5, 2, 2, 2, 1, 1, 1, 2, 4, 2]
        for step in range(60):
            name, act = rng.choices(steps, weights)[0]
            try:
                act()
            except (EditError, ImportProblems):  # nothing to undo, a vote the round does not ask
                pass
            assert_kept_current(store, f"seed {seed}, step {step} ({name})")
        assert Results(store).threat_ranking is not None


def test_a_voter_who_stops_counting_leaves_the_sums_and_comes_back(store):
    random_workshop(store, 9)
    voter = store.scalar(
        "SELECT participant_id FROM votes v JOIN participants p ON p.id = v.participant_id "
        "WHERE p.votes = 1 AND v.answer = 'number' LIMIT 1"
    )
    before = kept(store)
    store.apply(ops.update_participant(voter, votes=False))
    assert kept(store) != before  # their numbers no longer count
    assert_kept_current(store, "stopped")
    store.undo()
    assert kept(store) == before


def test_an_older_file_gets_its_sums_when_opened(tmp_path):
    path = tmp_path / "old.zopp"
    with SessionStore.create(path, "Workshop") as store:
        random_workshop(store, 11)
        want = fresh(store)
    conn = sqlite3.connect(path)  # as the release before this one left it
    for (name,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE vote_sums")
    conn.execute("CREATE INDEX votes_target ON votes (target_kind, target_id, criterion)")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    with SessionStore.open(path, backup=False) as store:
        assert kept(store) == want
        indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_schema")}
        assert "votes_target" not in indexes and "votes_rollup" in indexes
        rng = random.Random(1)
        store.apply(vote_edits.set_votes("after opening", [random_vote(store, rng)]))
        assert_kept_current(store, "a vote after opening")


def test_a_ballot_naming_one_cell_twice_keeps_its_last_answer(tmp_path):
    path = tmp_path / "w.zopp"
    with SessionStore.create(path, "Workshop") as store:
        store.apply(ops.add_country("AM", "Armenia", []))
        store.apply(ops.add_item("threat", "Poaching"))
        pid = store.apply(ops.add_participant("Anahit", country="AM")).created("participants")[0]
        item = store.scalar("SELECT id FROM items")
        key = vote_edits.VoteKey(pid, "country", "AM", "item", item, "importance")
        store.apply(vote_edits.set_votes("ballot", [(key, 1), (key, 3)]))
        assert_kept_current(store, "twice")
    with SessionStore.open(path, backup=False) as store:
        assert store.rows("SELECT answer, value FROM votes") == [{"answer": "number", "value": 3.0}]
        assert kept(store) == fresh(store) and kept(store)[0][6:8] == (3.0, 1)


@pytest.mark.parametrize("damage", ["a sum changed", "a trigger dropped"])
def test_sums_a_tool_broke_are_named_by_check_and_made_again(tmp_path, capsys, damage):
    from facilitator.cli.commands import main

    path = tmp_path / "w.zopp"
    with SessionStore.create(path, "Workshop") as store:
        random_workshop(store, 12)
        want, votes = fresh(store), store.rows("SELECT * FROM votes ORDER BY 1, 2, 3, 4, 5, 6, 7")
    conn = sqlite3.connect(path)  # another tool, writing the file behind the app's back
    if damage == "a sum changed":
        conn.execute(
            "UPDATE vote_sums SET total = total + 1 WHERE (target_kind, target_id, criterion, "
            "scope_kind, scope, region) IN (SELECT target_kind, target_id, criterion, "
            "scope_kind, scope, region FROM vote_sums WHERE n > 0 LIMIT 1)"
        )
    else:
        conn.execute("DROP TRIGGER vote_sums_vote_changed")
    conn.commit()
    conn.close()

    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    expected = (
        "differ from the votes in 1 group(s); 'facilitator check --repair'"
        if damage == "a sum changed"
        else "missing their table or triggers; opening the session"
    )
    assert "Problem: The sums of the votes the figures are made of" in out and expected in out

    if damage == "a sum changed":  # the triggers are there: opening alone trusts the sums
        with SessionStore.open(path, backup=False) as store:
            assert vote_sums.differences(store.conn) == 1
        assert main(["check", "--repair", str(path)]) == 0
        assert "were added up again" in capsys.readouterr().out
    with SessionStore.open(path, backup=False) as store:
        assert kept(store) == want  # added up again from the votes
        assert store.rows("SELECT * FROM votes ORDER BY 1, 2, 3, 4, 5, 6, 7") == votes
        assert vote_sums.differences(store.conn) == 0
        rng = random.Random(3)
        for _ in range(20):  # the triggers are back: the sums follow new votes again
            store.apply(vote_edits.set_votes("after the repair", [random_vote(store, rng)]))
        assert_kept_current(store, "after the repair")
    assert main(["check", str(path)]) == 0
    assert "is sound" in capsys.readouterr().out
