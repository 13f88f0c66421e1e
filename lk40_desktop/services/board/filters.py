"""Search and filter of a board's cards (the bar above board and list)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lk40_desktop.services.board.data import CardRow
from lk40_desktop.services.origins import origin_matches


@dataclass(frozen=True)
class CardFilter:
    """The search and filter bar of a board; an empty filter lets every card through."""

    text: str = ""
    tag: str = ""
    workshop_id: str = ""
    author_group: str = ""
    min_votes: int = 0
    origin: str = ""
    """A breakout group's name, ``origins.HERE`` (typed in this file) or "" (any)."""

    def active(self) -> bool:
        """Whether the filter hides anything."""
        return self != CardFilter()

    def matches(self, card: CardRow) -> bool:
        """Whether a card passes (text search is case-insensitive in text, details, tags)."""
        if self.text:
            needle = self.text.casefold()
            haystack = f"{card.text}\n{card.details}\n{card.tags}\n{card.author_group}"
            if needle not in haystack.casefold():
                return False
        if self.tag and self.tag.casefold() not in (t.casefold() for t in card.tag_list()):
            return False
        if self.workshop_id and card.workshop_id != self.workshop_id:
            return False
        if self.author_group and card.author_group != self.author_group:
            return False
        if not origin_matches(self.origin, card.origin):
            return False
        return card.votes >= self.min_votes


def tags_of(cards: Iterable[CardRow]) -> list[str]:
    """Every tag used on the cards, sorted."""
    return sorted({tag for card in cards for tag in card.tag_list()}, key=str.casefold)


def author_groups_of(cards: Iterable[CardRow]) -> list[str]:
    """Every author group named on the cards, sorted."""
    return sorted({c.author_group for c in cards if c.author_group}, key=str.casefold)
