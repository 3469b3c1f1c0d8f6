"""Readable colours: WCAG contrast, and the ink that reads on a coloured cell.

A figure drawn on a heat-map colour takes black or white ink, whichever
contrasts more with that colour (never the theme's text colour, which is white
in the high-contrast theme and vanished on pale cells). Either ink on any
colour reaches at least 4.58:1, above WCAG AA's 4.5:1 for body text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

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
