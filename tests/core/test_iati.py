"""IATI 2.03: the LogFrame as an activity file that validates against the IATI schema, one
result per objective and per result with its indicator; baselines and targets when the
session records them."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from facilitator.cli.commands import main
from facilitator.plan import edits as ops
from facilitator.plan import model

ROOT = Path(__file__).resolve().parents[2]
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


@pytest.fixture(scope="module")
def iati_schema():
    path = SCHEMAS / "iati-activities-schema.xsd"
    if not path.exists():
        pytest.skip("the IATI schema is not beside the project")
    return etree.XMLSchema(etree.parse(str(path)))


def test_the_sample_as_iati_validates_and_holds_every_result(
    sample_path, sample, tmp_path, iati_schema
):
    out = tmp_path / "plan.xml"
    assert main(["export", str(sample_path), "iati", "-o", str(out)]) == 0
    doc = etree.parse(str(out))
    assert iati_schema.validate(doc), iati_schema.error_log.last_error
    [activity] = doc.findall("iati-activity")
    assert activity.findtext("title/narrative") == sample.meta()["title"]
    outline = model.outline(sample)
    outcomes = activity.findall("result[@type='2']")
    outputs = activity.findall("result[@type='1']")
    assert len(outcomes) == len(outline)
    assert len(outputs) == sum(len(o.results) for o in outline)
    first = outline[0].results[0]
    assert outputs[0].findtext("title/narrative") == f"Result {first.number}: {first.text}"
    assert outputs[0].findtext("indicator/title/narrative") == first.indicator
    codes = [c.get("code") for c in activity.findall("recipient-country")]
    assert codes == [c.code for c in model.countries(sample)]


def test_baseline_and_target_are_written_where_the_session_has_them(store, tmp_path, iati_schema):
    from facilitator.documents import export_document

    store.apply(ops.set_meta({"title": "Leopard <strategy> & prey"}))
    store.apply(ops.add_objective("Prey recovers"))
    oid = store.scalar("SELECT id FROM objectives")
    store.apply(ops.add_result(oid, "Prey surveys run"))
    rid = store.scalar("SELECT id FROM results")
    plain = export_document(store, "iati", tmp_path / "plain.xml")
    assert iati_schema.validate(etree.parse(str(plain)))
    assert etree.parse(str(plain)).find(".//baseline") is None
    # a result with an indicator's baseline and target
    store.conn.execute(
        "UPDATE results SET indicator = 'Surveys per year', baseline = '0 surveys', "
        "target = '4 surveys a year' WHERE id = ?",
        (rid,),
    )
    out = export_document(store, "iati", tmp_path / "full.xml")
    doc = etree.parse(str(out))
    assert iati_schema.validate(doc), iati_schema.error_log.last_error
    output = doc.find(".//result[@type='1']")
    assert output.findtext("indicator/baseline/comment/narrative") == "0 surveys"
    assert output.findtext("indicator/period/target/comment/narrative") == "4 surveys a year"
    assert doc.findtext(".//iati-activity/title/narrative") == "Leopard <strategy> & prey"
