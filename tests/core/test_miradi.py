"""Miradi: the plan exported as .xmpz2 validates against Miradi's schema, and importing it into
an empty session gives the same plan back (identities included); a foreign or damaged file is
one sentence."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from facilitator.cli.commands import main
from facilitator.documents import export_document
from facilitator.exchange.miradi_read import read_miradi
from facilitator.exchange.miradi_write import rating
from facilitator.exchange.miradi_xml import NS
from facilitator.exchange.seed import seed_plan
from facilitator.plan import model
from facilitator.session.store import SessionStore

ROOT = Path(__file__).resolve().parents[2]
#: the project's reference folder, beside the repository (or beside a worktree's parent)
SCHEMAS = next(
    (
        folder
        for folder in (
            ROOT.parent / "shared/reference/schemas",
            ROOT.parents[1] / "shared/reference/schemas",
        )
        if folder.is_dir()
    ),
    ROOT.parent / "shared/reference/schemas",
)
SCHEMA = SCHEMAS / "miradi-xmpz2.rnc"


@pytest.fixture(scope="module")
def miradi_schema():
    rnc2rng = pytest.importorskip("rnc2rng")
    if not SCHEMA.exists():
        pytest.skip("the Miradi schema is not beside the project")
    source = SCHEMA.read_text(encoding="utf-8").replace("'", '"')  # its lexer reads only "…"
    return etree.RelaxNG(etree.fromstring(rnc2rng.dumps(rnc2rng.loads(source)).encode()))


def plan_of(store: SessionStore) -> dict[str, object]:
    """Everything the plan holds, by identity and text (no row ids)."""
    uuid = {r["id"]: r["uuid"] for r in store.rows("SELECT id, uuid FROM items")}
    themes = [t["name"] for t in model.themes(store)]
    outline = []
    for o in model.outline(store):
        results = []
        for r in o.results:
            acts = [
                (a.number, a.text, a.timeline, a.actors, a.indicator, a.budget, a.refs, a.programme)
                for a in r.activities
            ]
            results.append((r.number, r.text, r.indicator, r.smart, acts))
        outline.append((o.number, o.text, o.theme, sorted(uuid[i] for i in o.item_ids), results))
    uuids = {
        t: sorted(r["uuid"] for r in store.rows(f"SELECT uuid FROM {t}"))
        for t in ("items", "objectives", "results", "activities", "themes", "programme_items")
    }
    return {
        "items": [(i.kind, i.label, i.status, uuid[i.id]) for i in model.items(store)],
        "links": sorted((uuid[a], uuid[b]) for a, b in model.links(store)),
        "themes": themes,
        "outline": outline,
        "programme": store.rows(
            "SELECT code, text, responsible, priority FROM programme_items ORDER BY code"
        ),
        "uuids": uuids,
        "vision": model.adopted_text(store, "vision"),
        "goal": model.adopted_text(store, "goal"),
        "species": store.meta().get("species", ""),
    }


def test_the_exported_project_is_valid_miradi(sample, tmp_path, miradi_schema):
    out = export_document(sample, "miradi", tmp_path / "plan.xmpz2")
    with zipfile.ZipFile(out) as z:
        doc = etree.fromstring(z.read("project.xml"))
    assert miradi_schema.validate(doc), miradi_schema.error_log.last_error
    m = {"m": NS}
    causes = doc.findall(".//m:Cause", m)
    threats = [c for c in causes if c.findtext("m:CauseIsDirectThreat", namespaces=m) == "true"]
    assert len(causes) == len(model.items(sample))
    assert len(threats) == len(model.items(sample, "threat"))
    assert len(doc.findall(".//m:Strategy", m)) == len(model.outline(sample))
    assert len(doc.findall(".//m:Task", m)) == len(model.activities(sample))
    assert len(doc.findall(".//m:SimpleThreatRating", m)) == len(threats)
    # every cause → effect link of the problem tree is a diagram link, each cause has a place
    factors = doc.findall(".//m:DiagramFactor", m)
    assert len(factors) == len(causes) + len(model.outline(sample)) + 1
    assert all(f.find("m:DiagramFactorLocation/m:DiagramPoint/m:x", m) is not None for f in factors)
    links = doc.findall(".//m:DiagramLink", m)
    addressed = sum(len(o.item_ids) for o in model.outline(sample))
    assert len(links) == len(model.links(sample)) + len(threats) + addressed
    details = threats[0].findtext("m:CauseDetails", namespaces=m)
    assert "importance" in details and "capacity" in details and "(range-wide)" in details


def test_threat_rating_follows_importance():
    assert [rating(x) for x in (0, 0.4, 0.5, 1.5, 2.44, 2.5, 3.0, None)] == [
        "1",
        "1",
        "2",
        "3",
        "3",
        "4",
        "4",
        "",
    ]


def test_export_then_import_gives_the_same_plan(sample, tmp_path):
    out = export_document(sample, "miradi", tmp_path / "plan.xmpz2")
    path = tmp_path / "again.zopp"
    with SessionStore.create(path) as fresh:
        plan = read_miradi(out)
        fresh.apply(seed_plan(plan))
    with SessionStore.open(path, backup=False) as again:
        assert plan_of(again) == plan_of(sample)
        assert again.scalar("SELECT COUNT(*) FROM votes") == 0
        again.undo_stack.clear()


def test_import_is_one_undoable_step(sample, tmp_path, store):
    out = export_document(sample, "miradi", tmp_path / "plan.xmpz2")
    store.apply(seed_plan(read_miradi(out)))
    assert store.scalar("SELECT COUNT(*) FROM activities") == len(model.activities(sample))
    store.undo()
    assert store.scalar("SELECT COUNT(*) FROM items") == 0
    assert store.scalar("SELECT COUNT(*) FROM activities") == 0
    assert model.adopted_text(store, "vision") == ""


def test_import_command_reports_and_refuses_a_session_with_a_plan(
    sample, sample_path, tmp_path, capsys
):
    out = export_document(sample, "miradi", tmp_path / "plan.xmpz2")
    fresh = tmp_path / "new.zopp"
    assert main(["new", str(fresh)]) == 0
    assert main(["import-miradi", str(fresh), str(out)]) == 0
    said = capsys.readouterr().out
    assert f"{len(model.activities(sample))} activities" in said
    assert "Not carried over: The threat ratings" in said
    assert main(["import-miradi", str(fresh), str(out)]) == 1
    err = capsys.readouterr().err
    assert "already has a problem tree" in err and len(err.strip().splitlines()) == 1


def test_a_foreign_miradi_file_seeds_drivers_threats_and_names_what_is_left(tmp_path, store):
    xml = f"""<?xml version="1.0"?>
