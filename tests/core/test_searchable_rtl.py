"""Persian in the problem tree's boxes (minutes PDF) and on the live-voting QR sheet copies and
searches as typed: shaped by HarfBuzz, no presentation forms in the text, a zero-width
non-joiner kept and never drawn as a bar, brackets and Latin inside Persian in their typed order.

Read back with poppler's ``pdftotext`` (the text a reader copies) and ``pdffonts`` (what is
embedded). poppler marks directions with bidi controls (LRE, RLE, PDF, LRM, RLM): they are
removed before comparing with the typed text.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from facilitator.documents import export_document
from facilitator.documents.tree_pdf import BOX_WIDTH, PADDING
from facilitator.plan import edits as ops
from facilitator.plan import problem_tree as tree

CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2069"))
PERSIAN_LABELS = [
    "شکار غیرقانونی پلنگ (IR-AM) در سال 2022",
    "کاهش طعمه‌های وحشی",  # a zero-width non-joiner inside the word
    "تخریب زیستگاه [منطقه البرز]",
]
HOSTILE_NAMES = [
    "نیلوفر رحمانی‌فر",
    "شێرکۆ ئەحمەد",
    "Ნინო Ბერიძე",
    "<b>bold? & x<y>z",
    '<img src="/etc/hostname"/>',
    "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafts",
    "مهندس‌محمدرضاطاهری‌نژادخراسانی‌اصفهانی‌تهرانی‌شیرازی‌کرمانی",
]


def pdftotext(pdf: Path, *args: str) -> str:
    out = subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.translate(CONTROLS)


def fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def no_presentation_forms(text: str) -> bool:
    return not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)


def build_hostile(store):
    """Fill ``store`` with a tree and voters holding Persian, Kurdish, Georgian capitals, markup
    and very long words."""
    store.apply(ops.add_country("IR", "Iran"))
    store.apply(ops.add_country("GE", "Georgia"))
    ids = []
    for n, label in enumerate(PERSIAN_LABELS + HOSTILE_NAMES[2:5]):
        kind = ("driver", "threat", "constraint")[n % 3]
        ids.append(store.apply(tree.add_item(kind, label)).created("items")[0])
    store.apply(tree.add_link(ids[0], ids[1]))
    store.apply(tree.add_link(ids[3], ids[1]))
    for name in HOSTILE_NAMES:
        country = "GE" if name.startswith("Ნ") else "IR"
        store.apply(ops.add_participant(name, "Department of Environment", country))
    return store


@pytest.fixture
def hostile(store):
    return build_hostile(store)


def test_persian_tree_labels_copy_as_typed_in_the_minutes(hostile, tmp_path):
    pdf = export_document(hostile, "minutes", tmp_path / "minutes.pdf")
    text = pdftotext(pdf)
    plain = " ".join(text.split())
    # on a page of mostly Latin text poppler reads every line left to right: each Persian phrase
    # reads as typed, a Latin word inside it keeps its brackets
    for phrase in ("شکار غیرقانونی پلنگ", "(IR-AM)", "کاهش طعمه\u200cهای وحشی", "[منطقه البرز]"):
        assert phrase in plain, phrase
    assert "طعمه\u200cهای" in text  # the non-joiner is kept (not a drawn bar, not lost)
    assert "(IR-AM)" in text and ")IR-AM(" not in text and ") (IR-AM" not in text
    assert "Ნინო Ბერიძე" in text
    assert "<b>bold? & x<y>z" in plain
    assert no_presentation_forms(text)
    embedded = fonts(pdf)
    assert "NotoSansArabic" in embedded and "NotoSansGeorgian" in embedded
    assert "Helvetica" not in embedded


def test_a_persian_tree_box_is_right_aligned_and_reads_right_to_left(store, tmp_path):
    store.apply(tree.add_item("threat", "کاهش طعمه"))
    store.apply(tree.add_item("threat", "Habitat loss of the leopard"))
    pdf = export_document(store, "minutes", tmp_path / "minutes.pdf")
    page = next(
        n for n in range(1, 12) if "Habitat loss" in pdftotext(pdf, "-f", str(n), "-l", str(n))
    )
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
        subprocess.run(
            ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout,
    )
    # -bbox lists a right-to-left word's letters left to right: reversed here to read as typed
    where = {
        w[::-1] if re.search("[\u0600-\u06ff]", w) else w: (float(a), float(b)) for a, b, w in words
    }
    habitat, kahesh, tomeh = where["Habitat"], where["کاهش"], where["طعمه"]
    assert tomeh[1] < kahesh[0]  # the second word is drawn left of the first
    # both boxes are threats in one column: the Latin label starts at the box's left padding,
    # the Persian one ends at its right padding, a box's width less two paddings further right
    assert kahesh[1] - habitat[0] == pytest.approx(BOX_WIDTH - 2 * PADDING, abs=3)


def test_the_qr_sheet_names_copy_as_typed(hostile, tmp_path):
    from facilitator.live.sheet import write_sheet

    pdf = write_sheet(hostile, tmp_path / "cards.pdf", "http://192.168.1.20:8765", "threat_ranking")
    text = pdftotext(pdf)
    plain, lines = "".join(text.split()), " ".join(text.split())
    for name in ("نیلوفر رحمانی\u200cفر", "شێرکۆ ئەحمەد", "Ნინო Ბერიძე", "<b>bold? & x<y>z"):
        assert name in lines, name  # a name wider than the card is cut into lines in typed order
    assert HOSTILE_NAMES[5] in plain  # cut into lines on the card in smaller type, all kept
    letters = Counter(text)  # the Persian one too (poppler orders the pieces of a cut word oddly)
    assert not Counter(HOSTILE_NAMES[6]) - letters
    assert no_presentation_forms(text)
    assert "NotoSansArabic" in fonts(pdf)


def test_the_sample_minutes_find_every_persian_participant(sample, tmp_path):
    pdf = export_document(sample, "minutes", tmp_path / "minutes.pdf")
    text = pdftotext(pdf)
    for name in ("فرید احمدزی", "نیلوفر رحمانی\u200cفر", "شێرکۆ ئەحمەد", "زينب الربيعي"):
        assert name in text, name
    assert no_presentation_forms(text)


def test_the_sample_qr_sheet_finds_every_persian_voter(sample, tmp_path):
    from facilitator.live.sheet import write_sheet
    from facilitator.voting import state

    pdf = write_sheet(sample, tmp_path / "cards.pdf", "http://10.0.0.2:8765", "prioritisation")
    text = " ".join(pdftotext(pdf).split())
    persian = [p.name for p in state.voters(sample) if re.search("[\u0600-\u06ff]", p.name)]
    assert len(persian) >= 5
    for name in persian:
        assert name in text, name
    assert no_presentation_forms(text) and "\u200c" in text  # رحمانی‌فر keeps its non-joiner


def test_the_qr_cards_speak_the_apps_language(sample, tmp_path):
    from facilitator.live.sheet import write_sheet

    address = "http://10.0.0.2:8765"
    english = " ".join(
        pdftotext(write_sheet(sample, tmp_path / "en.pdf", address, "threat_ranking")).split()
    )
    assert "Scan this code with your phone's camera to vote." in english
    russian = " ".join(
        pdftotext(write_sheet(sample, tmp_path / "ru.pdf", address, "threat_ranking", "ru")).split()
    )
    assert "Ранжирование угроз" in russian and "камерой телефона" in russian
    assert "Scan" not in russian and "Threat ranking" not in russian
    pdf = write_sheet(sample, tmp_path / "fa.pdf", address, "prioritisation", "fa")
    persian = " ".join(pdftotext(pdf).split())
    assert (
        "این کد را با دوربین گوشی خود اسکن کنید" in persian and "نیلوفر رحمانی\u200cفر" in persian
    )
    assert no_presentation_forms(persian)
