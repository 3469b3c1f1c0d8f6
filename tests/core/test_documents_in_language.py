"""Every document in the language chosen at export: the minutes (PDF and Word), the monitoring
overview (PDF and XLSX), the score tables, the LogFrame and every spreadsheet's column names in
Russian with no English fixed word left; Persian documents read right to left (tables mirrored,
text aligned right, Word tables and XLSX sheets right to left).

Read back as a reader would: ``pdftotext`` (and ``-bbox`` for positions), python-docx, openpyxl.
"""

from __future__ import annotations

import csv
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from facilitator.cli.commands import main
from facilitator.words import _CATALOGUE

#: Latin words a Russian document may hold besides what the workshop typed
ALLOWED = {"ZOPP", "LogFrame", "SMART", "USD", "EUR", "PDF"}
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
)


def typed_words(session: Path) -> set[str]:
    """Every Latin word the session's file holds (what the workshop typed), also with its hyphens
    left out, as ``pdftotext`` joins a word hyphenated at a line end."""
    out: set[str] = set()
    with sqlite3.connect(session) as db:
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        out |= set(re.findall(r"[A-Za-z]+", value))
                        out |= set(re.findall(r"[A-Za-z]+", value.replace("-", "")))
    return out


def english_left(text: str, session: Path) -> list[str]:
    """Latin words of ``text`` that are neither typed by the workshop nor allowed terms, and the
    catalogue's English phrases (of two words or more) found in it."""
    words = set(re.findall(r"[A-Za-z]+", text)) - typed_words(session) - ALLOWED
    flat = " ".join(text.split())
    phrases = {s for s in _CATALOGUE if "{" not in s and len(s.split()) > 1 and s in flat}
    phrases -= {s for s in phrases if all(s in t for t in _CATALOGUE[s])}  # same in Russian
    return sorted(words | phrases)


def export(session: Path, kind: str, out: Path, language: str) -> Path:
    assert main(["export", str(session), kind, "-o", str(out), "--language", language]) == 0
    return out


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize(
    "kind, headings",
    [
        (
            "minutes",
            [
                "Протокол семинара по планированию",
                "Глоссарий этапов",
                "Участники",
                "Видение и цель",
                "Дерево проблем",
                "Задачи, результаты и мероприятия",
                "Заметки, сделанные во время сессии",
                "Таблица ранжирования угроз",
            ],
        ),
        (
            "monitoring",
            ["Обзор выполнения", "Меры, принятые с 2014 г.", "Сводка по статусам", "Нет отчёта"],
        ),
        ("tables", ["Таблицы оценок", "Приоритеты мероприятий по странам"]),
        ("logframe", ["Матрица LogFrame", "Средства проверки"]),
    ],
)
def test_a_russian_pdf_has_russian_headings_and_no_english_fixed_word(
    sample_path, tmp_path, capsys, kind, headings
):
    text = pdf_text(export(sample_path, kind, tmp_path / f"{kind}.pdf", "ru"))
    flat = " ".join(text.split())
    for heading in headings:
        assert heading in flat, heading
    assert english_left(text, sample_path) == []


def test_the_english_minutes_keep_their_words(sample_path, tmp_path, capsys):
    text = pdf_text(export(sample_path, "minutes", tmp_path / "minutes.pdf", "en"))
    for heading in ("Minutes of the planning workshop", "Glossary of the steps", "Problem tree"):
        assert heading in text
    assert "Протокол" not in text


def test_the_russian_minutes_as_word(sample_path, tmp_path, capsys):
    out = export(sample_path, "minutes", tmp_path / "minutes.docx", "ru")
    text = docx_text(out)
    for heading in ("Протокол семинара по планированию", "Глоссарий этапов", "Дерево проблем"):
        assert heading in text
    headings = [p.text for p in Document(str(out)).paragraphs if p.style.name.startswith("Head")]
    assert "Ранжирование угроз" in headings and "Угрозы по регионам" in headings
    assert english_left(text, sample_path) == []


def test_russian_spreadsheets_name_their_columns_in_russian(sample_path, tmp_path, capsys):
    book = load_workbook(export(sample_path, "tables", tmp_path / "tables.xlsx", "ru"))
    assert book.sheetnames[:3] == ["Угрозы", "Угрозы по регионам", "Угрозы по странам"]
    threats = book["Угрозы"]
    assert [c.value for c in threats[1]] == [
        "Тип",
        "Движущий фактор или угроза",
        "Важность",
        "Потенциал",
        "Тур",  # the round the figures show
    ]
    assert {threats.cell(r, 1).value for r in range(2, threats.max_row + 1)} == {
        "Движущий фактор",
        "Угроза",
    }
    assert isinstance(threats.cell(2, 3).value, float)  # figures stay numbers
    votes = book["Голоса"]
    assert [c.value for c in votes[1]][:3] == ["Участник", "Страна или регион", "Рабочая группа"]
    text = "\n".join(
        str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
    )
    assert english_left(text + "\n".join(book.sheetnames), sample_path) == []

    logframe = load_workbook(export(sample_path, "logframe", tmp_path / "lf.xlsx", "ru")).active
    assert [c.value for c in logframe[1]][:3] == ["Уровень", "№", "Краткое описание"]
    assert logframe.cell(2, 1).value == "Цель"

    monitoring = load_workbook(export(sample_path, "monitoring", tmp_path / "m.xlsx", "ru"))
    overview = monitoring.worksheets[0]
    assert overview.title == "Обзор"
    header = [c.value for c in overview[1]]
    assert "Меры, принятые с 2014 г." in header and "Статус мероприятия" in header
    cells = {str(v) for row in overview.iter_rows(min_row=2, values_only=True) for v in row if v}
    assert "no report" not in cells and "выполняется" in cells
    status = header.index("Статус мероприятия") + 1
    statuses = {overview.cell(r, status).value for r in range(2, overview.max_row + 1)} - {None}
    assert statuses and statuses <= {"выполнено", "выполняется", "не начато", "не выполнено"}


