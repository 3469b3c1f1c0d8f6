"""The fixed words of the exported documents in the language chosen at export.

A document's language is apart from the app's: ``export_document(..., language="ru")``
writes it in Russian whatever the app speaks. Writers call ``word("Indicator")``;
while ``document_language("ru")`` is active that gives the Russian word, otherwise the
English source. Parameters use ``str.format`` names (``"page {page} of {pages}"``).
Users' own texts (objectives, names …) are never translated.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from facilitator.i18n import LANGUAGES, SOURCE_LANGUAGE, check_language

_language: ContextVar[str] = ContextVar("document_language", default=SOURCE_LANGUAGE)

#: English source → (Russian, Persian, Turkish)
_CATALOGUE: dict[str, tuple[str, str, str]] = {
    # page furniture and title block
    "page {page} of {pages}": (
        "стр. {page} из {pages}",
        "صفحهٔ {page} از {pages}",
        "sayfa {page} / {pages}",
    ),
    "Species": ("Вид", "گونه", "Tür"),
    "Meeting": ("Встреча", "نشست", "Toplantı"),
    "Place": ("Место", "مکان", "Yer"),
    "Dates": ("Даты", "تاریخ‌ها", "Tarihler"),
    "Document": ("Документ", "سند", "Belge"),
    # LogFrame
    "LogFrame matrix": ("Матрица LogFrame", "ماتریس LogFrame", "LogFrame matrisi"),
    "LogFrame": ("LogFrame", "LogFrame", "LogFrame"),
    "Vision": ("Видение", "چشم‌انداز", "Vizyon"),
    "Goal": ("Цель", "هدف کلان", "Amaç"),
    "(not adopted yet)": ("(ещё не принято)", "(هنوز تصویب نشده)", "(henüz kabul edilmedi)"),
    "No.": ("№", "شماره", "No."),
    "Objective / Result / Activity": (
        "Задача / Результат / Мероприятие",
        "هدف / نتیجه / فعالیت",
        "Hedef / Sonuç / Faaliyet",
    ),
    "Indicator": ("Индикатор", "شاخص", "Gösterge"),
    "Timeline": ("Сроки", "زمان‌بندی", "Zaman çizelgesi"),
    "Actor(s)": ("Исполнители", "مجری(ها)", "Uygulayıcı(lar)"),
    "Budget": ("Бюджет", "بودجه", "Bütçe"),
    "Priority": ("Приоритет", "اولویت", "Öncelik"),
    "Objective: {text}": ("Задача: {text}", "هدف: {text}", "Hedef: {text}"),
    "Theme: {theme}": ("Тема: {theme}", "موضوع: {theme}", "Tema: {theme}"),
    "Result: {text}": ("Результат: {text}", "نتیجه: {text}", "Sonuç: {text}"),
    "(see Activity {numbers})": (
        "(см. мероприятие {numbers})",
        "(نگاه کنید به فعالیت {numbers})",
        "(bkz. Faaliyet {numbers})",
    ),
    "No objectives yet.": ("Задач пока нет.", "هنوز هدفی نیست.", "Henüz hedef yok."),
    "not prioritised": ("приоритет не задан", "اولویت‌بندی نشده", "önceliklendirilmedi"),
    "High (≥ {limit}): {countries}": (
        "Высокий (≥ {limit}): {countries}",
        "بالا ({limit} و بیشتر): {countries}",
        "Yüksek (≥ {limit}): {countries}",
    ),
}

_INDEX = {code: i for i, code in enumerate(c for c in LANGUAGES if c != SOURCE_LANGUAGE)}


def source_words() -> list[str]:
    """Every English source the catalogue translates."""
    return list(_CATALOGUE)


def word(source: str, /, **params: object) -> str:
    """``source`` in the current document language, with ``params`` filled in."""
    code = _language.get()
    translated = source
    if code != SOURCE_LANGUAGE and source in _CATALOGUE:
        translated = _CATALOGUE[source][_INDEX[code]]
    return translated.format(**params) if params else translated


def current() -> str:
    return _language.get()


@contextmanager
def document_language(code: str | None) -> Iterator[str]:
    """Write the documents made inside this block in ``code`` (English when None)."""
    token = _language.set(check_language(code or SOURCE_LANGUAGE))
    try:
        yield _language.get()
    finally:
        _language.reset(token)
