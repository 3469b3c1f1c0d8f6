"""Page furniture shared by the PDF documents: page size, footer with "page X of Y", tables.

Tables repeat their header rows on every page and split inside a row, so a
cell taller than a page continues on the next one instead of failing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from facilitator.documents.bidi_text import draw_line, line_width
from facilitator.documents.files import replacing
from facilitator.documents.fonts import FONT
from facilitator.documents.pdftext import escape, para, register_fonts
from facilitator.words import current, is_rtl, word

MARGIN = 12 * mm
#: reportlab's frames keep this much padding inside the page margins, on each side
FRAME_PADDING = 6.0
#: the footer's title part stays clear of "page X of Y", even on a portrait page
FOOTER_CHARS = 90
HEADER_BG = colors.HexColor("#e8e4d8")
GRID = colors.HexColor("#9a9a9a")
#: fill colours by kind of problem-tree item (reference: brown, orange, red)
KIND_COLOURS = {
    "constraint": colors.HexColor("#8d6e4f"),
    "driver": colors.HexColor("#e08a2e"),
    "threat": colors.HexColor("#c62828"),
}


def _numbered_canvas(footer_text: str) -> type[Canvas]:
    """A canvas class that writes "<footer> — page X of Y" once the page count is known."""
    rtl = is_rtl()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            page = word("page {page} of {pages}", page=self._pageNumber, pages=total)
            if rtl:  # a Persian document: the title on the right, the page number on the left
                title_x = width - MARGIN - line_width(footer_text, FONT, 7.5, True)
                draw_line(self, title_x, MARGIN / 2, footer_text, FONT, 7.5, rtl=True)
                draw_line(self, MARGIN, MARGIN / 2, page, FONT, 7.5)
            else:
                draw_line(self, MARGIN, MARGIN / 2, footer_text, FONT, 7.5, rtl=False)
                page_x = width - MARGIN - line_width(page, FONT, 7.5)
                draw_line(self, page_x, MARGIN / 2, page, FONT, 7.5)
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    out_path: Path, story: list[Flowable], title: str, footer: str, wide: bool = True
) -> None:
    """Lay out ``story`` on A4 (landscape when ``wide``) and write it to ``out_path``."""
    register_fonts()
    size = landscape(A4) if wide else A4
    with replacing(out_path) as part:
        _build(part, story, title, footer, size)


#: paragraph styles that open a bookmark, and the bookmark's level
OUTLINE_LEVELS = {"h2": 0, "h3": 1}


class OutlinedDocTemplate(SimpleDocTemplate):
    """A document whose section and table headings (h2, h3) are bookmarks in the PDF's outline."""

    def afterFlowable(self, flowable: Flowable) -> None:
        style = getattr(flowable, "style", None)
        level = OUTLINE_LEVELS.get(getattr(style, "name", ""))
        if level is None:
            return
        text = getattr(flowable, "text", "") or ""
        if hasattr(flowable, "getPlainText"):
            text = flowable.getPlainText()
        text = " ".join(str(text).split())[:120]
        if not text:
            return
        self._outline_count = getattr(self, "_outline_count", 0) + 1
        top = getattr(self, "_outline_top", -1)
        level = min(level, top + 1)  # an outline never skips a level
        self._outline_top = level
        key = f"section-{self._outline_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)


def _build(
    path: Path, story: list[Flowable], title: str, footer: str, size: tuple[float, float]
) -> None:
    doc = OutlinedDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="ZOPP Facilitator",
        initialFontName=FONT,
        lang=current(),
    )
    doc.build(story or [Spacer(1, 1)], canvasmaker=_numbered_canvas(footer))


def frame_width(wide: bool = True) -> float:
    """Usable width between the margins, inside the frame's own padding (a table this wide fits exactly)."""
    size = landscape(A4) if wide else A4
    return size[0] - 2 * MARGIN - 2 * FRAME_PADDING


class GridTable(Table):
    """A table that splits between rows where it can, and inside a row only when it must.

    reportlab's ``splitInRow`` would otherwise cut an ordinary row to fill the
    last few centimetres of a page (and repeat the header there). A row is cut
    only when there is at least ``IN_ROW_MIN_HEIGHT`` of room; a row taller than
    a whole page is cut at once instead of first moving to a page of its own.
    """

    IN_ROW_MIN_HEIGHT = 250.0
    PAGE_ROW_HEIGHT = 480.0
    splitByRow: int
    splitInRow: int

    def _split_with(
        self, availWidth: float, availHeight: float, by_row: int, in_row: int
    ) -> list[Any]:
        keep = self.splitByRow, self.splitInRow
        self.splitByRow, self.splitInRow = by_row, in_row
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitByRow, self.splitInRow = keep
        for (
            part
        ) in parts:  # the pieces inherit the settings they were made with, and stay left-aligned
            if isinstance(part, Table):
                part.splitByRow, part.splitInRow = keep
                part.hAlign = self.hAlign
        return parts

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = self._split_with(availWidth, availHeight, 1, 0)
        if not self.splitInRow or availHeight < self.IN_ROW_MIN_HEIGHT:
            return parts
        if parts:
            next_row = len(parts[0]._cellvalues)  # the top piece holds this table's first rows
            heights = self._rowHeights
            if next_row >= len(heights) or heights[next_row] < self.PAGE_ROW_HEIGHT:
                return parts
        # reportlab's in-row split can overshoot by the cell padding: leave it some room
        return self._split_with(availWidth, availHeight - 12, 0, 1) or parts


