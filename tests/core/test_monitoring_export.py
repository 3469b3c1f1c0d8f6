"""The monitoring overview as PDF and XLSX: every action sits under its activity."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from facilitator.documents import export_document
from facilitator.documents.layout import MARGIN, frame_width
from facilitator.documents.monitoring_pdf import SHARES
from facilitator.errors import FacilitatorError
from facilitator.monitoring import reviews as m
from facilitator.plan import edits as ops
from facilitator.sample.monitoring import add_sample_review, sample_rows

XHTML = "{http://www.w3.org/1999/xhtml}"
ACTION_COLUMN, IMPLEMENTER_COLUMN, ACTIVITY_COLUMN = 3, 4, 0


def pdf_lines(pdf: Path) -> list[tuple[int, float, int, str]]:
    """Every text line of the PDF as (page, top, column of the overview table, text)."""
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    edges, x = [], MARGIN
    for share in SHARES:
        x += share * frame_width()
        edges.append(x)
    out = []
    for page_no, page in enumerate(ElementTree.fromstring(xml).iter(f"{XHTML}page")):
        for line in page.iter(f"{XHTML}line"):
            left = float(line.get("xMin"))
            column = next((n for n, edge in enumerate(edges) if left < edge), len(edges))
            words = " ".join(w.text or "" for w in line.iter(f"{XHTML}word"))
            out.append((page_no, float(line.get("yMin")), column, words))
    return sorted(out)


def column_text(lines, column: int, start: tuple[int, float], end: tuple[int, float]) -> str:
    """The text of one column between two positions, in reading order, spaces normalised."""
    picked = [
        text for page, top, col, text in lines if col == column and start <= (page, top) < end
    ]
    return re.sub(r"\s+", " ", " ".join(picked))


def position(lines, column: int, prefix: str) -> tuple[int, float]:
    return next(
        (page, top) for page, top, col, text in lines if col == column and text.startswith(prefix)
    )


@pytest.fixture
def sample_review(store):
    return add_sample_review(store)


def test_every_country_action_and_implementer_appears_under_its_activity(
    store, sample_review, tmp_path
):
    out = export_document(store, "monitoring", tmp_path / "overview.pdf")
    lines = pdf_lines(out)
    starts = [
        position(lines, ACTIVITY_COLUMN, "1.1.1 "),
        position(lines, ACTIVITY_COLUMN, "1.1.2 "),
    ]
    ends = [starts[1], position(lines, ACTIVITY_COLUMN, "Status summary")]
    checked = 0
    for row in sample_rows():
        if not row["action"]:
            continue
        n = ["1.1.1", "1.1.2"].index(row["code"])
        actions = column_text(lines, ACTION_COLUMN, starts[n], ends[n])
        implementers = column_text(lines, IMPLEMENTER_COLUMN, starts[n], ends[n])
        other = column_text(lines, ACTION_COLUMN, starts[1 - n], ends[1 - n])
        assert f"{row['countries']}: {row['action']}" in actions
        assert row["action"] not in other
        assert row["implemented_by"] in implementers
        checked += 1
    assert checked == 12
    header = column_text(lines, ACTION_COLUMN, (0, 0), starts[0])
    assert "Actions taken since 2014" in header


def test_header_repeats_and_pages_are_numbered(store, sample_review, tmp_path):
    rid = sample_review
    item = store.scalar("SELECT id FROM programme_items WHERE code = '1.1.2'")
    for n in range(40):
        store.apply(
            m.add_action(
                rid,
                "programme",
                item,
                countries="Armenia",
                action=f"Extra action {n}",
                implemented_by="Ministry of Environment",
            )
        )
    out = export_document(store, "monitoring", tmp_path / "long.pdf")
    pages = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in text
    assert sum("Implemented by" in p for p in pages) >= len(pages) - 1
    assert "Extra action 39" in pages[-1] or "Extra action 39" in pages[-2]


def test_user_text_prints_literally_in_any_script(store, tmp_path):
    store.apply(ops.add_objective("Koruma <b>ve"))
    store.apply(ops.add_result(1, "Result"))
    store.apply(ops.add_activity(1, "Ranger training x<y>z", actors="Министерство"))
    store.apply(m.add_review("Review & <i>check"))
    store.apply(
        m.add_action(
            1,
            "activity",
            1,
            countries="Türkiye",
            action="Iğdır İl Şubesi <img src='/etc/passwd'/>",
            implemented_by="محیط زیست",
            status="done",
        )
    )
    out = export_document(store, "monitoring", tmp_path / "scripts.pdf")
    text = re.sub(
        r"\s+",
        " ",
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout,
    )
    for expected in (
        "Koruma <b>ve",
        "x<y>z",
        "Министерство",
        "Review & <i>check",
        "Iğdır İl Şubesi <img",
    ):
        assert expected in text


def test_xlsx_has_one_row_per_action_and_no_formulas(store, sample_review, tmp_path):
    first = m.actions(store, sample_review)[0]
    store.apply(m.update_action(first.id, action='=HYPERLINK("http://x")', funder="@SUM(A1)"))
    out = export_document(store, "monitoring", tmp_path / "overview.xlsx")
    wb = openpyxl.load_workbook(out)
    rows = list(wb["Actions"].iter_rows(values_only=True))  # the flat list, one row per action
    assert len(rows) - 1 == len([r for r in sample_rows() if r["action"]])
    assert rows[1][7] == '=HYPERLINK("http://x")'
    with zipfile.ZipFile(out) as z:
        assert not any(
            "<f>" in z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")
        )
    by_country = {r[1]: r[2:] for r in wb["By country"].iter_rows(min_row=2, values_only=True)}
    # done, ongoing, not started, not implemented, no report, total
    assert by_country["Kazakhstan"] == (1, 0, 0, 0, 1, 2)


def test_export_without_review_says_so(store, tmp_path):
    with pytest.raises(FacilitatorError, match="no monitoring review yet"):
        export_document(store, "monitoring", tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_command_line_writes_the_overview_or_says_why_not(tmp_path, capsys):
    from facilitator.cli.commands import main
    from facilitator.session.store import SessionStore

    path = tmp_path / "s.zopp"
    with SessionStore.create(path) as session:
        pass
    assert main(["export", str(path), "monitoring", "-o", str(tmp_path / "none.pdf")]) != 0
    assert "no monitoring review yet" in capsys.readouterr().err
    with SessionStore.open(path, backup=False) as session:
        add_sample_review(session)
    assert main(["export", str(path), "monitoring", "-o", str(tmp_path / "o.pdf")]) == 0
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "o.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Midterm review 2018" in text and "Fondation Segré" in text


def test_a_recommendation_longer_than_a_page_still_exports(store, sample_review, tmp_path):
    item = store.scalar("SELECT id FROM programme_items WHERE code = '1.1.1'")
    long_text = "\n".join(f"Point {n}: continue the ranger programme." for n in range(120))
    store.apply(m.set_recommendation(sample_review, "programme", item, "Short"))
    # Longer than a recommendation may hold today: as a file written before the limits holds it.
    store.conn.execute("UPDATE recommendations SET text = ? WHERE text = 'Short'", (long_text,))
    out = export_document(store, "monitoring", tmp_path / "long.pdf")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Point 0:" in text and "Point 119:" in text


def test_pdf_lists_what_changed_since_the_earlier_review(store, sample_review, tmp_path):
    store.apply(m.add_review("Overview 2019", "2019-09-25", based_on=sample_review))
    later = m.latest_review_id(store)
    first = m.actions(store, later)[0]
    store.apply(m.set_action_status(first.id, "done"))
    out = export_document(store, "monitoring", tmp_path / "later.pdf")
    text = re.sub(
        r"\s+",
        " ",
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout,
    )
    assert "Changes since Midterm review 2018" in text
    assert f"Status of {first.countries}: {first.action}: ongoing → done." in text


def test_xlsx_lists_changes_since_the_earlier_review(store, sample_review, tmp_path):
    store.apply(m.add_review("Overview 2019", based_on=sample_review))
    later = m.latest_review_id(store)
    iran = next(a for a in m.actions(store, later) if a.action == "Ranger training")
    store.apply(m.remove_action(iran.id))
    wb = openpyxl.load_workbook(export_document(store, "monitoring", tmp_path / "later.xlsx"))
    rows = list(wb["Changes"].iter_rows(values_only=True))
    assert rows[0][2] == "What changed since Midterm review 2018"
    assert rows[1][0] == "1.1.1" and rows[1][2] == "No longer listed: Iran: Ranger training."


def test_a_line_longer_than_a_page_is_cut_without_a_second_header_and_stays_inside_the_margins(
    store, sample_review, tmp_path
):
    item = store.scalar("SELECT id FROM programme_items WHERE code = '1.1.2'")
    store.apply(
        m.add_action(
            sample_review,
            "programme",
            item,
            countries="Iran",
            action="Short",
        )
    )
    # Longer than an action may hold today: as a file written before the limits holds it.
    store.conn.execute(
        "UPDATE monitoring_actions SET action = ? WHERE action = 'Short'",
        ("\n".join(f"Step {n} of the patrol plan." for n in range(90)),),
    )
    out = export_document(store, "monitoring", tmp_path / "long.pdf")
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = xml.split("<page ")[1:]
    assert len(pages) > 2
    for page in pages:
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        words = re.findall(
            r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', page
        )
        assert [w for _, _, w in words].count(
            "Recommendations"
        ) <= 1  # the header once per page at most
        assert min(float(x0) for x0, _, _ in words) >= MARGIN - 0.5
        assert max(float(x1) for _, x1, _ in words) <= width - MARGIN + 0.5


def test_a_table_as_wide_as_frame_width_fits_the_page_frame():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Frame

    from facilitator.documents.layout import grid_table
    from facilitator.documents.pdftext import para, styles

    page_width, page_height = landscape(A4)
    frame = Frame(
        MARGIN, MARGIN, page_width - 2 * MARGIN, page_height - 2 * MARGIN
    )  # the documents' frame
    table = grid_table(
        [[para(f"column {n}", styles()["cell"]) for n in range(len(SHARES))]],
        [frame_width() * share for share in SHARES],
    )
    room = frame._getAvailableWidth()  # inside the frame's own padding
    assert table.wrap(room, 500)[0] <= room + 0.01  # wider would stick out past the right margin


def test_overview_title_block_headings_and_activity_rows(store, sample_review, tmp_path):
    store.apply(ops.set_meta({"title": "Range-wide Strategy", "place": "Tbilisi"}))
    pdf = export_document(store, "monitoring", tmp_path / "overview.pdf")
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert text.startswith("Midterm review 2018 Overview of implementation Review date: 2018-04-18")
    assert (
        "Period: 2014 – 2020" in text and "Tbilisi" not in text
    )  # the review's, not the meeting's
    assert "Actions taken since 2014" in text
    assert "Recommendations until 2020 for urgency, amendments to activities" in text
    assert "No report" in text
    book = openpyxl.load_workbook(export_document(store, "monitoring", tmp_path / "o.xlsx"))
    assert book.sheetnames[:2] == ["Overview", "Actions"]
    sheet = book["Overview"]
    header = [c.value for c in sheet[1]]
    assert "Actions taken since 2014" in header and header[3] == "Activities"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows
    numbers = [r[2] for r in rows]
    assert len(numbers) == len(set(numbers))  # one row per activity
    cells = [r[header.index("Actions taken since 2014")] for r in rows]
    assert all(cells) and any("Afghanistan: Hunting Law drafted" in c for c in cells)


def test_overview_in_russian_and_persian(store, sample_review, tmp_path):
    pdf = export_document(store, "monitoring", tmp_path / "ru.pdf", language="ru")
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    for heading in (
        "Обзор выполнения",
        "Дата обзора: 2018-04-18",
        "Меры, принятые с 2014 г.",
        "Рекомендации до 2020 г.: срочность, изменения мероприятий",
        "Сводка по статусам",
        "Нет отчёта",
        "выполнено",
    ):
        assert heading in text, heading
    for english in ("Actions taken", "Recommendations", "No report", "Status summary", "done"):
        assert english not in text, english
    book = openpyxl.load_workbook(
        export_document(store, "monitoring", tmp_path / "ru.xlsx", language="ru")
    )
    assert book.sheetnames[:4] == ["Обзор", "Меры", "По задачам", "По странам"]
    by_country = book["По странам"]
    assert [c.value for c in by_country[1]][2:] == [
        "Выполнено",
        "Выполняется",
        "Не начато",
        "Не выполнено",
        "Нет отчёта",
        "Всего",
    ]
    store.apply(ops.add_programme_item("1.9", "An activity nobody reported on", "", ""))
    book = openpyxl.load_workbook(
        export_document(store, "monitoring", tmp_path / "ru2.xlsx", language="ru")
    )
    rows = list(book["Обзор"].iter_rows(min_row=2, values_only=True))
    unreported = next(r for r in rows if r[2] == "1.9")
    assert "нет отчёта" in unreported and "no report" not in unreported
    fa = openpyxl.load_workbook(
        export_document(store, "monitoring", tmp_path / "fa.xlsx", language="fa")
    )
    assert all(sheet.sheet_view.rightToLeft for sheet in fa)
    assert "اقدام‌های انجام‌شده از سال 2014" in [c.value for c in fa.worksheets[0][1]]
