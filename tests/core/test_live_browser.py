"""The phone page in a real browser (Debian's chromium, headless, phone-sized), then the file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from voting_workshop import build, item, person

from facilitator.live.server import LiveServer
from facilitator.plan import edits as ops
from facilitator.session.store import SessionStore
from facilitator.voting import closing

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    not (shutil.which(CHROMIUM) and shutil.which(DRIVER)),
    reason="needs Debian's chromium and chromium-driver: sudo apt-get install -y chromium chromium-driver",
)
MARKUP = "<b>Bold</b> <img src=x onerror=alert(1)>"
PERSIAN = "فرهاد قاسمی"
CYRILLIC = "Айгерим Нурланкызы"


@pytest.fixture
def browser():
    selenium = pytest.importorskip("selenium", reason="pip install selenium (the test extra)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    del selenium
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--window-size=390,844", "--disable-gpu"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


@pytest.fixture
def ws(tmp_path):
    s = SessionStore.create(tmp_path / "w.zopp")
    build(s)
    s.apply(ops.add_participant(PERSIAN, "DoE", "IQ"))
    s.apply(ops.add_participant(CYRILLIC, "Zoo", "TR"))
    s.apply(ops.add_participant(MARKUP, "Zoo", "IQ"))
    yield s
    s.close()


def shot(driver, name):
    folder = os.environ.get("ZOPP_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / name))


def wait_text(driver, element_id, text, seconds=10):
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, seconds).until(lambda d: text in d.find_element("id", element_id).text)


def test_a_participant_joins_taps_votes_and_the_file_holds_them(browser, ws):
    server = LiveServer(ws.path, "threat_ranking").start()
    try:
        browser.get(server.address)
        browser.find_element("id", "code").send_keys(server.join_code.lower())
        browser.find_element("id", "join-go").click()
        buttons = browser.find_elements("css selector", "#name-list button")
        names = [b.text for b in buttons]
        # Every name literally: the markup is text, no <img> or <b> was made from it.
        assert any(n.startswith(MARKUP) for n in names)
        assert any(n.startswith(PERSIAN) for n in names) and any(
            n.startswith(CYRILLIC) for n in names
        )
        assert browser.find_elements("css selector", "#name-list img, #name-list b") == []
        shot(browser, "phone-names.png")
        next(b for b in buttons if b.text.startswith(PERSIAN)).click()
        wait_text(browser, "who", PERSIAN)
        law = item(ws, "Weak law enforcement")
        assert "Weak law enforcement" in browser.find_element("id", "target-label").text

        def tap(criterion, value):
            browser.find_element(
                "css selector",
                f'.choices button[data-criterion="{criterion}"][data-value="{value}"]',
            ).click()

        tap("importance", "3")
        wait_text(browser, "saved", "saved")
        tap("capacity", "-")
        wait_text(browser, "progress", "2 of")
        browser.find_element("id", "next").click()
        tap("importance", "1")
        wait_text(browser, "progress", "3 of")
        shot(browser, "phone-ballot.png")
        # The facilitator closes the vote: the phone says so and its buttons are disabled.
        ws.apply(closing.close_vote("threat_ranking"))
        wait_text(browser, "banner", "Voting is closed", seconds=10)
    finally:
        server.stop()
    path = ws.path
    ws.close()
    farhad = None
    with SessionStore.open(path, backup=False) as again:
        farhad = person(again, PERSIAN).id
        rows = again.rows(
            "SELECT target_id, criterion, answer, value FROM votes WHERE participant_id = ? "
            "AND scope = 'IQ' ORDER BY target_id, criterion",
            (farhad,),
        )
        inadequate = item(again, "Inadequate livestock husbandry")
    assert [tuple(r.values()) for r in rows] == [
        (law, "capacity", "unknown", None),
        (law, "importance", "number", 3.0),
        (inadequate, "importance", "number", 1.0),
    ]


def test_a_delegate_taps_a_working_group_scope_and_the_vote_keeps_its_region(browser, ws):
    server = LiveServer(ws.path, "threat_ranking").start()
    try:
        browser.get(server.address)
        browser.find_element("id", "code").send_keys(server.join_code)
        browser.find_element("id", "join-go").click()
        buttons = browser.find_elements("css selector", "#name-list button")
        next(b for b in buttons if b.text.startswith(CYRILLIC)).click()
        wait_text(browser, "who", CYRILLIC)
        scopes = browser.find_elements("css selector", "#scopes button")
        assert [s.text for s in scopes] == [
            "Türkiye (TR)",
            "Türkiye — in Caucasus",
            "Türkiye — in Zagros",
            "Caucasus (region)",
            "Zagros (region)",
        ]
        next(s for s in scopes if s.text == "Türkiye — in Zagros").click()
        browser.find_element(
            "css selector", '.choices button[data-criterion="importance"][data-value="2"]'
        ).click()
        wait_text(browser, "saved", "saved")
        chosen = browser.find_element("css selector", "#scopes button.on")
        assert chosen.text == "Türkiye — in Zagros"
        shot(browser, "phone-working-group.png")
        # The same phone in Russian: the page's own words change, the workshop's names stay.
        browser.get(server.address + "?lang=ru")
        wait_text(browser, "who", CYRILLIC)
        scopes = browser.find_elements("css selector", "#scopes button")
        assert [s.text for s in scopes] == [
            "Türkiye (TR)",
            "Türkiye — в группе «Caucasus»",
            "Türkiye — в группе «Zagros»",
            "Caucasus (регион)",
            "Zagros (регион)",
        ]
    finally:
        server.stop()
    path = ws.path
    ws.close()
    with SessionStore.open(path, backup=False) as again:
        aigerim = person(again, CYRILLIC).id
        rows = again.rows(
            "SELECT scope_kind, scope, region, target_id, criterion, value FROM votes "
            "WHERE participant_id = ?",
            (aigerim,),
        )
        law = item(again, "Weak law enforcement")
    assert [tuple(r.values()) for r in rows] == [
        ("country", "TR", "Zagros", law, "importance", 2.0)
    ]
