"""Importance × capacity of drivers and threats, drawn with QPainter.

Importance runs left to right (0–3), capacity bottom to top (1–3). The shaded
corner — high importance, low capacity — is where help is needed most. Points
carry a number; the list beside the plot names them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.i18n import translate

#: orange drivers, red threats, dark enough for white numbers and for legend text on white
COLOURS = {"driver": QColor("#b35806"), "threat": QColor("#c0392b")}
NEED = QColor(192, 57, 43, 38)
Point = tuple[
    int, str, str, float | None, float | None, str, str
]  # id, kind, label, figures, texts


class ImportanceCapacityChart(QWidget):
    """A scatter of overall figures; items without both figures are listed as 'not placed'."""

    #: a dot was clicked: the item's id
    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importance-capacity-chart")
        self.points: list[Point] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, points: list[Point]) -> None:
        self.points = points
        self.update()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._tooltip(event)
            return True
        return super().event(event)

    def dot_at(self, pos: QPointF) -> tuple[int, Point] | None:
        """The numbered point whose dot is under ``pos``."""
        radius = self.fontMetrics().height() * 0.62
        for n, p, _, spot in self.dot_positions(radius):
            if math.hypot(pos.x() - spot.x(), pos.y() - spot.y()) <= radius:
                return n, p
        return None

    def _tooltip(self, event) -> None:
        """The item's name and figures under the pointer."""
        hit = self.dot_at(QPointF(event.pos()))
        if hit is None:
            QToolTip.hideText()
            return
        n, p = hit
        kind = translate("columns", p[1].capitalize())
        text = f"{n}. {p[2]} ({kind})\n" + self.tr("Importance {0}, capacity {1}").format(
            p[5], p[6]
        )
        QToolTip.showText(event.globalPos(), text, self)

    def mousePressEvent(self, event) -> None:
        hit = self.dot_at(event.position())
        if hit is not None:
            self.clicked.emit(hit[1][0])

    def sizeHint(self) -> QSize:
        return QSize(600, 300)

    def placed(self) -> list[tuple[int, Point]]:
        return [
            (n, p)
            for n, p in enumerate(self.points, start=1)
            if p[3] is not None and p[4] is not None
        ]

    def plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        legend = min(self.width() * 0.42, 460)
        left = fm.height() + 40
        return QRectF(
            left, 20, self.width() - legend - left - 30, self.height() - 4 * fm.height() - 34
        )

    def to_screen(self, importance: float, capacity: float) -> QPointF:
        r = self.plot_rect()
        return QPointF(
            r.left() + r.width() * importance / 3.0,
            r.bottom() - r.height() * (capacity - 1.0) / 2.0,
        )

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self._axes(painter)
        self._dots(painter)
        self._legend(painter)
        painter.end()

    def _axes(self, painter: QPainter) -> None:
        r = self.plot_rect()
        need = QRectF(self.to_screen(2.0, 2.0), self.to_screen(3.0, 1.0))
        painter.fillRect(need, NEED)
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.drawRect(r)
        fm = self.fontMetrics()
        for step in range(4):
            x = self.to_screen(step, 1.0).x()
            painter.drawLine(QPointF(x, r.bottom()), QPointF(x, r.bottom() + 5))
            painter.drawText(
                QRectF(x - 20, r.bottom() + 6, 40, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(step),
            )
        for step in (1, 2, 3):
            y = self.to_screen(0.0, step).y()
            painter.drawLine(QPointF(r.left() - 5, y), QPointF(r.left(), y))
            painter.drawText(
                QRectF(r.left() - 30, y - fm.height() / 2, 22, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(step),
            )
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(r.left(), r.bottom() + fm.height() + 8, r.width(), fm.height() + 4),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Importance/severity (0 = non-existent … 3 = major)"),
        )
        self._key(painter, r.left(), r.bottom() + 2 * fm.height() + 16)
        painter.save()
        painter.translate(12, r.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-r.height() / 2, -fm.height() / 2, r.height(), fm.height() + 4),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Capacity (1 = poor … 3 = good)"),
        )
        painter.restore()

    def _key(self, painter: QPainter, x: float, y: float) -> None:
        """What the colours mean, under the axis title."""
        fm = self.fontMetrics()
        size = fm.height() * 0.8
        entries = [
            (COLOURS["driver"], translate("columns", "Driver")),
            (COLOURS["threat"], translate("columns", "Threat")),
            (NEED, self.tr("help needed most")),
        ]
        for colour, text in entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            if colour is NEED:
                painter.drawRect(QRectF(x, y + 2, size, size))
            else:
                painter.drawEllipse(QRectF(x, y + 2, size, size))
            painter.setPen(QColor("black"))
            painter.drawText(QPointF(x + size + 4, y + fm.ascent()), text)
            x += size + 16 + fm.horizontalAdvance(text)

    def dot_positions(self, radius: float) -> list[tuple[int, Point, QPointF, QPointF]]:
        """(number, point, true position, drawn position): dots that would overlap are moved aside."""
        placed: list[QPointF] = []
        out = []
        for n, p in self.placed():
            true = self.to_screen(p[3], p[4])
            spot = true
            for step in range(1, 40):
                if all(
                    math.hypot(spot.x() - q.x(), spot.y() - q.y()) >= 2.05 * radius for q in placed
                ):
                    break
                angle = step * 2.4
                reach = radius * (1.2 + 0.35 * step)
                spot = true + QPointF(reach * math.cos(angle), reach * math.sin(angle))
            placed.append(spot)
            out.append((n, p, true, spot))
        return out

    def _dots(self, painter: QPainter) -> None:
        fm = self.fontMetrics()
        radius = fm.height() * 0.62
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.8)
        small.setBold(True)
        dots = self.dot_positions(radius)
        for _, _, true, centre in dots:  # leaders first, so no dot is covered by one
            if centre != true:
                painter.setPen(QPen(QColor("#777777"), 1))
                painter.drawLine(true, centre)
                painter.setBrush(QBrush(QColor("#777777")))
                painter.drawEllipse(true, 2, 2)
        for n, p, true, centre in dots:
            painter.setBrush(QBrush(COLOURS.get(p[1], QColor("grey"))))
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.drawEllipse(centre, radius, radius)
            painter.setFont(small)
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                str(n),
            )
            painter.setFont(self.font())

    def _legend(self, painter: QPainter) -> None:
        r = self.plot_rect()
        font = QFont(self.font())
        rows = max(1, len(self.points))
        available = self.height() - r.top() - 6
        fm = QFontMetricsF(font)
        pixels = int(fm.height())
        while fm.height() * 1.1 * rows > available and pixels > 10:
            pixels -= 1
            font.setPixelSize(pixels)
            fm = QFontMetricsF(font)
        painter.setFont(font)
        x = r.right() + 20
        width = self.width() - x - 6
        y = r.top()
        placed = {n for n, _ in self.placed()}
        for n, p in enumerate(self.points, start=1):
            if y + fm.height() > self.height():
                painter.drawText(QPointF(x, y + fm.ascent()), "…")
                break
            painter.setPen(COLOURS.get(p[1], QColor("grey")))
            label = f"{n}  {p[2]}" + ("" if n in placed else "  (not placed: no figure)")
            painter.drawText(
                QRectF(x, y, width, fm.height()),
                Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, int(width)),
            )
            y += fm.height() * 1.1
        painter.setFont(self.font())
