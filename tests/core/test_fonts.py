"""Every character a document prints is in the font that prints it: no boxes in any script."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from facilitator.documents import export_document
from facilitator.documents.fonts import FONT, FONT_BOLD, font_runs, register_fonts
from facilitator.plan import edits as ops

TESTS = Path(__file__).resolve().parent.parent
#: names in every script the tests and the issue tracker use, Georgian capitals (Mtavruli) among them
SCRIPT_NAMES = [
    "Ნინო Ბერიძე",
    "ᲒᲘᲝᲠᲒᲘ ᲛᲔᲚᲐᲨᲕᲘᲚᲘ",
    "ნინო ბერიძე",
    "Gülşen Yılmaz",
    "İsmail Ağaoğlu",
    "Иван Петров",
    "Արամ Սարգսյան",
    "نیلوفر رحمانی‌فر",
    "احمدزی",
    "محمد اکرم ہے",
    "Jürgen Groß",
]
_QUOTED = re.compile(r'"([^"\n]{2,80})"')


def quoted_strings(path: Path) -> set[str]:
    """Quoted strings of a test module that hold a letter outside Basic Latin (names, labels)."""
    return {s for s in _QUOTED.findall(path.read_text(encoding="utf-8")) if not s.isascii()}


def session_texts(store) -> set[str]:
    """Every text the session file holds, in every table but its history."""
    out: set[str] = set()
    for (table,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table.startswith("history"):
            continue
        for row in store.conn.execute(f"SELECT * FROM {table}"):
            out |= {v for v in row if isinstance(v, str)}
    return out


def missing_glyphs(texts: set[str]) -> set[str]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    missing = set()
    for text in texts:
        for base in (FONT, FONT_BOLD):
            for piece, name in font_runs(unicodedata.normalize("NFC", text), base):
                glyphs = pdfmetrics.getFont(name).face.charToGlyph
                missing |= {
                    f"{ch!r} U+{ord(ch):04X} in {name} ({text[:30]})"
                    for ch in piece
                    if ord(ch) not in glyphs and unicodedata.category(ch) not in ("Cc", "Zl")
                }
    return missing


def test_every_character_of_the_sample_is_in_its_font(sample):
    texts = session_texts(sample)
    assert any("\u200c" in t for t in texts)  # the sample's own ZWNJ name is among them
    assert not missing_glyphs(texts)


def test_every_character_of_the_test_names_is_in_its_font():
    texts = set(SCRIPT_NAMES)
    for path in sorted(TESTS.rglob("test_*.py")):
        texts |= quoted_strings(path)
    assert len(texts) > 50
    assert not missing_glyphs(texts)


def test_georgian_capitals_print_in_noto_sans_georgian(store, tmp_path):
    store.apply(ops.add_country("GE", "Georgia"))
    store.apply(ops.add_participant("Ნინო Ბერიძე", "Ilia State University", "GE"))
    pdf = export_document(store, "minutes", tmp_path / "minutes.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    assert "NotoSansGeorgian-Regular" in fonts.stdout
    subsets = [line.split()[0] for line in fonts.stdout.splitlines()[2:]]
    assert len(subsets) == len(set(subsets)), "every embedded subset has its own name"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Ნინო Ბერიძე" in text


@pytest.mark.parametrize("name", ["Ნინო Ბერიძე", "ბერიძე"])
def test_all_georgian_is_one_font(name):
    assert {font for _, font in font_runs(name) if _.strip()} == {"NotoSansGeorgian"}
