"""Layered layout of the problem tree, as plain data (no Qt, no PDF library).

The tree is drawn left to right: causes on the left, effects on the right.
Each item gets a layer (column) by the longest path of causes leading to it,
with constraints always in the first column; links that skip columns pass
through placeholder slots so no arrow crosses a box. A barycentre sweep then
orders each column to reduce crossings, and the vertical positions are pulled
towards linked items. The app draws the result with ``QGraphicsScene`` and the
PDF minutes with ``reportlab.graphics``: both need only ``TreeLayout``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore
from itertools import pairwise

KIND_ORDER = {"constraint": 0, "driver": 1, "threat": 2}
DEFAULT_SIZE = (180.0, 48.0)
COLUMN_GAP = 70.0
ROW_GAP = 14.0
PASS_HEIGHT = 6.0
SWEEPS = 8

Point = tuple[float, float]
Link = tuple[int, int]  # (cause, effect)


@dataclass(frozen=True)
class NodeBox:
    """Where one item's box goes: ``x``, ``y`` is its top-left corner."""

    id: int
    kind: str
    layer: int
    order: int
    x: float
    y: float
    width: float
    height: float

    @property
    def center(self) -> Point:
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass(frozen=True)
class EdgeRoute:
    """A link's polyline from the cause's right side to the effect's left side."""

    cause: int
    effect: int
    points: list[Point]


@dataclass
class TreeLayout:
    nodes: dict[int, NodeBox] = field(default_factory=dict)
    edges: list[EdgeRoute] = field(default_factory=list)
    layers: list[list[int]] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0


def layout_tree(
    items: Iterable[tuple[int, str]],
    links: Iterable[tuple[int, int]],
    sizes: Mapping[int, tuple[float, float]] | None = None,
    column_gap: float = COLUMN_GAP,
) -> TreeLayout:
    """Lay out ``items`` (id, kind), in their list order, linked cause → effect.

    ``sizes`` gives each box's (width, height), measured by whoever draws it;
    missing ones get ``DEFAULT_SIZE``; ``column_gap`` is the room for arrows
    between columns. Links to unknown ids are ignored.
    """
    items = list(items)
    kinds = {iid: kind for iid, kind in items}
    links = sorted({(c, e) for c, e in links if c in kinds and e in kinds and c != e})
    if not items:
        return TreeLayout()
    layer = assign_layers([i for i, _ in items], kinds, links)
    graph = _Graph.build(items, links, layer, sizes or {})
    graph.order_layers()
    graph.place()
    return graph.result(kinds, links, column_gap)


def assign_layers(
    ids: list[int], kinds: Mapping[int, str], links: list[tuple[int, int]]
) -> dict[int, int]:
    """Column of each item: after all its causes, constraints first, no empty columns."""
    causes: dict[int, list[int]] = {i: [] for i in ids}
    effects: dict[int, list[int]] = {i: [] for i in ids}
    for c, e in links:
        causes[e].append(c)
        effects[c].append(e)
    order = _topological(ids, causes, effects)
    layer: dict[int, int] = {}
    for n in order:
        floor = 0 if kinds[n] == "constraint" else 1
        layer[n] = max([floor] + [layer[c] + 1 for c in causes[n] if c in layer])
    for n in reversed(order):  # pull sources next to their effects: shorter arrows
        later = [layer[e] for e in effects[n] if layer[e] > layer[n]]
        if later and kinds[n] != "constraint" and not causes[n]:
            layer[n] = min(later) - 1
    used = sorted(set(layer.values()))
    return {n: used.index(v) for n, v in layer.items()}


def _topological(
    ids: list[int], causes: dict[int, list[int]], effects: dict[int, list[int]]
) -> list[int]:
    """Items with every cause before its effects; a loop (damaged file) is cut, not fatal."""
    waiting = {n: len(causes[n]) for n in ids}
    ready = [n for n in ids if waiting[n] == 0]
    order: list[int] = []
    while len(order) < len(ids):
        if not ready:
            ready = [next(n for n in ids if n not in set(order))]
            waiting[ready[0]] = 0
        n = ready.pop(0)
        if n in order:
            continue
        order.append(n)
        for e in effects[n]:
            waiting[e] -= 1
            if waiting[e] == 0:
                ready.append(e)
    return order