def _cell_height(cell: Any, width: float) -> float:
    return cell.wrap(width - 6, 1e6)[1] if isinstance(cell, Flowable) else 0.0


def unspan_tall_rows(
    rows: list[list[Any]], col_widths: list[float], commands: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """``commands`` without the column spans of rows tall enough to be cut across pages.

    reportlab cuts a spanned cell as if it were one column wide, so each page would
    show a few lines of it above an empty band: such a cell stays in its first column.
    """
    ncols, out = len(col_widths), []
    for cmd in commands:
        if cmd[0] == "SPAN":
            (c0, r0), (c1, r1) = cmd[1], cmd[2]
            r0, r1 = r0 % len(rows), r1 % len(rows)
            c0, c1 = c0 % ncols, c1 % ncols
            if r0 == r1:
                heights = [_cell_height(rows[r0][c0], sum(col_widths[c0 : c1 + 1]))]
                heights += [
                    _cell_height(rows[r0][c], col_widths[c])
                    for c in range(ncols)
                    if not c0 <= c <= c1
                ]
                if max(heights) >= GridTable.PAGE_ROW_HEIGHT * 0.8:
                    continue
        out.append(cmd)
    return out


def grid_table(
    rows: list[list[Any]],
    col_widths: list[float],
    header_rows: int = 1,
    extra: list[tuple[Any, ...]] | None = None,
) -> Table:
    """A ruled table: header rows shaded and repeated on every page, rows split across pages.
    In a Persian document the columns are mirrored: the first one on the right."""
    extra = unspan_tall_rows(rows, col_widths, extra or [])
    rows, col_widths, extra = mirrored(rows, col_widths, extra)
    table = GridTable(
        rows, colWidths=col_widths, repeatRows=header_rows, splitInRow=1, hAlign=table_align()
    )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG))
    table.setStyle(TableStyle(style + extra))
    return table


def table_align() -> str:
    """Tables start at the left margin, or at the right one in a Persian document."""
    return "RIGHT" if is_rtl() else "LEFT"


_SIDES = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE"}


def mirrored(
    rows: list[list[Any]], col_widths: list[float], commands: list[tuple[Any, ...]]
) -> tuple[list[list[Any]], list[float], list[tuple[Any, ...]]]:
    """The table as a right-to-left reader reads it, in a Persian document (else as it is):
    every row's cells and the widths reversed, each style command moved to the mirrored
    columns (a line after a column becomes a line before it), a spanned cell's content at its
    span's new first column."""
    if not is_rtl():
        return rows, col_widths, commands
    n = len(col_widths)
    rows = [list(reversed(row)) for row in rows]
    out = []
    for cmd in commands:
        name, (c0, r0), (c1, r1), *args = cmd
        start, end = n - 1 - c1 % n, n - 1 - c0 % n
        out.append((_SIDES.get(name, name), (start, r0), (end, r1), *args))
        if name == "SPAN" and start != end:
            row = rows[r0 % len(rows)]
            row[start], row[end] = row[end], ""
    return rows, list(reversed(col_widths)), out


def title_block(meta: dict[str, str], heading: str, st: dict[str, Any]) -> list[Flowable]:
    """The document's title block: what it is, then the session title, meeting, place, dates, symbol."""
    story: list[Flowable] = [para(heading, st["h1"])]
    if meta.get("title"):
        story.append(para(meta["title"], st["h2"]))
    labels = (
        ("species", "Species"),
        ("meeting", "Meeting"),
        ("place", "Place"),
        ("dates", "Dates"),
        ("symbol", "Document"),
    )
    for key, label in labels:
        if meta.get(key):
            story.append(para(meta[key], st["body"], bold_prefix=f"{word(label)}:"))
    story.append(Spacer(1, 4 * mm))
    return story


def footer_text(meta: dict[str, str], what: str) -> str:
    """Footer line: document symbol (or session title) and what the document is."""
    first = " ".join((meta.get("symbol") or meta.get("title") or "").split())
    if len(first) > FOOTER_CHARS:  # cut in reading order; drawn in display order by draw_line
        first = first[: FOOTER_CHARS - 1].rstrip() + "…"
    return f"{first} — {what}" if first else what


__all__ = [
    "KIND_COLOURS",
    "build_pdf",
    "escape",
    "footer_text",
    "frame_width",
    "grid_table",
    "mirrored",
    "table_align",
    "title_block",
]
