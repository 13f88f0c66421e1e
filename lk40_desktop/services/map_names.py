"""Where each stakeholder's name goes on the map, so that names do not overprint each other.

Names sit below their circle; where that box would cover another name or circle, the name
moves above, to the right or left, or to a corner, and where every place would, it is left
out (the map shows it while the stakeholder is selected; the table and the tooltip always
have it). The map works in scene units, where names and circles keep their size at every
zoom, so one layout serves all zooms; the exported image in its own units. Either way y grows
downwards.

Greedy in order of importance (influence plus interest: the "engage closely" corner first),
with a grid of buckets so that each box is checked against its neighbours only: 500
stakeholders are placed in a few milliseconds.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

PLACES = (
    "below",
    "above",
    "right",
    "left",
    "below right",
    "below left",
    "above right",
    "above left",
)
"""Tried in this order: centred below or above reads best, the corners are the last resort."""
DIAGONAL = math.sqrt(0.5)
GAP = 4.0
"""Between a circle and its name, in the map's scene units."""

Box = tuple[float, float, float, float]
"""left, top, right, bottom"""


@dataclass(frozen=True)
class NameBox:
    """A stakeholder's circle and the size of its name."""

    key: str
    x: float
    y: float
    radius: float
    width: float
    height: float
    importance: float
    gap: float = GAP


def name_box(node: NameBox, place: str) -> Box:
    """The box of ``node``'s name at ``place`` (one of PLACES)."""
    x, y, r, w, h = node.x, node.y, node.radius + node.gap, node.width, node.height
    if place == "below":
        return (x - w / 2, y + r, x + w / 2, y + r + h)
    if place == "above":
        return (x - w / 2, y - r - h, x + w / 2, y - r)
    if place == "right":
        return (x + r, y - h / 2, x + r + w, y + h / 2)
    if place == "left":
        return (x - r - w, y - h / 2, x - r, y + h / 2)
    d = r * DIAGONAL  # the corner of the circle's enclosing square, pulled in to the circle
    left = x + d if place.endswith("right") else x - d - w
    top = y + d if place.startswith("below") else y - d - h
    return (left, top, left + w, top + h)


def place_names(
    nodes: Sequence[NameBox], obstacles: Sequence[Box] = (), area: Box | None = None
) -> dict[str, str | None]:
    """The place of each node's name, or None where every place would overprint a name, a
    circle or one of the ``obstacles`` (the relations' labels), or leave the ``area``."""
    if not nodes:
        return {}
    # grid buckets about a name wide: each box lies in a few buckets and meets few others
    size = max(max(n.width, n.height, 2 * n.radius) for n in nodes)
    taken: dict[tuple[int, int], list[tuple[str, Box]]] = defaultdict(list)
    for node in nodes:
        circle = (
            node.x - node.radius,
            node.y - node.radius,
            node.x + node.radius,
            node.y + node.radius,
        )
        for bucket in _buckets(circle, size):
            taken[bucket].append((node.key, circle))
    for obstacle in obstacles:
        for bucket in _buckets(obstacle, size):
            taken[bucket].append(("", obstacle))
    places: dict[str, str | None] = {}
    for node in sorted(nodes, key=lambda n: (-n.importance, n.key)):
        places[node.key] = None
        for place in PLACES:
            box = name_box(node, place)
            if area is not None and not _inside(box, area):
                continue
            if not any(
                owner != node.key and _overlap(box, other)
                for bucket in _buckets(box, size)
                for owner, other in taken[bucket]
            ):
                places[node.key] = place
                for bucket in _buckets(box, size):
                    taken[bucket].append((node.key, box))
                break
    return places


def _buckets(box: Box, size: float) -> Iterator[tuple[int, int]]:
    left, top, right, bottom = (int(v // size) for v in box)
    for column in range(left, right + 1):
        for row in range(top, bottom + 1):
            yield column, row


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(box: Box, area: Box) -> bool:
    return area[0] <= box[0] and area[1] <= box[1] and box[2] <= area[2] and box[3] <= area[3]
