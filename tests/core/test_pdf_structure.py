"""What a PDF reader shows besides the pages: title, language, bookmarks, font subset names."""

from __future__ import annotations

import re
import subprocess

from facilitator.documents import export_document


def test_minutes_carry_title_language_bookmarks_and_distinct_subsets(sample, tmp_path):
    pdf = export_document(sample, "minutes", tmp_path / "minutes.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Title:           Minutes — Range-wide Strategy" in info.stdout
    raw = pdf.read_bytes()
    assert b"/Lang (en)" in raw
    bookmarks = [t.decode("latin-1") for t in re.findall(rb"/Title \(([^)]*)\)", raw)]
    for section in (
        "Glossary of the steps",
        "Participants",
        "Problem tree",
        "Threat ranking table",
        "Threats ranked by regions and countries",
        "LogFrame",
        "Activities prioritised by country",
        "Notes taken during the session",
    ):
        assert section in bookmarks, section
    assert any(b.startswith("Objective 12 ") for b in bookmarks)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    names = [line.split()[0] for line in fonts.stdout.splitlines()[2:]]
    tags = [name.split("+")[0] for name in names]
    assert len(names) >= 4 and len(set(tags)) == len(tags), names


def test_score_tables_have_a_bookmark_per_table(sample, tmp_path):
    pdf = export_document(sample, "tables", tmp_path / "tables.pdf")
    bookmarks = re.findall(rb"/Title \(([^)]*)\)", pdf.read_bytes())
    assert len(bookmarks) >= 4  # the document title, then each table
