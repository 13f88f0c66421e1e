"""Voting rounds (Abstimmungsrunden) read from the file: each round's name, workshop, dots per
person, voters, blind flag and state, and what the rules of ``operations.rounds`` ask: a
round's dots, the dots of closed rounds on cards about to be deleted, the next numbered voter.
Each dot is one Vote row naming its round (revision 0004), so a round's count is a count of
rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.orm import Session

from lk40_desktop.store.models import Idea, RoundState, Vote, VoterMode, VoteRound
from lk40_desktop.store.queries import live_columns

DEFAULT_DOTS = 5
"""Dots per person of the first round of a project (later rounds take the last one's)."""
TALLY_MAX = 999
"""The most dots a tally may put on one card: 40 people with 20 dots each stay below it, a
slip of the finger (10,000) does not."""

ROUND_COLUMNS = (
    VoteRound.id,
    VoteRound.name,
    VoteRound.workshop_id,
    VoteRound.dots_per_person,
    VoteRound.voter_mode,
    VoteRound.voter_count,
    VoteRound.blind,
    VoteRound.state,
    VoteRound.position,
)


ANONYMOUS = VoterMode.NUMBERED.value
"""The voter mode of a new round: numbered people, no names (privacy by default)."""
VOTER_MODES = tuple(mode.value for mode in VoterMode)
"""Numbered, by group, by name: the ways a round knows its voters, in the order offered."""


@dataclass(frozen=True)
class RoundRow:
    """One voting round as the voting bar, the board and the paper see it."""

    id: str
    name: str
    workshop_id: str | None
    dots_per_person: int
    voter_mode: str
    voter_count: int
    blind: bool
    state: str
    position: int

    @property
    def open(self) -> bool:
        """Whether the round still takes dots."""
        return self.state == RoundState.OPEN.value

    @property
    def numbered(self) -> bool:
        """Whether the voters are anonymous people by number (the default)."""
        return self.voter_mode == VoterMode.NUMBERED.value

    @property
    def hides_counts(self) -> bool:
        """A blind round hides every count while it is open; closing it reveals them."""
        return self.blind and self.open


def load_rounds(session: Session) -> list[RoundRow]:
    """Every live round, in the order they were held."""
    query = live_columns(VoteRound, *ROUND_COLUMNS).order_by(
        VoteRound.position, VoteRound.created_at
    )
    return [RoundRow(*row) for row in session.execute(query)]


def read_round(session: Session, round_id: str | None) -> RoundRow | None:
    """One live round by id (None when there is none)."""
    if round_id is None:
        return None
    row = session.execute(
        live_columns(VoteRound, *ROUND_COLUMNS).where(VoteRound.id == round_id)
    ).first()
    return RoundRow(*row) if row is not None else None


def round_dots(session: Session, round_id: str) -> int:
    """The round's dots on live cards."""
    return int(
        session.scalar(
            live_columns(Vote, func.count()).where(
                Vote.round_id == round_id, Vote.idea_id.in_(live_columns(Idea, Idea.id))
            )
        )
        or 0
    )


def closed_dots_on(session: Session, card_ids: Sequence[str]) -> int:
    """Dots of closed rounds on these cards: deleting them asks first, since the cards leave
    the boards while the round's history keeps the dots."""
    if not card_ids:
        return 0
    closed = live_columns(VoteRound, VoteRound.id).where(VoteRound.state == RoundState.CLOSED.value)
    return int(
        session.scalar(
            live_columns(Vote, func.count()).where(
                Vote.idea_id.in_(list(card_ids)), Vote.round_id.in_(closed)
            )
        )
        or 0
    )


def paper_dots(session: Session, round_id: str, card_id: str) -> list[str]:
    """The ids of a card's dots counted off a paper pinboard in a round (voter ""), oldest
    first: what a tally replaces."""
    return list(
        session.scalars(
            live_columns(Vote, Vote.id)
            .where(Vote.round_id == round_id, Vote.idea_id == card_id, Vote.voter == "")
            .order_by(Vote.created_at, Vote.id)
        )
    )


def shown_round(
    rounds: Sequence[RoundRow], wanted: str | None, workshop_id: str | None
) -> str | None:
    """The round a board shows: the one chosen while it exists, else the latest open round of
    tonight's workshop, else the latest open round, else the latest round (None: no rounds)."""
    if any(r.id == wanted for r in rounds):
        return wanted
    tonight = [r for r in rounds if r.open and r.workshop_id == workshop_id and workshop_id]
    for choice in (tonight, [r for r in rounds if r.open], list(rounds)):
        if choice:
            return choice[-1].id
    return None
