"""The rules of dot voting (Punktabfrage): each voter has a round's dots per person on each
board, a dot can only be taken back where one lies, and cards are ordered by their dots.
``operations.board.vote`` applies these rules to the file; the voting bar shows how many dots
a voter has placed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lk40_desktop.services.board.data import BoardData, CardRow
from lk40_desktop.store.models import Idea, Vote
from lk40_desktop.store.queries import live_columns


@dataclass(frozen=True)
class Ballot:
    """What the rules need to know to give or take back one voter's dot on one card."""

    card_id: str
    voter: str
    dot_ids: tuple[str, ...]
    """The voter's dots on the card in the round, oldest first."""
    used: int
    """The voter's dots on all cards of the card's board in the round."""
    allowed: int
    """Dots per person and board in the round."""


def read_ballot(
    session: Session, round_id: str, allowed: int, card_id: str, voter: str
) -> Ballot | None:
    """One voter's dots in a round on a card and on its board, read from the file; None when
    the card does not exist (any more). Reads only that voter's dots of that board."""
    field_id = session.scalar(live_columns(Idea, Idea.action_field_id).where(Idea.id == card_id))
    if field_id is None:
        return None
    board = live_columns(Idea, Idea.id).where(Idea.action_field_id == field_id)
    mine: list[str] = []
    used = 0
    for row_id, idea_id in session.execute(
        live_columns(Vote, Vote.id, Vote.idea_id)
        .where(Vote.voter == voter, Vote.round_id == round_id, Vote.idea_id.in_(board))
        .order_by(Vote.created_at, Vote.id)
    ):
        used += 1
        if idea_id == card_id:
            mine.append(row_id)
    return Ballot(card_id, voter, tuple(mine), used, allowed)


def may_vote(ballot: Ballot, delta: int) -> bool:
    """Whether the voter may give (+1) or take back (−1) a dot on the card. Each voter has
    ``allowed`` dots per board; the anonymous voter "" (dots counted off the wall) has no
    limit; only a placed dot can be taken back."""
    if delta < 0:
        return bool(ballot.dot_ids)
    return not ballot.voter or ballot.used < ballot.allowed


def dots_used(data: BoardData, voter: str, field_id: str) -> int:
    """Dots one voter has placed on the cards of one action field (the voting bar's count)."""
    fields = {card.id: card.field_id for card in data.cards}
    return sum(1 for v in data.votes if v.voter == voter and fields.get(v.idea_id) == field_id)


def sorted_by_votes(cards: Sequence[CardRow]) -> list[CardRow]:
    """Most dots first; ties in reading order."""
    return sorted(cards, key=lambda c: (-c.votes, c.y, c.x))
