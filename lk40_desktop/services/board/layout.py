"""Where cards go on a board: the inbox of new cards, frames around cards, tidy grids, the area
a board covers, and the lanes of the overview of all boards. Plain numbers in scene units,
shared by the screen, the image, the demo and the operations of ``operations.board``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lk40_desktop.services.board.data import BoardData, CardRow, ClusterRow

CARD_WIDTH, CARD_HEIGHT, CARD_GAP = 200.0, 110.0, 20.0
"""Scene units of a card (the demo and every layout here use the same grid)."""


CLUSTER_PADDING = 40.0
"""Room around the cards inside a cluster frame; the top band holds the cluster's name."""

Box = tuple[float, float, float, float]
"""(left, top, width, height) of an area on a board."""


INBOX_ROWS = 8
"""New cards fill columns of this many cards to the right of everything on the board."""


def free_spots(
    cards: Sequence[CardRow], clusters: Sequence[ClusterRow], count: int
) -> list[tuple[float, float]]:
    """Where ``count`` new cards go on a board of these cards and frames (``inbox_spots``)."""
    right = max((c.x + c.width for c in clusters), default=None)
    loose = [(c.x, c.y) for c in cards if c.cluster_id is None]
    return inbox_spots(right, loose, count)


def inbox_spots(
    frames_right: float | None, loose: Iterable[tuple[float, float]], count: int
) -> list[tuple[float, float]]:
    """Where ``count`` new cards go: an inbox of columns right of the cluster frames (whose
    right edge is ``frames_right``, None without frames), filled top to bottom, skipping
    spots where a loose card already lies. A facilitator finds the new cards together and
    drags them into clusters from there."""
    left = 0.0 if frames_right is None else frames_right + CARD_GAP * 3
    step_x, step_y = CARD_WIDTH + CARD_GAP, CARD_HEIGHT + CARD_GAP
    taken = {
        (round((x - left) / step_x), round(y / step_y))
        for x, y in loose
        if x >= left - CARD_WIDTH / 2
    }
    spots: list[tuple[float, float]] = []
    slot = 0
    while len(spots) < count:
        column, row = divmod(slot, INBOX_ROWS)
        if (column, row) not in taken:
            spots.append((left + column * step_x, row * step_y))
        slot += 1
    return spots


def extent(
    cards: Sequence[CardRow], clusters: Sequence[ClusterRow]
) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) of the area the cards and frames cover; None when there are
    none. Plain numbers: on a board of 5,000 cards this is asked at every open and fit."""
    if not cards and not clusters:
        return None
    xs = [c.x for c in cards]
    ys = [c.y for c in cards]
    lefts = [c.x for c in clusters]
    tops = [c.y for c in clusters]
    rights = [c.x + c.width for c in clusters]
    bottoms = [c.y + c.height for c in clusters]
    if cards:
        lefts.append(min(xs))
        tops.append(min(ys))
        rights.append(max(xs) + CARD_WIDTH)
        bottoms.append(max(ys) + CARD_HEIGHT)
    return min(lefts), min(tops), max(rights), max(bottoms)


def capture_lines(text: str) -> list[str]:
    """A pasted block becomes one card per non-empty line; a single line stays one card."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def cluster_of(clusters: Iterable[ClusterRow], x: float, y: float) -> str | None:
    """The cluster whose frame holds a card placed at (x, y) (its top-left corner)."""
    centre_x, centre_y = x + CARD_WIDTH / 2, y + CARD_HEIGHT / 2
    inside = [c for c in clusters if c.contains(centre_x, centre_y)]
    return min(inside, key=lambda c: c.width * c.height).id if inside else None


