"""The app in Russian, Persian and Turkish beyond the steps' first view: every tab of every
step (the live panel among them), the Preferences, the Compare view, the ballot import
preview, and the sentences of real errors (a malformed CSV, a refused vote, a refused link).

Words of the session itself, of the files a test imports and the names that stay as they are
(``test_languages.ALLOWED``) are allowed; any other English word fails, as does a cut text.
"""

from __future__ import annotations

import re
import shutil
import socket
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from answering import answer_next_question
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QTabWidget, QWidget
from test_languages import (
    ALLOWED,
    SAMPLE,
    WORD,
    compiled_translations,  # noqa: F401  (builds the .qm files once for this module)
    cut_texts,
    data_words,
    english_left,
    visible_texts,
)
from windows import open_window

from facilitator.plan import model
from facilitator.plan.glossary import STEPS
from facilitator.voting import edits as vote_ops
from facilitator.voting.edits import VoteKey
from ui import i18n
from ui.actions import ActionId

CYRILLIC = re.compile("[а-яА-ЯёЁ]")


def machine_words(folder: Path) -> set[str]:
    """Words of this machine that the app shows as they are: the test's folder (in a file's
    path) and the network interfaces (the live panel names the one it serves on)."""
    names = [str(folder)] + [name for _, name in socket.if_nameindex()]
    return {word for name in names for word in WORD.findall(name)}


@pytest.fixture
def window_in(qtbot, tmp_path: Path):
    """``window_in(language)``: the main window in that language on a copy of the sample,
    at 1280×720, and the words allowed in it."""

    opened = []

    def open_in(language: str):
        assert i18n.install(language) == language
        session = tmp_path / "sample.zopp"
        shutil.copy(SAMPLE, session)
        window = open_window(qtbot, session)
        opened.append(window)
        return window, ALLOWED | data_words(session) | machine_words(tmp_path)

    yield open_in
    for window in opened:
        window.controller.close()
    i18n.install("en")


def check(widget: QWidget, where: str, allowed: set[str], language: str) -> list[str]:
    """English words left and texts cut in ``widget`` as it is shown now."""
    found = [f"{where} · {t}" for t in english_left(visible_texts(widget), allowed, language)]
    return found + [f"{where} · cut · {t}" for t in cut_texts(widget)]


def each_tab(qtbot, root: QWidget, where: str, seen: set[int] | None = None):
    """Show every tab under ``root``, tabs inside tabs too; yields where each one is."""
    seen = set() if seen is None else seen
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in seen or not tabs.isVisibleTo(root):
            continue
        seen.add(id(tabs))
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            qtbot.wait(20)
            here = f"{where} · tab {tabs.tabText(n)}"
            yield here
            yield from each_tab(qtbot, tabs.widget(n), here, seen)


