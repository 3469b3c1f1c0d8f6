"""Word (.docx) building blocks: landscape pages, headings, editable tables, right-to-left text.

Word shapes and orders every script itself, so the text is written as typed (Unicode); a
paragraph whose first strong letter is right-to-left is marked as such, so Persian and Arabic
read and align right. python-docx escapes text, so markup in names prints literally.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_DIRECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from facilitator.words import current, is_rtl

if TYPE_CHECKING:
    from docx.document import Document as DocumentType
    from docx.table import Table

#: a character XML 1.0 cannot hold (python-docx refuses them); typed text is cleaned already
_XML_INVALID = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")
FONT = "DejaVu Sans"
_RTL = {"R", "AL"}


def base_is_rtl(text: str) -> bool:
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in ("L", "R", "AL"):
            return cls in _RTL
    return False


def new_document(title: str, language: str | None = None) -> DocumentType:
    """An A4 landscape document with the title and language (the document language by default)
    in its properties; a Persian one is a right-to-left section."""
    language = language or current()
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    doc.core_properties.title = title
    doc.core_properties.language = language
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10)
    if is_rtl():  # the section reads right to left (w:bidi goes before w:docGrid)
        bidi, grid = OxmlElement("w:bidi"), section._sectPr.find(qn("w:docGrid"))
        if grid is not None:
            grid.addprevious(bidi)
        else:
            section._sectPr.append(bidi)
    return doc


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def _mark_rtl(paragraph: Any) -> None:
    """A right-to-left paragraph, aligned right; its runs of Persian or Arabic marked as such."""
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        ppr.append(OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        if has_rtl(run.text) and rpr.find(qn("w:rtl")) is None:
            rpr.append(OxmlElement("w:rtl"))


def add_text(paragraph: Any, text: str, bold: bool = False) -> Any:
    """Add ``text`` (line breaks kept) to ``paragraph``; right-to-left when it begins so, or
    when the document is written right to left (Persian)."""
    lines = str(text).translate(_XML_INVALID).split("\n")
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold or None
        if n < len(lines) - 1:
            run.add_break()
    if base_is_rtl(str(text)) or is_rtl():
        _mark_rtl(paragraph)
    return paragraph


def paragraph(doc: DocumentType, text: str, bold: bool = False, style: str | None = None) -> Any:
    return add_text(doc.add_paragraph(style=style), text, bold)


def heading(doc: DocumentType, text: str, level: int = 1) -> Any:
    """A Word heading (Heading 1, 2 …): it shows in the navigation pane and the contents."""
    return add_text(doc.add_heading(level=level), text)


def labelled(doc: DocumentType, label: str, text: str) -> Any:
    p = doc.add_paragraph()
    p.add_run(f"{label}: ").bold = True
    return add_text(p, text)


def _shade(cell: Any, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def table(
    doc: DocumentType,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths_mm: Sequence[float] | None = None,
    shades: Sequence[str | None] | None = None,
    bold_columns: int = 0,
    font_size: float = 8,
) -> Table:
    """One editable Word table: a bold header row repeated on every page, then ``rows``.

    ``shades`` gives a fill colour (hex) per row, ``bold_columns`` how many first columns of a
    shaded row are bold.
    """
    out = doc.add_table(rows=1, cols=len(headers))
    out.style = "Table Grid"
    if is_rtl():  # a Persian table: the first column on the right
        out.table_direction = WD_TABLE_DIRECTION.RTL
    for cell, text in zip(out.rows[0].cells, headers):
        add_text(cell.paragraphs[0], text, bold=True)
        _shade(cell, "E8E4D8")
    _repeat_header(out.rows[0])
    for n, values in enumerate(rows):
        shade = shades[n] if shades else None
        cells = out.add_row().cells
        for column, (cell, value) in enumerate(zip(cells, values)):
            text = "" if value is None else str(value)
            add_text(cell.paragraphs[0], text, bold=bool(shade) and column < bold_columns)
            if shade:
                _shade(cell, shade)
    for row in out.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(font_size)
    if widths_mm:
        out.autofit = False
        for row in out.rows:
            for cell, width in zip(row.cells, widths_mm):
                cell.width = Mm(width)
    return out
