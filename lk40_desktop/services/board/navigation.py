"""Which card an arrow key leads to, so cards can be picked without a mouse."""

from __future__ import annotations

import math
from collections.abc import Iterable


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