@pytest.mark.parametrize("language", ["ru", "fa", "tr"])
def test_every_tab_of_every_step_speaks_the_language(window_in, qtbot, language: str):
    window, allowed = window_in(language)
    found: list[str] = []
    tabs_seen = 0
    for step in STEPS:
        window.show_step(step.id)
        page = window.page(step.id)
        for where in each_tab(qtbot, page, step.id):
            tabs_seen += 1
            found += check(window, where, allowed, language)
        if hasattr(page, "reveal_button") and not page.revealed:  # the results, revealed
            if page.not_voted()[0]:
                answer_next_question(yes=True)
            qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
            for where in each_tab(qtbot, page, f"{step.id} (revealed)"):
                tabs_seen += 1
                found += check(window, where, allowed, language)
    live = window.page("threat_ranking").live
    window.show_step("threat_ranking")
    window.page("threat_ranking").tabs.setCurrentWidget(live)
    qtbot.wait(20)
    assert live.isVisible(), "the live panel is one of the tabs looked at"
    assert tabs_seen >= 12  # the results' own tabs among them
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("language", ["ru", "fa", "tr"])
def test_the_dialogs_speak_the_language(window_in, qtbot, tmp_path: Path, language: str):
    window, allowed = window_in(language)
    found: list[str] = []

    window.actions[ActionId.PREFERENCES].trigger()
    preferences = window.last_dialog
    qtbot.waitExposed(preferences)
    found += check(preferences, "Preferences", allowed, language)
    preferences.reject()

    from ui.compare_dialog import show_comparison

    earlier = tmp_path / "earlier.zopp"
    shutil.copy(SAMPLE, earlier)
    store = window.controller.store
    activity = model.activities(store)[0]
    rows = store.rows(
        "SELECT participant_id, scope_kind, scope, target_kind, target_id, criterion, region "
        "FROM votes WHERE target_kind = 'activity' AND target_id = ? AND scope = 'AM'",
        (activity.id,),
    )
    window.controller.apply(vote_ops.set_votes("change", [(VoteKey(**r), 1) for r in rows]))
    compare = show_comparison(window, earlier)
    qtbot.waitExposed(compare)
    found += check(compare, "Compare", allowed, language)
    compare.findChild(QCheckBox, "compare-only-changed").click()  # every figure
    found += check(compare, "Compare, every figure", allowed, language)
    compare.close()

    junk = tmp_path / "b1.xlsx"  # a workbook that is no ballot
    book = Workbook()
    book.active.title = "AM"
    book.active["A1"] = 42
    book.save(junk)
    window.show_step("threat_ranking")
    preview = window.page("threat_ranking").import_ballots([junk])
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.problems.rowCount() == 1
    found += check(preview, "import preview", allowed, language)
    preview.reject()

    from ui.monitoring.returns import import_returns

    window.show_step("monitoring")
    monitoring = window.page("monitoring")
    returns = import_returns(monitoring, [junk])  # no country return either
    qtbot.addWidget(returns)
    returns.show()
    qtbot.waitExposed(returns)
    assert returns.problems.rowCount() == 1
    # "About" is the name of the workbook's sheet, as the workbook holds it
    found += check(returns, "returns preview", allowed | {"About"}, language)
    returns.reject()
    monitoring.new_review_dialog()
    review = monitoring.last_dialog
    qtbot.waitExposed(review)
    found += check(review, "new review", allowed, language)
    review.reject()

    for step in ("problem_tree", "threat_ranking", "prioritisation"):  # what the room sees
        window.show_step(step)
        presenter = window.open_presenter()
        qtbot.waitExposed(presenter)
        qtbot.wait(20)
        found += check(presenter, f"presenter · {step}", allowed, language)
    presenter.close()
    assert not found, "\n".join(sorted(set(found)))


def russian_only(text: str, allowed: set[str]) -> None:
    """``text`` is a Russian sentence: Cyrillic, and no English word outside ``allowed``."""
    assert CYRILLIC.search(text), text
    assert not english_left([("message", text)], allowed, "ru"), text


def test_real_errors_are_said_in_russian(window_in, qtbot, tmp_path: Path):
    window, allowed = window_in("ru")
    session_page = window.page("session")

    rows = tmp_path / "p1.csv"  # participants with a bad yes/no and a row too long
    rows.write_text("name,country,votes\nAni Sargsyan,AM,ja\nGor,AM,yes,1,5\n", encoding="utf-8")
    assert not session_page.import_files([str(rows)])
    said = session_page.last_dialog.text()
    assert said.count("\n") >= 2, said  # the header and one line per bad row
    russian_only(said, allowed | {"votes", "csv"})  # the file's own column and name
    session_page.last_dialog.close()

    quote = tmp_path / "q1.csv"  # a quote that never closes
    quote.write_text('name,country\n"Ani,AM\nGor,AM\n', encoding="utf-8")
    assert not session_page.import_files([str(quote)])
    russian_only(session_page.last_dialog.text(), allowed | {"csv"})
    session_page.last_dialog.close()

    window.show_step("threat_ranking")
    page = window.page("threat_ranking")
    voter = model.participants(window.controller.store)[0]
    qtbot.mouseClick(page.panel.picker.buttons[voter.id], Qt.MouseButton.LeftButton)
    grid = page.panel.grid
    qtbot.keyClick(grid, "7")  # outside every scale: refused before it reaches the file
    russian_only(page.panel.reason.text(), allowed)
    assert "7" in page.panel.reason.text()

    window.show_step("problem_tree")
    links = window.page("problem_tree").links
    first = model.items(window.controller.store)[0]
    links.pick(links.cause, first.id)
    links.pick(links.effect, first.id)
    qtbot.mouseClick(links.link_button, Qt.MouseButton.LeftButton)  # refused by the core
    russian_only(links.problem.text(), allowed)
    assert "причиной самого себя" in links.problem.text()


