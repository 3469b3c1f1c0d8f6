"""The workshop's steps in order, with the glossary definition of each (method.md)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    definition: str


STEPS: tuple[Step, ...] = (
    Step(
        "session",
        QT_TRANSLATE_NOOP("glossary", "Session & people"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "Who takes part: the range states (countries), the regions they form, and the participants "
            "with their country, role and whether they vote.",
        ),
    ),
    Step(
        "vision",
        QT_TRANSLATE_NOOP("glossary", "Vision"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "An inspiring picture of the next 25–50 years: the ideal future for the species, meant as a "
            "source of inspiration.",
        ),
    ),
    Step(
        "goal",
        QT_TRANSLATE_NOOP("glossary", "Goal"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "A more concrete intention than the Vision: a feasible, realistic and measurable aim for the "
            "next 10–20 years.",
        ),
    ),
    Step(
        "problem_tree",
        QT_TRANSLATE_NOOP("glossary", "Problem tree"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "Threats are the immediate causes of harm (current or emerging); Drivers are their root causes "
            "and can drive other Drivers; Constraints do no harm themselves but let Threats and Drivers act. "
            "Links run from cause to effect.",
        ),
    ),
    Step(
        "threat_ranking",
        QT_TRANSLATE_NOOP("glossary", "Threat ranking"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "Every Driver and Threat is scored per country for importance/severity (0 = non-existent, "
            "1 = minor, 2 = medium, 3 = major) and for the capacity to address it (1 = poor, 2 = medium, "
            "3 = good); '-' means unknown. Constraints are not ranked. A country's figure is the mean of "
            "its votes; within a region, the mean of its votes given in that region's working group "
            "(else of its votes given without a region). A region's figure is its working group's mean "
            "where it voted as a whole, else the mean of its countries' figures within it; brackets "
            "beside it name countries that differ, in the region's order. The range-wide figure is the "
            "mean of the region figures; a country in no region counts as a region of its own. A vote "
            "can be closed and run again in a new round on the items whose votes spread widely.",
        ),
    ),
    Step(
        "objectives",
        QT_TRANSLATE_NOOP("glossary", "Objectives"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "Numbered aims that support reaching the Goal and directly address important Threats and "
            "Drivers, grouped under a few general themes.",
        ),
    ),
    Step(
        "results",
        QT_TRANSLATE_NOOP("glossary", "Results"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "What must be achieved to reach an Objective, numbered objective.result; SMART: specific, "
            "measurable, achievable, relevant and time-bound, each with an indicator.",
        ),
    ),
    Step(
        "activities",
        QT_TRANSLATE_NOOP("glossary", "Activities"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "Actions that achieve a Result, numbered objective.result.activity, each with a timeline, "
            "actor(s), indicator and a rough budget.",
        ),
    ),
    Step(
        "prioritisation",
        QT_TRANSLATE_NOOP("glossary", "Prioritisation"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "Each voter gives every Activity a priority for their country: 1 = low, 2 = medium, 3 = high. "
            "The overall priority is the mean of the country priorities.",
        ),
    ),
    Step(
        "logframe",
        QT_TRANSLATE_NOOP("glossary", "LogFrame"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "The tabulated summary: the Goal, then each Objective with its Results and their Activities, "
            "with indicator, timeline, actor, budget and priority.",
        ),
    ),
    Step(
        "monitoring",
        QT_TRANSLATE_NOOP("glossary", "Monitoring"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "Later, for each Activity: the actions taken so far per country, who implemented them and when, "
            "their status, and recommendations (including proposed priority changes).",
        ),
    ),
    Step(
        "export",
        QT_TRANSLATE_NOOP("glossary", "Export"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "The documents for the rapporteur: the LogFrame matrix, the score tables and the session "
            "minutes as PDF, and every table as a spreadsheet.",
        ),
    ),
)

STEP_IDS = tuple(s.id for s in STEPS)


def step(step_id: str) -> Step:
    for s in STEPS:
        if s.id == step_id:
            return s
    raise KeyError(f"No step '{step_id}'; known steps: {', '.join(STEP_IDS)}")
