"""Edits of the voting rounds (Abstimmungsrunden), named for what a facilitator does: begin a
round, change it while it is open, close it (for a blind round: reveal its counts), open it
again, give or take back a dot (``vote``), and type the dots counted off a paper pinboard
(``tally``). Every dot is one Vote row naming its round, created and tombstoned, never edited.

The rules: a closed round takes no dots and no changes; a round without a dot cannot be closed;
a blind round once revealed cannot be opened again (the room saw the counts); a tally is a
whole number from 0 to ``TALLY_MAX``. Each is refused with a reason, nothing written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import (
    Edit,
    EditRefusedError,
    Refusal,
    change,
    create,
    delete,
    refuse_empty,
)
from lk40_desktop.services.board.data import read_cards
from lk40_desktop.services.board.rounds import (
    DEFAULT_DOTS,
    TALLY_MAX,
    RoundRow,
    load_rounds,
    paper_dots,
    read_round,
    round_dots,
)
from lk40_desktop.services.board.voting import may_vote, read_ballot
from lk40_desktop.services.project import current_workshop
from lk40_desktop.store.models import RoundState, VoterMode, VoteRound, Workshop, new_id
from lk40_desktop.store.queries import live_columns, next_position

ROUND_FIELDS = frozenset({"name", "dots_per_person", "voter_mode", "voter_count", "blind"})
"""What may change while a round is open."""


def start_round(
    session: Session,
    name: str,
    *,
    blind: bool = False,
    voter_mode: VoterMode = VoterMode.NUMBERED,
) -> Edit:
    """A new open round of tonight's workshop (``services.project.current_workshop``), after
    every round held: with the last round's dots per person (``DEFAULT_DOTS`` for the first)
    and, for numbered voters, as many as the workshop has participants. ``created`` is its id."""
    refuse_empty({"name": name}, "name")
    rounds = load_rounds(session)
    workshop_id = current_workshop(session)
    people = (
        session.scalar(
            live_columns(Workshop, Workshop.participant_count).where(Workshop.id == workshop_id)
        )
        if workshop_id
        else None
    )
    round_id = new_id()
    row = {
        "name": name,
        "workshop_id": workshop_id,
        "dots_per_person": rounds[-1].dots_per_person if rounds else DEFAULT_DOTS,
        "voter_mode": voter_mode.value,
        "voter_count": int(people or 0),
        "blind": blind,
        "state": RoundState.OPEN.value,
        "position": next_position(session, VoteRound),
    }
    return Edit([create("vote_round", {round_id: row})], created=[round_id])


def _open_round(session: Session, round_id: str | None) -> RoundRow:
    """The round, refused when there is none or it is closed."""
    found = read_round(session, round_id)
    if found is None:
        raise EditRefusedError(Refusal.NO_ROUND)
    if not found.open:
        raise EditRefusedError(Refusal.ROUND_CLOSED, found.name)
    return found


def update_round(session: Session, round_id: str, values: Mapping[str, Any]) -> Edit:
    """Name, dots per person, voters (numbered, by group or by name: naming voters is a choice
    made here on purpose) or blindness of an open round; a closed round is history and
    refused, as are an empty name and fewer than one dot per person."""
    unknown = set(values) - ROUND_FIELDS
    if unknown:
        raise ValueError(f"a round's {sorted(unknown)} are not changed this way")
    _open_round(session, round_id)
    refuse_empty(values, "name")
    if "voter_mode" in values:
        VoterMode(values["voter_mode"])  # a mode the app does not know is a ValueError
    if "dots_per_person" in values and int(values["dots_per_person"]) < 1:
        raise ValueError(f"each voter needs at least one dot, not {values['dots_per_person']}")
    return Edit([change(session, "vote_round", {round_id: dict(values)})])


def close_round(session: Session, round_id: str) -> Edit:
    """Close a round: it takes no more dots, and a blind round shows its counts ("Aufdecken").
    A round without a dot is refused (``EMPTY_ROUND``): closing it would report nothing."""
    _open_round(session, round_id)
    if not round_dots(session, round_id):
        raise EditRefusedError(Refusal.EMPTY_ROUND)
    return Edit([change(session, "vote_round", {round_id: {"state": RoundState.CLOSED.value}})])


def reopen_round(session: Session, round_id: str) -> Edit:
    """Open a closed round again for late dots; its dots stay. A blind round that was
    revealed is refused (``REVEALED``): the room has seen the counts."""
    found = read_round(session, round_id)
    if found is None:
        raise EditRefusedError(Refusal.NO_ROUND)
    if found.open:
        return Edit()
    if found.blind:
        raise EditRefusedError(Refusal.REVEALED, found.name)
    return Edit([change(session, "vote_round", {round_id: {"state": RoundState.OPEN.value}})])


def vote(session: Session, round_id: str | None, card_id: str, voter: str, delta: int) -> Edit:
    """Give (``delta`` +1) or take back (−1) one of ``voter``'s dots on a card in an open
    round, by the rules of ``services.board.voting``: refused when the voter has no dots left
    on this board (``NO_DOTS_LEFT``, the detail names the voter) or none on this card to take
    back; a dot given is a new row, a dot taken back the voter's latest row tombstoned. In a
    round of numbered voters (the default) a name is refused (``NAMED_VOTER``): nobody's name
    reaches the file unless the round is for named voters on purpose."""
    if delta not in (1, -1):
        raise ValueError(f"a vote gives or takes one dot, not {delta}")
    found = _open_round(session, round_id)
    if found.numbered and voter and not voter.isdigit():
        raise EditRefusedError(Refusal.NAMED_VOTER, voter)
    ballot = read_ballot(session, found.id, found.dots_per_person, card_id, voter)
    if ballot is None:
        return Edit()
    if not may_vote(ballot, delta):
        if delta < 0:
            raise EditRefusedError(Refusal.NO_DOT_TO_TAKE_BACK)
        raise EditRefusedError(Refusal.NO_DOTS_LEFT, voter)
    if delta < 0:
        return Edit([delete("vote", [ballot.dot_ids[-1]])])
    row = {"idea_id": card_id, "voter": voter, "round_id": found.id}
    return Edit([create("vote", {new_id(): row})])


def parse_tally(typed: str) -> int:
    """The dots a facilitator typed for one card: a whole number from 0 to ``TALLY_MAX``,
    else refused (``BAD_TALLY``, the detail is what was typed)."""
    text = typed.strip()
    if not text.isdigit() or int(text) > TALLY_MAX:
        raise EditRefusedError(Refusal.BAD_TALLY, text)
    return int(text)


def tally(session: Session, round_id: str | None, card_id: str, typed: str) -> Edit:
    """The dots counted off a paper pinboard for one card in an open round: the card's dots
    of voter "" become exactly that many (new rows, or the newest tombstoned). Successive
    tallies of one board in one round are one undo step (``merge_key``)."""
    count = parse_tally(typed)
    found = _open_round(session, round_id)
    cards = read_cards(session, [card_id])
    if not cards:
        return Edit()
    present = paper_dots(session, found.id, card_id)
    key = ("tally", found.id, cards[0].field_id)
    if count < len(present):
        return Edit([delete("vote", present[count:])], merge_key=key)
    added = {
        new_id(): {"idea_id": card_id, "voter": "", "round_id": found.id}
        for _dot in range(count - len(present))
    }
    return Edit([create("vote", added)], merge_key=key)
