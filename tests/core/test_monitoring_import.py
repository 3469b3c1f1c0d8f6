"""Monitoring from files: a review, the actions taken and the recommendations imported from CSV/XLSX
re-create a page of the reference implementation overview (CAMI 2014-2020, objective 1.1)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from facilitator.cli.commands import main
from facilitator.documents import export_document
from facilitator.errors import ImportProblems
from facilitator.importing import import_file, import_files
from facilitator.monitoring import reviews as mon
from facilitator.session.store import SessionStore

PROGRAMME = [
    (
        "1.1.1",
        (
            "Strengthen the capacity of rangers and other relevant enforcement personnel "
            "to counteract illegal hunting and trade"
        ),
        "Government agencies, NGOs",
        "High",
    ),
    (
        "1.1.2",
        "Promote review of national legislation - and its enforcement - on hunting and trade",
        "Government agencies",
        "High",
    ),
    (
        "1.1.3",
        "Promote regular and sound monitoring of species",
        "Government agencies, Scientific institutions, NGOs",
        "High",
    ),
]
ACTIONS = [  # activity, countries, what was done, implemented by
    (
        "1.1.1",
        "Uzbekistan",
        "recently-started governmental capacity development programme",
        "Capacity building centre of the State Committee for Ecology",
    ),
    (
        "1.1.1",
        "Iran",
        "ranger training ongoing",
        "Iranian DoE in cooperation with environmental college",
    ),
    (
        "1.1.1",
        "Kyrgyzstan",
        "purchase of essential equipment for rangers",
        "Activities by Kyrgyz Government supported by Panthera",
    ),
    (
        "1.1.1",
        "Tajikistan and Kyrgyzstan",
        "activities to train customs, border guards and rangers",
        "INTERPOL and SLT GEF/UNDP",
    ),
    ("1.1.1", "Afghanistan", "establishment of MAIL ranger team and community ranger system", ""),
    (
        "1.1.2",
        "Kyrgyzstan",
        "fines raised, inspectors entitled to 30% of the amount",
        "Governments of the respective countries",
    ),
    ("1.1.2", "Iran", "revision of fines for poaching", ""),
    ("1.1.2", "Turkmenistan", "draft for a new Hunting Law developed in 2015", ""),
    (
        "1.1.3",
        "Uzbekistan",
        "Participatory Saiga monitoring involving locals",
        "Conservation Alliance/Whitley Fund for Nature",
    ),
]


def write_csv(path: Path, header: str, rows: list[tuple[str, ...]]) -> Path:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header.split(","))
        writer.writerows(rows)
    return path


@pytest.fixture
def files(tmp_path) -> list[Path]:
    programme = write_csv(tmp_path / "pow.csv", "code,text,responsible,priority", PROGRAMME)
    review = write_csv(
        tmp_path / "review.csv",
        "review,date,since,until",
        [("Midterm review 2018", "2018-04-18", "2014", "2020")],
    )
    actions = Workbook()  # the national reports arrive as a spreadsheet
    actions.active.append(["Review", "Activity", "Country", "Action", "Implemented by", "Status"])
    for activity, country, action, implementer in ACTIONS:
        actions.active.append(
            ["Midterm review 2018", activity, country, action, implementer, "ongoing"]
        )
    actions.save(tmp_path / "actions.xlsx")
    recommendations = write_csv(
        tmp_path / "recommendations.csv",
        "review,activity,recommendation,proposed priority",
        [("Midterm review 2018", "1.1.1", "Rangers not engaged to patrol during winter", "High")],
    )
    return [programme, review] + [
        tmp_path / "actions.xlsx",
        recommendations,
    ]


def test_a_reference_page_rebuilt_from_files(store, files, tmp_path):
    report = import_files(store, list(reversed(files)))  # any order: reviews before actions
    assert report.ok, str(report)
    rid = mon.reviews(store)[0].id
    assert mon.review(store, rid).until_year == "2020"
    assert len(mon.actions(store, rid)) == len(ACTIONS)
    pdf = export_document(store, "monitoring", tmp_path / "overview.pdf")
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Actions taken since 2014" in text
    assert "Recommendations until 2020 for urgency, amendments to activities" in text
    starts = [text.index(f"{code} {words[:30]}") for code, words, _, _ in PROGRAMME]
    ends = starts[1:] + [len(text)]
    for activity, country, action, _ in ACTIONS:
        n = [p[0] for p in PROGRAMME].index(activity)
        where = text.find(action[:40], starts[n])
        assert starts[n] < where < ends[n], (activity, action)  # under its own activity
        assert country in text[starts[n] : ends[n]]
    assert "Rangers not engaged to patrol during winter" in text[starts[0] : ends[0]]
    again = import_files(store, files)
    assert again.ok, str(again)
    assert len(mon.actions(store, rid)) == len(ACTIONS)  # the same files twice: nothing doubled


def test_an_action_for_an_unknown_review_or_activity_changes_nothing(store, files, tmp_path):
    import_file(store, files[0])
    import_file(store, files[1])
    bad = write_csv(
        tmp_path / "bad.csv",
        "review,activity,countries,action",
        [("Final review", "1.1.1", "Iran", "x"), ("Midterm review 2018", "9.9.9", "Iran", "y")],
    )
    with pytest.raises(ImportProblems) as problem:
        import_file(store, bad)
    message = str(problem.value)
    assert "there is no review 'Final review'" in message
    assert "'9.9.9' is neither an activity number" in message
    assert mon.actions(store, mon.reviews(store)[0].id) == []


def test_review_new_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "s.zopp"
    with SessionStore.create(path):
        pass
    code = main(
        [
            "review",
            "new",
            str(path),
            "--title",
            "Midterm review 2018",
            "--date",
            "2018-04-18",
            "--since",
            "2014",
            "--until",
            "2020",
        ]
    )
    assert code == 0, capsys.readouterr().err
    with SessionStore.open(path, backup=False) as session:
        (made,) = mon.reviews(session)
        assert (made.title, made.since_year, made.until_year) == (
            "Midterm review 2018",
            "2014",
            "2020",
        )
    assert main(["review", "new", str(path), "--title", "X", "--since", "last year"]) == 1
