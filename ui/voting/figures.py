"""Lays out the core's result cells (``facilitator.voting.results``) for the heatmap tables.

Nothing here computes or formats a figure: every text, number and key comes
from the core's cells, so the app shows what the CLI, PDFs and spreadsheets print.
"""

from __future__ import annotations

from facilitator.voting.results import (
    SECTION_NAMES,
    Cell,
    ItemRow,
    Results,
    text_cell,
)
from ui.i18n import translate


def _section_rows(ranked: list[ItemRow]):
    """(heading row or None, item row) pairs: a heading before each kind's first row."""
    section = None
    for row in ranked:
        if row.kind != section:
            section = row.kind
            yield [text_cell(translate("ItemTable", SECTION_NAMES[row.kind]))], row
        else:
            yield None, row


def _country_cells(results: Results, item_id: int, country: str, criteria) -> list[Cell]:
    cells = results.by_country.rows_by_id[item_id].cells
    return [cells[(criterion, country)] for criterion in criteria]


def threat_table(
    results: Results, country: str | None = None
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
    blank = [text_cell("")] * (len(headers) - 1)
    rows: list[list[Cell]] = [[text_cell(translate("VotingResults", "Constraints (not ranked)"))]]
    rows += [[text_cell(i.label), *blank] for i in results.constraints]
    for heading, r in _section_rows(results.threat_ranking):
        if heading:
            rows.append(heading)
        row = [text_cell(r.label), r.cells["importance"], r.cells["capacity"]]
        if country:
            row += _country_cells(results, r.item_id, country, ("importance", "capacity"))
        rows.append(row)
    return headers, rows


def region_table(
    results: Results, country: str | None = None
) -> tuple[list[str], list[list[Cell]], str]:
    """Appendix III: importance then capacity, overall and per region; returns a legend too."""
    table = results.by_region
    headers = [translate("VotingResults", "Driver or threat")]
    for criterion in ("importance", "capacity"):
        word = (
            translate("VotingResults", "Importance")
            if criterion == "importance"
            else translate("VotingResults", "Capacity")
        )
        headers += [
            translate("VotingResults", "{0} overall").format(word)
            if c.name == "overall"
            else f"{word} {c.header}"
            for c in table.columns
        ]
        if country:
            headers.append(f"{word} {country}")
    rows: list[list[Cell]] = []
    for heading, r in _section_rows(table.rows):
        if heading:
            rows.append(heading)
        row = [text_cell(r.label)]
        for criterion in ("importance", "capacity"):
            row += [r.cells[(criterion, c.name)] for c in table.columns]
            if country:
                row += _country_cells(results, r.item_id, country, (criterion,))
        rows.append(row)
    return headers, rows, table.legend


def priority_table(
    results: Results, country: str | None = None
) -> tuple[list[str], list[list[Cell]]]:
    """Appendix IV: activities in numbered order, a column per country, the overall mean."""
    table = results.priorities
    codes = [c for c in table.codes if country in (None, c)]
    headers = [
        translate("VotingResults", "Activity"),
        translate("VotingResults", "Text"),
        *codes,
        translate("VotingResults", "Overall"),
    ]
    rows = []
    for r in table.rows:
        sort_number = ".".join(f"{int(p):04d}" for p in r.number.split(".") if p.isdigit())
        rows.append(
            [
                text_cell(r.number, sort=sort_number),
                text_cell(r.text, sort=r.text.casefold()),
                *(r.cells[code] for code in codes),
                r.cells["overall"],
            ]
        )
    return headers, rows


def chart_points(results: Results) -> list[tuple]:
    """(item id, kind, label, importance, capacity, importance text, capacity text) per driver
    and threat: exact overall means to place the dot, the printed figures to name it."""
    out = []
    for r in results.threat_ranking:
        imp, cap = r.cells["importance"], r.cells["capacity"]
        out.append((r.item_id, r.kind, r.label, imp.exact, cap.exact, imp.text, cap.text))
    return out
