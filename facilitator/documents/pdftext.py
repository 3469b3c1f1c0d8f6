"""Text for the PDF documents: embedded fonts, escaped user text, right-to-left lines.

Every string a user typed goes through ``para`` (or ``escape``) before reportlab
sees it: reportlab parses paragraph text as markup, so ``<b>x`` would crash an
export, ``x<y>z`` would lose text and ``<img src=...>`` would read a local file.
Persian and Arabic paragraphs are wrapped in typed order, then each line is
drawn in display order with its Arabic-script runs shaped by HarfBuzz
(``bidi_text``), so the PDF holds the words as typed. Arabic-script runs are set
in Noto Sans Arabic, Georgian in Noto Sans Georgian (``fonts``), the rest in
DejaVu Sans.
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from facilitator.documents.bidi_text import draw_line, line_width
from facilitator.documents.fonts import (
    FONT,
    FONT_BOLD,
    escape,
    register_fonts,
    run_markup,
    text_width,
)
from facilitator.words import is_rtl

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

    ``bold_prefix`` (trusted, e.g. "1.2.3") is printed in bold before the text. In a document
    written right to left (Persian) every paragraph is right-aligned, its label on the right.
    """
    register_fonts()
    s = "" if text is None else str(text)
    if is_rtl() or has_rtl(s) or has_rtl(bold_prefix):  # a prefix is shaped as the text would be
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


#: where a line may break: any white space but the no-break space ("(UZ\u00a02)" stays whole)
_SPACES = re.compile(r"[^\S\u00a0]+")


def wrap_logical(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy word wrap of text still in logical (typing) order; explicit newlines kept."""
    lines: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n"):
        current = ""
        for word in _SPACES.split(block):
            if not word:
                continue
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


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left text: wrapped in typed order, each line drawn in display
    order with its Persian or Arabic runs shaped by HarfBuzz (``bidi_text``), so the PDF keeps the
    words as typed; right-aligned when the text begins right to left."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        bold_prefix: str = "",
        lines: list[str] | None = None,
    ):
        super().__init__()
        self.text = text
        self.style = style
        self.bold_prefix = bold_prefix
        self.rtl = base_is_rtl(text)
        self.right_aligned = self.rtl or is_rtl()  # Persian text, or any text in a Persian document
        self.mirrored = is_rtl()  # the label on the right, the text to its left
        self.lines = lines
        self._wrapped_at: float | None = None if lines is None else -1.0

    def _prefix_width(self) -> float:
        if not self.bold_prefix:
            return 0.0
        return text_width(self.bold_prefix + " ", FONT_BOLD, self.style.fontSize)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        st = self.style
        if self._wrapped_at != availWidth and self._wrapped_at != -1.0:
            usable = availWidth - st.leftIndent - st.rightIndent - self._prefix_width() - 1
            self.lines = wrap_logical(
                self.text, max(usable, st.fontSize * 2), st.fontName, st.fontSize
            )
            self._wrapped_at = availWidth
        self.width = availWidth
        self.height = len(self.lines or [""]) * st.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        lines = self.lines or []
        if fits <= 0 or fits >= len(lines):
            return [] if fits <= 0 else [self]
        first = BidiParagraph(self.text, self.style, self.bold_prefix, lines[:fits])
        rest = BidiParagraph(self.text, self.style, "", lines[fits:])
        return [first, rest]

    def draw(self) -> None:
        st, canvas = self.style, self.canv
        canvas.setFillColor(st.textColor)
        prefix = self._prefix_width()
        right = self.width - st.rightIndent
        for n, line in enumerate(self.lines or []):
            y = self.height - n * st.leading - st.fontSize
            width = line_width(line, st.fontName, st.fontSize, self.rtl)
            if self.mirrored:  # a Persian document: label at the right edge, the text left of it
                x = right - prefix - width
            elif self.right_aligned and not self.bold_prefix:
                x = right - width
            else:  # after a label ("Document:", "1.2.3") the text follows it, as in Latin lines
                x = st.leftIndent + prefix
            draw_line(canvas, x, y, line, st.fontName, st.fontSize, self.rtl)
            if n == 0 and self.bold_prefix:
                size = st.fontSize
                if self.mirrored:
                    start = right - line_width(self.bold_prefix, FONT_BOLD, size)
                    draw_line(canvas, start, y, self.bold_prefix, FONT_BOLD, size)
                else:
                    draw_line(canvas, st.leftIndent, y, self.bold_prefix, FONT_BOLD, size, False)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def minWidth(self) -> float:
        return self.style.fontSize * 2
