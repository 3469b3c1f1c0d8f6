"""The implementation overview of a monitoring review as a landscape PDF.

The reference report's layout: Activities | Responsible | Priority | Actions
taken since YEAR | Implemented by | Recommendations, one table per objective
(or per first number of an external programme's codes), one line per action so
each country's action sits beside its implementers; then the status summary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from facilitator.documents.layout import (
    GRID,
    HEADER_BG,
    GridTable,
    build_pdf,
    footer_text,
    frame_width,
    grid_table,
    mirrored,
    table_align,
)
from facilitator.documents.pdftext import FONT, para, styles
from facilitator.monitoring.changes import review_changes
from facilitator.monitoring.overview import (
    Overview,
    OverviewRow,
    StatusSummary,
    headers,
    pick_review,
    status_summary,
    views_of,
)
from facilitator.monitoring.reviews import Action, Review, review
from facilitator.session.store import SessionStore
from facilitator.words import fixed, word

#: column shares of the frame width
SHARES = (0.25, 0.11, 0.07, 0.27, 0.14, 0.16)
HEADING_BG = colors.HexColor("#f1f4f7")


def action_cell(action: Action, st: dict[str, Any]) -> list[Flowable]:
    """What was done, with the countries in bold, then period, budget, funder and status."""
    prefix = f"{action.countries}:" if action.countries else ""
    details = [
        action.period,
        action.budget and word("budget {budget}", budget=action.budget),
        action.funder and word("funded by {funder}", funder=action.funder),
        fixed(action.status),
    ]
    return [
        para(action.action or "—", st["cell"], bold_prefix=prefix),
        para(" · ".join(d for d in details if d), st["note"]),
    ]


def activity_cell(row: OverviewRow, st: dict[str, Any]) -> list[Flowable]:
    cell: list[Flowable] = [para(row.text, st["cell"], bold_prefix=row.number)]
    if row.links:
        label = (
            word("Programme of work:")
            if row.activity_kind == "activity"
            else word("Workshop activities:")
        )
        cell.append(para(", ".join(row.links), st["note"], bold_prefix=label))
    return cell


def recommendation_cell(row: OverviewRow, st: dict[str, Any]) -> list[Flowable]:
    cell: list[Flowable] = []
    if row.recommendation:
        cell.append(para(row.recommendation, st["cell"]))
    if row.proposed_priority:
        label = word("Proposed priority:")
        cell.append(para(row.proposed_priority, st["cell"], bold_prefix=label))
    return cell


def activity_rows(row: OverviewRow, st: dict[str, Any]) -> list[list[Any]]:
    """One line per action; the activity, responsible, priority and recommendation on the first."""
    acts: list[Action | None] = list(row.actions) or [None]
    lines = []
    for n, action in enumerate(acts):
        first = n == 0
        lines.append(
            [
                activity_cell(row, st) if first else "",
                para(row.responsible, st["cell"]) if first else "",
                para(row.priority, st["cell"]) if first else "",
                action_cell(action, st)
                if action
                else para(word("No action recorded."), st["note"]),
                para(action.implemented_by, st["cell"]) if action else "",
                recommendation_cell(row, st) if first else "",
            ]
        )
    return lines


def group_table(
    group_rows: list[OverviewRow], since_year: str, st: dict[str, Any], until_year: str = ""
) -> Table:
    """A table whose horizontal rules separate activities, and actions within the action columns.

    Rows break between lines of the table; only a line taller than a page is cut
    inside (``GridTable``), so the header is never repeated mid-page.
    """
    rows: list[list[Any]] = [[para(h, st["cell_bold"]) for h in headers(since_year, until_year)]]
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("BOX", (0, 0), (-1, -1), 0.4, GRID),
        ("LINEAFTER", (0, 0), (-2, -1), 0.4, GRID),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in group_rows:
        start = len(rows)
        if row.kind == "heading":
            rows.append(
                [para(row.text, st["cell_bold"], bold_prefix=row.number), "", "", "", "", ""]
            )
            style += [
                ("SPAN", (0, start), (-1, start)),
                ("BACKGROUND", (0, start), (-1, start), HEADING_BG),
            ]
        else:
            rows += activity_rows(row, st)
            end = len(rows) - 1
            # no SPAN over an activity's lines: a span cannot split across pages
            style.append(("LINEBELOW", (3, start), (4, end - 1), 0.25, GRID))
        style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.4, GRID))
    width = frame_width()
    rows, widths, style = mirrored(rows, [width * s for s in SHARES], style)
    table = GridTable(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign=table_align())
    table.setStyle(TableStyle(style))
    return table


def overview_story(view: Overview, st: dict[str, Any]) -> list[Flowable]:
    story: list[Flowable] = []
    for group in view.groups:
        if not group.rows:
            continue
        number = (
            word("Objective {number}.", number=group.number)
            if view.activity_kind == "activity"
            else f"{group.number}."
        )
        # a heading never ends a page alone, yet a long table still starts on this page
        story.append(CondPageBreak(45 * mm))
        story.append(para(group.heading, st["h2"], bold_prefix=number))
        story.append(group_table(group.rows, view.since_year, st, view.until_year))
    return story


def summary_story(summary: StatusSummary, st: dict[str, Any]) -> list[Flowable]:
    """Counts of activities per status, per objective and per country."""
    story: list[Flowable] = [para(word("Status summary"), st["h2"])]
    for title, counts in (("Objective", summary.by_group), ("Country", summary.by_country)):
        if not counts:
            continue
        order = StatusSummary.order_for(title)
        names = (word(title), *(fixed(s.capitalize()) for s in order), word("Total"))
        rows: list[list[Any]] = [[para(h, st["cell_bold"]) for h in names]]
        for label, c in counts.items():
            rows.append(
                [para(label, st["cell"]), *[str(c[s]) for s in order], str(sum(c.values()))]
            )
        if title == "Objective":
            t = summary.total
            rows.append(
                [
                    para(word("All activities"), st["cell_bold"]),
                    *[str(t[s]) for s in order],
                    str(sum(t.values())),
                ]
            )
        width = frame_width()
        table = grid_table(
            rows,
            [width * 0.4] + [width * 0.6 / (len(order) + 1)] * (len(order) + 1),
            extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("FONTSIZE", (1, 1), (-1, -1), 8)],
        )
        story += [table, Spacer(1, 4 * mm)]
    return story


def changes_story(store: SessionStore, review_id: int, st: dict[str, Any]) -> list[Flowable]:
    """A table of what changed since the review this one started from (nothing if it started empty)."""
    changes = review_changes(store, review_id)
    if changes is None:
        return []
    heading = word("Changes since {title}", title=changes.base_title)
    story: list[Flowable] = [para(heading, st["h2"])]
    if not changes.activities:
        return story + [para(word("Nothing was changed."), st["body"])]
    heads = (word("Activity"), word("What changed"))
    rows: list[list[Any]] = [[para(h, st["cell_bold"]) for h in heads]]
    for c in changes.activities:
        rows.append(
            [para(c.text, st["cell"], bold_prefix=c.number), para("\n".join(c.lines()), st["cell"])]
        )
    width = frame_width()
    return story + [grid_table(rows, [width * 0.4, width * 0.6])]


def write_monitoring(store: SessionStore, out_path: Path, review_id: int | None = None) -> None:
    """Write the implementation overview of a review (the latest by default) to ``out_path`` (PDF)."""
    rid = pick_review(store, review_id)
    rev = review(store, rid)
    assert rev is not None
    meta = store.meta()
    title = word("Overview of implementation — {title}", title=rev.title)
    build_pdf(
        Path(out_path),
        document_story(store, rev, meta),
        title=title,
        footer=footer_text(meta, title),
    )


def review_title_block(rev: Review, meta: dict[str, str], st: dict[str, Any]) -> list[Flowable]:
    """The review's own title and date, then the plan it reviews (not the workshop's meeting)."""
    story: list[Flowable] = [
        para(rev.title, st["h1"]),
        para(word("Overview of implementation"), st["h2"]),
    ]
    if rev.date:
        story.append(para(rev.date, st["body"], bold_prefix=word("Review date:")))
    period = " – ".join(y for y in (rev.since_year, rev.until_year) if y)
    if period:
        story.append(para(period, st["body"], bold_prefix=word("Period:")))
    if meta.get("title"):
        story.append(para(meta["title"], st["body"], bold_prefix=word("Plan:")))
    if meta.get("symbol"):
        story.append(para(meta["symbol"], st["body"], bold_prefix=word("Plan document:")))
    return story


def document_story(store: SessionStore, rev: Review, meta: dict[str, str]) -> list[Flowable]:
    st = styles(9)
    st["note"] = st["small"].clone("note", textColor=colors.HexColor("#555555"))
    story = review_title_block(rev, meta, st)
    story.append(Spacer(1, 3 * mm))
    views = views_of(store, rev.id)
    if not views:
        story.append(para(word("No activities to monitor yet."), st["body"]))
    for label, view in views:
        if len(views) > 1:
            story.append(para(label, st["h1"]))
        story += overview_story(view, st)
        story += summary_story(status_summary(store, view), st)
    return story + changes_story(store, rev.id, st)
