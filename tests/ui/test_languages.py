"""The app in Russian, Persian and Turkish: every step opened, no English left, no text cut.

Words that come from the workshop's own data (the sample is written in English) and a
short list of names that stay as they are (LogFrame, ZOPP, country codes …) are allowed.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from windows import open_window

from facilitator.plan.glossary import STEPS
from ui import i18n
from ui.translations.build import compile_all

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"
#: names and marks that stay as they are in every language
ALLOWED = {
    "LogFrame",
    "ZOPP",
    "Facilitator",
    "PDF",
    "XLSX",
    "CSV",
    "SMART",
    "PoW",
    "CAMI",
    "Ctrl",
    "Shift",
    "Enter",
    "Delete",
    "PageDown",
    "PageUp",
    "Tab",
    "Esc",
    "Alt",
    "zopp",
    "USD",
    "http",
    "https",
    "QR",
    "Wi",
    "Fi",
    "ISO",
    "Del",
    "Backspace",
    "PgUp",
    "PgDown",
    "F1",
    "F11",
    "Miradi",
    "IATI",
    "XML",
    "xml",
    "Word",
    "Excel",
    "docx",
    "xlsx",
    "xmpz",
    "PNG",
    "SVG",
    "III",  # Appendix III: a number
}
WORD = re.compile(r"[A-Za-z]{3,}")
#: a field with at most this many characters (a date, a year, a code) must show them all
SHORT_FIELD = 12
TAG = re.compile(r"<[^>]+>|&\w+;")


@pytest.fixture(scope="module", autouse=True)
def compiled_translations():
    compile_all()
    yield
    i18n.install("en")


def data_words(path: Path) -> set[str]:
    """Every word the session file itself holds (names, texts the workshop typed)."""
    words: set[str] = set()
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        words.update(WORD.findall(value))
    return words


def cell_texts(model, parent=None, limit: int = 400) -> list[str]:
    """What the cells of a list, table or tree show (the first ``limit`` cells)."""
    parent = parent if parent is not None else QModelIndex()
    texts: list[str] = []
    try:  # Qt's own list model keeps columnCount private
        columns = model.columnCount(parent)
    except TypeError:
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
            if column == 0 and columns > 1 and model.rowCount(index) > 0 and len(texts) < limit:
                texts += cell_texts(model, index, limit - len(texts))
            if len(texts) >= limit:
                return texts
    return texts


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(widget name, text) of everything a person sees in the window (or a dialog)."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    menus = window.menuBar().actions() if hasattr(window, "menuBar") else []
    for menu_action in menus:
        found.append(("menu", menu_action.text()))
        for action in menu_action.menu().actions():
            found.append(("menu item", action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append((name, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        header_view = getattr(widget, "horizontalHeader", getattr(widget, "header", None))
        if isinstance(widget, QAbstractItemView) and header_view is not None:
            model = widget.model()
            for column in range(header_view().count()):
                if header_view().isSectionHidden(column):
                    continue
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    found.append((name + " header", header))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += [(name + " cell", text) for text in cell_texts(widget.model())]
        if widget.toolTip():
            found.append((name + " tooltip", widget.toolTip()))
    return found


def ts_words(language: str) -> tuple[set[str], set[str]]:
    """The words of the English sources and of the translations of ``language`` (lower case)."""
    english: set[str] = set()
    translated: set[str] = set()
    root = ET.parse(ROOT / "ui" / "translations" / f"zopp_{language}.ts").getroot()
    for message in root.iter("message"):
        english.update(w.lower() for w in WORD.findall(message.findtext("source") or ""))
        translated.update(w.lower() for w in WORD.findall(message.findtext("translation") or ""))
    return english, translated


def english_left(
    texts: list[tuple[str, str]], allowed: set[str], language: str = "ru"
) -> list[str]:
    """Texts with an English word left. In Cyrillic and Persian any Latin word outside the
    allowed ones counts; in Turkish (Latin letters too) a word of the English sources that
    the Turkish translations never use."""
    english, translated = ts_words(language) if language == "tr" else (set(), set())
    left = []
    for name, text in texts:
        words = [w for w in WORD.findall(TAG.sub(" ", text or "")) if w not in allowed]
        if language == "tr":
            words = [w for w in words if w.lower() in english and w.lower() not in translated]
        if words:
            left.append(f"{name}: {text!r}")
    return left


def cut_texts(window: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + 2 < widget.fontMetrics().horizontalAdvance(
                widget.text().replace("&", "")
            ):
                cut.append(f"{widget.objectName() or type(widget).__name__}: {widget.text()!r}")
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            plain = TAG.sub("", widget.text())
            if "\n" not in plain and widget.width() + 2 < widget.minimumSizeHint().width():
                cut.append(f"{widget.objectName() or 'label'}: {plain!r}")
        elif isinstance(widget, QLineEdit) and 0 < len(widget.text()) <= SHORT_FIELD:
            if widget.contentsRect().width() - 8 < widget.fontMetrics().horizontalAdvance(
                widget.text()
            ):  # a date, a year or a code squeezed by longer words around it
                cut.append(f"{widget.objectName() or 'field'}: {widget.text()!r}")
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            room = widget.contentsRect().width() - 8  # the frame's and the text's margins
            if room < widget.fontMetrics().horizontalAdvance(widget.placeholderText()):
                cut.append(f"{widget.objectName() or 'field'}: {widget.placeholderText()!r}")
    navigator = getattr(window, "navigator", None)
    if navigator is not None and navigator.isVisibleTo(window) and not navigator.compact:
        for row in range(navigator.count()):
            item = navigator.item(row)
            room = navigator.visualItemRect(item).width()
            if room < navigator.fontMetrics().horizontalAdvance(item.text()):
                cut.append(f"step list: {item.text()!r}")
    return cut


@pytest.mark.parametrize("language", ["ru", "fa", "tr"])
def test_every_step_speaks_the_language(qtbot, tmp_path: Path, language: str):

    assert i18n.install(language) == language
    session = tmp_path / "sample.zopp"
    shutil.copy(SAMPLE, session)
    allowed = ALLOWED | data_words(session)
    window = open_window(qtbot, session)
    english, cut = [], []
    for step in STEPS:
        window.show_step(step.id)
        qtbot.wait(20)
        texts = visible_texts(window)
        english += [f"{step.id} · {t}" for t in english_left(texts, allowed, language)]
        cut += [f"{step.id} · {t}" for t in cut_texts(window)]
        holder = window._holders[step.id]
        if holder.horizontalScrollBar().maximum() > 0:  # longer words made the page too wide
            cut.append(f"{step.id} · the page is wider than the window")
    window.controller.close()
    assert not sorted(set(english)), "\n".join(sorted(set(english)))
    assert not cut, "\n".join(cut)


def test_persian_turns_the_window_right_to_left(qtbot, session_path: Path):
    from ui.main_window import MainWindow

    i18n.install("fa")
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_session(session_path)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    navigator = window.navigator
    left_of_navigator = navigator.mapTo(window, navigator.rect().topLeft()).x()
    page = window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    assert left_of_navigator > page, "the step list is on the right, the page on its left"
    assert navigator.item(0).text().endswith("نشست و افراد")
    window.controller.close()
    i18n.install("en")
    assert QCoreApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_missing_translation_falls_back_to_english(qtbot, monkeypatch, tmp_path: Path):
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    assert i18n.install("ru") == "en"
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.navigator.item(0).text().endswith("Session & people")


@pytest.mark.parametrize("language", ["ru", "fa"])
def test_the_by_region_table_at_200_percent_speaks_the_language(
    qtbot, tmp_path: Path, language: str
):
    """Zoomed to 200 % with Iran compared: the headings under the Importance / Capacity band
    are the column's own words ('всего', not ', всего'), and the line saying Iran's columns
    have no room is in the language and reads in its direction."""

    assert i18n.install(language) == language
    session = tmp_path / "sample.zopp"
    shutil.copy(SAMPLE, session)
    window = open_window(qtbot, session)
    window.set_zoom(2.0, remember=False)
    window.go_to_step("threat_ranking")
    page = window.page("threat_ranking")
    page.set_revealed(True)
    page.result_tabs.setCurrentIndex(1)
    box = page.country_box
    box.setCurrentIndex(box.findData("IR"))
    box.activated.emit(box.currentIndex())
    qtbot.wait(150)
    table, note = page.region_table, page.dropped_note
    overall = {"ru": "всего", "fa": "کلی"}[language]
    shown = [table.figures.shown_heading(c) for c in range(1, table.model().columnCount())]
    assert shown[0] == overall and shown[len(shown) // 2] == overall, shown
    assert not [h for h in shown if h[:1] in ",;:" or h[-1:] in ",;:"], shown
    assert table.horizontalScrollBar().maximum() == 0
    assert note.isVisible()
    sentence = {"ru": "здесь не помещается", "fa": "اینجا جا نمی‌شود"}[language]
    assert sentence in note.text()
    assert f'dir="{"rtl" if language == "fa" else "ltr"}"' in note.text()
    window.controller.close()
    i18n.install("en")
