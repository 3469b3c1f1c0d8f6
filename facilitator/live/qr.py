"""QR codes for the shared screen and the personal sheet (segno, pure Python)."""

from __future__ import annotations

import segno

QUIET = 4  # modules of white around the code, as the standard asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of ``text``'s QR code, True for dark, without the quiet zone."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(m) for m in row] for row in code.matrix]


def qr_svg(text: str) -> bytes:
    """An SVG of ``text``'s QR code with its quiet zone, for QtSvg to draw at any size.

    The dark modules are one filled path (runs of a row merged): drawn scaled,
    separate strokes or squares leave hairline seams that some readers trip on.
    """
    matrix = qr_matrix(text)
    size = len(matrix) + 2 * QUIET
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                runs.append(f"M{start + QUIET} {y + QUIET}h{x - start}v1h{start - x}z")
            else:
                x += 1
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        f'width="{size * 10}" height="{size * 10}">'
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(runs)}"/></svg>'
    ).encode()
