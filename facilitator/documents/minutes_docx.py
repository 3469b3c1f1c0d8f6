"""The session minutes as a Word document, to edit further.

The same sections as the PDF minutes, each a Word heading (so they show in Word's navigation
pane and table of contents), every table a Word table: glossary, participants, Vision and
Goal, the problem tree (its items and links), the threat tables, the outline, the LogFrame
matrix, the priorities and the notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.documents import word
from facilitator.documents.files import replacing
from facilitator.documents.logframe_docx import logframe_table, title_block
from facilitator.documents.logframe_rows import see_activities
from facilitator.documents.minutes_pdf import (
    NOTE_HEADERS,
    cell_words,
    note_targets,
    role_words,
    smart_words,
)
from facilitator.documents.spreadsheet import HEADER_WORDS, value_words
from facilitator.plan import model
from facilitator.plan.glossary import STEPS
from facilitator.words import fixed
from facilitator.words import word as w

if TYPE_CHECKING:
    import pandas as pd
    from docx.document import Document

    from facilitator.session.store import SessionStore


def _frame_table(doc: Document, frame: pd.DataFrame, empty: str) -> None:
    if frame.empty:
        word.paragraph(doc, empty)
        return
    columns = [str(c) for c in frame.columns]
    headers = [w(HEADER_WORDS[c]) if c in HEADER_WORDS else c for c in columns]
    rows = [
        [value_words(c, "" if v is None else str(v)) for c, v in zip(columns, values)]
        for values in frame.itertuples(index=False)
    ]
    word.table(doc, headers, rows)


def _people(doc: Document, store: SessionStore) -> None:
    word.heading(doc, w("Participants"), 1)
    names = {c.code: c.name for c in model.countries(store)}
    rows = [
        [
            p.name,
            p.affiliation,
            names.get(p.country or "", p.country or "—"),
            role_words(p.role, p.votes),
        ]
        for p in model.participants(store)
    ]
    if rows:
        heads = (w("Name"), w("Affiliation"), w("Country"), w("Role"))
        word.table(doc, heads, rows, font_size=9)
    else:
        word.paragraph(doc, w("No participants recorded."))


def _problem_tree(doc: Document, store: SessionStore) -> None:
    word.heading(doc, w("Problem tree"), 1)
    items = model.items(store)
    labels = {i.id: i.label for i in items}
    causes: dict[int, list[str]] = {}
    for cause, effect in model.links(store):
        causes.setdefault(effect, []).append(labels.get(cause, ""))
    rows = [
        [fixed(i.kind.capitalize()), i.label, fixed(i.status), "; ".join(causes.get(i.id, []))]
        for i in items
    ]
    if rows:
        heads = (w("Kind"), w("Item"), w("Status"), w("Caused or driven by"))
        word.table(doc, heads, rows, font_size=9)
    else:
        word.paragraph(doc, w("No items in the problem tree."))


def _outline(doc: Document, store: SessionStore) -> None:
    word.heading(doc, w("Objectives, results and activities"), 1)
    outline = model.outline(store)
    if not outline:
        word.paragraph(doc, w("No objectives yet."))
    for obj in outline:
        word.heading(doc, f"{w('Objective {number}', number=obj.number)}: {obj.text}", 2)
        if obj.theme:
            word.labelled(doc, w("Theme"), obj.theme)
        for res in obj.results:
            word.heading(doc, f"{w('Result {number}', number=res.number)}: {res.text}", 3)
            if res.indicator:
                word.labelled(doc, w("Indicator"), res.indicator)
            word.labelled(doc, "SMART", smart_words(res.smart))
            for act in res.activities:
                text = act.text + (f" {see_activities(act.refs)}" if act.refs else "")
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(f"{act.number} ").bold = True
                word.add_text(p, text)


def _notes(doc: Document, store: SessionStore) -> None:
    word.heading(doc, w("Notes taken during the session"), 1)
    targets = note_targets(store)
    rows = []
    for note in model.notes(store):
        where = targets.get((str(note["target"]), int(note["target_id"])), str(note["target"]))
        if note["target"] == "cell":
            where = cell_words(str(note["key"]), targets)
        rows.append([where, str(note["body"]), str(note["created"])[:16].replace("T", " ")])
    if rows:
        word.table(doc, [w(h) for h in NOTE_HEADERS], rows, font_size=9)
    else:
        word.paragraph(doc, w("No notes were taken."))


def write_minutes_docx(store: SessionStore, out_path: Path) -> None:
    """Write the minutes of ``store`` to ``out_path`` (.docx)."""
    from facilitator.voting import tables

    meta = store.meta()
    doc = word.new_document(f"{w('Minutes')} — {meta.get('title', '')}")
    title_block(doc, meta, w("Minutes of the planning workshop"))
    word.heading(doc, w("Glossary of the steps"), 1)
    steps = [[fixed(s.title), fixed(s.definition)] for s in STEPS]
    word.table(doc, (w("Step"), w("What it means")), steps, font_size=9)
    _people(doc, store)
    word.heading(doc, w("Vision and Goal"), 1)
    for kind, label in (("vision", w("Vision")), ("goal", w("Goal"))):
        word.heading(doc, label, 2)
        word.paragraph(doc, model.adopted_text(store, kind) or w("(not adopted)"))
    _problem_tree(doc, store)
    frames = tables.all_tables(store)
    word.heading(doc, w("Threat ranking"), 1)
    _frame_table(doc, frames["threats"], w("No drivers or threats have been scored."))
    word.heading(doc, w("Threats by region"), 1)
    _frame_table(doc, frames["threats-by-region"], w("No drivers or threats have been scored."))
    _outline(doc, store)
    word.heading(doc, w("LogFrame"), 1)
    logframe_table(doc, store)
    word.heading(doc, w("Activity priorities by country"), 1)
    _frame_table(doc, frames["priorities"], w("No activities have been prioritised."))
    _notes(doc, store)
    with replacing(out_path) as part:
        doc.save(str(part))
