"""Text as people write it: one spelling per name, and one rule for when two names are the same.

``clean`` trims and NFC-normalises what a user typed; ``cell_text`` turns a
spreadsheet or CSV cell into such text; ``name_key`` is the single rule by
which two spellings of a name match — used alike by the CSV importer, the
ballot reader and the app's checks, so a name found by one is found by all.
"""

from __future__ import annotations

import datetime
import math
import re
import unicodedata
from functools import lru_cache

_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n")
_CONTROL[0x7F] = None
# Control characters: invisible, they garble a terminal and no XLSX may hold them.
# (Tab, line feed and carriage return stay; a vertical tab or form feed, as
# Word's line break pasted into a cell, becomes a line feed.)
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# What spreadsheet templates write into a cell nobody filled in.
EMPTY_WORDS = ("not filled in", "not filled-in", "not filled")

# Letters that different keyboards type for one letter: Turkish dotless i;
# Arabic yeh, alef maksura and kaf for the Persian ones; joiners and tatweel.
FOLD_LETTERS = str.maketrans(
    {
        "ı": "i",
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0643": "\u06a9",
        "\u200c": None,
        "\u200d": None,
        "\u0640": None,
    }
)


def clean(text: str | None) -> str:
    """NFC-normalise and trim user text, so one name is always spelled one way.

    Control characters (but tab and line break) are dropped, and a Windows line
    break becomes a plain one.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    return unicodedata.normalize("NFC", text).strip()


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    folded = clean(text).casefold().replace("i\u0307", "i").translate(FOLD_LETTERS)
    return " ".join(unicodedata.normalize("NFC", folded).split())


def name_key(text: object) -> str:
    """The form in which two spellings of one name compare equal (NFC, case-folded, single spaces).

    Turkish dotted and dotless i fold to one letter, so 'İstanbul', 'ISTANBUL'
    and 'istanbul' (and 'KIRSAL', 'kırsal') are one name; Arabic and Persian
    forms of yeh and kaf fold together and joiners are dropped, as keyboards
    differ in which they type.
    """
    return _fold(str(text or ""))


def same_name(a: object, b: object) -> bool:
    """Whether two spellings name one thing (see ``name_key``)."""
    return name_key(a) == name_key(b)


def cell_text(value: object) -> str:
    """A cell as text: numbers without a trailing '.0', 'Not filled in' as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    text = unicodedata.normalize("NFC", str(value))
    if CONTROLS.search(text):
        text = CONTROLS.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))
    text = text.strip()
    return "" if text.casefold() in EMPTY_WORDS else text
