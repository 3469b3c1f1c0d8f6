"""The LogFrame matrix as a Word document: one editable table with the rows the PDF prints.

The strategy text around the matrix is written in Word, so the matrix is a plain Word table
(header row repeated on every page), drawn from the core's ``logframe_rows``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.documents import word
from facilitator.documents.files import replacing
from facilitator.documents.logframe_pdf import SHARES
from facilitator.documents.logframe_rows import HEADERS, logframe_rows
from facilitator.plan import model
from facilitator.words import word as w

if TYPE_CHECKING:
    from docx.document import Document

    from facilitator.session.store import SessionStore

#: width of the text area of a landscape A4 page with 15 mm margins
TEXT_WIDTH_MM = 267.0
SHADES = {"goal": "D9E2EC", "objective": "D9E2EC", "result": "F1F4F7"}
META_LABELS = (
    ("species", "Species"),
    ("meeting", "Meeting"),
    ("place", "Place"),
    ("dates", "Dates"),
    ("symbol", "Document"),
)


def title_block(doc: Document, meta: dict[str, str], heading: str) -> None:
    """What the document is, then the session's title, meeting, place, dates and symbol."""
    word.add_text(doc.add_heading(level=0), heading)
    if meta.get("title"):
        word.paragraph(doc, meta["title"], bold=True)
    for key, label in META_LABELS:
        if meta.get(key):
            word.labelled(doc, w(label), meta[key])


def logframe_table(doc: Document, store: SessionStore) -> None:
    """The matrix as one Word table (Goal, objectives and results shaded)."""
    rows = logframe_rows(store)
    word.table(
        doc,
        [w(h) for h in HEADERS],
        [[cell.text for cell in row.cells] for row in rows],
        widths_mm=[TEXT_WIDTH_MM * share for share in SHARES],
        shades=[SHADES.get(row.level) for row in rows],
        bold_columns=2,
    )
    if len(rows) == 1:
        word.paragraph(doc, w("No objectives yet."))


def write_logframe_docx(store: SessionStore, out_path: Path) -> None:
    """Write the LogFrame matrix of ``store`` to ``out_path`` (.docx)."""
    meta = store.meta()
    doc = word.new_document(f"{w('LogFrame')} — {meta.get('title', '')}")
    title_block(doc, meta, w("LogFrame matrix"))
    word.heading(doc, w("Vision"), 1)
    word.paragraph(doc, model.adopted_text(store, "vision") or w("(not adopted yet)"))
    word.heading(doc, w("LogFrame matrix"), 1)
    logframe_table(doc, store)
    with replacing(out_path) as part:
        doc.save(str(part))