def tidy(
    cards: Sequence[CardRow], left: float, top: float, columns: int
) -> dict[str, tuple[float, float]]:
    """Cards in reading order (by their current position) on a grid from (left, top)."""
    ordered = sorted(cards, key=lambda c: (round(c.y / (CARD_HEIGHT / 2)), c.x))
    step_x, step_y = CARD_WIDTH + CARD_GAP, CARD_HEIGHT + CARD_GAP
    return {
        card.id: (left + (n % columns) * step_x, top + (n // columns) * step_y)
        for n, card in enumerate(ordered)
    }


def frame_around(cards: Sequence[CardRow]) -> Box:
    """(x, y, width, height) of a cluster frame that holds the cards with padding."""
    return frame_around_places([(c.x, c.y) for c in cards])


def frame_around_places(places: Sequence[tuple[float, float]]) -> Box:
    """(x, y, width, height) of a cluster frame that holds cards at these places."""
    left = min(x for x, _ in places) - CLUSTER_PADDING / 2
    top = min(y for _, y in places) - CLUSTER_PADDING
    right = max(x for x, _ in places) + CARD_WIDTH + CLUSTER_PADDING / 2
    bottom = max(y for _, y in places) + CARD_HEIGHT + CLUSTER_PADDING / 2
    return left, top, right - left, bottom - top


def gathered(cards: Sequence[CardRow], left: float, top: float) -> dict[str, tuple[float, float]]:
    """Cards brought together on a roughly square grid whose first card lies at (left, top),
    in their reading order: scattered cards that are to form one cluster."""
    return tidy(cards, left, top, grid_columns(len(cards)))


def tidy_cluster(cluster: ClusterRow, cards: Sequence[CardRow]) -> dict[str, tuple[float, float]]:
    """A cluster's cards on a grid as wide as the frame allows."""
    columns = max(1, int((cluster.width - CLUSTER_PADDING / 2) // (CARD_WIDTH + CARD_GAP)))
    return tidy(cards, cluster.x + CLUSTER_PADDING / 2, cluster.y + CLUSTER_PADDING, columns)


def fit_frame(cluster: ClusterRow, positions: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """(width, height) the frame needs so that it holds cards at ``positions``."""
    points = list(positions)
    if not points:
        return cluster.width, cluster.height
    right = max(x for x, _ in points) + CARD_WIDTH + CLUSTER_PADDING / 2
    bottom = max(y for _, y in points) + CARD_HEIGHT + CLUSTER_PADDING / 2
    return max(cluster.width, right - cluster.x), max(cluster.height, bottom - cluster.y)


def grid_columns(count: int) -> int:
    """Columns of a roughly square grid of ``count`` cards (for a new cluster)."""
    return max(1, math.ceil(math.sqrt(count)))


LANE_GAP = 160.0
LANE_HEADER = 90.0
"""Room above each action field's lane in the overview for its name."""
LANE_COLUMNS = 3


@dataclass(frozen=True)
class Lane:
    """One action field's board in the overview of all boards."""

    field_id: str
    label: str
    """The field's name and its number of cards."""
    color: str
    offset: tuple[float, float]
    """Where the field's board coordinates start in the overview."""
    area: tuple[float, float, float, float]
    """(left, top, width, height) of the lane, its name band on top."""


def lanes(data: BoardData) -> list[Lane]:
    """The fields' boards (those with cards or frames) in rows of ``LANE_COLUMNS``, each under
    its name, so that all of them fit a landscape screen."""
    cards: dict[str, list[CardRow]] = defaultdict(list)
    clusters: dict[str, list[ClusterRow]] = defaultdict(list)
    for card in data.cards:
        cards[card.field_id].append(card)
    for cluster in data.clusters:
        clusters[cluster.field_id].append(cluster)
    boxes = [
        (field, box)
        for field in data.fields
        if (box := extent(cards[field.id], clusters[field.id])) is not None
    ]
    result: list[Lane] = []
    top = 0.0
    for start in range(0, len(boxes), LANE_COLUMNS):
        row = boxes[start : start + LANE_COLUMNS]
        left = 0.0
        for field, (x, y, right, bottom) in row:
            width, height = right - x, bottom - y
            result.append(
                Lane(
                    field.id,
                    f"{field.name} ({field.cards})",
                    field.color,
                    (left - x, top + LANE_HEADER - y),
                    (left - 40, top, width + 80, height + LANE_HEADER),
                )
            )
            left += width + LANE_GAP
        top += max(bottom - y for _f, (_x, y, _r, bottom) in row) + LANE_HEADER + LANE_GAP
    return result
