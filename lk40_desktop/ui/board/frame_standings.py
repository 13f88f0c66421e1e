"""The frames' standings on the canvas — each frame's dots and place, the mark of a frame whose
cards became one proposal — and when an edit patched into the board can change them.

Counting the standings goes over every card of the board; with 5,000 cards that made each
captured card about a millisecond slower. An edit is counted again only when it can change a
frame's total, its place or its mark (``recounts``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lk40_desktop.services.board.data import BoardData
from lk40_desktop.services.board.standings import cluster_standings, promoted_clusters
from lk40_desktop.ui.board.items import CardItem, ClusterItem

Counted = dict[str, tuple[str, int]]
"""Card id → (its frame, its dots): what the standings take from a card."""


def counted(cards: Mapping[str, CardItem], card_ids: Iterable[str]) -> Counted:
    """What the standings and proposal marks take from these cards as the scene shows them:
    the frame each lies in and its dots (a card outside any frame, or not shown, adds none)."""
    taken: Counted = {}
    for card_id in card_ids:
        item = cards.get(card_id)
        if item is not None and item.row.cluster_id is not None:
            taken[card_id] = (item.row.cluster_id, item.row.votes)
    return taken


def recounts(
    before: BoardData,
    before_counted: Counted,
    after: BoardData,
    after_counted: Counted,
    touched_clusters: set[str],
) -> bool:
    """Whether a patch of the board can change a frame's dots, place or mark: frames edited
    (made, moved to another board, deleted), a touched card that entered or left a frame or
    whose dots changed there, a round's counts hidden or shown, other proposals. A card
    captured into the inbox changes none of them."""
    return (
        bool(touched_clusters)
        or before_counted != after_counted
        or before.hides_counts != after.hides_counts
        or before.promoted != after.promoted
    )


def show(data: BoardData, frames: Mapping[str, ClusterItem]) -> None:
    """Each frame's dots and place on its board (none while a blind round hides counts), and
    the mark of a frame whose cards became one proposal."""
    standings = {} if data.hides_counts else cluster_standings(data)
    marked = promoted_clusters(data)
    for cluster_id, frame in frames.items():
        standing = standings.get(cluster_id)
        frame.set_standing(
            standing if standing is not None and standing.dots else None,
            marked.get(cluster_id, ()),
        )
