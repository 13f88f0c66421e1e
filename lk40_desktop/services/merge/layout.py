"""Where a group's new cards go on this file's boards: the cards the group left loose (not in a
cluster) would lie on the spots this file's own new cards took, so each action field gets a
frame named after the group below everything on its board, with the group's cards in it in
their reading order. Cards the group put into clusters keep their clusters."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from lk40_desktop.services.board.layout import (
    CARD_GAP,
    CARD_HEIGHT,
    CARD_WIDTH,
    frame_around_places,
    grid_columns,
)
from lk40_desktop.services.merge.rules import TOMBSTONE
from lk40_desktop.services.merge.snapshot import Row, Snapshot
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import new_id

FRAME_GAP = CARD_GAP * 4
"""Room between a board's content and a group's frame below it."""
FRAME_COLOR = "#e8f0fb"
"""A pale blue: the group's frame stands out from the grey ones typed here."""


def _bottom_left(rows: Iterable[Row], field_id: str) -> tuple[float, float] | None:
    """(left, bottom) of the live cards and frames of one field."""
    lefts, bottoms = [], []
    for row in rows:
        if row[TOMBSTONE] is not None or row["action_field_id"] != field_id:
            continue
        lefts.append(float(row["x"]))
        bottoms.append(float(row["y"]) + float(row.get("height") or CARD_HEIGHT))
    return (min(lefts), max(bottoms)) if lefts else None


def group_frames(
    mine: Snapshot, added: Mapping[EntityKind, Mapping[str, Row]], group: str, now: str
) -> tuple[dict[str, Row], dict[str, Row]]:
    """New cluster rows (by a new id) and the new places of the group's loose new cards (by
    card id: x, y, cluster_id) — one frame per action field that has such cards."""
    loose: dict[str, list[tuple[str, Row]]] = defaultdict(list)
    for card_id, row in added.get("idea", {}).items():
        if row[TOMBSTONE] is None and row["cluster_id"] is None:
            loose[str(row["action_field_id"])].append((card_id, row))
    frames: dict[str, Row] = {}
    places: dict[str, Row] = {}
    for field_id, cards in sorted(loose.items()):
        content = [*mine.get("idea", {}).values(), *mine.get("cluster", {}).values()]
        corner = _bottom_left([*content, *added.get("cluster", {}).values()], field_id)
        left, top = (0.0, 0.0) if corner is None else (corner[0], corner[1] + FRAME_GAP)
        cards.sort(key=lambda item: (round(float(item[1]["y"]) / (CARD_HEIGHT / 2)), item[1]["x"]))
        columns = grid_columns(len(cards))
        step_x, step_y = CARD_WIDTH + CARD_GAP, CARD_HEIGHT + CARD_GAP
        spots = [
            (left + (n % columns) * step_x, top + FRAME_GAP + (n // columns) * step_y)
            for n in range(len(cards))
        ]
        x, y, width, height = frame_around_places(spots)
        frame_id = new_id()
        frames[frame_id] = {
            "action_field_id": field_id,
            "name": group,
            "color": FRAME_COLOR,
            "x": x,
            "y": y,
            "width": width,
            "height": height,
            "created_at": now,
            "modified_at": now,
            "deleted_at": None,
        }
        for (card_id, _row), (card_x, card_y) in zip(cards, spots, strict=True):
            places[card_id] = {"x": card_x, "y": card_y, "cluster_id": frame_id}
    return frames, places
