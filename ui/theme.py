"""How the app looks on a projector: zoom and the high-contrast theme.

Zoom sets the font size in the application stylesheet, so every widget (also
those a stylesheet styles, which ignore an inherited ``setFont``) follows it.
It is remembered per session in the session file
(``store.set_preference('zoom', ...)``) because a room's projector belongs to
the workshop. The theme is a user preference.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

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


def point_size(factor: float) -> float:
    """The body text size (points) at zoom ``factor``."""
    return round(BASE_POINT_SIZE * factor, 1)


def stylesheet(high_contrast: bool, factor: float) -> str:
    """The application stylesheet: the theme's rules plus the font sizes of the zoom."""
    size = point_size(factor)
    sizes = (
        f"\nQWidget {{ font-size: {size}pt; }}"
        f"\nQLabel#step-title {{ font-size: {round(size * 1.3, 1)}pt; }}\n"
    )
    return resources.stylesheet("high-contrast" if high_contrast else "default") + sizes


def apply(high_contrast: bool, factor: float) -> None:
    """Set the application's theme and zoom."""
    app = QApplication.instance()
    css = stylesheet(high_contrast, factor)
    if app is not None and app.styleSheet() != css:  # restyling every widget is slow
        app.setStyleSheet(css)
