"""Right-to-left text in the PDFs: shaped by HarfBuzz, each line in visual order, lines in reading
order, right-aligned, and the words copy and search as typed.

Checked on the glyphs as drawn: ``pdftotext -bbox`` lists every word with its
position and its letters left to right, so a Persian word drawn correctly reads
backwards there and the first word of the sentence sits at the right end of the
top line; plain ``pdftotext`` gives the words as typed.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from facilitator.documents.pdftext import para, styles
from facilitator.plan import edits as ops

WORDS = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده"]
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
)


def drawn_words(pdf) -> list[tuple[float, float, float, str]]:
    """(xMin, yMin, xMax, glyphs left to right) of every word on the first page."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [(float(a), float(b), float(c), w) for a, b, c, w in WORD.findall(out)]


def logical(glyphs: str) -> str:
    """A right-to-left word as typed, from its glyphs drawn left to right."""
    return unicodedata.normalize("NFKC", glyphs[::-1])


def is_shaped(glyphs: str) -> bool:
    return any(0xFB50 <= ord(ch) <= 0xFEFF for ch in glyphs)


def plain_text(pdf) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def drawn_glyphs(text: str) -> str:
    """The glyphs HarfBuzz picks for ``text`` in Noto Sans Arabic, as the font's characters."""
    from facilitator.documents.bidi_text import _shaped
    from facilitator.documents.fonts import ARABIC_FONT, register_fonts

    register_fonts()
    return str(_shaped(text, ARABIC_FONT, 10)[0])


def lines_of(words):
    lines: dict[float, list] = {}
    for w in words:
        lines.setdefault(round(w[1]), []).append(w)
    return [sorted(ws, key=lambda w: w[0]) for _, ws in sorted(lines.items())]


def test_one_line_reads_right_to_left_shaped(tmp_path):
    pdf = tmp_path / "rtl.pdf"
    text = " ".join(WORDS[:6]) + " 2025"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([para(text, styles()["body"])])
    words = sorted(drawn_words(pdf), key=lambda w: w[0])
    assert words[0][3] == "2025"  # the sentence's end is at the left
    persian = [w[3] for w in words[1:]]
    assert [logical(g) for g in reversed(persian)] == WORDS[:6]
    assert " ".join(WORDS[:6]) in plain_text(pdf)  # copies and searches as typed
    assert is_shaped(drawn_glyphs("چهار")) and is_shaped(drawn_glyphs("پنج"))  # drawn joined


def test_wrapped_lines_keep_reading_order_and_align_right(tmp_path):
    pdf = tmp_path / "rtl.pdf"
    text = " ".join(WORDS * 2)
    cell = para(text, styles()["cell"])
    SimpleDocTemplate(str(pdf), pagesize=A4).build([Table([[cell]], colWidths=[120])])
    lines = lines_of(drawn_words(pdf))
    assert len(lines) >= 3
    read = [
        logical(w[3]) for line in lines for w in reversed(line)
    ]  # top line first, right to left
    assert read == WORDS * 2
    right_edges = [line[-1][2] for line in lines]
    assert max(right_edges) - min(right_edges) < 1.0  # every line ends at the right margin
    left_edges = [line[0][0] for line in lines[:-1]]
    assert min(left_edges) > 0


def test_latin_with_a_persian_word_keeps_latin_order(tmp_path):
    pdf = tmp_path / "mixed.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build(
        [para("Office in شیراز since 2019", styles()["body"])]
    )
    words = sorted(drawn_words(pdf), key=lambda w: w[0])
    assert [w[3] for w in words[:2]] == ["Office", "in"]
    assert logical(words[2][3]) == "شیراز"
    assert [w[3] for w in words[3:]] == ["since", "2019"]


def test_sample_persian_names_read_right_to_left_in_the_minutes(sample, tmp_path):
    from facilitator.documents import export_document

    pdf = export_document(sample, "minutes", tmp_path / "minutes.pdf")
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "4", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = [(float(a), float(b), float(c), w) for a, b, c, w in WORD.findall(out)]
    for first, last in (("سارا", "محمدی"), ("رضا", "قاسمی")):
        hits_first = [w for w in words if logical(w[3]) == first]
        hits_last = [w for w in words if logical(w[3]) == last]
        assert any(
            abs(f[1] - l_[1]) < 1 and l_[2] < f[0] for f in hits_first for l_ in hits_last
        ), first


