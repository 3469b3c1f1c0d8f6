"""The problem tree drawn from the session: boxes coloured by kind, arrows cause → effect.

The layout comes from ``facilitator.plan.tree_layout`` (the same one the PDF minutes
use); this module only measures the boxes' text and paints. Clicking a box
emits ``item_clicked`` so the page can select the item in its list.
"""

from __future__ import annotations

import html
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

from facilitator.plan.model import Item
from facilitator.plan.tree_layout import TreeLayout, layout_tree

#: fill and text colour per kind (the reference: brown constraints, orange drivers, red threats)
COLOURS = {
    "constraint": ("#8d5b34", "#ffffff"),
    "driver": ("#f39c26", "#1d1d1d"),
    "threat": ("#c62828", "#ffffff"),
}
BOX_WIDTH = 150.0  # at the base font size; boxes grow with the font (projector zoom)
BASE_POINT_SIZE = 11.0
COLUMN_GAP = 48.0
PADDING = 6.0
ARROW = QColor("#505050")
SELECTED = QColor("#1565c0")


class NodeItem(QGraphicsItem):
    """One item of the tree: a rounded box with its wrapped label; emerging ones have a dashed border."""

    def __init__(self, item: Item, rect: QRectF, font: QFont):
        super().__init__()
        self.item = item
        self.rect = rect
        self.font = font
        self.setPos(rect.topLeft())
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)  # arranged by hand
        # escaped: a label like "<b>x" must show as typed, never as markup
        self.setToolTip(
            f"<p>{item.kind.capitalize()} ({item.status}): {html.escape(item.label)}</p>"
        )
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.rect.width() + 4, self.rect.height() + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        fill, ink = COLOURS.get(self.item.kind, ("#777777", "#ffffff"))
        box = QRectF(0, 0, self.rect.width(), self.rect.height())
        pen = QPen(
            SELECTED if self.isSelected() else QColor(fill).darker(140),
            3 if self.isSelected() else 1.2,
        )
        if self.item.status == "emerging":
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(SELECTED if self.isSelected() else QColor("#1d1d1d"))
            pen.setWidthF(3 if self.isSelected() else 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(fill)))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(ink))
        painter.setFont(self.font)
        painter.drawText(
            box.adjusted(PADDING, PADDING, -PADDING, -PADDING),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.item.label,
        )


def arrow_path(points: list[tuple[float, float]]) -> QPainterPath:
    """A smooth curve through the route's points, leaving and entering horizontally."""
    path = QPainterPath(QPointF(*points[0]))
    for (x0, y0), (x1, y1) in pairwise(points):
        if y0 == y1:
            path.lineTo(x1, y1)
        else:
            mid = (x0 + x1) / 2
            path.cubicTo(mid, y0, mid, y1, x1, y1)
    return path


def arrow_head(tip: tuple[float, float], size: float = 8.0) -> QPolygonF:
    x, y = tip
    return QPolygonF(
        [QPointF(x, y), QPointF(x - size, y - size / 2), QPointF(x - size, y + size / 2)]
    )


