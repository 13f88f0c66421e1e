"""The influence/interest grid (Mendelow matrix): scale, quadrants, snapping of dragged values,
fanning out of stakeholders that share a point, and how attitudes and groups are drawn.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from enum import StrEnum
from typing import Literal

from lk40_desktop.services.stakeholders.data import StakeholderData, StakeholderRow

SCALE_MIN, SCALE_MAX, SCALE_STEP = 1.0, 5.0, 0.5


MIDPOINT = 3.0
"""Values at or above the midpoint count as high influence/interest."""


UNGROUPED_COLOR = "#9e9e9e"


class Quadrant(StrEnum):
    """The four fields of the influence/interest grid (Mendelow matrix)."""

    MANAGE_CLOSELY = "manage_closely"
    KEEP_SATISFIED = "keep_satisfied"
    KEEP_INFORMED = "keep_informed"
    MONITOR = "monitor"


def quadrant(influence: float, interest: float) -> Quadrant:
    """The grid field of a stakeholder."""
    high_influence, high_interest = influence >= MIDPOINT, interest >= MIDPOINT
    if high_influence:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


def snap(value: float) -> float:
    """Clamp a dragged value to the scale and round it to the scale's step."""
    clamped = min(SCALE_MAX, max(SCALE_MIN, value))
    return round(clamped / SCALE_STEP) * SCALE_STEP


SPREAD_RADIUS = 0.2
"""How far (in scale units) stakeholders sharing one point are moved apart on the map."""


def spread_offsets(rows: Sequence[StakeholderRow]) -> dict[str, tuple[float, float]]:
    """Offsets (interest, influence) that fan out stakeholders sharing the same point.

    Deterministic (by name, then id), so the map looks the same every time; a lone
    stakeholder sits exactly on its values.
    """
    by_point: dict[tuple[float, float], list[StakeholderRow]] = defaultdict(list)
    for row in rows:
        by_point[(row.interest, row.influence)].append(row)
    offsets: dict[str, tuple[float, float]] = {}
    for members in by_point.values():
        members.sort(key=lambda member: (member.name, member.id))
        if len(members) == 1:
            offsets[members[0].id] = (0.0, 0.0)
            continue
        radius = SPREAD_RADIUS * (1 + len(members) / 12)
        for index, member in enumerate(members):
            angle = 2 * math.pi * index / len(members) + math.pi / 4
            offsets[member.id] = (radius * math.cos(angle), radius * math.sin(angle))
    return offsets


ATTITUDE_SYMBOLS = {"supporter": "+", "neutral": "○", "critic": "–"}


ATTITUDE_COLORS = {"supporter": "#2e7d32", "neutral": "#757575", "critic": "#c62828"}


def group_color(data: StakeholderData, row: StakeholderRow) -> str:
    """The fill colour of a stakeholder's node."""
    group = data.group(row.group_id)
    return group.color if group else UNGROUPED_COLOR


LineStyle = Literal["solid", "dashed", "dotted", "dashdot", "dashdotdot"]
LINE_STYLES: tuple[LineStyle, ...] = ("solid", "dashed", "dotted", "dashdot", "dashdotdot")
"""How relation kinds differ besides their colour (for readers who cannot tell red from
green, and for black-and-white print): by their place in the list of kinds, repeating."""


def relation_style(data: StakeholderData, kind_id: str | None) -> LineStyle:
    """The line style of a relation's kind (solid for no kind)."""
    for index, kind in enumerate(data.kinds):
        if kind.id == kind_id:
            return LINE_STYLES[index % len(LINE_STYLES)]
    return "solid"