<ConservationProject xmlns="{NS}">
  <CausePool>
    <Cause Id="1"><CauseName>Demand for skins</CauseName><CauseUUID>11111111-1111-4111-8111-111111111111</CauseUUID></Cause>
    <Cause Id="2"><CauseName>Poaching</CauseName><CauseIsDirectThreat>true</CauseIsDirectThreat><CauseUUID>22222222-2222-4222-8222-222222222222</CauseUUID></Cause>
  </CausePool>
  <DiagramFactorPool>
    <DiagramFactor Id="10"><DiagramFactorWrappedFactorId><WrappedByDiagramFactorId><CauseId>1</CauseId></WrappedByDiagramFactorId></DiagramFactorWrappedFactorId></DiagramFactor>
    <DiagramFactor Id="11"><DiagramFactorWrappedFactorId><WrappedByDiagramFactorId><CauseId>2</CauseId></WrappedByDiagramFactorId></DiagramFactorWrappedFactorId></DiagramFactor>
  </DiagramFactorPool>
  <DiagramLinkPool>
    <DiagramLink Id="20"><DiagramLinkFromDiagramFactorId><LinkableFactorId><CauseId>10</CauseId></LinkableFactorId></DiagramLinkFromDiagramFactorId><DiagramLinkToDiagramFactorId><LinkableFactorId><CauseId>11</CauseId></LinkableFactorId></DiagramLinkToDiagramFactorId></DiagramLink>
    <DiagramLink Id="21"><DiagramLinkFromDiagramFactorId><LinkableFactorId><CauseId>11</CauseId></LinkableFactorId></DiagramLinkFromDiagramFactorId><DiagramLinkToDiagramFactorId><LinkableFactorId><CauseId>10</CauseId></LinkableFactorId></DiagramLinkToDiagramFactorId></DiagramLink>
  </DiagramLinkPool>
  <StrategyPool><Strategy Id="30"><StrategyName>Curb trade</StrategyName><StrategyOrderedActivityIds><ActivityId>40</ActivityId></StrategyOrderedActivityIds></Strategy></StrategyPool>
  <TaskPool><Task Id="40"><TaskName>Train customs officers</TaskName></Task></TaskPool>
  <StressPool><Stress Id="50"/></StressPool>
</ConservationProject>"""
    path = tmp_path / "other.xmpz2"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("project.xml", xml)
    plan = read_miradi(path)
    store.apply(seed_plan(plan))
    assert [(i.kind, i.label) for i in model.items(store)] == [
        ("driver", "Demand for skins"),
        ("threat", "Poaching"),
    ]
    assert len(model.links(store)) == 1  # the second link would close a loop
    [objective] = model.outline(store)
    assert objective.text == "Curb trade"
    assert [a.text for a in objective.results[0].activities] == ["Train customs officers"]
    assert any("Stress" in line for line in plan.not_carried)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"not a zip and not xml", "is not a readable Miradi project"),
        (b"<?xml version='1.0'?><other/>", "is not a Miradi project"),
        (b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', "is not a"),
    ],
)
def test_a_bad_file_is_one_sentence(tmp_path, capsys, content, expected):
    session = tmp_path / "s.zopp"
    main(["new", str(session)])
    bad = tmp_path / "bad.xmpz2"
    bad.write_bytes(content)
    capsys.readouterr()
    assert main(["import-miradi", str(session), str(bad)]) == 1
    err = capsys.readouterr().err
    assert expected in err and len(err.strip().splitlines()) == 1
    with SessionStore.open(session, backup=False) as store:
        assert store.scalar("SELECT COUNT(*) FROM items") == 0
