"""The LogFrame as Word and XLSX, the minutes as Word: read back with python-docx and openpyxl."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook

from facilitator.cli.commands import main
from facilitator.documents import export_document
from facilitator.documents.logframe_rows import HEADERS, logframe_rows
from facilitator.plan import edits as ops
from tests.core.test_export_logframe import HOSTILE, NAMES, PERSIAN, build_session


@pytest.fixture
def workshop(store):
    build_session(store, objectives=2, results=1, activities=2)
    oid = store.scalar("SELECT id FROM objectives ORDER BY number DESC LIMIT 1")  # the last
    store.apply(ops.update_objective(oid, verification=HOSTILE[0], assumptions=PERSIAN))
    store.apply(ops.update_goal(indicator="=1+2", baseline="6", baseline_year="2022"))
    last_activity = store.scalar(
        "SELECT a.id FROM activities a JOIN results r ON r.id = a.result_id "
        "JOIN objectives o ON o.id = r.objective_id "
        "ORDER BY o.number DESC, r.number DESC, a.number DESC LIMIT 1"
    )
    store.apply(ops.update_activity(last_activity, budget="USD 20,000"))
    return store


def test_logframe_docx_is_one_editable_table_with_the_core_rows(workshop, tmp_path):
    out = export_document(workshop, "logframe", tmp_path / "plan.docx")
    document = docx.Document(str(out))
    assert len(document.tables) == 1
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == list(HEADERS)
    header_props = table.rows[0]._tr.trPr
    assert header_props is not None and header_props.find(qn("w:tblHeader")) is not None
    expected = [[c.text for c in row.cells] for row in logframe_rows(workshop)]
    assert [[c.text for c in row.cells] for row in table.rows[1:]] == expected
    assert expected[0][2] == "=1+2\nBaseline: 6 (2022)"
    assert document.core_properties.title == "LogFrame — Test workshop"
    assert document.core_properties.language == "en"
    # the Persian assumption is stored as typed and marked right-to-left
    persian = next(c for row in table.rows for c in row.cells if c.text == PERSIAN)
    assert persian.paragraphs[0]._p.pPr.find(qn("w:bidi")) is not None
    assert any(c.text == HOSTILE[0] for row in table.rows for c in row.cells)


def test_minutes_docx_has_word_headings_and_tables(workshop, tmp_path):
    out = export_document(workshop, "minutes", tmp_path / "minutes.docx")
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Glossary of the steps",
        "Participants",
        "Vision and Goal",
        "Problem tree",
        "Threat ranking",
        "Threats by region",
        "Objectives, results and activities",
        "LogFrame",
        "Activity priorities by country",
        "Notes taken during the session",
    ]
    assert any(
        p.style.name == "Heading 2" and p.text.startswith("Objective 1: ")
        for p in document.paragraphs
    )
    participants = document.tables[1]
    assert [c.text for c in participants.rows[0].cells] == [
        "Name",
        "Affiliation",
        "Country",
        "Role",
    ]
    assert [row.cells[0].text for row in participants.rows[1:]] == NAMES
    assert participants.rows[1].cells[1].text == "WWF <Caucasus>"
    logframe = next(t for t in document.tables if t.rows[0].cells[0].text == "No.")
    assert len(logframe.rows) == len(logframe_rows(workshop)) + 1


def test_logframe_xlsx_figures_are_numbers_and_it_prints_on_landscape_pages(workshop, tmp_path):
    out = export_document(workshop, "logframe", tmp_path / "plan.xlsx")
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Level", "No.", "Narrative summary"]
    assert "Budget amount" in header and "Priority (overall)" in header
    rows = [[c for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [r[0].value for r in rows[:3]] == ["Goal", "Objective", "Result"]
    goal_indicator = rows[0][header.index("Objectively verifiable indicators")]
    assert goal_indicator.data_type == "s" and goal_indicator.value.startswith("=1+2")
    amounts = [r[header.index("Budget amount")] for r in rows if r[0].value == "Activity"]
    assert amounts[-1].value == 20000 and amounts[-1].number_format == "#,##0"
    priorities = [r[header.index("Priority (overall)")] for r in rows if r[0].value == "Activity"]
    assert all(isinstance(p.value, (int, float)) and p.number_format == "0.00" for p in priorities)
    assert sheet.auto_filter.ref == sheet.dimensions
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"  # the header row repeats on every printed page


@pytest.mark.parametrize(("kind", "name"), [("logframe", "plan.docx"), ("minutes", "m.docx")])
def test_the_command_line_picks_word_from_the_extension(sample_path, tmp_path, kind, name):
    out = tmp_path / name
    assert main(["export", str(sample_path), kind, "-o", str(out)]) == 0
    document = docx.Document(str(out))
    assert document.tables
    assert "Persian Leopard" in document.core_properties.title
