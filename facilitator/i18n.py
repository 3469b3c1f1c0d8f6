"""The languages the app and its documents speak, without Qt.

The core writes its user-facing words as plain English source strings. Words the
app shows are marked with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` collects them into ``ui/translations/*.ts``; the app then
translates them with ``QCoreApplication.translate(context, text)``. The fixed words
of exported documents are translated by ``facilitator.documents.words`` instead,
so a document's language is chosen at export, apart from the app's.
"""

from __future__ import annotations

#: language code → its own name, English first (the source language)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "fa": "فارسی",
    "tr": "Türkçe",
}
#: languages written right to left
RIGHT_TO_LEFT = frozenset({"fa"})
SOURCE_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def shipped(code: str | None) -> str:
    """The shipped language for a code such as ``ru``, ``fa_IR`` or ``tr-TR``; English when
    the code names none of them."""
    base = (code or "").replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def check_language(code: str) -> str:
    """``code`` when it is a shipped language; otherwise a sentence naming the choices."""
    if code not in LANGUAGES:
        from facilitator.errors import FacilitatorError

        raise FacilitatorError(
            f"There is no language '{code}'; choose one of {', '.join(LANGUAGES)}."
        )
    return code
