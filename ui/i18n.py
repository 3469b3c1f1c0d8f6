"""The app's language: chosen from the command line, the Preferences, or the system.

``install`` loads the compiled translation (``ui/translations/zopp_<code>.qm``,
built from the ``.ts`` sources by ``pyside6-lrelease``) and Qt's own words for
standard dialogs, sets the locale (dates, numbers) and, for Persian, turns the
window right to left. A missing ``.qm`` leaves the app in English and logs why.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

from facilitator.i18n import LANGUAGES, RIGHT_TO_LEFT, SOURCE_LANGUAGE, shipped

from . import settings

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
#: the translators installed now (kept referenced: Qt does not own them)
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``; lupdate collects calls of this name too."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def qm_path(code: str) -> Path:
    return TRANSLATIONS / f"zopp_{code}.qm"


def system_language() -> str:
    """The shipped language closest to the system's locale (English when none is)."""
    for name in QLocale.system().uiLanguages():
        code = shipped(name)
        if code != SOURCE_LANGUAGE or name.lower().startswith("en"):
            return code
    return SOURCE_LANGUAGE


def chosen_language(command_line: str | None = None) -> str:
    """The command line's language, else the one chosen in Preferences, else the system's."""
    if command_line:
        return shipped(command_line)
    stored = settings.get("language")
    return shipped(stored) if stored else system_language()


def current_language() -> str:
    return _current


_current = SOURCE_LANGUAGE


def install(language: str) -> str:
    """Make ``language`` the app's language; returns the language in use (English when
    its translation is missing)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = shipped(language)
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(qm_path(code))):
            app.installTranslator(ours)
            _installed.append(ours)
            qt_own = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{code}", qt_folder):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
        else:
            log.warning("No translation %s; the app speaks English", qm_path(code))
            code = SOURCE_LANGUAGE
    _current = code
    QLocale.setDefault(QLocale(code))
    direction = (
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(direction)
    return code


def language_names() -> dict[str, str]:
    """Code → the language's own name, for the Preferences."""
    return dict(LANGUAGES)


def format_date(value) -> str:
    """A date (or datetime) in the app locale's short form."""
    from PySide6.QtCore import QDate

    date = QDate(value.year, value.month, value.day)
    return QLocale().toString(date, QLocale.FormatType.ShortFormat)


def step_title(step) -> str:
    """A workshop step's title (``facilitator.plan.glossary``) in the app's language."""
    return QCoreApplication.translate("glossary", step.title)


def step_definition(step) -> str:
    return QCoreApplication.translate("glossary", step.definition)


_patterns: list[tuple[str, re.Pattern[str]]] = []


def _core_patterns() -> list[tuple[str, re.Pattern[str]]]:
    if not _patterns:
        from facilitator.messages import TEMPLATES

        for template in sorted(TEMPLATES, key=lambda t: -len(re.sub(r"\{\w+\}", "", t))):
            parts = re.split(r"\{(\w+)\}", template)
            regex = "".join(
                re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                for i, part in enumerate(parts)
            )
            _patterns.append((template, re.compile(regex, re.DOTALL)))
    return _patterns


def core_text(text: str, depth: int = 2) -> str:
    """A sentence or edit label from the core in the app's language (see
    ``facilitator.messages``); as written when no template matches it. A part that is itself
    a sentence of the core (a reason) is translated too."""
    if not text or _current == SOURCE_LANGUAGE or depth < 0:
        return text
    if "\n" in text:  # a list of problems: each line is a sentence of its own
        return "\n".join(core_text(line, depth) for line in text.split("\n"))
    exact = QCoreApplication.translate("core", text)
    if exact != text:
        return exact
    for template, pattern in _core_patterns():
        found = pattern.fullmatch(text)
        if found:
            translated = QCoreApplication.translate("core", template)
            try:
                parts = {k: _part(v, depth - 1) for k, v in found.groupdict().items()}
                return translated.format(**parts)
            except (KeyError, IndexError, ValueError):  # a translation that lost a {name}
                log.warning("Translation of %r does not fit its template", template)
                return text
    return text


def _part(text: str, depth: int) -> str:
    """A part of a core sentence: translated when it is a core word or sentence, else (a name,
    a path, what was typed) kept as typed and, in a right-to-left sentence, set apart."""
    translated = core_text(text, depth)
    return isolate(text) if translated == text and text.strip() else translated


def local_date(text: str) -> str:
    """An ISO date (``2024-05-31``) in the locale's short form; other text as it is."""
    from datetime import date

    try:
        return format_date(date.fromisoformat(text.strip()))
    except (ValueError, AttributeError):
        return text


def typed_date(text: str) -> str:
    """A date typed in the locale's short form (``18.04.2018``) as the ISO date the core
    keeps (``2018-04-18``); an ISO date, or text that is no date, as it is (the core then
    says what is wrong). English keeps ISO dates: its short form has a two-digit year."""
    from PySide6.QtCore import QDate

    text = text.strip()
    if _current == SOURCE_LANGUAGE or not text or QDate.fromString(text, "yyyy-MM-dd").isValid():
        return text
    found = QLocale().toDate(text, QLocale.FormatType.ShortFormat)
    return found.toString("yyyy-MM-dd") if found.isValid() else text


def shown_date(iso: str) -> str:
    """An ISO date as a field shows it for editing: the locale's short form (ISO in English)."""
    return iso if _current == SOURCE_LANGUAGE else local_date(iso)


def isolate(text: str) -> str:
    """``text`` (typed by the workshop) set apart from the sentence around it, so a Latin text
    keeps its own order inside a Persian sentence (and the other way round)."""
    return f"\u2068{text}\u2069" if text and _current in RIGHT_TO_LEFT else text
