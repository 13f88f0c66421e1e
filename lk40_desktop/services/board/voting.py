"""The rules of dot voting (Punktabfrage): dots per voter and board, what one more or one less dot
does to a card's vote row, and the order of cards by their dots.
"""

from __future__ import annotations

from collections.abc import Sequence

from lk40_desktop.services.board.data import BoardData, CardRow


class VoteRefusedError(ValueError):
    """A dot that the rules do not allow (no dots left, or none to take back)."""


def dots_used(data: BoardData, voter: str, field_id: str) -> int:
    """Dots one voter has placed on the cards of one action field."""
    fields = {card.id: card.field_id for card in data.cards}
    return sum(v.dots for v in data.votes if v.voter == voter and fields.get(v.idea_id) == field_id)


def vote_change(data: BoardData, card: CardRow, voter: str, delta: int) -> tuple[str, int]:
    """What adding (+1) or removing (-1) a dot of ``voter`` does to the card's vote row:
    ("create" | "set" | "delete", new dots). Each voter has ``dots_per_voter`` dots per
    board; the anonymous voter "" (dots counted off the wall) has no limit."""
    row = data.vote(card.id, voter)
    current = row.dots if row else 0
    if delta < 0:
        if current == 0:
            raise VoteRefusedError("no dot to take back")
        return ("delete", 0) if current == 1 else ("set", current - 1)
    if voter and dots_used(data, voter, card.field_id) >= data.dots_per_voter:
        raise VoteRefusedError("no dots left")
    return ("set", current + 1) if row else ("create", 1)


def sorted_by_votes(cards: Sequence[CardRow]) -> list[CardRow]:
    """Most dots first; ties in reading order."""
    return sorted(cards, key=lambda c: (-c.votes, c.y, c.x))
