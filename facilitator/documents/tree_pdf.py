"""The problem tree as a vector drawing for the PDF minutes.

Boxes are sized from their wrapped labels, placed by ``facilitator.plan.tree_layout``
and coloured by kind (brown constraints, orange drivers, red threats). A tree
wider than the page is scaled down; one taller than a page is cut into
bands, one per page, so the text keeps a readable size. The labels are drawn
on the page's canvas by ``bidi_text.draw_line`` (wrapped in typed order, Persian
shaped by HarfBuzz), so they copy and search as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Polygon, PolyLine, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable

from facilitator.documents.bidi_text import draw_line, line_width
from facilitator.documents.fonts import FONT
from facilitator.documents.layout import KIND_COLOURS
from facilitator.documents.pdftext import base_is_rtl, register_fonts, wrap_logical
from facilitator.plan import model
from facilitator.plan.tree_layout import TreeLayout, layout_tree

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

BOX_WIDTH = 150.0
FONT_SIZE = 7.5
LEADING = 9.0
PADDING = 5.0
ARROW = colors.HexColor("#555555")


#: one label line: (x where it starts, or ends when right to left; baseline y; text in typed
#: order; right to left?)
Label = tuple[float, float, str, bool]


def box_lines(label: str) -> list[str]:
    """The label wrapped to the box width, in typed order (each line is reordered as drawn)."""
    return wrap_logical(label, BOX_WIDTH - 2 * PADDING, FONT, FONT_SIZE) or [""]


def _box(
    node_x: float, top: float, width: float, height: float, kind: str, lines: list[str], rtl: bool
) -> tuple[Group, list[Label]]:
    group = Group()
    group.add(
        Rect(
            node_x,
            top - height,
            width,
            height,
            rx=4,
            ry=4,
            fillColor=KIND_COLOURS[kind],
            strokeColor=colors.white,
            strokeWidth=0.5,
        )
    )
    x = node_x + width - PADDING if rtl else node_x + PADDING
    y = top - PADDING - FONT_SIZE
    labels = [(x, y - n * LEADING, line, rtl) for n, line in enumerate(lines)]
    return group, labels


def draw_labels(canvas: Any, labels: list[Label]) -> None:
    """The boxes' labels in white, each line shaped and put in display order."""
    canvas.setFillColor(colors.white)
    for x, y, line, rtl in labels:
        left = x - line_width(line, FONT, FONT_SIZE, rtl) if rtl else x
        draw_line(canvas, left, y, line, FONT, FONT_SIZE, rtl)


def _arrow(points: list[tuple[float, float]], flip: float) -> Group:
    group = Group()
    pts = [(x, flip - y) for x, y in points]
    group.add(PolyLine([c for p in pts for c in p], strokeColor=ARROW, strokeWidth=0.7))
    (x0, y0), (x1, y1) = pts[-2], pts[-1]
    length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 0.01)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    size = 5.0
    left = (x1 - size * ux - size * 0.5 * uy, y1 - size * uy + size * 0.5 * ux)
    right = (x1 - size * ux + size * 0.5 * uy, y1 - size * uy - size * 0.5 * ux)
    group.add(Polygon([x1, y1, *left, *right], fillColor=ARROW, strokeColor=ARROW, strokeWidth=0.3))
    return group


def tree_drawing(store: SessionStore) -> tuple[Drawing, TreeLayout, list[Label]]:
    """The whole tree at full size (points) without its labels, the layout it was drawn from,
    and the labels to draw over it (``draw_labels``)."""
    register_fonts()
    items = model.items(store)
    wrapped = {i.id: box_lines(i.label) for i in items}
    sizes = {iid: (BOX_WIDTH, len(lines) * LEADING + 2 * PADDING) for iid, lines in wrapped.items()}
    layout = layout_tree([(i.id, i.kind) for i in items], model.links(store), sizes)
    drawing = Drawing(max(layout.width, 1), max(layout.height, 1))
    drawing.initialFontName = FONT  # no reference to the built-in Helvetica
    for edge in layout.edges:
        if len(edge.points) >= 2:
            drawing.add(_arrow(edge.points, layout.height))
    rtl = {i.id: base_is_rtl(i.label) for i in items}
    labels: list[Label] = []
    for node in layout.nodes.values():
        box, lines = _box(
            node.x,
            layout.height - node.y,
            node.width,
            node.height,
            node.kind,
            wrapped[node.id],
            rtl[node.id],
        )
        drawing.add(box)
        labels += lines
    return drawing, layout, labels


class DrawingBand(Flowable):
    """One horizontal band of a scaled drawing: ``top`` and ``height`` in scaled points."""

    def __init__(
        self, drawing: Drawing, labels: list[Label], scale: float, top: float, height: float
    ):
        super().__init__()
        self.drawing, self.labels = drawing, labels
        self.scale, self.top, self.band_height = scale, top, height
        self.width = drawing.width * scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.band_height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        path = canv.beginPath()
        path.rect(0, 0, self.width, self.band_height)
        canv.clipPath(path, stroke=0, fill=0)
        full = self.drawing.height * self.scale
        canv.translate(0, self.band_height - full + self.top)
        canv.scale(self.scale, self.scale)
        renderPDF.draw(self.drawing, canv, 0, 0)
        draw_labels(canv, [lab for lab in self.labels if self._in_band(lab[1])])
        canv.restoreState()

    def _in_band(self, y: float) -> bool:
        """True when a label's baseline (drawing points) lies in this band: each line is drawn (and
        copies) once, in the band that holds it."""
        full = self.drawing.height * self.scale
        top = (full - self.top) / self.scale
        bottom = (full - self.top - self.band_height) / self.scale
        return bottom <= y < top


def tree_flowables(store: SessionStore, width: float, page_height: float) -> list[Flowable]:
    """The tree scaled down to ``width`` where wider, cut into page-high bands."""
    drawing, layout, labels = tree_drawing(store)
    if not layout.nodes:
        return []
    scale = min(1.0, width / drawing.width)
    full = drawing.height * scale
    bands, top = [], 0.0
    while top < full:
        height = min(page_height, full - top)
        bands.append(DrawingBand(drawing, labels, scale, top, height))
        top += height
    return bands
