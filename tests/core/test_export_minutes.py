"""Minutes PDF: glossary, participants in every script, the tree as vector text, notes."""

from __future__ import annotations

import re
import subprocess

from test_export_logframe import NAMES, build_session, raw_text

from facilitator.documents import export_document
from facilitator.plan import edits as ops
from facilitator.plan.glossary import STEPS


def add_tree(store, drivers: int = 3):
    constraint = store.apply(ops.add_item("constraint", "Livelihoods")).created("items")[0]
    threat = store.apply(ops.add_item("threat", "Habitat fragmentation")).created("items")[0]
    for n in range(drivers):
        driver = store.apply(ops.add_item("driver", f"Driver number {n + 1}")).created("items")[0]
        store.apply(ops.add_link(constraint, driver))
        store.apply(ops.add_link(driver, threat))


def test_minutes_hold_every_section(store, tmp_path):
    build_session(store, objectives=2, results=1, activities=2)
    add_tree(store)
    store.apply(ops.add_note("session", 0, "Coffee <break> & lunch moved"))
    last_activity = store.scalar("SELECT id FROM activities ORDER BY id DESC LIMIT 1")
    store.apply(ops.add_note("activity", last_activity, "Ask the donors"))
    driver = store.scalar("SELECT id FROM items WHERE label = 'Driver number 2'")
    store.apply(
        ops.add_note(
            "cell", 0, "Only legal hunting", key=f"threats-by-region/{driver}/importance/Caucasus"
        )
    )
    out = export_document(store, "minutes", tmp_path / "minutes.pdf")
    text = raw_text(out)
    lines = set(text.splitlines())
    for step in STEPS:
        assert step.title in text
    for name in NAMES:
        assert any(line.startswith(name + " ") for line in lines), name
    for label in ("Livelihoods", "Habitat fragmentation", "Driver number 3"):
        assert label in text  # drawn as vector text, not a picture
    assert not re.search(rb"/Subtype\s*/Image", out.read_bytes())
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout
    # only the embedded fonts (Georgian names in Noto Sans Georgian), no built-in Helvetica
    assert sorted(line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]) == [
        "DejaVuSans",
        "DejaVuSans-Bold",
        "NotoSansGeorgian-Regular",
    ]
    flat = " ".join(text.split())
    assert "Threats by region: Driver number 2, importance, Caucasus Only legal hunting" in flat
    assert "Coffee <break> & lunch moved" in flat and "Activity 2.1.2 Ask the donors" in flat
    assert "Leopards & people <coexist> across the range." in flat
    for heading in (
        "Threat ranking table",
        "Threats ranked by regions",
        "LogFrame",
        "Activities prioritised by country",
        "Objective 2",
    ):
        assert heading in flat


def test_tall_tree_continues_on_the_next_page(store, tmp_path):
    add_tree(store, drivers=40)
    out = export_document(store, "minutes", tmp_path / "minutes.pdf")
    pages = raw_text(out).split("\f")
    with_drivers = [i for i, page in enumerate(pages) if "Driver number" in page]
    assert len(with_drivers) >= 2
    text = " ".join(pages)
    for n in range(1, 41):
        assert f"Driver number {n}" in text


def test_empty_session_minutes(store, tmp_path):
    out = export_document(store, "minutes", tmp_path / "minutes.pdf")
    text = raw_text(out)
    assert "No participants recorded." in text and "No notes were taken." in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 3


def test_sample_minutes_spell_every_name(sample, tmp_path):
    from facilitator.documents.pdftext import has_rtl
    from facilitator.plan import model

    lines = raw_text(export_document(sample, "minutes", tmp_path / "minutes.pdf")).splitlines()
    names = [p.name for p in model.participants(sample) if not has_rtl(p.name)]
    assert len(names) >= 30
    for name in names:
        assert any(line.startswith(name + " ") for line in lines), name


def test_ten_thousand_character_texts_export(store, tmp_path):
    long = " ".join(f"w{i:04d}" for i in range(1700))  # ~10,200 characters
    store.apply(ops.add_country("GE", "Georgia"))
    store.apply(ops.add_participant("Short name", "Short affiliation", "GE"))
    driver = store.apply(ops.add_item("driver", "Short driver")).created("items")[0]
    threat = store.apply(ops.add_item("threat", "Short threat")).created("items")[0]
    store.apply(ops.add_link(driver, threat))
    store.apply(ops.add_note("session", 0, "Short note"))
    # Longer than a field may hold today: as a file written before the limits holds them.
    store.conn.execute("UPDATE participants SET name = ?, affiliation = ?", (long[:300], long))
    store.conn.execute("UPDATE items SET label = ? WHERE kind = 'driver'", (long,))
    store.conn.execute("UPDATE notes SET body = ?", (long,))
    store.apply(ops.set_meta({"symbol": "سند ۱"}))
    for kind in ("minutes", "tables"):
        text = raw_text(export_document(store, kind, tmp_path / f"{kind}.pdf"))
        assert "w0000" in text and "w1699" in text, kind
