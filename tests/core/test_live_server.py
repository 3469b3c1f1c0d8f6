"""The live-voting server, as phones use it: join, claim, vote, refusals, reveal, restart."""

from __future__ import annotations

import json
import shutil

import pytest
from live_client import Phone
from voting_workshop import build, item, person

from facilitator.live import access
from facilitator.live.server import LiveServer, page_file
from facilitator.plan import edits as ops
from facilitator.session.store import SessionStore
from facilitator.voting import closing, state
from facilitator.voting import edits as vote_edits

MARKUP = "<img src=x onerror=alert(1)> Ali & <b>Reza</b>"


@pytest.fixture
def ws(tmp_path):
    """The small workshop, open as the app holds it, with one voter named in markup."""
    s = SessionStore.create(tmp_path / "w.zopp")
    build(s)
    s.apply(ops.add_participant(MARKUP, "Zoo", "IQ"))
    yield s
    s.close()


@pytest.fixture
def server(ws):
    srv = LiveServer(ws.path, "threat_ranking", vote_rate=50, vote_burst=50).start()
    yield srv
    srv.stop()


def signed_in(server, ws, name="Ani Sargsyan", device="phone-1"):
    phone = Phone(server.address, device)
    status, body = phone.claim(server.join_code, person(ws, name).id)
    assert status == 200, body
    return phone


def votes_in_file(path):
    with SessionStore.open(path, backup=False) as again:
        return again.rows(
            "SELECT scope, criterion, answer, value FROM votes ORDER BY scope, criterion"
        )


def test_join_lists_voters_literally_and_a_wrong_code_gets_one_sentence(server, ws):
    phone = Phone(server.address)
    status, body = phone.join("WRONG1")
    assert status == 403 and body == {
        "error": "That join code is not right; check the code on the shared screen."
    }
    status, body = phone.join(server.join_code.lower())  # typed in lower case
    assert status == 200
    names = [p["name"] for p in body["participants"]]
    assert MARKUP in names and "Şule Yıldız" in names
    assert "values" not in json.dumps(body) and "value" not in json.dumps(body)


def test_a_vote_is_in_the_file_when_acknowledged_with_its_source_and_not_undoable(server, ws):
    phone = signed_in(server, ws)
    status, ballot = phone.ballot()
    assert status == 200
    assert [s["id"] for s in ballot["scopes"]] == ["country:AM", "region:Caucasus"]
    law = item(ws, "Weak law enforcement")
    status, body = phone.vote("country:AM", law, "importance", "3")
    assert status == 200 and body["saved"] is True and body["done"] == 1
    assert phone.vote("country:AM", law, "capacity", "-")[0] == 200
    assert phone.vote("region:Caucasus", law, "importance", "2")[0] == 200
    # The app's own connection sees the votes at once; its undo stack does not hold them.
    assert ws.scalar("SELECT COUNT(*) FROM votes") == 3
    assert ws.undo_stack.undo_label().startswith("add participant")
    labels = [r["label"] for r in ws.rows("SELECT label FROM history WHERE label LIKE '%phone%'")]
    assert labels[0] == "set importance vote from the phone of Ani Sargsyan"
    server.stop()
    ws.close()
    rows = votes_in_file(ws.path)
    assert [tuple(r.values()) for r in rows] == [
        ("AM", "capacity", "unknown", None),
        ("AM", "importance", "number", 3.0),
        ("Caucasus", "importance", "number", 2.0),
    ]


def test_the_ballot_carries_only_the_phones_own_answers(server, ws):
    law = item(ws, "Weak law enforcement")
    gor = person(ws, "Gor Petrosyan").id
    ws.apply(vote_edits.set_vote(gor, "country", "AM", "item", law, "importance", 1))
    phone = signed_in(server, ws)
    phone.vote("country:AM", law, "importance", "3")
    _, ballot = phone.ballot()
    assert ballot["own"]["country:AM"] == {f"{law}/importance": "3"}
    assert ballot["done"] == 1 and ballot["total"] == 4 * 2 * 2
    assert phone.request("GET", "/api/results") == (
        403,
        {"error": "The results are not revealed yet."},
    )


