"""A scroll area's viewport made in Python.

Qt's own viewport is met by Python only when first asked for (``viewport()``), and meeting a
plain ``QWidget`` made by Qt makes PySide build every widget class it has not built yet (about
12 ms of the window's start). A viewport made here, set up as Qt sets up its own, avoids that,
and lets a page be built inside its scroll area from the start.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget


def python_viewport(role: QPalette.ColorRole | None = None) -> QWidget:
    """A viewport as Qt makes its own: ``role`` the background it fills with (a table's
    ``Base``; a scroll area's none of its own)."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    if role is not None:
        viewport.setBackgroundRole(role)
    viewport.setAutoFillBackground(True)
    return viewport
