"""Readable colours: WCAG contrast, and the ink that reads on a coloured cell.

A figure drawn on a heat-map colour takes black or white ink, whichever
contrasts more with that colour (never the theme's text colour, which is white
in the high-contrast theme and vanished on pale cells). Either ink on any
colour reaches at least 4.58:1, above WCAG AA's 4.5:1 for body text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

#: WCAG AA for body text
AA = 4.5
BLACK = QColor("#000000")
WHITE = QColor("#ffffff")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.x): 0 for black, 1 for white."""
    r, g, b = (_channel(v) for v in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(one: QColor, other: QColor) -> float:
    """Contrast ratio between two colours, 1 to 21."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def ink_for(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    return BLACK if ratio(BLACK, background) >= ratio(WHITE, background) else WHITE


def readable(ink: QColor, background: QColor) -> QColor:
    """``ink``, lightened on a dark background or darkened on a light one just enough to reach
    AA on ``background`` (a status keeps its hue: the green of 'done' stays green on black)."""
    if ratio(ink, background) >= AA:
        return QColor(ink)
    target = WHITE if luminance(background) < 0.18 else BLACK
    for step in range(1, 21):
        share = step / 20
        mixed = QColor(
            *(
                round(a + (b - a) * share)
                for a, b in (
                    (ink.red(), target.red()),
                    (ink.green(), target.green()),
                    (ink.blue(), target.blue()),
                )
            )
        )
        if ratio(mixed, background) >= AA:
            return mixed
    return QColor(target)


class ReadableInkDelegate(QStyledItemDelegate):
    """Draws an item's own text colour (``ForegroundRole``) adjusted to read on the view's
    background in the current theme, so a coloured status never sinks into black or white."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        ink = index.data(Qt.ItemDataRole.ForegroundRole)
        if ink is None:
            return
        colour = ink.color() if isinstance(ink, QBrush) else QColor(ink)
        background = option.palette.color(QPalette.ColorRole.Base)
        option.palette.setColor(QPalette.ColorRole.Text, readable(colour, background))


def shown_ink(view: QAbstractItemView, index) -> tuple[QColor, QColor]:
    """(text colour, background) an item of ``view`` is drawn with — for tests and checks."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    delegate = view.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    return option.palette.color(QPalette.ColorRole.Text), view.palette().color(
        QPalette.ColorRole.Base
    )