def test_refusals_wrong_token_other_scope_bad_item_closed_vote(server, ws):
    law = item(ws, "Weak law enforcement")
    stranger = Phone(server.address)
    stranger.token = "0" * 32
    status, body = stranger.vote("country:AM", law, "importance", "3")
    assert status == 401 and "not signed in" in body["error"]
    phone = signed_in(server, ws)
    assert phone.vote("country:TR", law, "importance", "3") == (
        403,
        {"error": "You cannot vote for that country or region."},
    )
    constraint = item(ws, "Human population growth")
    assert phone.vote("country:AM", constraint, "importance", "3")[0] == 400
    assert phone.vote("country:AM", law, "priority", "3")[0] == 400
    status, body = phone.vote("country:AM", law, "importance", "7")
    assert status == 400 and body["error"].startswith("7 is outside the importance scale")
    ws.apply(closing.close_vote("threat_ranking"))
    status, body = phone.vote("country:AM", law, "importance", "3")
    assert status == 409
    assert body["error"] == "Threat ranking is closed: no vote can change until it is reopened."
    assert phone.request("GET", "/api/status")[1] == {"closed": True, "revealed": False}
    assert ws.scalar("SELECT COUNT(*) FROM votes") == 0


def test_a_participant_is_bound_to_the_first_phone_until_released(server, ws):
    ani = person(ws, "Ani Sargsyan").id
    first = signed_in(server, ws, device="first")
    second = Phone(server.address, "second")
    status, body = second.claim(server.join_code, ani)
    assert status == 409
    assert body["error"] == (
        "Ani Sargsyan is already voting on another phone; ask the facilitator to release it."
    )
    again = Phone(server.address, "first")  # the same phone, after clearing its page
    assert again.claim(server.join_code, ani)[0] == 200 and again.token == first.token
    server.call(lambda booth: booth.release(ani))
    assert first.ballot()[0] == 401
    assert second.claim(server.join_code, ani)[0] == 200


def test_personal_key_signs_in_without_the_code(server, ws):
    sule = person(ws, "Şule Yıldız").id
    key = server.personal_address(sule).split("#k=")[1]
    phone = Phone(server.address, "x")
    assert phone.claim_personal("0" * 16)[0] == 403
    status, body = phone.claim_personal(key)
    assert status == 200 and body["name"] == "Şule Yıldız"
    scopes = [s["id"] for s in phone.ballot()[1]["scopes"]]
    assert scopes == [
        "country:TR",
        "country:TR@Caucasus",
        "country:TR@Zagros",
        "region:Caucasus",
        "region:Zagros",
    ]


def test_working_groups_are_offered_labelled_as_on_the_grid_and_stored_with_the_vote(server, ws):
    sule = person(ws, "Şule Yıldız")
    phone = signed_in(server, ws, "Şule Yıldız")
    _, ballot = phone.ballot()
    grid = [s.label for s in state.scopes_for(ws, sule)]
    assert [s["label"] for s in ballot["scopes"]] == [
        "Türkiye (TR)",
        "Türkiye — in Caucasus",
        "Türkiye — in Zagros",
        "Caucasus (region)",
        "Zagros (region)",
    ]
    assert {s["label"] for s in ballot["scopes"]} <= set(grid)  # the grid's own labels
    law = item(ws, "Weak law enforcement")
    status, body = phone.vote("country:TR@Zagros", law, "importance", "1")
    assert status == 200 and (body["done"], body["total"]) == (1, 4 * 2 * 3)
    # The same cell for Türkiye without a working group: still one cell of Türkiye's done.
    assert phone.vote("country:TR", law, "importance", "3")[1]["done"] == 1
    _, ballot = phone.ballot()
    assert ballot["own"]["country:TR@Zagros"] == {f"{law}/importance": "1"}
    assert ballot["own"]["country:TR"] == {f"{law}/importance": "3"}
    assert ballot["own"]["country:TR@Caucasus"] == {}
    server.stop()
    ws.close()
    with SessionStore.open(ws.path, backup=False) as again:
        rows = again.rows("SELECT scope, region, value FROM votes ORDER BY region")
    assert [tuple(r.values()) for r in rows] == [("TR", "", 3.0), ("TR", "Zagros", 1.0)]


