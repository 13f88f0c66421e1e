"""Which card an arrow key leads to, so cards can be picked without a mouse, and which comes
next in reading order (a tally goes card by card the way a reader meets them)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from lk40_desktop.services.board.data import CardRow, ClusterRow


def frame_order(frame: ClusterRow) -> tuple[int, float, float]:
    """A frame's place in reading order: top to bottom, left to right, frames whose tops are
    within a card's height counting as one row."""
    return round(frame.y / 100), frame.x, frame.y


def reading_order(cards: Sequence[CardRow], clusters: Sequence[ClusterRow]) -> list[str]:
    """Card ids as a reader meets them: frame by frame in ``frame_order``, each frame's cards
    top to bottom and left to right, then the loose cards likewise."""
    rank = {c.id: index for index, c in enumerate(sorted(clusters, key=frame_order))}
    return [
        card.id
        for card in sorted(cards, key=lambda c: (rank.get(c.cluster_id or "", len(rank)), c.y, c.x))
    ]


def next_card(order: Sequence[str], card_id: str) -> str | None:
    """The card after ``card_id`` in ``order`` (None after the last, or for an unknown id)."""
    try:
        index = order.index(card_id)
    except ValueError:
        return None
    return order[index + 1] if index + 1 < len(order) else None


def card_in_direction(
    centres: Iterable[tuple[str, float, float]], origin: tuple[float, float], dx: int, dy: int
) -> str | None:
    """The card an arrow key goes to from ``origin`` (``dx``, ``dy``: one of them ±1, the other
    0): the nearest centre that way, where distance across the direction counts double, so
    the next card in the same row wins over a nearer one in the next row. Cards more than
    about 70° aside do not count: Right never means "straight down"."""
    best: str | None = None
    best_cost = math.inf
    for card_id, x, y in centres:
        along = (x - origin[0]) * dx + (y - origin[1]) * dy
        across = abs((x - origin[0]) * dy) + abs((y - origin[1]) * dx)
        if along > 0 and across <= 3 * along and along + 2 * across < best_cost:
            best, best_cost = card_id, along + 2 * across
    return best
