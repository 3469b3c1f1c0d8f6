"""The session minutes for the rapporteur, as one landscape PDF.

Title page; the glossary of the steps; the participants (Appendix I layout);
Vision and Goal; the problem tree as a vector diagram; the threat tables;
the objectives, results and activities; the LogFrame; the priorities; and the
notes taken during the session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from facilitator.documents.layout import (
    MARGIN,
    build_pdf,
    footer_text,
    frame_width,
    grid_table,
    title_block,
)
from facilitator.documents.logframe_pdf import SHARES, matrix_rows
from facilitator.documents.logframe_rows import see_activities
from facilitator.documents.pdftext import para, styles
from facilitator.documents.tables_pdf import ScoreTables
from facilitator.documents.tree_pdf import tree_flowables
from facilitator.plan import model
from facilitator.plan.glossary import STEPS
from facilitator.words import fixed, word

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: the notes table's columns (English sources of ``words``)
NOTE_HEADERS = ("About", "Note", "Written")
PAGE_HEIGHT = 595.0 - 2 * MARGIN - 40  # landscape A4 frame, less room for a heading


def _title_page(meta: dict[str, str], st: dict[str, Any]) -> list[Flowable]:
    return (
        [Spacer(1, 30 * mm)]
        + title_block(meta, word("Minutes of the planning workshop"), st)
        + [PageBreak()]
    )


def _glossary(st: dict[str, Any]) -> list[Flowable]:
    rows = [[para(word("Step"), st["cell_bold"]), para(word("What it means"), st["cell_bold"])]]
    rows += [
        [para(fixed(step.title), st["cell_bold"]), para(fixed(step.definition), st["cell"])]
        for step in STEPS
    ]
    width = frame_width()
    return [
        para(word("Glossary of the steps"), st["h2"]),
        grid_table(rows, [width * 0.2, width * 0.8]),
    ]


def _participants(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    names = {c.code: c.name for c in model.countries(store)}
    heads = (word("Name"), word("Affiliation"), word("Country"), word("Role"))
    rows = [[para(h, st["cell_bold"]) for h in heads]]
    for p in model.participants(store):
        role = role_words(p.role, p.votes)
        rows.append(
            [
                para(p.name, st["cell"]),
                para(p.affiliation, st["cell"]),
                para(names.get(p.country or "", p.country or "—"), st["cell"]),
                para(role, st["cell"]),
            ]
        )
    if len(rows) == 1:
        rows.append([para(word("No participants recorded."), st["cell"]), "", "", ""])
    width = frame_width()
    return [
        para(word("Participants"), st["h2"]),
        grid_table(rows, [width * s for s in (0.3, 0.38, 0.16, 0.16)]),
    ]


def _vision_goal(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    story: list[Flowable] = [para(word("Vision and Goal"), st["h2"])]
    for kind, label in (("vision", word("Vision")), ("goal", word("Goal"))):
        story += [
            para(label, st["h3"]),
            para(model.adopted_text(store, kind) or word("(not adopted)"), st["body"]),
        ]
    return story


def _problem_tree(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    bands = tree_flowables(store, frame_width(), PAGE_HEIGHT)
    first = bands[0].wrap(frame_width(), PAGE_HEIGHT)[1] if bands else 0
    story: list[Flowable] = [
        CondPageBreak(first + 25 * mm),
        para(word("Problem tree"), st["h2"]),
        para(
            word(
                "Causes on the left, effects on the right; arrows run from cause to effect. "
                "Brown = constraints, orange = drivers, red = threats."
            ),
            st["small"],
        ),
    ]
    return story + (bands or [para(word("No items in the problem tree."), st["body"])])


def _outline(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    labels = {i.id: i.label for i in model.items(store)}
    story: list[Flowable] = [para(word("Objectives, results and activities"), st["h2"])]
    for obj in model.outline(store):
        heading = word("Objective {number}", number=obj.number)
        story.append(para(obj.text, st["h3"], bold_prefix=heading))
        if obj.theme:
            story.append(para(obj.theme, st["body"], bold_prefix=word("Theme:")))
        if obj.item_ids:
            story.append(
                para(
                    "; ".join(labels.get(i, "?") for i in obj.item_ids),
                    st["body"],
                    bold_prefix=word("Addresses:"),
                )
            )
        for res in obj.results:
            story.append(
                para(res.text, st["bold"], bold_prefix=word("Result {number}", number=res.number))
            )
            smart = smart_words(res.smart)
            line = word(
                "Indicator: {indicator}. SMART: {smart}.",
                indicator=res.indicator or "—",
                smart=smart,
            )
            story.append(para(line, st["small"]))
            for act in res.activities:
                extra = [see_activities(act.refs)[1:-1]] if act.refs else []
                codes = ", ".join(act.programme)
                extra += [word("programme {codes}", codes=codes)] if act.programme else []
                tail = f" ({'; '.join(extra)})" if extra else ""
                story.append(para(act.text + tail, st["body"], bold_prefix=act.number))
    if len(story) == 1:
        story.append(para(word("No objectives yet."), st["body"]))
    return story


def smart_words(smart: dict[str, bool]) -> str:
    """The SMART checks ticked for a result, in the document's language."""
    ticked = [fixed(k.replace("_", "-")) for k, v in smart.items() if v]
    return ", ".join(ticked) or word("none checked")