def test_a_refused_change_in_the_status_bar_is_russian(window_in, qtbot):
    window, allowed = window_in("ru")
    from facilitator.plan import edits as ops

    window.show_step("session")
    assert window.controller.apply(ops.add_country("", "")) is None  # a country needs a code
    russian_only(window.statusBar().currentMessage(), allowed)


def review_date(path: Path) -> str:
    """The review's date as the session file holds it (read beside the app, which keeps it open)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT date FROM reviews ORDER BY id LIMIT 1").fetchone()[0]


@pytest.mark.parametrize(
    ("language", "shown", "typed"),
    [
        ("ru", "18.04.2018", "01.06.2019"),
        ("tr", "18.04.2018", "1.06.2019"),
        ("fa", "۲۰۱۸/۴/۱۸", "2019/6/1"),
    ],
)
def test_dates_are_shown_and_typed_in_the_locale_form(
    window_in, qtbot, tmp_path: Path, language: str, shown: str, typed: str
):
    window, allowed = window_in(language)
    window.show_step("monitoring")
    page = window.page("monitoring")
    field = page.review_edits["date"]
    assert field.text() == shown
    assert page.review_box.currentText().endswith(f"({shown})")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert review_date(tmp_path / "sample.zopp") == "2019-06-01"  # kept as an ISO date
    assert field.text() != "2019-06-01"
    if language == "ru":  # what is no date is refused, in Russian, and changes nothing
        field.selectAll()
        qtbot.keyClicks(field, "32.13.2019")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        russian_only(window.statusBar().currentMessage(), allowed)
        assert review_date(tmp_path / "sample.zopp") == "2019-06-01"


def test_what_a_removal_took_with_it_is_said_in_russian(window_in, qtbot, tmp_path: Path):
    window, allowed = window_in("ru")
    window.show_step("problem_tree")
    threats = window.page("problem_tree").lists["threat"]
    first = model.items(window.controller.store, "threat")[0]
    rect = threats.visualRect(threats.records.index(0, 0))
    qtbot.mouseClick(threats.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(threats, Qt.Key.Key_Delete)
    said = window.statusBar().currentMessage()
    assert said.startswith("Удалено: угроза") and "связи: " in said and "Ctrl+Z" in said, said
    russian_only(said, allowed)
    assert first.id not in {i.id for i in model.items(window.controller.store)}


def test_a_text_too_long_for_its_field_is_refused_in_russian(window_in, qtbot):
    from facilitator.plan import edits as ops

    window, allowed = window_in("ru")
    window.show_step("session")
    assert window.controller.apply(ops.add_participant("Ani " * 200, "AM")) is None
    said = window.statusBar().currentMessage()
    assert said.startswith("Имя участника: не более"), said
    russian_only(said, allowed)


def test_names_in_a_persian_sentence_keep_their_place():
    assert i18n.install("fa") == "fa"
    said = i18n.core_text("'Poaching' is already linked to 'Prey depletion'.")
    assert "\u2068Poaching\u2069" in said and "\u2068Prey depletion\u2069" in said
    assert "پیوند" in said  # the sentence itself is Persian
    i18n.install("ru")
    assert i18n.core_text("'Poaching' is already linked to 'Prey depletion'.") == (
        "«Poaching» уже связан(а) с «Prey depletion»."
    )
    i18n.install("en")
