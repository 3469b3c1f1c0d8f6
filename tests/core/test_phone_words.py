"""The phone page speaks the phone's language: Russian, Persian (right to left) or Turkish."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "facilitator" / "live" / "page"


def word_table() -> dict[str, list[str]]:
    text = (PAGE / "words.js").read_text(encoding="utf-8")
    rows = re.findall(r'^\s*"((?:[^"\\]|\\.)*)": \[(.*)\],?$', text, re.MULTILINE)
    return {source: re.findall(r'"((?:[^"\\]|\\.)*)"', row) for source, row in rows}


def test_every_word_of_the_page_has_three_translations():
    table = word_table()
    app = (PAGE / "app.js").read_text(encoding="utf-8")
    html = (PAGE / "index.html").read_text(encoding="utf-8")
    asked = set(re.findall(r'\bT\("((?:[^"\\]|\\.)*)"', app))
    asked |= {
        t.strip()
        for t in re.findall(r">([^<>]*[A-Za-z][^<>]*)</(?:h1|h2|label|button|p|title)>", html)
    }
    assert asked and not asked - set(table), sorted(asked - set(table))
    for source, translations in table.items():
        assert len(translations) == 3 and all(t.strip() for t in translations), source
        wanted = sorted(re.findall(r"\{\d\}", source))
        assert all(sorted(re.findall(r"\{\d\}", t)) == wanted for t in translations), source


CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.mark.skipif(
    not (shutil.which(CHROMIUM) and shutil.which(DRIVER)),
    reason="needs Debian's chromium and chromium-driver",
)
def test_the_page_in_persian_and_russian(tmp_path):
    pytest.importorskip("selenium")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from facilitator.live.server import LiveServer
    from facilitator.session.store import SessionStore

    store = SessionStore.create(tmp_path / "w.zopp")
    store.close()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--window-size=390,844", "--disable-gpu"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    server = LiveServer(tmp_path / "w.zopp", "threat_ranking").start()
    try:
        driver.get(server.address + "?lang=fa")
        assert driver.find_element("id", "join-go").text == "ورود"
        assert driver.execute_script("return document.documentElement.dir") == "rtl"
        driver.get(server.address + "?lang=ru")
        assert driver.find_element("id", "join-go").text == "Войти"
        assert "Код входа" in driver.find_element("css selector", "label").text
        assert driver.execute_script("return document.documentElement.dir") != "rtl"
        driver.get(server.address)  # the browser's own language here is English
        assert driver.find_element("id", "join-go").text == "Join"
    finally:
        server.stop()
        driver.quit()