def role_words(role: str, votes: bool) -> str:
    """A participant's role in the document's language, '(does not vote)' after it when so."""
    return fixed(role) + ("" if votes else " " + word("(does not vote)"))


def _logframe(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    rows, extra = matrix_rows(store, st)
    if len(rows) == 2:
        return [para(word("LogFrame"), st["h2"]), para(word("No objectives yet."), st["body"])]
    width = frame_width()
    return [
        para(word("LogFrame"), st["h2"]),
        grid_table(rows, [width * s for s in SHARES], extra=extra),
    ]


def note_targets(store: SessionStore) -> dict[tuple[str, int], str]:
    """(target, id) → what a note is about, in words."""
    out: dict[tuple[str, int], str] = {("session", 0): word("Session")}
    for item in model.items(store):
        out[("item", item.id)] = f"{fixed(item.kind.capitalize())}: {item.label}"
    for obj in model.outline(store):
        out[("objective", obj.id)] = word("Objective {number}", number=obj.number)
        for res in obj.results:
            out[("result", res.id)] = word("Result {number}", number=res.number)
            for act in res.activities:
                out[("activity", act.id)] = word("Activity {number}", number=act.number)
    return out


def cell_words(key: str, targets: dict[tuple[str, int], str]) -> str:
    """'threats-by-region/12/importance/Caucasus' → 'Threats by region: <item>, importance, Caucasus'."""
    parts = key.split("/")
    if len(parts) == 4 and parts[1].isdigit():
        item = targets.get(("item", int(parts[1])), f"item {parts[1]}").split(": ", 1)[-1]
        table = fixed(parts[0].replace("-", " ").capitalize())
        return f"{table}: {item}, {fixed(parts[2])}, {parts[3]}"
    return word("Table cell {key}", key=key)


def _notes(store: SessionStore, st: dict[str, Any]) -> list[Flowable]:
    targets = note_targets(store)
    rows = [[para(word(h), st["cell_bold"]) for h in NOTE_HEADERS]]
    for note in model.notes(store):
        where = targets.get((str(note["target"]), int(note["target_id"])), str(note["target"]))
        if note["target"] == "cell":
            where = cell_words(str(note["key"]), targets)
        rows.append(
            [
                para(where, st["cell"]),
                para(note["body"], st["cell"]),
                para(str(note["created"])[:16].replace("T", " "), st["cell"]),
            ]
        )
    if len(rows) == 1:
        rows.append([para(word("No notes were taken."), st["cell"]), "", ""])
    width = frame_width()
    return [
        para(word("Notes taken during the session"), st["h2"]),
        grid_table(rows, [width * 0.2, width * 0.65, width * 0.15]),
    ]


def write_minutes(store: SessionStore, out_path: Path) -> None:
    """Write the minutes of ``store`` to ``out_path`` (PDF)."""
    st = styles(9)
    meta = store.meta()
    tables = ScoreTables(store, st)
    sections = [
        _glossary(st),
        _participants(store, st),
        _vision_goal(store, st),
        _problem_tree(store, st),
        tables.threat_ranking(),
        tables.by_region(),
        _outline(store, st),
        _logframe(store, st),
        tables.priorities(),
        _notes(store, st),
    ]
    story = _title_page(meta, st)
    for i, section in enumerate(sections):
        if i:
            story.append(PageBreakIfNotEmpty() if i in (4, 7) else CondPageBreak(60 * mm))
        story += section
    build_pdf(
        out_path,
        story,
        title=f"{word('Minutes')} — {meta.get('title', '')}",
        footer=footer_text(meta, word("Minutes")),
    )