def test_a_phone_may_not_vote_in_another_countrys_working_group(server, ws):
    law = item(ws, "Weak law enforcement")
    ani = signed_in(server, ws)  # Armenia: in Caucasus only, so no working-group scope
    assert [s["id"] for s in ani.ballot()[1]["scopes"]] == ["country:AM", "region:Caucasus"]
    karwan = signed_in(server, ws, "Karwan Aziz", device="phone-2")  # Iraq, in Zagros
    refused = (403, {"error": "You cannot vote for that country or region."})
    for phone, scope in (
        (ani, "country:TR@Caucasus"),
        (ani, "country:AM@Caucasus"),
        (karwan, "country:TR@Zagros"),
        (karwan, "country:IQ@Zagros"),
        (karwan, "country:IQ@Caucasus"),
    ):
        assert phone.vote(scope, law, "importance", "2") == refused, scope
    assert ws.scalar("SELECT COUNT(*) FROM votes") == 0


def test_oversize_malformed_and_too_fast_requests_are_refused(ws):
    srv = LiveServer(ws.path, "threat_ranking", vote_rate=1, vote_burst=3).start()
    try:
        phone = signed_in(srv, ws)
        law = item(ws, "Weak law enforcement")
        big = json.dumps({"scope": "country:AM", "pad": "x" * 5000}).encode()
        status, body = phone.request("POST", "/api/vote", raw=big)
        assert status == 413 and body == {"error": "That request is too large."}
        assert phone.request("POST", "/api/join", raw=b"\xff{")[0] == 400
        assert phone.request("POST", "/api/join", raw=b"[1]")[0] == 400
        answers = [phone.vote("country:AM", law, "importance", str(n % 4))[0] for n in range(6)]
        assert 429 in answers and answers[0] == 200
        assert ws.scalar("SELECT COUNT(*) FROM votes") == 1
    finally:
        srv.stop()


def test_reveal_lets_phones_see_the_range_wide_figures(server, ws):
    phone = signed_in(server, ws)
    law = item(ws, "Weak law enforcement")
    phone.vote("country:AM", law, "importance", "3")
    state.set_revealed(ws, "threat_ranking", True)
    status, body = phone.request("GET", "/api/results")
    assert status == 200 and body["scores"][str(law)]["importance"] == 3.0
    assert phone.request("GET", "/api/status")[1]["revealed"] is True


def test_a_phone_keeps_voting_with_its_token_after_the_server_restarts(ws):
    srv = LiveServer(ws.path, "threat_ranking").start()
    phone = signed_in(srv, ws)
    code = srv.join_code
    srv.stop()
    again = LiveServer(ws.path, "threat_ranking").start()
    try:
        assert again.join_code == code
        phone.address = again.address.rstrip("/")
        law = item(ws, "Prey depletion")
        assert phone.vote("country:AM", law, "importance", "2")[0] == 200
        assert ws.scalar("SELECT value FROM votes WHERE target_id = ?", (law,)) == 2
    finally:
        again.stop()


