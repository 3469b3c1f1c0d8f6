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

from .. import model
from ..logframe import activity_priorities, priority_text
from .layout import build_pdf, footer_text, frame_width, grid_table, title_block
from .pdftext import para, styles

if TYPE_CHECKING:
    from ..store import SessionStore

HEADERS = ("No.", "Objective / Result / Activity", "Indicator", "Timeline", "Actor(s)", "Budget", "Priority")
#: column shares of the frame width
SHARES = (0.05, 0.30, 0.18, 0.08, 0.14, 0.09, 0.16)
OBJECTIVE_BG = colors.HexColor("#d9e2ec")
RESULT_BG = colors.HexColor("#f1f4f7")
#: a row with more text than this may be cut across pages, so no heading is tied to it
KEEP_LIMIT = 1500


def _vision_goal(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    story: list[Flowable] = []
    for kind, label in (("vision", "Vision"), ("goal", "Goal")):
        story.append(para(label, st["h3"]))
        story.append(para(model.adopted_text(store, kind) or "(not adopted yet)", st["body"]))
    story.append(Spacer(1, 4 * mm))
    return story


def _keep_with_next(row: int, next_text: str | None) -> list[tuple[Any, ...]]:
    """Keep a heading row with the next row, unless that row is long enough to need a page of its own."""
    if next_text is None or len(next_text) > KEEP_LIMIT:
        return []
    return [("NOSPLIT", (0, row), (-1, row + 1))]


def logframe_rows(store: SessionStore, st: dict[str, Any]) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """The matrix's rows (header first) and the style commands that shade objective/result rows.

    An objective or result row is kept on the same page as the row after it.
    """
    cell, bold = st["cell"], st["cell_bold"]
    rows: list[list[Any]] = [[para(h, bold) for h in HEADERS]]
    extra: list[tuple[Any, ...]] = []
    prios = activity_priorities(store)
    order = [c.code for c in model.countries(store)]
    for obj in model.outline(store):
        theme = f"\nTheme: {obj.theme}" if obj.theme else ""
        n = len(rows)
        rows.append([para(obj.number, bold), para(f"Objective: {obj.text}{theme}", bold), "", "", "", "", ""])
        extra += [("SPAN", (1, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), OBJECTIVE_BG)]
        extra += _keep_with_next(n, obj.results[0].text if obj.results else None)
        for res in obj.results:
            n = len(rows)
            rows.append([para(res.number, bold), para(f"Result: {res.text}", bold), para(res.indicator, cell),
                         "", "", "", ""])
            extra += [("SPAN", (2, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), RESULT_BG)]
            first = res.activities[0] if res.activities else None
            extra += _keep_with_next(n, first.text + first.indicator if first else None)
            for act in res.activities:
                text = act.text + (f"\n(see Activity {', '.join(act.refs)})" if act.refs else "")
                rows.append([para(act.number, cell), para(text, cell), para(act.indicator, cell),
                             para(act.timeline, cell), para(act.actors, cell), para(act.budget, cell),
                             para(priority_text(prios.get(act.id, {}), order), cell)])
    return rows, extra


def write_logframe(store: SessionStore, out_path: Path) -> None:
    """Write the LogFrame matrix of ``store`` to ``out_path`` (PDF)."""
    st = styles(9)
    meta = store.meta()
    story = title_block(meta, "LogFrame matrix", st) + _vision_goal(store, st)
    rows, extra = logframe_rows(store, st)
    if len(rows) == 1:
        rows.append([para("", st["cell"]), para("No objectives yet.", st["cell"]), "", "", "", "", ""])
    width = frame_width()
    story.append(grid_table(rows, [width * s for s in SHARES], header_rows=1, extra=extra))
    build_pdf(out_path, story, title=f"LogFrame — {meta.get('title', '')}", footer=footer_text(meta, "LogFrame"))
