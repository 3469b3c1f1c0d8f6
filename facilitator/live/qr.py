"""QR codes for the shared screen and the personal sheet (segno, pure Python)."""

from __future__ import annotations

import io

import segno


def qr_svg(text: str, dark: str = "#000", light: str = "#fff") -> bytes:
    """An SVG of ``text``'s QR code with a quiet zone, for QtSvg to draw at any size."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(
        buffer, kind="svg", scale=10, border=4, dark=dark, light=light, xmldecl=False
    )
    return buffer.getvalue()


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of ``text``'s QR code, True for dark, without the quiet zone."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(m) for m in row] for row in code.matrix]
