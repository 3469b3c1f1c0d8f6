"""What a PDF reader shows besides the pages: title, language, bookmarks, font subset names."""

from __future__ import annotations

import re
import subprocess

import pytest

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


WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>')


def page_texts(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return text.stdout.split("\f")[:-1]


@pytest.mark.parametrize("kind", ["logframe", "tables", "minutes"])
def test_no_page_holds_only_its_footer(sample, tmp_path, kind):
    pdf = export_document(sample, kind, tmp_path / f"{kind}.pdf")
    for number, text in enumerate(page_texts(pdf), start=1):
        body = [line for line in text.splitlines() if line.strip() and "page " not in line]
        body = [line for line in body if "UNEP/CMS/PL-RS1/Doc.2" not in line]
        assert body, f"page {number} of the {kind} holds only its footer"


def test_country_brackets_stay_with_their_figure(sample, tmp_path):
    pdf = export_document(sample, "tables", tmp_path / "tables.pdf")
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = [(float(y), w) for y, w in WORD.findall(out)]
    opened = [n for n, (_, w) in enumerate(words) if re.fullmatch(r"\([A-Z]{2}", w)]
    assert len(opened) > 50
    for n in opened:
        (y, word), (next_y, figure) = words[n], words[n + 1]
        assert re.fullmatch(r"[\d.-]+\)\.?", figure) and abs(next_y - y) < 1, (word, figure)


def test_usd_stays_with_its_amount_and_no_objective_ends_a_page(sample, tmp_path):
    pdf = export_document(sample, "logframe", tmp_path / "logframe.pdf")
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = [(float(y), w) for y, w in WORD.findall(out)]
    currencies = [n for n, (_, w) in enumerate(words) if w == "USD"]
    assert len(currencies) > 89
    for n in currencies:
        assert abs(words[n + 1][0] - words[n][0]) < 1 and words[n + 1][1][0].isdigit()
    for number, text in enumerate(page_texts(pdf), start=1):
        lines = [line for line in text.splitlines() if line.strip()]
        body = [line for line in lines if "page " not in line and "Doc.2" not in line]
        assert not body[-1].startswith("Objective:"), f"page {number} ends with an objective"


def test_country_brackets_stay_with_their_figure_in_a_persian_document(sample, tmp_path):
    """The Persian score tables wrap their cells in typed order too: '(UZ 2)' never breaks."""
    pdf = export_document(sample, "tables", tmp_path / "tables-fa.pdf", language="fa")
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = [(float(y), w) for y, w in WORD.findall(out)]
    opened = [n for n, (_, w) in enumerate(words) if re.fullmatch(r"\([A-Z]{2}", w)]
    assert len(opened) > 50
    for n in opened:  # each bracket's country and figure are one run, drawn left to right
        (y, word), (next_y, figure) = words[n], words[n + 1]
        assert re.fullmatch(r"[\d.-]+\)\.?", figure) and abs(next_y - y) < 1, (word, figure)