def test_the_page_is_small_self_contained_and_never_parses_names_as_markup(server):
    files = [page_file(n) for n in ("index.html", "app.js", "app.css")]
    assert sum(len(f) for f in files) <= 100_000
    text = b"".join(files).decode()
    assert "innerHTML" not in text and "insertAdjacentHTML" not in text
    assert "http://" not in text and "https://" not in text  # no CDN, no web fonts
    import urllib.request

    with urllib.request.urlopen(server.address) as response:
        assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
        assert b"app.js" in response.read()


def test_the_server_listens_only_while_it_runs(ws):
    import urllib.error
    import urllib.request

    srv = LiveServer(ws.path, "threat_ranking").start()
    address = srv.address
    srv.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(address, timeout=2)


def test_keys_and_tokens_are_kept_in_the_session_file(ws):
    key = access.secret(ws)
    assert access.secret(ws) == key and len(access.join_code(ws)) == 6
    ani = person(ws, "Ani Sargsyan").id
    access.bind(ws, ani, "dev")
    assert access.tokens(ws) == {access.token_for(key, ani, "dev"): ani}
    access.release(ws, ani)
    assert access.tokens(ws) == {}


def test_the_personal_sheet_holds_a_working_code_per_voter(server, ws, tmp_path):
    import subprocess

    from facilitator.live.sheet import write_sheet

    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        pytest.skip("needs pdftoppm and zbarimg: sudo apt-get install -y poppler-utils zbar-tools")
    pdf = write_sheet(ws, tmp_path / "cards.pdf", server.address, "threat_ranking")
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(tmp_path / "p")], check=True)
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", *sorted(str(p) for p in tmp_path.glob("p*.png"))],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    assert len(found) == len(state.voters(ws)) == 6
    phone = Phone(server.address, "card")
    status, body = phone.claim_personal(found[0].split("#k=")[1])
    assert status == 200 and body["name"] == state.voters(ws)[0].name


def test_prioritisation_from_a_phone_scores_activities_for_the_own_country(ws):
    srv = LiveServer(ws.path, "prioritisation").start()
    try:
        phone = signed_in(srv, ws, name="Karwan Aziz")
        _, ballot = phone.ballot()
        assert [c["id"] for c in ballot["criteria"]] == ["priority"]
        assert [ch["value"] for ch in ballot["criteria"][0]["choices"]] == ["1", "2", "3", "-"]
        activity = ballot["targets"][0]
        assert activity["number"] == "1.1.1"
        assert phone.vote("country:IQ", activity["id"], "priority", "3")[0] == 200
        assert phone.vote("country:IQ", activity["id"], "priority", "0")[0] == 400
        assert phone.vote("country:IQ", activity["id"], "importance", "2")[0] == 400
        row = ws.rows("SELECT target_kind, scope, value FROM votes")
        assert row == [{"target_kind": "activity", "scope": "IQ", "value": 3.0}]
    finally:
        srv.stop()


def test_in_a_later_round_a_phone_is_asked_only_about_the_reopened_items(server, ws):
    from facilitator.voting import rounds

    law = item(ws, "Weak law enforcement")
    roads = item(ws, "Road mortality")
    ani, gor = person(ws, "Ani Sargsyan").id, person(ws, "Gor Petrosyan").id
    for pid, value in ((ani, 0), (gor, 3)):
        ws.apply(vote_edits.set_vote(pid, "country", "AM", "item", law, "importance", value))
    ws.apply(closing.close_vote("threat_ranking"))
    ws.apply(rounds.open_round("threat_ranking", spread_at_least=2))
    server.call(lambda booth: booth._cache.clear())  # the ballot is cached for a few seconds
    phone = signed_in(server, ws)
    _, ballot = phone.ballot()
    assert [t["label"] for t in ballot["targets"]] == ["Weak law enforcement"]
    assert ballot["own"]["country:AM"] == {} and ballot["total"] == 1 * 2 * 2
    assert phone.vote("country:AM", roads, "importance", "2") == (
        400,
        {"error": "That item is not in this vote."},
    )
    assert phone.vote("country:AM", law, "importance", "2")[0] == 200
