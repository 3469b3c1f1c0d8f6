"""Score tables PDF: threat order, regional deviations and footnotes, priorities per country."""

from __future__ import annotations

from test_export_logframe import build_session, raw_text

from facilitator.documents import export_document
from facilitator.plan import edits as ops
from facilitator.voting import edits as vote_edits
from facilitator.voting import tables
from facilitator.voting.edits import VoteKey


def threat_session(store):
    """Caucasus = GE + AM; IR on its own. Two drivers and a threat with known figures."""
    store.apply(ops.add_region("Caucasus", "C"))
    store.apply(ops.add_region("Zagros", "Z"))
    for code, name, region in (
        ("GE", "Georgia", "Caucasus"),
        ("AM", "Armenia", "Caucasus"),
        ("IR", "Iran", "Zagros"),
    ):
        store.apply(ops.add_country(code, name, [region]))
        store.apply(ops.add_participant(f"Voter {code}", "", code))
    store.apply(ops.add_item("constraint", "Livelihoods"))
    ids = {}
    for kind, label in (
        ("driver", "Weak law enforcement"),
        ("driver", "Border fences <new>"),
        ("threat", "Road mortality"),
    ):
        ids[label] = store.apply(ops.add_item(kind, label)).created("items")[0]
    voter = {r["country"]: r["id"] for r in store.rows("SELECT id, country FROM participants")}
    figures = {  # label: {country: (importance, capacity)}
        "Weak law enforcement": {"GE": (1, 2), "AM": (2, 2), "IR": (1, "-")},
        "Border fences <new>": {"GE": (3, 1), "AM": (3, 1), "IR": (2, 3)},
        "Road mortality": {"GE": (2, 2), "AM": (2, 2), "IR": (2, 2)},
    }
    votes = [
        (VoteKey(voter[c], "country", c, "item", ids[label], crit), value)
        for label, by_country in figures.items()
        for c, pair in by_country.items()
        for crit, value in zip(("importance", "capacity"), pair)
    ]
    store.apply(vote_edits.set_votes("threat votes", votes))
    return ids


def test_threat_tables_in_order_with_deviations_and_footnotes(store, tmp_path):
    ids = threat_session(store)
    store.apply(
        ops.add_note(
            "cell",
            0,
            "Only legal hunting was considered",
            key=f"threats-by-region/{ids['Weak law enforcement']}/importance/Caucasus",
        )
    )
    text = " ".join(raw_text(export_document(store, "tables", tmp_path / "t.pdf")).split())
    # Table 3.1: Border fences (overall (3 + 2) / 2 = 2.5) before Weak law enforcement ((1.5 + 1) / 2 = 1.3)
    assert text.index("Border fences <new> 2.5 2.0") < text.index("Weak law enforcement 1.3 2.0")
    assert "Livelihoods" in text
    # Appendix III: Caucasus importance of Weak law enforcement = 1.5, GE 1 and AM 2 differ
    assert "1.5 (GE 1) (AM 2) [1]" in text
    assert "[1] Only legal hunting was considered" in text
    assert "Zagros (Z)" in text


def test_priorities_table_has_a_column_per_country(store, tmp_path):
    build_session(store, objectives=1, results=1, activities=2)
    text = " ".join(raw_text(export_document(store, "tables", tmp_path / "t.pdf")).split())
    frame = tables.priorities(store)
    for row in frame.itertuples(index=False):
        assert f"{row.activity} {row.text} {row.GE} {row.AM} {row.IR} {row.overall}" in text


def test_empty_session_tables(store, tmp_path):
    text = raw_text(export_document(store, "tables", tmp_path / "t.pdf"))
    assert "No activities yet." in text and "Threat ranking table" in text
    # each empty table says so, in the ranking and again by region
    assert text.count("No constraints yet.") == 2
    assert text.count("No drivers yet.") == 2 and text.count("No threats yet.") == 2


def test_without_regions_the_table_has_a_column_per_country(store, tmp_path):
    for code, name in (("TR", "Türkiye"), ("IQ", "Iraq")):
        store.apply(ops.add_country(code, name))
        store.apply(ops.add_participant(f"Voter {code}", "", code))
    item = store.apply(ops.add_item("threat", "Road mortality")).created("items")[0]
    voter = {r["country"]: r["id"] for r in store.rows("SELECT id, country FROM participants")}
    store.apply(
        vote_edits.set_votes(
            "votes",
            [
                (VoteKey(voter["TR"], "country", "TR", "item", item, "importance"), 3),
                (VoteKey(voter["IQ"], "country", "IQ", "item", item, "importance"), 2),
            ],
        )
    )
    text = " ".join(raw_text(export_document(store, "tables", tmp_path / "t.pdf")).split())
    assert "No regions are defined: one column per country." in text
    assert "Overall TR IQ Overall TR IQ" in text
    assert "Road mortality 2.5 3.0 2.0 Not filled in" in text
