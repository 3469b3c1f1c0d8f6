"""The personal sheet: a card per participant with their own QR code, to print and hand out.

Scanning a card's code opens the phone page already signed in as that
participant (the personal key stands for the join code and the name), for
rooms where people should not pick their own name from a list.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.documents.bidi_text import draw_line, line_width
from facilitator.documents.fonts import FONT, FONT_BOLD, register_fonts
from facilitator.documents.pdftext import base_is_rtl, wrap_logical
from facilitator.live import access
from facilitator.live.qr import qr_matrix
from facilitator.session.store import SessionStore
from facilitator.voting import state
from facilitator.words import document_language, fixed, is_rtl, word

COLUMNS, ROWS = 2, 4
#: type sizes tried for a voter's name, largest first, until it fits in four lines
NAME_SIZES = (12, 10, 8.5, 7)


def write_sheet(
    store: SessionStore,
    target: str | Path,
    address: str,
    vote_kind: str,
    language: str | None = None,
) -> Path:
    """Write the cards of every voter to ``target`` (PDF); ``address`` is the server's. The
    cards' own words are in ``language`` (the app's; English by default), names as typed."""
    with document_language(language):
        return _write_sheet(store, Path(target), address, vote_kind)


def _write_sheet(store: SessionStore, target: Path, address: str, vote_kind: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    key = access.secret(store)
    title = fixed(state.vote_kind(vote_kind).title)
    canvas = Canvas(str(target), pagesize=A4)
    canvas.setTitle(word("{title}: personal QR codes", title=title))
    width, height = A4
    margin = 12 * mm
    card_w = (width - 2 * margin) / COLUMNS
    card_h = (height - 2 * margin) / ROWS
    people = state.voters(store)
    for n, person in enumerate(people):
        slot = n % (COLUMNS * ROWS)
        if slot == 0 and n:
            canvas.showPage()
        x = margin + (slot % COLUMNS) * card_w
        y = height - margin - (slot // COLUMNS + 1) * card_h
        link = f"{address.rstrip('/')}/#k={access.personal_key(key, person.id)}"
        _card(canvas, x, y, card_w, card_h, person.name, person.country or "", title, link, mm)
    if not people:
        draw_line(
            canvas,
            margin,
            height - margin - 12,
            word("Nobody in this session votes yet."),
            FONT,
            12,
        )
    canvas.save()
    return target


def _card(canvas, x, y, w, h, name, country, title, link, mm) -> None:
    canvas.setDash(2, 3)
    canvas.setStrokeGray(0.6)
    canvas.rect(x, y, w, h)  # cut along the dashes
    canvas.setDash()
    pad = 5 * mm
    size = min(h - 2 * pad, 0.42 * w)
    matrix = qr_matrix(link)
    cell = size / len(matrix)
    canvas.setFillGray(0)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                canvas.rect(x + pad + c * cell, y + h - pad - (r + 1) * cell, cell, cell, 0, 1)
    text_x = x + 2 * pad + size
    text_w = x + w - pad - text_x
    line_y = y + h - pad - 12
    rtl = base_is_rtl(name)
    for size in NAME_SIZES:  # a long name in smaller type, never cut short
        lines = wrap_logical(name, text_w, FONT_BOLD, size)
        if len(lines) <= 4:
            break
    for line in lines:  # each line shaped and put in display order as it is drawn
        right = rtl or is_rtl()  # a Persian name, or any name on a Persian card, sits right
        left = text_x + text_w - line_width(line, FONT_BOLD, size, rtl) if right else text_x
        draw_line(canvas, left, line_y, line, FONT_BOLD, size, rtl)
        line_y -= size * 1.25
    canvas.setFillGray(0.25)
    scan = wrap_logical(word("Scan this code with your phone's camera to vote."), text_w, FONT, 9)
    for line in [country, "", title, "", *scan]:
        if line:  # in a right-to-left language the card's words are aligned right
            left = text_x + text_w - line_width(line, FONT, 9) if is_rtl() else text_x
            draw_line(canvas, left, line_y, line, FONT, 9)
        line_y -= 11