def test_russian_csv_names_its_columns_in_russian_english_keeps_importable_names(
    sample_path, tmp_path, capsys
):
    export(sample_path, "tables", tmp_path / "ru.csv", "ru")
    export(sample_path, "tables", tmp_path / "en.csv", "en")
    with open(tmp_path / "ru-votes.csv", encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:3] == ["Участник", "Страна или регион", "Рабочая группа"]
    with open(tmp_path / "en-votes.csv", encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:3] == ["participant", "scope", "region"]


def words_on(pdf: Path, page: int) -> list[tuple[float, float, float, str]]:
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [(float(a), float(b), float(c), w) for a, b, c, w in WORD.findall(out)]


def first_row_positions(pdf: Path, label_start: str) -> tuple[float, float]:
    """(x of the first drawn Driver's label, x of its importance figure) on page 1."""
    words = words_on(pdf, 1)
    label = next(w for w in words if w[3] == label_start)
    figure = next(w for w in words if abs(w[1] - label[1]) < 2 and re.fullmatch(r"\d\.\d", w[3]))
    return label[0], figure[0]


def test_a_persian_pdf_mirrors_its_tables_and_aligns_right(sample_path, tmp_path, capsys):
    en = export(sample_path, "tables", tmp_path / "en.pdf", "en")
    fa = export(sample_path, "tables", tmp_path / "fa.pdf", "fa")
    label, figure = first_row_positions(en, "Unsustainable")
    assert label < figure  # English: the item's column first, on the left
    label, figure = first_row_positions(fa, "Unsustainable")
    assert label > figure  # Persian: the item's column first, on the right
    assert b"/Lang (fa)" in fa.read_bytes() and b"/Lang (en)" in en.read_bytes()
    page_right = 842 - 34 - 6
    words = words_on(fa, 1)
    title = next(w for w in words if w[3] == "Range-wide")
    assert title[0] > 200  # the session's title (Latin) is aligned right too
    assert max(w[2] for w in words if w[1] < 80) == pytest.approx(page_right, abs=8)
    footer = [w for w in words if w[1] > 560]
    page_no = next(w for w in footer if w[3] == "1")
    assert page_no[0] < 150  # "page 1 of N" on the left, the title on the right


def test_persian_word_and_xlsx_read_right_to_left(sample_path, tmp_path, capsys):
    from docx.enum.table import WD_TABLE_DIRECTION
    from docx.oxml.ns import qn

    doc = Document(str(export(sample_path, "minutes", tmp_path / "m.docx", "fa")))
    assert doc.tables and all(t.table_direction == WD_TABLE_DIRECTION.RTL for t in doc.tables)
    headings = [p for p in doc.paragraphs if p.style.name.startswith("Head")]
    assert headings and all(p._p.pPr.find(qn("w:bidi")) is not None for p in headings)
    assert doc.sections[0]._sectPr.find(qn("w:bidi")) is not None
    assert doc.core_properties.language == "fa"
    en = Document(str(export(sample_path, "minutes", tmp_path / "en.docx", "en")))
    assert all(t.table_direction is None for t in en.tables)
    for kind in ("tables", "logframe", "monitoring"):
        book = load_workbook(export(sample_path, kind, tmp_path / f"{kind}.xlsx", "fa"))
        assert all(sheet.sheet_view.rightToLeft for sheet in book), kind
        english = load_workbook(export(sample_path, kind, tmp_path / f"{kind}-en.xlsx", "en"))
        assert not any(sheet.sheet_view.rightToLeft for sheet in english), kind


def test_hostile_text_in_russian_and_persian_documents(store, tmp_path, capsys):
    from test_searchable_rtl import build_hostile

    from facilitator.documents import export_document

    build_hostile(store)
    for language in ("ru", "fa"):
        pdf = export_document(store, "minutes", tmp_path / f"m-{language}.pdf", language)
        text = pdf_text(pdf)
        assert "<b>bold? & x<y>z" in " ".join(text.split())
        assert "(IR-AM)" in text and "Ნინო Ბერიძე" in text
        export_document(store, "minutes", tmp_path / f"m-{language}.docx", language)
        book = export_document(store, "tables", tmp_path / f"t-{language}.xlsx", language)
        names = [c.value for c in load_workbook(book).worksheets[4][1]]
        assert names and None not in names
