"""The LogFrame matrix as a landscape PDF.

Title block and Vision, then one table drawn from the core's LogFrame rows
(``logframe_rows``): the Goal, each Objective (with its theme) and Result with
indicators, means of verification and assumptions, and their Activities with
indicator, timeline, actor(s), budget and priority.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from facilitator.documents.layout import (
    build_pdf,
    footer_text,
    frame_width,
    grid_table,
    title_block,
)
from facilitator.documents.logframe_rows import HEADERS, Cell, logframe_rows
from facilitator.documents.pdftext import para, styles
from facilitator.plan import model
from facilitator.words import word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: column shares of the frame width (No., narrative, indicators, verification, assumptions,
#: timeline, actors, budget, priority)
SHARES = (0.05, 0.19, 0.14, 0.10, 0.10, 0.07, 0.10, 0.12, 0.13)
#: left plus right cell padding of the matrix (``grid_table``)
PADDING = 6.0
OBJECTIVE_BG = colors.HexColor("#d9e2ec")
RESULT_BG = colors.HexColor("#f1f4f7")
#: a heading row is kept on the page of the row after it only when both together are at most this tall
#: (points): taller rows may have to be cut across pages, which rows tied together cannot be
KEEP_HEIGHT = 250.0


def _vision_goal(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    story: list[Flowable] = []
    story.append(para(word("Vision"), st["h3"]))
    text = model.adopted_text(store, "vision") or word("(not adopted yet)")
    story.append(para(text, st["body"]))
    story.append(Spacer(1, 4 * mm))
    return story


def row_height(row: list[Any], widths: list[float]) -> float:
    """Height of a matrix row laid out at ``widths``; an empty cell widens the one before it (a span)."""
    tallest, cells = 0.0, []
    for cell, width in zip(row, widths):
        if isinstance(cell, Flowable):
            cells.append([cell, width])
        elif cells:
            cells[-1][1] += width
    for cell, width in cells:
        tallest = max(tallest, cell.wrap(width - PADDING, 1e6)[1])
    return tallest + PADDING


def keep_headings(
    rows: list[list[Any]], headings: list[int], widths: list[float]
) -> list[tuple[Any, ...]]:
    """Keep each objective or result row with the row after it, unless the two are too tall to move together."""
    out: list[tuple[Any, ...]] = []
    for row in headings:
        if (
            row + 1 < len(rows)
            and row_height(rows[row], widths) + row_height(rows[row + 1], widths) <= KEEP_HEIGHT
        ):
            out.append(("NOSPLIT", (0, row), (-1, row + 1)))
    return out


def column_widths() -> list[float]:
    return [frame_width() * share for share in SHARES]


_BACKGROUND = {"goal": OBJECTIVE_BG, "objective": OBJECTIVE_BG, "result": RESULT_BG}
_CURRENCY_SPACE = re.compile(r"\b(USD|EUR|GBP|CHF) (?=\d)")


def cell_text(cell: Cell) -> str:
    """What a matrix cell prints; a currency never parts from its amount at a line break."""
    return _CURRENCY_SPACE.sub("\\1\u00a0", cell.text)


def matrix_rows(
    store: SessionStore, st: dict[str, Any]
) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """The core's LogFrame rows as table cells (header first), and the style commands that shade
    the Goal, objective and result rows and keep each with the row after it when both fit easily.
    """
    rows: list[list[Any]] = [[para(word(h), st["cell_bold"]) for h in HEADERS]]
    extra: list[tuple[Any, ...]] = []
    headings: list[int] = []
    for row in logframe_rows(store):
        style = st["cell"] if row.level == "activity" else st["cell_bold"]
        n = len(rows)
        rows.append(
            [para(cell_text(c), style if i < 2 else st["cell"]) for i, c in enumerate(row.cells)]
        )
        if row.level in _BACKGROUND:
            extra.append(("BACKGROUND", (0, n), (-1, n), _BACKGROUND[row.level]))
            headings.append(n)
    return rows, extra + keep_headings(rows, headings, column_widths())


def write_logframe(store: SessionStore, out_path: Path) -> None:
    """Write the LogFrame matrix of ``store`` to ``out_path`` (PDF)."""
    st = styles(9)
    meta = store.meta()
    story = title_block(meta, word("LogFrame matrix"), st) + _vision_goal(store, st)
    rows, extra = matrix_rows(store, st)
    if len(rows) == 2:
        rows.append([para("", st["cell"]), para(word("No objectives yet."), st["cell"])] + [""] * 7)
    story.append(grid_table(rows, column_widths(), header_rows=1, extra=extra))
    build_pdf(
        out_path,
        story,
        title=f"LogFrame — {meta.get('title', '')}",
        footer=footer_text(meta, word("LogFrame")),
    )
