"""Builds the result tables' cells from ``facilitator.voting.tables`` (once per refresh, never in ``data``)."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitator.plan import model
from facilitator.voting import tables
from facilitator.voting.scoring import PRIORITY_PLACES, THREAT_PLACES, Scores, cell_text
from ui.i18n import translate

from .results import Cell

SECTION = {
    "driver": QT_TRANSLATE_NOOP("ItemTable", "Drivers"),
    "threat": QT_TRANSLATE_NOOP("ItemTable", "Threats"),
}


def _t(text: str) -> str:
    return translate("VotingResults", text)


def _value(x: float) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def _country_figures(
    scores: Scores, target_kind: str, country: str
) -> dict[tuple[int, str], tuple[float, str]]:
    frame = scores.country(target_kind)
    frame = frame[frame["country"] == country]
    return {
        (int(r.target_id), str(r.criterion)): (float(r.score), str(r.state))
        for r in frame.itertuples()
    }


def _country_cells(
    figures: dict, item_id: int, country: str, criteria: tuple[str, ...], places: int
) -> list[Cell]:
    out = []
    for criterion in criteria:
        score, state = figures.get((item_id, criterion), (math.nan, "empty"))
        out.append(
            Cell(
                cell_text(score, state, places),
                _value(score) if state == "number" else None,
                criterion,
                ("country", item_id, criterion, country),
            )
        )
    return out


def threat_table(
    store, scores: Scores, country: str | None = None
) -> tuple[list[str], list[list[Cell]]]:
    """Table 3.1: Constraints listed, then Drivers and Threats by overall importance."""
    headers = [
        translate("VotingResults", "Constraints, drivers and threats"),
        translate("VotingResults", "Importance/severity"),
        translate("VotingResults", "Capacity"),
    ]
    if country:
        headers += [
            translate("VotingResults", "{0} importance").format(country),
            translate("VotingResults", "{0} capacity").format(country),
        ]
    blank = [Cell("")] * (len(headers) - 1)
    rows: list[list[Cell]] = [[Cell(translate("VotingResults", "Constraints (not ranked)"))]]
    rows += [[Cell(i.label), *blank] for i in model.items(store, "constraint")]
    numeric = tables.threats_numeric(store, scores)
    figures = _country_figures(scores, "item", country) if country else {}
    section = None
    for r in numeric.itertuples():
        if r.kind != section:
            section = r.kind
            rows.append([Cell(translate("ItemTable", SECTION[r.kind]))])
        row = [Cell(r.item)]
        for criterion in ("importance", "capacity"):
            score, state = getattr(r, criterion), getattr(r, f"{criterion}_state")
            row.append(
                Cell(
                    cell_text(score, state, THREAT_PLACES),
                    _value(score) if state == "number" else None,
                    criterion,
                    ("overall", int(r.item_id), criterion),
                )
            )
        if country:
            row += _country_cells(
                figures, int(r.item_id), country, ("importance", "capacity"), THREAT_PLACES
            )
        rows.append(row)
    return headers, rows


def region_table(
    store, scores: Scores, country: str | None = None
) -> tuple[list[str], list[list[Cell]], str]:
    """Appendix III: importance then capacity, overall and per region; returns a legend too."""
    text = tables.threats_by_region(store, scores)
    numeric = tables.threats_by_region_numeric(store, scores)
    scope_cols = [
        c for c in numeric.columns if c not in ("item_id", "kind", "item", "criterion", "overall")
    ]
    scope_kind = "region" if scores.regions else "country"
    abbrev = {r.name: r.abbreviation for r in model.regions(store)}
    short = [abbrev.get(name, name) for name in scope_cols]
    headers = [translate("VotingResults", "Driver or threat")]
    for criterion in ("importance", "capacity"):
        word = (
            translate("VotingResults", "Importance")
            if criterion == "importance"
            else translate("VotingResults", "Capacity")
        )
        headers += [translate("VotingResults", "{0} overall").format(word)] + [
            f"{word} {s}" for s in short
        ]
        if country:
            headers.append(f"{word} {country}")
    figures = _country_figures(scores, "item", country) if country else {}
    by_key = {}
    for t, n in zip(text.to_dict("records"), numeric.to_dict("records")):
        by_key[(int(n["item_id"]), n["criterion"])] = (t, n)
    rows: list[list[Cell]] = []
    section = None
    for item_id, kind, label in dict.fromkeys(
        zip(numeric["item_id"], numeric["kind"], numeric["item"])
    ):
        if kind != section:
            section = kind
            rows.append([Cell(translate("ItemTable", SECTION[kind]))])
        row = [Cell(label)]
        for criterion in ("importance", "capacity"):
            t, n = by_key[(int(item_id), criterion)]
            row.append(
                Cell(
                    t["overall"],
                    _value(n["overall"]),
                    criterion,
                    ("overall", int(item_id), criterion),
                )
            )
            for name in scope_cols:
                row.append(
                    Cell(
                        t[name],
                        _value(n[name]),
                        criterion,
                        (scope_kind, int(item_id), criterion, name),
                    )
                )
            if country:
                row += _country_cells(figures, int(item_id), country, (criterion,), THREAT_PLACES)
        rows.append(row)
    legend = ", ".join(f"{abbrev[n]} = {n}" for n in scope_cols if n in abbrev and abbrev[n] != n)
    return headers, rows, legend


def priority_table(
    store, scores: Scores, country: str | None = None
) -> tuple[list[str], list[list[Cell]]]:
    """Appendix IV: activities in numbered order, a column per country, the overall mean.

    Texts as ``tables.priorities`` prints them, built from the same figures
    (one pass, no second reading of the votes).
    """
    numeric = tables.priorities_numeric(store, scores)
    states = {
        (int(r.target_id), str(r.country)): str(r.state) for r in scores.priority.itertuples()
    }
    overall_states = dict(
        zip(scores.overall_priority["target_id"].astype(int), scores.overall_priority["state"])
    )
    codes = [c for c in scores.countries if country in (None, c)]
    headers = [
        translate("VotingResults", "Activity"),
        translate("VotingResults", "Text"),
        *codes,
        translate("VotingResults", "Overall"),
    ]
    rows = []
    for n in numeric.to_dict("records"):
        aid = int(n["activity_id"])
        sort_number = ".".join(f"{int(p):04d}" for p in str(n["activity"]).split("."))
        row = [
            Cell(str(n["activity"]), sort=sort_number),
            Cell(str(n["text"]), sort=str(n["text"]).casefold()),
        ]
        for code in codes:
            state = states.get((aid, code), "empty")
            row.append(
                Cell(
                    cell_text(n[code], state, PRIORITY_PLACES),
                    _value(n[code]) if state == "number" else None,
                    "priority",
                    ("country", aid, "priority", code),
                )
            )
        state = overall_states.get(aid, "empty")
        row.append(
            Cell(
                cell_text(n["overall"], state, PRIORITY_PLACES),
                _value(n["overall"]) if state == "number" else None,
                "priority",
                ("overall", aid, "priority"),
            )
        )
        rows.append(row)
    return headers, rows


def chart_points(store, scores: Scores) -> list[tuple[int, str, str, float | None, float | None]]:
    """(item id, kind, label, overall importance, overall capacity) per driver and threat."""
    numeric = tables.threats_numeric(store, scores)
    return [
        (int(r.item_id), r.kind, r.item, _value(r.importance), _value(r.capacity))
        for r in numeric.itertuples()
    ]


PLACES = {"item": THREAT_PLACES, "activity": PRIORITY_PLACES}
