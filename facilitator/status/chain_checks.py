"""Where the chain Threats → Objectives → Results → Activities breaks.

The LogFrame is only as strong as its weakest link: an important threat no
objective addresses, an objective or result nothing is planned for, an
activity nobody carries out or nobody can measure. ``chain_warnings`` names
each such gap in one sentence, in outline order, so the facilitator can fix
it while the room is still together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.plan.model import Objective, items, outline

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

#: how many of the most important drivers and of the threats must be addressed
TOP_RANKED = 5


def chain_warnings(
    store: SessionStore, ranking: list[tuple[int, float, str]] | None = None
) -> list[str]:
    """One plain sentence per break in the chain; an empty list when it holds.

    ``ranking`` (from ``importance_ranking``) may be passed in by a caller that
    keeps it between calls: computing the scores is the slow part.
    """
    tree = outline(store)
    return unaddressed_top_items(store, tree, ranking) + outline_gaps(tree)


def outline_gaps(tree: list[Objective]) -> list[str]:
    """Objectives without results, results without activities, activities without actor or indicator."""
    out: list[str] = []
    for objective in tree:
        if not objective.results:
            out.append(f"Objective {objective.number} has no results yet.")
        for result in objective.results:
            if not result.activities:
                out.append(f"Result {result.number} has no activities yet.")
            for activity in result.activities:
                missing = [
                    name
                    for name, value in (
                        ("actor", activity.actors),
                        ("indicator", activity.indicator),
                    )
                    if not value.strip()
                ]
                if missing:
                    out.append(f"Activity {activity.number} has no {' and no '.join(missing)}.")
    return out


def unaddressed_top_items(
    store: SessionStore,
    tree: list[Objective] | None = None,
    ranking: list[tuple[int, float, str]] | None = None,
) -> list[str]:
    """The most important drivers and threats (by overall importance) that no objective addresses.

    Says nothing before anyone has voted, or when scores cannot be computed.
    """
    ranked = importance_ranking(store) if ranking is None else ranking
    if not ranked:
        return []
    tree = outline(store) if tree is None else tree
    addressed = {iid for objective in tree for iid in objective.item_ids}
    labels = {i.id: (i.kind, i.label) for i in items(store)}
    out: list[str] = []
    for kind in ("threat", "driver"):
        mine = [(iid, text) for iid, _, text in ranked if labels.get(iid, ("", ""))[0] == kind]
        for place, (iid, text) in enumerate(mine[:TOP_RANKED], start=1):
            if iid not in addressed:
                out.append(
                    f"{kind.capitalize()} '{labels[iid][1]}' ranks {_ordinal(place)} by importance "
                    f"({text}) but no objective addresses it."
                )
    return out


def ranking_signature(store: SessionStore) -> str:
    """Changes whenever something the importance ranking depends on changes (votes, voters, regions)."""
    return str(
        store.rows(
            "SELECT (SELECT COUNT(*) || '/' || COALESCE(MAX(at), '') || '/' || TOTAL(value) FROM votes "
            "        WHERE target_kind = 'item') AS votes, "
            "(SELECT group_concat(id || ':' || votes || ':' || COALESCE(country, '')) FROM participants) AS voters, "
            "(SELECT group_concat(region || ':' || country) FROM region_members) AS regions, "
            "(SELECT group_concat(id || ':' || kind) FROM items) AS items"
        )
    )


def importance_ranking(store: SessionStore) -> list[tuple[int, float, str]]:
    """(item id, overall importance, its text as every table prints it), most important first;
    [] when there are no scores."""
    voted = store.scalar(
        "SELECT 1 FROM votes WHERE target_kind = 'item' AND criterion = 'importance' "
        "AND answer = 'number' LIMIT 1"
    )
    if not voted:
        return []
    try:
        from facilitator.voting import current
    except ImportError:
        return []
    ranked = [
        (row.item_id, cell.exact, cell.text)
        for row in current.results(store).threat_ranking
        for cell in [row.cells["importance"]]
        if cell.exact is not None
    ]
    return sorted(ranked, key=lambda entry: -entry[1])


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
