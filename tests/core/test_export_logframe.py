"""LogFrame PDF: every activity in order, names in every script, hostile text printed literally."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from facilitator.documents import export_document
from facilitator.errors import FacilitatorError
from facilitator.plan import edits as ops
from facilitator.voting import edits as vote_edits
from facilitator.voting.edits import VoteKey

HOSTILE = ["<b>bold?", "x<y>z", "Tom & Jerry", '<img src="/etc/hostname"/>', "=1+2", "@SUM(A1)"]
NAMES = [
    "Gülşen Yılmaz",
    "İsmail Ağaoğlu",
    "Иван Петров",
    "ნინო ბერიძე",
    "Արամ Սարգսյան",
    "Jürgen Groß",
]
PERSIAN = "حفاظت از پلنگ ایرانی در مناطق مرزی"


def last_id(store, table: str) -> int:
    """The id of the row added last to ``table``."""
    return store.scalar(f"SELECT max(id) FROM {table}")


def build_session(store, objectives: int = 3, results: int = 2, activities: int = 4) -> None:
    """A small workshop: countries, participants in many scripts, outline, priorities, notes."""
    store.apply(
        ops.set_meta(
            {
                "title": "Test workshop",
                "species": "Persian Leopard",
                "meeting": "RSM 1",
                "place": "Tbilisi",
                "dates": "10–12 May 2022",
                "symbol": "CMS/PL/2022/1",
            }
        )
    )
    store.apply(ops.add_region("Caucasus", "C"))
    for code, name in (("GE", "Georgia"), ("AM", "Armenia"), ("IR", "Iran")):
        store.apply(ops.add_country(code, name, ["Caucasus"]))
    for i, name in enumerate(NAMES):
        store.apply(ops.add_participant(name, "WWF <Caucasus>", ["GE", "AM", "IR"][i % 3]))
    store.apply(ops.set_text("vision", "Leopards & people <coexist> across the range."))
    store.apply(ops.set_text("goal", "Viable populations by 2040."))
    theme = store.apply(ops.add_theme("Habitat")).created("themes")[0]
    pids = [p["id"] for p in store.rows("SELECT id, country FROM participants")]
    for o in range(objectives):
        oid = store.apply(ops.add_objective(f"Objective text {o + 1}", theme)).created(
            "objectives"
        )[0]
        for r in range(results):
            rid = store.apply(
                ops.add_result(oid, f"Result text {o + 1}.{r + 1}", indicator="Indicator R")
            ).created("results")[0]
            for a in range(activities):
                aid = store.apply(
                    ops.add_activity(
                        rid,
                        f"Activity text {o + 1}.{r + 1}.{a + 1}",
                        timeline="2023",
                        actors="NGOs",
                        indicator="Report",
                        budget="10k",
                    )
                ).created("activities")[0]
                votes = [
                    (
                        VoteKey(
                            pid, "country", ["GE", "AM", "IR"][k % 3], "activity", aid, "priority"
                        ),
                        (a + k) % 3 + 1,
                    )
                    for k, pid in enumerate(pids)
                ]
                store.apply(vote_edits.set_votes("priorities", votes))


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def raw_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_logframe_lists_every_activity_in_order(store, tmp_path):
    build_session(store)
    out = export_document(store, "logframe", tmp_path / "lf.pdf")
    text = raw_text(out)
    found = re.findall(r"Activity text (\d+\.\d+\.\d+)", text)
    expected = [f"{o}.{r}.{a}" for o in range(1, 4) for r in range(1, 3) for a in range(1, 5)]
    assert found == expected
    assert "Persian Leopard" in text and "CMS/PL/2022/1" in text
    assert "Leopards & people <coexist> across the range." in text
    assert re.search(r"page 1 of \d", text)


def test_logframe_shows_overall_priority_and_high_countries(store, tmp_path):
    build_session(store, objectives=1, results=1, activities=1)
    pids = [p["id"] for p in store.rows("SELECT id FROM participants")]
    aid = store.scalar("SELECT id FROM activities")  # the one activity
    # GE: 3 and 3 → 3; AM: 2 and 3 → 2.5; IR: 1 and 1 → 1; overall (3 + 2.5 + 1) / 3 = 2.17
    values = {"GE": [3, 3], "AM": [2, 3], "IR": [1, 1]}
    votes = [
        (VoteKey(pid, "country", c, "activity", aid, "priority"), values[c][k // 3])
        for k, (pid, c) in enumerate(zip(pids, ["GE", "AM", "IR"] * 2))
    ]
    store.apply(vote_edits.set_votes("priorities", votes))
    text = raw_text(export_document(store, "logframe", tmp_path / "lf.pdf"))
    assert "2.17" in text
    assert "High (≥ 2.5): GE 3, AM 2.5" in " ".join(text.split())
    assert "IR 1" not in text


def test_hostile_text_prints_literally_and_embeds_no_image(store, tmp_path):
    oid = store.apply(ops.add_objective(HOSTILE[0])).created("objectives")[0]
    rid = store.apply(ops.add_result(oid, HOSTILE[1], indicator=HOSTILE[2])).created("results")[0]
    for text in HOSTILE[3:]:
        store.apply(ops.add_activity(rid, text, actors=text))
    out = export_document(store, "logframe", tmp_path / "lf.pdf")
    text = raw_text(out)
    for hostile in HOSTILE:
        assert hostile in text
    assert not re.search(rb"/Subtype\s*/Image", out.read_bytes())
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert len(listing.strip().splitlines()) == 2  # header lines only


def test_huge_cell_continues_on_next_page(store, tmp_path):
    oid = store.apply(ops.add_objective("Big")).created("objectives")[0]
    rid = store.apply(ops.add_result(oid, "R")).created("results")[0]
    words = " ".join(f"word{i:05d}" for i in range(1200))  # ~10,800 characters
    store.apply(ops.add_activity(rid, "A", indicator="I"))
    # Longer than a field may hold today: as a file written before the limits holds them.
    store.conn.execute("UPDATE activities SET text = ?, indicator = ?", (words, words))
    out = export_document(store, "logframe", tmp_path / "lf.pdf")
    text = raw_text(out)
    assert "word00000" in text and "word01199" in text
    assert re.search(r"page 2 of \d", text)


def test_empty_session_exports(store, tmp_path):
    out = export_document(store, "logframe", tmp_path / "lf.pdf")
    assert "No objectives yet." in raw_text(out)


def test_unknown_kind_or_format_is_one_sentence(store, tmp_path):
    with pytest.raises(FacilitatorError, match="Unknown document"):
        export_document(store, "poster", tmp_path / "x.pdf")
    with pytest.raises(FacilitatorError, match="cannot be written as '.odt'"):
        export_document(store, "logframe", tmp_path / "x.odt")
    assert not (tmp_path / "x.pdf").exists()


def test_sample_logframe_lists_all_89_activities_in_order(sample, tmp_path):
    from facilitator.plan import model

    text = " ".join(raw_text(export_document(sample, "logframe", tmp_path / "lf.pdf")).split())
    activities = model.activities(sample)
    assert len(activities) == 89
    position = 0
    for act in activities:
        first_words = " ".join(act.text.split()[:4])
        found = text.find(f"{act.number} {first_words}", position)
        assert found >= 0, act.number
        position = found
    assert "UNEP/CMS/PL-RS1/Doc.2" in text


def test_a_failed_export_keeps_the_earlier_file(store, tmp_path, monkeypatch):
    from facilitator.documents import layout

    build_session(store, objectives=1, results=1, activities=1)
    out = export_document(store, "logframe", tmp_path / "lf.pdf")
    before = out.read_bytes()

    def half_written(path, *args, **kwargs):
        Path(path).write_bytes(b"%PDF-1.4 half a document")
        raise RuntimeError("layout failed")

    monkeypatch.setattr(layout, "_build", half_written)
    with pytest.raises(FacilitatorError, match="The logframe could not be written"):
        export_document(store, "logframe", out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lf.pdf"]


def test_a_result_indicator_longer_than_a_page_continues(store, tmp_path):
    # the result row is tied to its first activity only when both fit: a 10,000-character indicator cannot
    words = " ".join(f"ind{i:05d}" for i in range(1100))
    oid = store.apply(ops.add_objective("Short objective")).created("objectives")[0]
    rid = store.apply(ops.add_result(oid, PERSIAN, indicator="I")).created("results")[0]
    # Longer than a field may hold today: as a file written before the limits holds them.
    store.conn.execute("UPDATE results SET indicator = ?", (words,))
    store.apply(ops.add_activity(rid, "First activity", actors=PERSIAN))
    out = export_document(store, "logframe", tmp_path / "lf.pdf")
    text = raw_text(out)
    assert "ind00000" in text and "ind01099" in text and "First activity" in text
    assert re.search(r"page 3 of \d", text)
    # the indicator fills the page it continues on, instead of a few lines above an empty band
    bbox = subprocess.run(
        ["pdftotext", "-bbox", "-f", "2", "-l", "2", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    bottoms = [float(y) for y, word in re.findall(r'yMax="([\d.]+)">(ind\d+)<', bbox)]
    assert (
        bottoms and max(bottoms) > 500
    )  # A4 landscape is 595 points high; the footer sits below 560
