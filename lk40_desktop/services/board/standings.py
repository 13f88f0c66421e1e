"""Where the room's dots put each cluster and each card on its board (Rangfolge): the total of
a cluster's cards and its place among the board's clusters, a card's place among the board's
cards, and which clusters became a proposal — for the round the board shows. Places are
shared on a tie and the next one skipped ("1, 2, 2, 4"), as a facilitator reads a poster."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from lk40_desktop.services.board.data import BoardData, CardRow


@dataclass(frozen=True)
class Standing:
    """A cluster's or card's dots and its place on its board (1 = most dots)."""

    dots: int
    place: int


def places(totals: dict[str, int]) -> dict[str, int]:
    """Competition ranking of ids by their totals, most first; ties share a place."""
    ranked = sorted(totals.values(), reverse=True)
    first: dict[int, int] = {}
    for index, total in enumerate(ranked):
        first.setdefault(total, index + 1)
    return {key: first[total] for key, total in totals.items()}


def _by_board(ids_and_fields: Iterable[tuple[str, str]], dots: dict[str, int]) -> dict[str, int]:
    """Places within each action field's board (the overview shows several at once)."""
    boards: dict[str, dict[str, int]] = defaultdict(dict)
    for key, field_id in ids_and_fields:
        boards[field_id][key] = dots[key]
    return {key: place for board in boards.values() for key, place in places(board).items()}


def cluster_standings(data: BoardData) -> dict[str, Standing]:
    """Each cluster's dots (its cards', in the round shown) and its place on its board."""
    dots = {cluster.id: 0 for cluster in data.clusters}
    for card in data.cards:
        if card.cluster_id in dots:
            dots[card.cluster_id] += card.votes
    ranked = _by_board(((c.id, c.field_id) for c in data.clusters), dots)
    return {key: Standing(total, ranked[key]) for key, total in dots.items()}


def card_standings(cards: Iterable[CardRow]) -> dict[str, Standing]:
    """Each card's dots and its place among the cards of its board."""
    shown = list(cards)
    dots = {card.id: card.votes for card in shown}
    ranked = _by_board(((c.id, c.field_id) for c in shown), dots)
    return {key: Standing(dots[key], ranked[key]) for key in dots}


def promoted_clusters(data: BoardData) -> dict[str, tuple[str, ...]]:
    """Cluster id → the proposals all of its cards became (a cluster promoted as a whole);
    a cluster with a card that is in none of them is not marked."""
    promoted = data.promoted
    if not promoted:  # no card became a proposal: the usual board, read on every edit
        return {}
    members: dict[str, list[CardRow]] = defaultdict(list)
    for card in data.cards:
        if card.cluster_id is not None:
            members[card.cluster_id].append(card)
    marked: dict[str, tuple[str, ...]] = {}
    for cluster_id, cards in members.items():
        common = set(promoted.get(cards[0].id, ()))
        for card in cards[1:]:
            if not common:
                break
            common &= set(promoted.get(card.id, ()))
        if common:
            marked[cluster_id] = tuple(t for t in promoted[cards[0].id] if t in common)
    return marked