@dataclass
class _Slot:
    key: int  # item id, or a negative number for a pass-through slot
    height: float
    width: float
    y: float = 0.0


class _Graph:
    """Columns of slots (items and pass-throughs) and the segments between them."""

    def __init__(self) -> None:
        self.columns: list[list[_Slot]] = []
        self.up: dict[int, list[int]] = {}  # slot → slots in the column before
        self.down: dict[int, list[int]] = {}  # slot → slots in the column after
        self.chains: dict[tuple[int, int], list[int]] = {}  # link → slots it runs through

    @classmethod
    def build(
        cls,
        items: list[tuple[int, str]],
        links: list[tuple[int, int]],
        layer: dict[int, int],
        sizes: Mapping[int, tuple[float, float]],
    ) -> _Graph:
        g = cls()
        g.columns = [[] for _ in range(max(layer.values()) + 1)]
        ranked = sorted(items, key=lambda it: (KIND_ORDER.get(it[1], 3), items.index(it)))
        for iid, _ in ranked:
            w, h = sizes.get(iid, DEFAULT_SIZE)
            g.columns[layer[iid]].append(_Slot(iid, h, w))
        next_key = -1
        for c, e in links:
            chain = [c]
            for col in range(layer[c] + 1, layer[e]):
                g.columns[col].append(_Slot(next_key, PASS_HEIGHT, 0.0))
                chain.append(next_key)
                next_key -= 1
            chain.append(e)
            g.chains[(c, e)] = chain
            for a, b in pairwise(chain):
                g.down.setdefault(a, []).append(b)
                g.up.setdefault(b, []).append(a)
        return g

    # -- crossing reduction ----------------------------------------------------
    def order_layers(self) -> None:
        best = [list(col) for col in self.columns]
        best_crossings = self.crossings()
        for sweep in range(SWEEPS):
            forward = sweep % 2 == 0
            indices = (
                range(1, len(self.columns)) if forward else range(len(self.columns) - 2, -1, -1)
            )
            for i in indices:
                ref = self.columns[i - 1] if forward else self.columns[i + 1]
                neighbours = self.up if forward else self.down
                self.columns[i] = _by_barycentre(self.columns[i], ref, neighbours)
            count = self.crossings()
            if count < best_crossings:
                best, best_crossings = [list(col) for col in self.columns], count
        self.columns = best

    def crossings(self) -> int:
        total = 0
        for left, right in pairwise(self.columns):
            pos = {s.key: n for n, s in enumerate(right)}
            segs = [
                (a, pos[b])
                for a, s in enumerate(left)
                for b in self.down.get(s.key, [])
                if b in pos
            ]
            total += sum(
                1
                for i, (a1, b1) in enumerate(segs)
                for a2, b2 in segs[i + 1 :]
                if (a1 - a2) * (b1 - b2) < 0
            )
        return total

    # -- vertical placement ------------------------------------------------------
    def place(self) -> None:
        for col in self.columns:
            y = 0.0
            for slot in col:
                slot.y = y
                y += slot.height + ROW_GAP
        tallest = max(self._column_height(c) for c in self.columns)
        for col in self.columns:
            shift = (tallest - self._column_height(col)) / 2
            for slot in col:
                slot.y += shift
        for sweep in range(SWEEPS):
            indices = list(range(len(self.columns)))
            for i in indices if sweep % 2 == 0 else reversed(indices):
                self._pull_towards_neighbours(self.columns[i])
        top = min(s.y for col in self.columns for s in col)
        for col in self.columns:
            for slot in col:
                slot.y -= top

    @staticmethod
    def _column_height(col: list[_Slot]) -> float:
        return sum(s.height for s in col) + ROW_GAP * max(0, len(col) - 1)

    def _pull_towards_neighbours(self, col: list[_Slot]) -> None:
        centers = {s.key: s.y + s.height / 2 for c in self.columns for s in c}
        offsets, desired, offset = [], [], 0.0
        for slot in col:
            linked = self.up.get(slot.key, []) + self.down.get(slot.key, [])
            want = sum(centers[k] for k in linked) / len(linked) if linked else centers[slot.key]
            desired.append(want - slot.height / 2 - offset)
            offsets.append(offset)
            offset += slot.height + ROW_GAP
        for slot, z, off in zip(col, _isotonic(desired), offsets):
            slot.y = z + off

    # -- result --------------------------------------------------------------------
    def result(
        self, kinds: Mapping[int, str], links: list[tuple[int, int]], column_gap: float
    ) -> TreeLayout:
        xs, x = [], 0.0
        widths = [max([s.width for s in col] + [0.0]) for col in self.columns]
        for w in widths:
            xs.append(x)
            x += w + column_gap
        out = TreeLayout(width=x - column_gap)
        slots: dict[int, tuple[int, _Slot]] = {}
        for i, col in enumerate(self.columns):
            out.layers.append([s.key for s in col if s.key >= 0])
            for order, slot in enumerate(col):
                slots[slot.key] = (i, slot)
                if slot.key >= 0:
                    left = xs[i] + (widths[i] - slot.width) / 2
                    out.nodes[slot.key] = NodeBox(
                        slot.key,
                        kinds[slot.key],
                        i,
                        len(out.layers[i]) - 1,
                        left,
                        slot.y,
                        slot.width,
                        slot.height,
                    )
        out.height = max((s.y + s.height for _, s in slots.values()), default=0.0)
        ports_out, ports_in = self._ports(links, out.nodes, slots)
        for link in links:
            chain = self.chains[link]
            points = [ports_out[link]]
            for key in chain[1:-1]:
                i, slot = slots[key]
                mid = slot.y + slot.height / 2
                points += [(xs[i], mid), (xs[i] + widths[i], mid)]
            points.append(ports_in[link])
            out.edges.append(EdgeRoute(link[0], link[1], points))
        return out

    def _ports(
        self,
        links: list[tuple[int, int]],
        nodes: dict[int, NodeBox],
        slots: dict[int, tuple[int, _Slot]],
    ) -> tuple[dict[Link, Point], dict[Link, Point]]:
        """Spread the arrows leaving (and entering) one box along its side, in the order they go."""

        def next_y(key: int) -> float:
            slot = slots[key][1]
            return slot.y + slot.height / 2

        ports_out: dict[Link, Point] = {}
        ports_in: dict[Link, Point] = {}
        for iid, box in nodes.items():
            outgoing = sorted(
                (l for l in links if l[0] == iid), key=lambda l: next_y(self.chains[l][1])
            )
            for k, link in enumerate(outgoing):
                ports_out[link] = (
                    box.x + box.width,
                    box.y + box.height * (k + 1) / (len(outgoing) + 1),
                )
            incoming = sorted(
                (l for l in links if l[1] == iid), key=lambda l: next_y(self.chains[l][-2])
            )
            for k, link in enumerate(incoming):
                ports_in[link] = (box.x, box.y + box.height * (k + 1) / (len(incoming) + 1))
        return ports_out, ports_in


def _by_barycentre(
    col: list[_Slot], ref: list[_Slot], neighbours: dict[int, list[int]]
) -> list[_Slot]:
    """Order a column by the mean position of each slot's neighbours in ``ref`` (stable)."""
    pos = {s.key: n for n, s in enumerate(ref)}

    def weight(item: tuple[int, _Slot]) -> float:
        n, slot = item
        linked = [pos[k] for k in neighbours.get(slot.key, []) if k in pos]
        return sum(linked) / len(linked) if linked else n * len(ref) / max(1, len(col))

    return [s for _, s in sorted(enumerate(col), key=weight)]


def _isotonic(values: list[float]) -> list[float]:
    """The non-decreasing sequence closest to ``values`` (pool adjacent violators)."""
    blocks: list[list[float]] = []
    for v in values:
        blocks.append([v, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    return [total / count for total, count in blocks for _ in range(int(count))]


def layout_session(
    store: SessionStore, sizes: Mapping[int, tuple[float, float]] | None = None
) -> TreeLayout:
    """The layout of a session's problem tree (items in list order)."""
    from facilitator.plan.model import items, links

    return layout_tree([(i.id, i.kind) for i in items(store)], links(store), sizes)
