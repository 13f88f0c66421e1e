"""Where there is room on a board: whether an area holds cards or frames, and where the board
ends on the right. Read with a few range queries, so forming a cluster on a board of 5,000
cards does not read the board."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import Session

from lk40_desktop.services.board.layout import CARD_HEIGHT, CARD_WIDTH, Box
from lk40_desktop.store.models import Cluster, Idea
from lk40_desktop.store.queries import live_columns


def _overlapping(x: Any, y: Any, width: Any, height: Any, box: Box) -> tuple[Any, ...]:
    """The conditions under which a rectangle (columns or numbers) overlaps ``box``."""
    left, top, box_width, box_height = box
    return (x < left + box_width, x + width > left, y < top + box_height, y + height > top)


def cards_in(session: Session, field_id: str, box: Box, exclude: Collection[str] = ()) -> bool:
    """Whether a card of the field (other than ``exclude``) overlaps ``box``."""
    found = session.execute(
        live_columns(Idea, Idea.id)
        .where(
            Idea.action_field_id == field_id,
            *_overlapping(Idea.x, Idea.y, CARD_WIDTH, CARD_HEIGHT, box),
        )
        .limit(len(exclude) + 1)
    )
    return any(card_id not in exclude for (card_id,) in found)


def frames_in(session: Session, field_id: str, box: Box) -> bool:
    """Whether a cluster frame of the field overlaps ``box``."""
    found = session.scalar(
        live_columns(Cluster, Cluster.id)
        .where(
            Cluster.action_field_id == field_id,
            *_overlapping(Cluster.x, Cluster.y, Cluster.width, Cluster.height, box),
        )
        .limit(1)
    )
    return found is not None


def right_edge(session: Session, field_id: str) -> float:
    """Where the field's board ends on the right (its cards and frames); 0 when empty."""
    cards = session.scalar(
        live_columns(Idea, func.max(Idea.x)).where(Idea.action_field_id == field_id)
    )
    frames = session.scalar(
        live_columns(Cluster, func.max(Cluster.x + Cluster.width)).where(
            Cluster.action_field_id == field_id
        )
    )
    edges = [e for e in (None if cards is None else cards + CARD_WIDTH, frames) if e is not None]
    return max(edges, default=0.0)
