"""The LogFrame matrix: Goal, objectives and results with indicators, verification and assumptions.

Built once in the core (``logframe_rows``); the PDF prints exactly those rows.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from facilitator.documents import export_document
from facilitator.documents.logframe_rows import (
    HEADERS,
    budget_total,
    logframe_rows,
    parse_budget,
    see_activities,
)
from facilitator.importing import import_file
from facilitator.plan import edits as ops
from facilitator.plan import model

OUTLINE = (
    "number,text,indicator,baseline,baseline year,target,target year,"
    "means of verification,assumptions and risks,timeline,actor,budget\n"
    "goal,Viable leopard populations by 2040,Populations stable,6,2022,13,2042,"
    "Status review,Security allows field work,,,\n"
    "1,Secure habitat,Area protected,30%,2022,75%,2032,Protected-area registers,"
    "Land-use plans respect the areas,,,\n"
    "1.1,Priority areas mapped,Map published,,,all areas,2025,Maps,Data are shared,,,\n"
    '1.1.1,Review data,Report,,,,,,,2023,Experts,"USD 10,000–30,000"\n'
    "1.1.2,Hold workshops,Workshops held,,,,,,,2024,Ministries,USD 20000\n"
    "1.1.3,Train staff,Staff trained,,,,,,,2024,NGOs,USD 30000 per Range State\n"
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


@pytest.fixture
def planned(store, tmp_path):
    path = tmp_path / "outline.csv"
    path.write_text(OUTLINE, encoding="utf-8")
    import_file(store, path)
    return store


def test_an_outline_file_sets_the_goal_objective_and_result_columns(planned):
    assert model.adopted_text(planned, "goal") == "Viable leopard populations by 2040"
    goal = model.goal_frame(planned)
    assert (goal.indicator, goal.baseline, goal.target_year) == ("Populations stable", "6", "2042")
    assert goal.verification == "Status review"
    objective = model.outline(planned)[0]
    assert objective.frame.assumptions == "Land-use plans respect the areas"
    assert objective.frame.indicator == "Area protected"
    result = objective.results[0]
    assert (result.indicator, result.frame.target, result.frame.verification) == (
        "Map published",
        "all areas",
        "Maps",
    )


def test_matrix_rows_carry_indicators_baselines_targets_and_budget_totals(planned):
    rows = logframe_rows(planned)
    assert [(r.level, r.number) for r in rows] == [
        ("goal", "Goal"),
        ("objective", "1"),
        ("result", "1.1"),
        ("activity", "1.1.1"),
        ("activity", "1.1.2"),
        ("activity", "1.1.3"),
    ]
    goal, objective, result = rows[:3]
    assert goal.text("indicator") == "Populations stable\nBaseline: 6 (2022)\nTarget: 13 (2042)"
    assert objective.text("verification") == "Protected-area registers"
    assert result.text("indicator") == "Map published\nTarget: all areas (2025)"
    # two amounts in USD add up; the budget per Range State is free text, counted but not added
    total = result.cells[HEADERS.index("Budget")]
    assert total.text == "Total:\nUSD\u00a030,000 – 50,000\nplus 1 budget as written"
    assert objective.text("budget") == total.text
    workshop = rows[4].cells[HEADERS.index("Budget")]
    assert (workshop.value, workshop.state) == (20000.0, "number")
    assert rows[5].text("budget") == "USD 30000 per Range State"
    assert rows[3].text("priority") == "not prioritised"


def test_the_pdf_prints_the_core_rows(planned, tmp_path):
    out = tmp_path / "logframe.pdf"
    export_document(planned, "logframe", out)
    text = pdf_text(out)
    for expected in (
        "Means of verification",
        "Assumptions and risks",
        "Baseline: 6 (2022)",
        "Target: 75% (2032)",
        "Security allows field work",
        "Total: USD 30,000 – 50,000",
    ):
        assert expected in text, expected


def test_the_goal_columns_are_one_undoable_edit(store):
    store.apply(ops.update_goal(indicator="Populations stable", target="13"))
    assert model.goal_frame(store).target == "13"
    store.undo()
    assert model.goal_frame(store) == model.LogFrameEntry()


def test_cross_references_sort_numerically_with_the_right_noun():
    assert see_activities(["12.2.1", "8.1.1", "9.1.2"]) == "(see Activities 8.1.1, 9.1.2, 12.2.1)"
    assert see_activities(["1.1.4"]) == "(see Activity 1.1.4)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USD 20,000", ("USD", 20000, 20000)),
        ("USD 10,000–30,000", ("USD", 10000, 30000)),
        ("15 000 EUR", ("EUR", 15000, 15000)),
        ("€2.500.000", ("EUR", 2500000, 2500000)),
        ("USD 30,000 per Range State", None),
        ("10k", None),
        ("20,000", None),
        ("", None),
    ],
)
def test_budgets_that_are_amounts_in_one_currency(text, expected):
    amount = parse_budget(text)
    got = (amount.currency, amount.low, amount.high) if amount else None
    assert got == expected


def test_budgets_in_two_currencies_are_not_added():
    assert budget_total(["USD 10", "EUR 20"]).text == "in 2 currencies, see activities"
    assert budget_total(["to be raised", ""]).state == "empty"
