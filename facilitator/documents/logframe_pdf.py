"""The LogFrame matrix as a landscape PDF.

Title block, Vision and Goal, then one table: each Objective (with its theme),
its Results (with indicator) and their Activities with indicator, timeline,
actor(s), budget and priority — the overall priority and the countries that
gave the activity a high priority (country priority ≥ 2.5).
"""

from __future__ import annotations

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
from facilitator.documents.pdftext import para, styles
from facilitator.plan import model
from facilitator.voting.logframe import priority_texts
from facilitator.words import word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

HEADERS = (
    "No.",
    "Objective / Result / Activity",
    "Indicator",
    "Timeline",
    "Actor(s)",
    "Budget",
    "Priority",
)
#: column shares of the frame width
SHARES = (0.05, 0.30, 0.18, 0.08, 0.14, 0.09, 0.16)
#: left plus right cell padding of the matrix (``grid_table``)
PADDING = 6.0
OBJECTIVE_BG = colors.HexColor("#d9e2ec")
RESULT_BG = colors.HexColor("#f1f4f7")
#: a heading row is kept on the page of the row after it only when both together are at most this tall
#: (points): taller rows may have to be cut across pages, which rows tied together cannot be
KEEP_HEIGHT = 250.0


def _vision_goal(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    story: list[Flowable] = []
    for kind, label in (("vision", "Vision"), ("goal", "Goal")):
        story.append(para(word(label), st["h3"]))
        text = model.adopted_text(store, kind) or word("(not adopted yet)")
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


def logframe_rows(
    store: SessionStore, st: dict[str, Any]
) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """The matrix's rows (header first) and the style commands that shade objective/result rows.

    An objective or result row is kept on the same page as the row after it when both fit easily.
    """
    cell, bold = st["cell"], st["cell_bold"]
    rows: list[list[Any]] = [[para(word(h), bold) for h in HEADERS]]
    extra: list[tuple[Any, ...]] = []
    headings: list[int] = []
    prios = priority_texts(store)
    for obj in model.outline(store):
        theme = "\n" + word("Theme: {theme}", theme=obj.theme) if obj.theme else ""
        n = len(rows)
        rows.append(
            [
                para(obj.number, bold),
                para(word("Objective: {text}", text=obj.text) + theme, bold),
                "",
                "",
                "",
                "",
                "",
            ]
        )
        extra += [("SPAN", (1, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), OBJECTIVE_BG)]
        headings.append(n)
        for res in obj.results:
            n = len(rows)
            rows.append(
                [
                    para(res.number, bold),
                    para(word("Result: {text}", text=res.text), bold),
                    para(res.indicator, cell),
                    "",
                    "",
                    "",
                    "",
                ]
            )
            extra += [("SPAN", (2, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), RESULT_BG)]
            headings.append(n)
            for act in res.activities:
                see = word("(see Activity {numbers})", numbers=", ".join(act.refs))
                text = act.text + ("\n" + see if act.refs else "")
                rows.append(
                    [
                        para(act.number, cell),
                        para(text, cell),
                        para(act.indicator, cell),
                        para(act.timeline, cell),
                        para(act.actors, cell),
                        para(act.budget, cell),
                        para(prios.get(act.id, word("not prioritised")), cell),
                    ]
                )
    return rows, extra + keep_headings(rows, headings, column_widths())


def write_logframe(store: SessionStore, out_path: Path) -> None:
    """Write the LogFrame matrix of ``store`` to ``out_path`` (PDF)."""
    st = styles(9)
    meta = store.meta()
    story = title_block(meta, word("LogFrame matrix"), st) + _vision_goal(store, st)
    rows, extra = logframe_rows(store, st)
    if len(rows) == 1:
        rows.append(
            [para("", st["cell"]), para(word("No objectives yet."), st["cell"]), "", "", "", "", ""]
        )
    story.append(grid_table(rows, column_widths(), header_rows=1, extra=extra))
    build_pdf(
        out_path,
        story,
        title=f"LogFrame — {meta.get('title', '')}",
        footer=footer_text(meta, word("LogFrame")),
    )