URDU_NAME = ("عائشہ", "ملک")  # heh goal (U+06C1): not in DejaVu Sans


def test_urdu_name_prints_with_its_own_letters_in_the_minutes(sample, tmp_path):
    from facilitator.documents import export_document

    pdf = export_document(sample, "minutes", tmp_path / "minutes.pdf")
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "NotoSansArabic-Regular" in fonts  # Arabic-script letters embedded from Noto Sans Arabic
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "4", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    drawn = [w for _, _, _, w in WORD.findall(out)]
    assert any(logical(w) == URDU_NAME[0] for w in drawn)
    assert " ".join(URDU_NAME) in plain_text(pdf)
    assert chr(0xFBA7) in drawn_glyphs(URDU_NAME[0])  # heh goal in its final form, joined
    assert any(logical(w) == URDU_NAME[1] for w in drawn)


def test_yeh_barree_in_a_bold_heading_and_the_footer(store, tmp_path):
    from facilitator.documents import export_document

    store.apply(ops.set_meta({"title": "نشستِ کراچی ے"}))
    pdf = export_document(store, "logframe", tmp_path / "logframe.pdf")
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "NotoSansArabic-Bold" in fonts and "NotoSansArabic-Regular" in fonts
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert unicodedata.normalize("NFKC", text).count("\u06d2") == 2  # the heading and the footer


def test_every_letter_of_the_sample_is_in_the_font_that_prints_it(sample):
    from arabic_reshaper import reshape
    from reportlab.pdfbase import pdfmetrics

    from facilitator.documents.fonts import FONT, FONT_BOLD, font_runs, register_fonts
    from facilitator.plan import model

    register_fonts()
    texts = [p.name for p in model.participants(sample)] + [
        p.affiliation for p in model.participants(sample)
    ]
    texts += [i.label for i in model.items(sample)] + [a.text for a in model.activities(sample)]
    texts += [c.name for c in model.countries(sample)]
    missing = set()
    for text in texts:
        for base in (FONT, FONT_BOLD):
            for piece, name in font_runs(reshape(text or ""), base):
                glyphs = pdfmetrics.getFont(name).face.charToGlyph
                missing |= {
                    f"{ch} U+{ord(ch):04X} in {name}" for ch in piece if ord(ch) not in glyphs
                }
    assert not missing


def test_persian_copies_as_typed_with_brackets_numbers_and_a_zwnj(tmp_path):
    pdf = tmp_path / "typed.pdf"
    lines = [
        "احمدزی",
        "نیلوفر رحمانی‌فر",  # a zero-width non-joiner: kept in the text, nothing drawn for it
        "حفاظت از پلنگ (IR-AM) در سال 2022",
        "گزارش (سالانه) ۳",
        "Ahmadzai (احمدزی) 12 km",
    ]
    SimpleDocTemplate(str(pdf), pagesize=A4).build([para(t, styles()["body"]) for t in lines])
    text = plain_text(pdf)
    assert "احمدزی" in text and "(سالانه)" in text and "حفاظت از پلنگ" in text
    # a page of Persian reads right to left: the line copies as typed, Latin in brackets too
    # (poppler's direction marks removed)
    typed = text.translate(dict.fromkeys(map(ord, "\u202a\u202b\u202c\u200e\u200f")))
    assert "حفاظت از پلنگ (IR-AM) در سال 2022" in typed
    assert "نیلوفر رحمانی\u200cفر" in text
    drawn = [w[3].strip("\u200e\u200f") for w in drawn_words(pdf)]
    assert "(IR-AM)" in drawn and "2022" in drawn  # left to right inside Persian, not ")IR-AM("
    assert not any(is_shaped(w) for w in drawn)  # joined forms copy as plain letters
    last = lines_of(drawn_words(pdf))[-1]  # Latin line: the Persian name stays in its place
    order = [w[3] for w in last]
    assert order[0] == "Ahmadzai" and order[-2:] == ["12", "km"]
