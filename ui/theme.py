"""How the app looks on a projector: zoom and the high-contrast theme.

Zoom scales the window's font (every page inherits it); it is remembered per
session in the session file (``store.set_preference('zoom', ...)``) because a
room's projector belongs to the workshop. The theme is a user preference.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from . import resources

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.8, 3.0, 0.2
DEFAULT_ZOOM = 1.0
#: the base font size (points) at zoom 1.0; large enough for a projector at 1280×720
BASE_POINT_SIZE = 11.0


def clamp_zoom(factor: float) -> float:
    return round(min(ZOOM_MAX, max(ZOOM_MIN, factor)), 2)


def parse_zoom(text: str | None) -> float:
    """The zoom stored in a session ('' or nonsense → the default)."""
    try:
        return clamp_zoom(float(text)) if text else DEFAULT_ZOOM
    except ValueError:
        return DEFAULT_ZOOM


def apply_zoom(widget: QWidget, factor: float) -> None:
    """Scale ``widget``'s font (and so its children's) to ``factor`` × the base size."""
    font = widget.font()
    font.setPointSizeF(BASE_POINT_SIZE * factor)
    widget.setFont(font)


def apply_theme(high_contrast: bool) -> None:
    """Set the application stylesheet: the normal one or the high-contrast one."""
    app = QApplication.instance()
    if app is None:
        return
    app.setStyleSheet(resources.stylesheet("high-contrast" if high_contrast else "default"))
