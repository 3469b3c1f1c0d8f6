"""The fonts embedded in the PDF documents, and which one prints each letter.

DejaVu Sans prints Latin with diacritics, Cyrillic and Armenian.
Arabic-script letters (Persian, Arabic, Urdu, in their joined forms) are printed
in Noto Sans Arabic: DejaVu Sans lacks some of them (Urdu heh goal ہ and yeh
barree ے), and one Arabic-script font for all of them keeps a word in one
style. Georgian is printed in Noto Sans Georgian, which has the capital
(Mtavruli) letters DejaVu Sans lacks (Ნ, Ბ). reportlab has no per-glyph
fallback, so text is cut into runs, each in the font that has its letters.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
ARABIC_FONT = "NotoSansArabic"
ARABIC_FONT_BOLD = "NotoSansArabic-Bold"
GEORGIAN_FONT = "NotoSansGeorgian"
GEORGIAN_FONT_BOLD = "NotoSansGeorgian-Bold"
FONTS_DIR = Path(__file__).resolve().parent
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    ARABIC_FONT: "NotoSansArabic-Regular.ttf",
    ARABIC_FONT_BOLD: "NotoSansArabic-Bold.ttf",
    GEORGIAN_FONT: "NotoSansGeorgian-Regular.ttf",
    GEORGIAN_FONT_BOLD: "NotoSansGeorgian-Bold.ttf",
}
#: Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms A and B; joiners keep their word's font
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d"
_ARABIC_RUN = re.compile(f"[{_ARABIC}]+")
#: Georgian (Mkhedruli, Asomtavruli), Georgian Extended (Mtavruli) and Supplement (Nuskhuri)
_GEORGIAN = "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f"
#: a run of one script that another font prints: (Arabic, Georgian)
_SCRIPT_RUN = re.compile(f"(?P<arabic>[{_ARABIC}]+)|(?P<georgian>[{_GEORGIAN}]+)")
_BOLD = {FONT_BOLD, ARABIC_FONT_BOLD, GEORGIAN_FONT_BOLD}


class TaggedTTFont(TTFont):
    """A TrueType font whose embedded subsets get tags of their own (``QKXWMA+DejaVuSans``),
    not the same ``AAAAAA+`` for every font, as the PDF standard asks."""

    def addObjects(self, doc) -> None:
        first = zlib.crc32(self.fontName.encode()) % (26**6 - 1000)
        original = ttfonts.SUBSETN
        ttfonts.SUBSETN = lambda n: _tag(first + n)  # type: ignore[assignment]
        try:
            super().addObjects(doc)
        finally:
            ttfonts.SUBSETN = original


def _tag(number: int) -> bytes:
    letters = ""
    for _ in range(6):
        number, digit = divmod(number, 26)
        letters += chr(ord("A") + digit)
    return letters.encode("ascii")


def register_fonts() -> None:
    """Embed DejaVu Sans and Noto Sans Arabic (regular and bold). Safe to call many times.

    Raises ``FileNotFoundError`` naming the missing file.
    """
    if GEORGIAN_FONT_BOLD in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in FONT_FILES.items():
        path = FONTS_DIR / filename
        if not path.is_file():
            known = sorted(p.name for p in FONTS_DIR.glob("*.ttf")) if FONTS_DIR.is_dir() else []
            raise FileNotFoundError(
                f"The font {filename} is missing from {FONTS_DIR} (found: {known})."
            )
        pdfmetrics.registerFont(TaggedTTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    for regular, bold in ((ARABIC_FONT, ARABIC_FONT_BOLD), (GEORGIAN_FONT, GEORGIAN_FONT_BOLD)):
        pdfmetrics.registerFontFamily(
            regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
        )


def is_arabic_script(ch: str) -> bool:
    """True for a letter, digit or sign of the Arabic script (any of its forms)."""
    return _ARABIC_RUN.fullmatch(ch) is not None


def arabic_font(font: str) -> str:
    """The Arabic-script font of the same weight as ``font``."""
    return ARABIC_FONT_BOLD if font in _BOLD else ARABIC_FONT


def georgian_font(font: str) -> str:
    """The Georgian font of the same weight as ``font``."""
    return GEORGIAN_FONT_BOLD if font in _BOLD else GEORGIAN_FONT


def font_runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """``text`` cut into (piece, font name) runs: Arabic-script letters in Noto Sans Arabic,
    Georgian in Noto Sans Georgian, the rest in ``font``."""
    runs: list[tuple[str, str]] = []
    start = 0
    for match in _SCRIPT_RUN.finditer(text):
        if match.start() > start:
            runs.append((text[start : match.start()], font))
        other = arabic_font(font) if match.group("arabic") else georgian_font(font)
        runs.append((match.group(), other))
        start = match.end()
    if start < len(text) or not runs:
        runs.append((text[start:], font))
    return runs


def text_width(text: str, font: str, size: float) -> float:
    """Printed width of ``text`` in points, each run measured in the font that prints it."""
    return sum(stringWidth(piece, name, size) for piece, name in font_runs(text, font))


def escape(text: object) -> str:
    """User text as literal paragraph markup: ``<``, ``>``, ``&`` escaped, newlines as breaks."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return _xml_escape(s).replace("\n", "<br/>")


def run_markup(text: str, font: str = FONT) -> str:
    """Escaped paragraph markup of ``text`` with its Arabic-script runs set in Noto Sans Arabic."""
    return "".join(
        escape(piece) if name == font else f'<font face="{name}">{escape(piece)}</font>'
        for piece, name in font_runs(text, font)
    )


def draw_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one line of ``text`` (already in display order) from ``x``; returns its width."""
    start = x
    for piece, name in font_runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, name, size)
    return x - start
