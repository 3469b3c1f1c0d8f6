"""Text for the PDF documents: embedded fonts, escaped user text, right-to-left lines.

Every string a user typed goes through ``para`` (or ``escape``) before reportlab
sees it: reportlab parses paragraph text as markup, so ``<b>x`` would crash an
export, ``x<y>z`` would lose text and ``<img src=...>`` would read a local file.
Persian and Arabic lines are shaped (arabic-reshaper) and put in visual order
(python-bidi) one line at a time, after the logical text has been wrapped, so
the lines stay in reading order. Arabic-script runs are set in Noto Sans Arabic
(``fonts.py``), the rest in DejaVu Sans.
"""

from __future__ import annotations

import unicodedata

from arabic_reshaper import reshape
from bidi import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from facilitator.documents.fonts import (
    FONT,
    FONT_BOLD,
    escape,
    register_fonts,
    run_markup,
    text_width,
)

_RTL_CLASSES = {"R", "AL"}
_STRONG_CLASSES = {"L", "R", "AL"}


def has_rtl(text: str) -> bool:
    """True when the text holds a right-to-left letter (Persian, Arabic, Hebrew)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def base_is_rtl(text: str) -> bool:
    """True when the first strong letter is right-to-left (the paragraph's base direction)."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in _STRONG_CLASSES:
            return cls in _RTL_CLASSES
    return False


def styles(size: float = 9) -> dict[str, ParagraphStyle]:
    """The documents' paragraph styles, all in the embedded font."""
    register_fonts()
    lead = size * 1.25
    base = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=lead, embeddedHyphenation=1)
    return {
        "body": base,
        "bold": ParagraphStyle("bold", parent=base, fontName=FONT_BOLD),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.25
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cell_bold": ParagraphStyle(
            "cell_bold",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size - 1,
            leading=(size - 1) * 1.2,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size + 7,
            leading=(size + 7) * 1.3,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size + 3,
            leading=(size + 3) * 1.3,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size + 1,
            leading=(size + 1) * 1.3,
            spaceBefore=6,
            spaceAfter=2,
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size + 13,
            leading=(size + 13) * 1.25,
            spaceAfter=12,
        ),
    }


def para(text: object, style: ParagraphStyle, bold_prefix: str = "") -> Flowable:
    """A paragraph that prints ``text`` literally; right-to-left text is shaped and right-aligned.

    ``bold_prefix`` (trusted, e.g. "1.2.3") is printed in bold before the text.
    """
    register_fonts()
    s = "" if text is None else str(text)
    if has_rtl(s):
        return BidiParagraph(s, style, bold_prefix)
    prefix = f"<b>{escape(bold_prefix)}</b> " if bold_prefix else ""
    return Paragraph(prefix + run_markup(s, style.fontName), style)


def _break_word(word: str, width: float, font: str, size: float) -> list[str]:
    """Split a word wider than ``width`` into pieces that fit."""
    pieces, current = [], ""
    for ch in word:
        if current and text_width(current + ch, font, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return pieces + ([current] if current else [])


def wrap_logical(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy word wrap of text still in logical (typing) order; explicit newlines kept."""
    lines: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n"):
        current = ""
        for word in block.split():
            pieces = (
                _break_word(word, width, font, size)
                if text_width(word, font, size) > width
                else [word]
            )
            for piece in pieces:
                trial = f"{current} {piece}" if current else piece
                if current and text_width(trial, font, size) > width:
                    lines.append(current)
                    current = piece
                else:
                    current = trial
        lines.append(current)
    return lines


def visual_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """Shaped, wrapped lines in display order (each line reordered on its own)."""
    base = "R" if base_is_rtl(text) else "L"
    shaped = reshape(text)
    return [get_display(line, base_dir=base) for line in wrap_logical(shaped, width, font, size)]


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left text; wraps in logical order, then reorders each line."""

    def __init__(self, text: str, style: ParagraphStyle, bold_prefix: str = ""):
        super().__init__()
        self.text = text
        self.style = style
        self.bold_prefix = bold_prefix
        self.rtl = base_is_rtl(text)
        self._inner: Paragraph | None = None
        self._inner_width: float | None = None

    def _build(self, width: float) -> Paragraph:
        if self._inner is None or self._inner_width != width:
            st = self.style
            prefix_w = (
                text_width(self.bold_prefix + " ", FONT_BOLD, st.fontSize)
                if self.bold_prefix
                else 0
            )
            usable = max(width - st.leftIndent - st.rightIndent - prefix_w - 1, st.fontSize * 2)
            lines = visual_lines(self.text, usable, st.fontName, st.fontSize)
            markup = "<br/>".join(run_markup(line, st.fontName) for line in lines)
            if self.bold_prefix:
                markup = f"<b>{escape(self.bold_prefix)}</b> " + markup
            align = TA_RIGHT if self.rtl else TA_LEFT
            self._inner = Paragraph(
                markup,
                ParagraphStyle(f"{st.name}-bidi", parent=st, alignment=align, splitLongWords=0),
            )
            self._inner_width = width
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self._build(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        inner = self._build(availWidth)
        inner.wrap(availWidth, availHeight)
        return inner.split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._inner is not None
        self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def minWidth(self) -> float:
        return self.style.fontSize * 2
