"""The rules of dot voting (Punktabfrage): each voter has a number of dots per board, a dot can
only be taken back where one lies, and cards are ordered by their dots. ``operations.board.vote``
applies these rules to the file; the voting bar shows how many dots a voter has placed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lk40_desktop.services.board.data import BoardData, CardRow, dots_per_voter
from lk40_desktop.store.models import Idea, Vote
from lk40_desktop.store.queries import live_columns


@dataclass(frozen=True)
class Ballot:
    """What the rules need to know to give or take back one voter's dot on one card."""

    card_id: str
    voter: str
    vote_id: str | None
    """The voter's vote row on the card, if there is one."""
    dots: int
    """The voter's dots on the card."""
    used: int
    """The voter's dots on all cards of the card's board."""
    allowed: int
    """Dots per voter and board."""


def read_ballot(session: Session, card_id: str, voter: str) -> Ballot | None:
    """One voter's dots on a card and on its board, read from the file; None when the card
    does not exist (any more). Reads only that voter's votes of that board."""
    field_id = session.scalar(live_columns(Idea, Idea.action_field_id).where(Idea.id == card_id))
    if field_id is None:
        return None
    board = live_columns(Idea, Idea.id).where(Idea.action_field_id == field_id)
    vote_id, dots, used = None, 0, 0
    for row_id, idea_id, row_dots in session.execute(
        live_columns(Vote, Vote.id, Vote.idea_id, Vote.dots).where(
            Vote.voter == voter, Vote.idea_id.in_(board)
        )
    ):
        used += row_dots
        if idea_id == card_id:
            vote_id, dots = row_id, row_dots
    return Ballot(card_id, voter, vote_id, dots, used, dots_per_voter(session))


def dots_after(ballot: Ballot, delta: int) -> int | None:
    """The voter's dots on the card after giving (+1) or taking back (−1) one; None when the
    rules do not allow it. Each voter has ``allowed`` dots per board; the anonymous voter ""
    (dots counted off the wall) has no limit; only a placed dot can be taken back."""
    if delta < 0:
        return ballot.dots - 1 if ballot.dots else None
    if ballot.voter and ballot.used >= ballot.allowed:
        return None
    return ballot.dots + 1


def dots_used(data: BoardData, voter: str, field_id: str) -> int:
    """Dots one voter has placed on the cards of one action field (the voting bar's count)."""
    fields = {card.id: card.field_id for card in data.cards}
    return sum(v.dots for v in data.votes if v.voter == voter and fields.get(v.idea_id) == field_id)


def sorted_by_votes(cards: Sequence[CardRow]) -> list[CardRow]:
    """Most dots first; ties in reading order."""
    return sorted(cards, key=lambda c: (-c.votes, c.y, c.x))