class TreeScene(QGraphicsScene):
    """The scene of one problem tree; rebuilt from the session on every change."""

    item_clicked = Signal(int)
    #: a box was dragged: (item id, x, y in units at the base type size)
    box_moved = Signal(int, float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.nodes: dict[int, NodeItem] = {}
        self.layout: TreeLayout = TreeLayout()
        self.font = QFont()
        self.box_width = BOX_WIDTH

    def show_tree(
        self,
        items: list[Item],
        links: list[tuple[int, int]],
        font: QFont,
        positions: dict[int, tuple[float, float]] | None = None,
    ) -> None:
        selected = self.selected_id()
        self.clear()
        self.nodes = {}
        # every property set explicitly: a painter resolves unset ones against the view's font
        self.font = QFont(font.family(), -1, font.weight(), font.italic())
        self.font.setPointSizeF(font.pointSizeF())
        metrics = QFontMetricsF(self.font)
        self.box_width = BOX_WIDTH * max(1.0, self.font.pointSizeF() / BASE_POINT_SIZE)
        sizes = {
            i.id: (self.box_width, self._text_height(metrics, i.label) + 2 * PADDING) for i in items
        }
        self.layout = layout_tree([(i.id, i.kind) for i in items], links, sizes, COLUMN_GAP)
        by_id = {i.id: i for i in items}
        scale = self.box_width / BOX_WIDTH
        placed = {
            iid: (x * scale, y * scale) for iid, (x, y) in (positions or {}).items() if iid in by_id
        }
        for iid, box in self.layout.nodes.items():
            x, y = placed.get(iid, (box.x, box.y))
            node = NodeItem(by_id[iid], QRectF(x, y, box.width, box.height), self.font)
            self.addItem(node)
            self.nodes[iid] = node
        pen = QPen(ARROW, 1.4)
        for edge in self.layout.edges:
            points = self._route(edge, placed)
            line = QGraphicsPathItem(arrow_path(points))
            line.setPen(pen)
            line.setData(0, (edge.cause, edge.effect))
            self.addItem(line)
            self.addPolygon(arrow_head(points[-1]), QPen(ARROW), QBrush(ARROW))
        margin = 12
        bounds = self.itemsBoundingRect().united(
            QRectF(0, 0, self.layout.width, self.layout.height)
        )
        self.setSceneRect(bounds.adjusted(-margin, -margin, margin, margin))
        if selected in self.nodes:
            self.select(selected)

    def _route(self, edge, placed: dict[int, tuple[float, float]]) -> list[tuple[float, float]]:
        """The computed route, or straight from box to box when either was dragged."""
        if edge.cause not in placed and edge.effect not in placed:
            return edge.points
        cause, effect = self.nodes[edge.cause].rect, self.nodes[edge.effect].rect
        cx, cy = self.nodes[edge.cause].pos().x(), self.nodes[edge.cause].pos().y()
        ex, ey = self.nodes[edge.effect].pos().x(), self.nodes[edge.effect].pos().y()
        return [
            (cx + cause.width(), cy + cause.height() / 2),
            (ex, ey + effect.height() / 2),
        ]

    _pressed: tuple[int, QPointF] | None = None

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, None
        if pressed is None or pressed[0] not in self.nodes:
            return
        iid, start = pressed
        node = self.nodes[iid]
        if (node.pos() - start).manhattanLength() >= 3:  # dragged: keep it there (undoable)
            scale = self.box_width / BOX_WIDTH
            self.box_moved.emit(iid, node.pos().x() / scale, node.pos().y() / scale)

    def _text_height(self, metrics: QFontMetricsF, label: str) -> float:
        bound = metrics.boundingRect(
            QRectF(0, 0, self.box_width - 2 * PADDING, 10_000), int(Qt.TextFlag.TextWordWrap), label
        )
        return max(bound.height(), metrics.height())

    def selected_id(self) -> int | None:
        for node in self.selectedItems():
            if isinstance(node, NodeItem):
                return node.item.id
        return None

    def select(self, iid: int | None) -> None:
        self.clearSelection()
        if iid in self.nodes:
            self.nodes[iid].setSelected(True)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        for found in self.items(event.scenePos()):
            if isinstance(found, NodeItem):
                self._pressed = (found.item.id, QPointF(found.pos()))
                self.select(found.item.id)
                self.item_clicked.emit(found.item.id)
                return


class TreeView(QGraphicsView):
    """Shows the tree scaled to fit the width (never smaller than ``MIN_SCALE``); Ctrl+wheel and ± zoom."""

    #: never smaller than this: the boxes' type stays legible (8 of 11 points); Fit shows all
    MIN_SCALE = 0.75

    def __init__(self, scene: TreeScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.zoom = 1.0  # the user's factor on top of fitting
        self._shown = False

    def fit(self, to_top: bool = False) -> None:
        """Scale to the width; ``to_top`` scrolls to the tree's top-left corner (a newly shown tree)."""
        if self.whole:
            self.fit_window()
            return
        rect = self.sceneRect()
        if rect.width() <= 0:
            return
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        place = (h.value(), v.value())
        available = self.viewport().width() - 4
        scale = max(self.MIN_SCALE, min(1.3, available / rect.width())) * self.zoom
        self.resetTransform()
        self.scale(scale, scale)
        h.setValue(h.minimum() if to_top else place[0])
        v.setValue(v.minimum() if to_top else place[1])

    def fit_window(self) -> None:
        """The whole tree in the view, as large as fits (width and height)."""
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            return
        self.whole = True  # stays fitted when the window or the tree changes, until zoomed
        self.fitInView(rect.adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio)

    whole = False

    def set_zoom(self, factor: float) -> None:
        self.whole = False
        self.zoom = min(3.0, max(0.4, factor))
        self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit(to_top=not self._shown)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.fit(to_top=True)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (1.15 if event.angleDelta().y() > 0 else 1 / 1.15))
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        """+ and − zoom the diagram, 0 fits it again (Ctrl with them zooms the whole window)."""
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.15)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.15)
        elif key == Qt.Key.Key_0:
            self.set_zoom(1.0)
        else:
            super().keyPressEvent(event)


def export_picture(scene: QGraphicsScene, path: str) -> str:
    """Write the diagram as PNG (twice the screen's resolution) or SVG; returns the path.

    Raises ``OSError`` with the reason when the file cannot be written.
    """
    rect = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
    selected = [i for i in scene.selectedItems()]
    for item in selected:
        item.setSelected(False)  # the picture shows the tree, not the facilitator's selection
    try:
        if path.lower().endswith(".svg"):
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(path)
            generator.setSize(rect.size().toSize())
            generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            generator.setTitle("Problem tree")
            painter = QPainter(generator)
            scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            painter.end()
        else:
            image = QImage((rect.size() * 2).toSize(), QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            scene.render(painter, QRectF(image.rect()), rect)
            painter.end()
            if not image.save(path, "PNG"):
                raise OSError(f"{path} could not be written")
    finally:
        for item in selected:
            item.setSelected(True)
    import os

    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise OSError(f"{path} could not be written")
    return path
