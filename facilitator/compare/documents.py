"""A comparison of two sessions as a PDF (the changed figures) or XLSX (every figure)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facilitator.compare.figures import Comparison, Figure
from facilitator.errors import FacilitatorError
from facilitator.words import document_language, fixed, is_rtl, word

COLUMNS = (
    "Table",
    "Item or activity",
    "Criterion",
    "Level",
    "Region or country",
    "Then",
    "Now",
    "Change",
)
LEVELS = {"overall": "Overall", "region": "Region", "country": "Country"}
SECTIONS = {"threats": "Threats", "priorities": "Priorities"}


def figure_row(f: Figure) -> list[str]:
    """One figure as the CLI, PDF, spreadsheet and app show it (fixed words in the document
    language while one is chosen)."""
    return [
        fixed(SECTIONS[f.section]),
        f.item,
        fixed(f.criterion),
        fixed(LEVELS[f.level]),
        f.scope,
        f.text(f.old),
        f.text(f.new),
        fixed(f.change_text()),
    ]


def summary_lines(c: Comparison) -> list[str]:
    lines = [
        word("Then: {title}", title=c.old_title),
        word("Now: {title}", title=c.new_title),
        word(
            "Matched {matched} items and activities ({uuid} by identity, {label} by label); "
            "{changed} of {figures} figures changed.",
            matched=c.matched_by_uuid + c.matched_by_label,
            uuid=c.matched_by_uuid,
            label=c.matched_by_label,
            changed=len(c.changed()),
            figures=len(c.figures),
        ),
    ]
    if c.only_old:
        lines.append(word("Only then: {items}", items="; ".join(c.only_old)))
    if c.only_new:
        lines.append(word("Only now: {items}", items="; ".join(c.only_new)))
    return lines


def write_comparison(c: Comparison, out: Path, language: str | None = None) -> Path:
    """Write ``c`` to ``out``: .pdf (changed figures) or .xlsx (changed, and every figure), its
    fixed words in ``language`` (English by default)."""
    ext = out.suffix.lower()
    if ext not in (".pdf", ".xlsx"):
        raise FacilitatorError(
            f"A comparison is written as .pdf or .xlsx, not '{ext or out.name}'."
        )
    if not out.absolute().parent.is_dir():
        raise FacilitatorError(
            f"The folder {out.parent} does not exist: choose another place to save."
        )
    with document_language(language):
        if ext == ".pdf":
            _write_pdf(c, out)
        else:
            _write_xlsx(c, out)
    return out


def _write_pdf(c: Comparison, out: Path) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from facilitator.documents.layout import build_pdf, footer_text, frame_width, grid_table
    from facilitator.documents.pdftext import para, styles

    st = styles(8.5)
    story: list[Any] = [para(word("Then versus now"), st["h1"])]
    story += [para(line, st["body"]) for line in summary_lines(c)]
    story.append(Spacer(1, 3 * mm))
    changed = c.changed()
    if not changed:
        story.append(para(word("No figure changed."), st["body"]))
    else:
        width = frame_width()
        shares = (0.08, 0.42, 0.09, 0.07, 0.12, 0.07, 0.07, 0.08)
        rows = [[para(word(h), st["cell"]) for h in COLUMNS]]
        rows += [[para(v, st["cell"]) for v in figure_row(f)] for f in changed]
        story.append(grid_table(rows, [width * s for s in shares]))
    title = word("Then versus now — {title}", title=c.new_title)
    footer = footer_text({"title": c.new_title}, word("then versus now"))
    build_pdf(out, story, title=title, footer=footer)


def _write_xlsx(c: Comparison, out: Path) -> None:
    from openpyxl.styles import Font

    from facilitator.documents.files import replacing
    from facilitator.documents.workbook import new_workbook, put, save_workbook

    wb = new_workbook()
    summary = wb.active
    summary.title = word("Summary")
    summary.sheet_view.rightToLeft = is_rtl()
    for n, line in enumerate(summary_lines(c), start=1):
        _put(summary, n, 1, line)
    summary.column_dimensions["A"].width = 120
    for title, figures in (("Changed", c.changed()), ("All figures", c.figures)):
        ws = wb.create_sheet(word(title))
        ws.sheet_view.rightToLeft = is_rtl()
        for col, name in enumerate(COLUMNS, start=1):
            _put(ws, 1, col, word(name)).font = Font(bold=True)
        for row, f in enumerate(figures, start=2):
            values = figure_row(f)
            for col, value in enumerate(values[:5], start=1):
                _put(ws, row, col, value)
            for col, number in ((6, f.old), (7, f.new), (8, f.change)):
                if number is not None:
                    put(ws, row, col, number).number_format = (
                        "0.0" if f.section == "threats" else "0.00"
                    )
                else:
                    _put(ws, row, col, values[col - 1])
        for letter, width in zip("ABCDEFGH", (10, 60, 11, 9, 18, 8, 8, 9)):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A2"
    with replacing(out) as part:
        save_workbook(wb, part)


def _put(ws: Any, row: int, col: int, value: str) -> Any:
    from facilitator.documents.workbook import put

    return put(ws, row, col, value)
