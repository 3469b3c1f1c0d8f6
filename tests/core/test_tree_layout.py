"""The problem tree layout: columns follow cause → effect, boxes never overlap, 40 items are fine."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from facilitator.plan import edits as ops
from facilitator.plan.tree_layout import layout_session, layout_tree

EXTRACTS = Path("/work/shared/reference/extracts")


def reference_tree() -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """The Persian leopard problem tree as reconstructed in the reference extracts (or a stand-in)."""
    path = EXTRACTS / "problem_tree_links.csv"
    if not path.exists():
        return random_tree(28, 29, seed=7)
    ids: dict[str, int] = {}
    items: list[tuple[int, str]] = []
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    for row in rows:
        for kind, name in ((row["from_kind"], row["from"]), (row["to_kind"], row["to"])):
            if name not in ids:
                ids[name] = len(ids) + 1
                items.append((ids[name], kind.lower()))
    return items, [(ids[r["from"]], ids[r["to"]]) for r in rows]


def random_tree(n: int, m: int, seed: int) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """``n`` items and up to ``m`` links that only go forward in a random order (so no loop)."""
    rng = random.Random(seed)
    kinds = ["constraint"] * (n // 6) + ["driver"] * (n // 2)
    kinds += ["threat"] * (n - len(kinds))
    items = list(enumerate(kinds, start=1))
    rank = {
        iid: (0 if k == "constraint" else rng.random() + (0.5 if k == "threat" else 0))
        for iid, k in items
    }
    links = set()
    while len(links) < m:
        a, b = rng.sample([i for i, _ in items], 2)
        if rank[a] > rank[b]:
            a, b = b, a
        if rank[a] < rank[b] and dict(items)[b] != "constraint":
            links.add((a, b))
    return items, sorted(links)


def assert_no_overlap(layout) -> None:
    boxes = list(layout.nodes.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = (
                a.x + a.width <= b.x
                or b.x + b.width <= a.x
                or a.y + a.height <= b.y
                or b.y + b.height <= a.y
            )
            assert apart, f"boxes {a.id} and {b.id} overlap"


def test_every_cause_sits_left_of_its_effects_and_arrows_run_between_them():
    items, links = reference_tree()
    layout = layout_tree(items, links)
    assert set(layout.nodes) == {i for i, _ in items}
    for cause, effect in links:
        assert layout.nodes[cause].layer < layout.nodes[effect].layer
    for edge in layout.edges:
        cause, effect = layout.nodes[edge.cause], layout.nodes[edge.effect]
        assert edge.points[0][0] == pytest.approx(cause.x + cause.width)
        assert edge.points[-1][0] == pytest.approx(effect.x)
        assert cause.y <= edge.points[0][1] <= cause.y + cause.height
        xs = [p[0] for p in edge.points]
        assert xs == sorted(xs), "an arrow runs backwards"
    assert len(layout.edges) == len(links)


def test_constraints_come_first_and_no_column_is_empty():
    items, links = reference_tree()
    layout = layout_tree(items, links)
    kinds = dict(items)
    assert all(kinds[i] == "constraint" for i in layout.layers[0])
    assert all(layout.layers), "an empty column"
    assert sum(len(layer) for layer in layout.layers) == len(items)


def test_boxes_never_overlap_and_long_arrows_pass_between_boxes():
    items, links = reference_tree()
    layout = layout_tree(items, links)
    assert_no_overlap(layout)
    for edge in layout.edges:
        for x, y in edge.points[1:-1]:
            for box in layout.nodes.values():
                inside = box.x < x < box.x + box.width and box.y < y < box.y + box.height
                assert not inside, f"arrow {edge.cause}→{edge.effect} runs through box {box.id}"


def test_crossing_reduction_untangles_a_crossed_pair():
    # listed crossed: a1→b2 and a2→b1; the layout must uncross them
    layout = layout_tree(
        [(1, "driver"), (2, "driver"), (3, "threat"), (4, "threat")], [(1, 4), (2, 3)]
    )
    assert (layout.nodes[1].y < layout.nodes[2].y) == (layout.nodes[4].y < layout.nodes[3].y)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_forty_items_with_sixty_links(seed):
    items, links = random_tree(40, 60, seed)
    layout = layout_tree(items, links, sizes={i: (180.0, 40.0 + 12 * (i % 3)) for i, _ in items})
    assert len(layout.nodes) == 40 and len(layout.edges) == 60
    assert_no_overlap(layout)
    for cause, effect in links:
        assert layout.nodes[cause].layer < layout.nodes[effect].layer
    assert layout.width < 2000 and layout.height < 2500


def test_items_without_links_and_an_empty_tree():
    assert layout_tree([], []).nodes == {}
    layout = layout_tree([(5, "threat"), (6, "driver")], [(5, 99)])
    assert len(layout.nodes) == 2 and layout.edges == []
    assert layout.nodes[6].layer <= layout.nodes[5].layer


def test_layout_of_a_session_uses_its_items_and_links(store):
    store.apply(ops.add_item("driver", "Poaching of prey"))
    store.apply(ops.add_item("threat", "Prey depletion"))
    store.apply(ops.add_link(1, 2))
    layout = layout_session(store)
    assert layout.nodes[1].layer == 0 and layout.nodes[2].layer == 1
    assert [(e.cause, e.effect) for e in layout.edges] == [(1, 2)]


def test_a_loop_from_a_damaged_file_is_drawn_not_fatal():
    # the app refuses cycles, but a file edited elsewhere may hold one
    layout = layout_tree([(1, "driver"), (2, "driver"), (3, "threat")], [(1, 2), (2, 1), (2, 3)])
    assert set(layout.nodes) == {1, 2, 3} and len(layout.edges) == 3
    assert_no_overlap(layout)
