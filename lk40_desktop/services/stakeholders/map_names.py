"""Where each stakeholder's name goes on the map, so that names do not overprint each other.

Names sit below their circle; where that box would cover another text or circle, the name
moves above, to the right or left, or to a corner, and where every place would, it is left
out (the map shows it while the stakeholder is selected; the table and the tooltip always
have it). The map works in scene units, where names and circles keep their size at every
zoom, so one layout serves all zooms; the exported image in its own units. Either way y grows
downwards.

Relation labels go first, each somewhere along its arrow. Names follow, greedy in order of
importance (influence plus interest: the "engage closely" corner first), with a grid of
buckets so that each box is checked against its neighbours only: 500 stakeholders are placed
in a few milliseconds.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

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
Segment = tuple[tuple[float, float], tuple[float, float]]
"""An arrow from its start to its end."""


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


@dataclass(frozen=True)
class LineLabel:
    """A relation's label: its size and the part of its arrow between the two circles."""

    key: str
    start: tuple[float, float]
    end: tuple[float, float]
    width: float
    height: float


ALONG = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)
"""Where on its arrow a relation's label may sit, tried in this order (the middle first)."""


@dataclass
class MapLayout:
    """Where the texts of a map go."""

    names: dict[str, str | None]
    """Each stakeholder's name place (PLACES), None where it is left out."""
    labels: dict[str, Box]
    """Each relation label's box."""
    crowded: set[str] = field(default_factory=set)
    """Relation labels that found no free place and sit in the middle of their arrow over
    something else (a printed map leaves them out; the paper's table lists every relation)."""


def lay_out(
    nodes: Sequence[NameBox],
    lines: Sequence[LineLabel] = (),
    area: Box | None = None,
    arrows: Sequence[Segment] = (),
) -> MapLayout:
    """Relation labels first, each at the first point along its arrow that covers no circle
    and no label before it (else in the middle: a relation's label is never dropped); then the
    names, clear of circles, labels and each other and inside ``area``, most important first,
    or left out. A name goes where no arrow crosses it if there is such a place."""
    sizes = [max(n.width, n.height, 2 * n.radius) for n in nodes]
    sizes += [max(line.width, line.height) for line in lines]
    taken = _Occupancy(max(sizes, default=1.0))
    for node in nodes:
        r = node.radius
        taken.add(node.key, (node.x - r, node.y - r, node.x + r, node.y + r))
    labels: dict[str, Box] = {}
    crowded: set[str] = set()
    for line in lines:
        (x0, y0), (x1, y1) = line.start, line.end
        spots = [
            _centred(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, line.width, line.height) for t in ALONG
        ]
        box = next((spot for spot in spots if taken.free(spot)), None)
        if box is None:
            crowded.add(line.key)
            box = spots[0]
        taken.add(line.key, box)
        labels[line.key] = box
    crossing = _Arrows(arrows, taken.size)
    names: dict[str, str | None] = {}
    for node in sorted(nodes, key=lambda n: (-n.importance, n.key)):
        chosen: tuple[str, Box] | None = None
        for place in PLACES:
            box = name_box(node, place)
            if (area is None or _inside(box, area)) and taken.free(box, node.key):
                if not crossing.cross(box):
                    chosen = (place, box)
                    break
                chosen = chosen or (place, box)  # crossed by an arrow: if nothing better
        names[node.key] = chosen[0] if chosen else None
        if chosen is not None:
            taken.add(node.key, chosen[1])
    return MapLayout(names, labels, crowded)


class _Occupancy:
    """Boxes already on the map, in grid buckets about a text wide: each box lies in a few
    buckets and is checked against the few boxes there, not against all of them."""

    def __init__(self, size: float) -> None:
        self.size = size
        self.boxes: dict[tuple[int, int], list[tuple[str, Box]]] = defaultdict(list)

    def add(self, owner: str, box: Box) -> None:
        for bucket in _buckets(box, self.size):
            self.boxes[bucket].append((owner, box))

    def free(self, box: Box, owner: str = "") -> bool:
        """Whether ``box`` overlaps nothing but ``owner``'s own boxes."""
        return not any(
            other_owner != owner and _overlap(box, other)
            for bucket in _buckets(box, self.size)
            for other_owner, other in self.boxes[bucket]
        )


class _Arrows:
    """The map's arrows in grid buckets: which ones may cross a box is asked of a few."""

    def __init__(self, arrows: Sequence[Segment], size: float) -> None:
        self.size = size
        self.buckets: dict[tuple[int, int], list[Segment]] = defaultdict(list)
        for arrow in arrows:
            (x0, y0), (x1, y1) = arrow
            steps = max(1, int(math.hypot(x1 - x0, y1 - y0) / (size / 2)))
            seen = set()
            for step in range(steps + 1):
                t = step / steps
                bucket = (int((x0 + (x1 - x0) * t) // size), int((y0 + (y1 - y0) * t) // size))
                if bucket not in seen:
                    seen.add(bucket)
                    self.buckets[bucket].append(arrow)

    def cross(self, box: Box) -> bool:
        """Whether an arrow runs through ``box``."""
        return any(
            _crosses(arrow, box)
            for bucket in _buckets(box, self.size)
            for arrow in self.buckets.get(bucket, ())
        )


def _crosses(arrow: Segment, box: Box) -> bool:
    """Whether a segment meets a box (Liang–Barsky clipping)."""
    (x0, y0), (x1, y1) = arrow
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - box[0]), (dx, box[2] - x0), (-dy, y0 - box[1]), (dy, box[3] - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def _centred(x: float, y: float, width: float, height: float) -> Box:
    return (x - width / 2, y - height / 2, x + width / 2, y + height / 2)


def _buckets(box: Box, size: float) -> Iterator[tuple[int, int]]:
    left, top, right, bottom = (int(v // size) for v in box)
    for column in range(left, right + 1):
        for row in range(top, bottom + 1):
            yield column, row


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(box: Box, area: Box) -> bool:
    return area[0] <= box[0] and area[1] <= box[1] and box[2] <= area[2] and box[3] <= area[3]
