"""The fonts embedded in the PDF documents, and which one prints each letter.

DejaVu Sans prints Latin with diacritics, Cyrillic, Georgian and Armenian.
Arabic-script letters (Persian, Arabic, Urdu, in their joined forms) are printed
in Noto Sans Arabic: DejaVu Sans lacks some of them (Urdu heh goal ہ and yeh
barree ے), and one Arabic-script font for all of them keeps a word in one
style. reportlab has no per-glyph fallback, so text is cut into runs, each in
the font that has its letters.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from xml.sax.saxutils import escape as _xml_escape

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
ARABIC_FONT = "NotoSansArabic"
ARABIC_FONT_BOLD = "NotoSansArabic-Bold"
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
              ARABIC_FONT: "NotoSansArabic-Regular.ttf", ARABIC_FONT_BOLD: "NotoSansArabic-Bold.ttf"}
#: Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms A and B; joiners keep their word's font
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
                  (0x200C, 0x200D))


def register_fonts() -> None:
    """Embed DejaVu Sans and Noto Sans Arabic (regular and bold). Safe to call many times.

    Raises ``FileNotFoundError`` naming the missing file.
    """
    if ARABIC_FONT_BOLD in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in FONT_FILES.items():
        path = FONTS_DIR / filename
        if not path.is_file():
            known = sorted(p.name for p in FONTS_DIR.glob("*.ttf")) if FONTS_DIR.is_dir() else []
            raise FileNotFoundError(f"The font {filename} is missing from {FONTS_DIR} (found: {known}).")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    pdfmetrics.registerFontFamily(ARABIC_FONT, normal=ARABIC_FONT, bold=ARABIC_FONT_BOLD, italic=ARABIC_FONT,
                                  boldItalic=ARABIC_FONT_BOLD)


def is_arabic_script(ch: str) -> bool:
    """True for a letter, digit or sign of the Arabic script (any of its forms)."""
    code = ord(ch)
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


def arabic_font(font: str) -> str:
    """The Arabic-script font of the same weight as ``font``."""
    return ARABIC_FONT_BOLD if font in (FONT_BOLD, ARABIC_FONT_BOLD) else ARABIC_FONT


def font_runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """``text`` cut into (piece, font name) runs: Arabic-script letters in Noto Sans Arabic, the rest in ``font``."""
    other = arabic_font(font)
    runs: list[tuple[str, str]] = []
    for ch in text:
        name = other if is_arabic_script(ch) else font
        if runs and runs[-1][1] == name:
            runs[-1] = (runs[-1][0] + ch, name)
        else:
            runs.append((ch, name))
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
    return "".join(escape(piece) if name == font else f'<font face="{name}">{escape(piece)}</font>'
                   for piece, name in font_runs(text, font))


def draw_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one line of ``text`` (already in display order) from ``x``; returns its width."""
    start = x
    for piece, name in font_runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, name, size)
    return x - start
