"""Where cards go on a board: the inbox of new cards, frames around cards, tidy grids, the area
a board covers. Plain numbers in scene units, shared by the screen, the image and the demo.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from lk40_desktop.services.board.data import CardRow, ClusterRow

CARD_WIDTH, CARD_HEIGHT, CARD_GAP = 200.0, 110.0, 20.0
"""Scene units of a card (the demo and every layout here use the same grid)."""


CLUSTER_PADDING = 40.0
"""Room around the cards inside a cluster frame; the top band holds the cluster's name."""


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


def frame_around(cards: Sequence[CardRow]) -> tuple[float, float, float, float]:
    """(x, y, width, height) of a cluster frame that holds the cards with padding."""
    left = min(c.x for c in cards) - CLUSTER_PADDING / 2
    top = min(c.y for c in cards) - CLUSTER_PADDING
    right = max(c.x for c in cards) + CARD_WIDTH + CLUSTER_PADDING / 2
    bottom = max(c.y for c in cards) + CARD_HEIGHT + CLUSTER_PADDING / 2
    return left, top, right - left, bottom - top


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
