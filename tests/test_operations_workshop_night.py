"""The workshop night's operations, without Qt: tonight's workshop, voting rounds with their
dots as rows, blind rounds, tallies from paper pinboards."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from lk40_desktop.operations.board import capture_cards, delete_cards
from lk40_desktop.operations.edit import Edit, EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.overview import delete_workshops, set_current_workshop
from lk40_desktop.operations.rounds import (
    close_round,
    reopen_round,
    start_round,
    tally,
    update_round,
    vote,
)
from lk40_desktop.operations.stakeholders import add_stakeholder
from lk40_desktop.services.board.data import BoardData, load_board
from lk40_desktop.services.board.rounds import closed_dots_on, load_rounds
from lk40_desktop.services.project import action_fields, current_workshop, workshops
from lk40_desktop.services.report import build_report
from lk40_desktop.services.stakeholders.data import load
from lk40_desktop.store import schema
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import Idea, Vote
from lk40_desktop.store.queries import live
from tests.helpers.old_files import file_at


def _tonight(document: WorkshopDocument) -> str:
    """The demo's last workshop, made tonight's."""
    with document.reading() as session:
        workshop_id = workshops(session)[-1].id
    perform(document, lambda s: set_current_workshop(s, workshop_id))
    return workshop_id


def _first_field(document: WorkshopDocument) -> str:
    with document.reading() as session:
        return action_fields(session)[0].id


def test_captured_cards_and_new_stakeholders_go_to_tonights_workshop(
    demo_document: WorkshopDocument,
) -> None:
    field_id = _first_field(demo_document)
    untold = perform(demo_document, lambda s: capture_cards(s, field_id, [{"text": "Vorher"}]))
    tonight = _tonight(demo_document)
    with demo_document.reading() as session:
        assert current_workshop(session) == tonight
    cards = perform(
        demo_document,
        lambda s: capture_cards(s, field_id, [{"text": "Heute"}, {"text": "Auch heute"}]),
    )
    guest = perform(demo_document, lambda s: add_stakeholder(s, "Gast aus Nord", None))
    with demo_document.reading() as session:
        filed = dict(
            session.execute(
                select(Idea.id, Idea.workshop_id).where(Idea.id.in_(untold.created + cards.created))
            ).all()
        )
        people = {s.id: s for s in load(session).stakeholders}
    assert filed[untold.created[0]] is None, "before a workshop was chosen"
    assert [filed[c] for c in cards.created] == [tonight, tonight]
    assert people[guest.created[0]].workshop_ids == {tonight}
    revert(demo_document, guest)
    with demo_document.reading() as session:
        assert guest.created[0] not in {s.id for s in load(session).stakeholders}


def test_tonights_workshop_is_undoable_and_gone_with_its_workshop(
    demo_document: WorkshopDocument,
) -> None:
    with demo_document.reading() as session:
        assert current_workshop(session) is None
    tonight = _tonight(demo_document)
    none = perform(demo_document, lambda s: set_current_workshop(s, None))
    with demo_document.reading() as session:
        assert current_workshop(session) is None
    revert(demo_document, none)
    perform(demo_document, lambda s: delete_workshops(s, [tonight]))
    with demo_document.reading() as session:
        assert current_workshop(session) is None, "a deleted workshop is not tonight's"
    with pytest.raises(ValueError, match="no workshop"):
        perform(demo_document, lambda s: set_current_workshop(s, tonight))


def _round(document: WorkshopDocument, name: str = "Runde 1", *, blind: bool = False) -> str:
    (round_id,) = perform(document, lambda s: start_round(s, name, blind=blind)).created
    return round_id


def _shown(document: WorkshopDocument, round_id: str | None) -> BoardData:
    field_id = _first_field(document)
    with document.reading() as session:
        return load_board(session, field_id, round_id)


def _refused(document: WorkshopDocument, build: Callable[[Session], Edit]) -> EditRefusedError:
    with pytest.raises(EditRefusedError) as refused:
        perform(document, build)
    return refused.value


def test_a_round_of_tonights_workshop_takes_dots_as_rows_within_the_limit(
    demo_document: WorkshopDocument,
) -> None:
    tonight = _tonight(demo_document)
    round_id = _round(demo_document)
    with demo_document.reading() as session:
        (row,) = [r for r in load_rounds(session) if r.id == round_id]
    assert (row.workshop_id, row.voter_mode, row.state, row.blind) == (
        tonight,
        "numbered",
        "open",
        False,
    )
    with demo_document.reading() as session:
        people = workshops(session)[-1].participant_count
    assert row.voter_count == people and row.dots_per_person == 5, "the workshop's participants"
    perform(demo_document, lambda s: update_round(s, round_id, {"dots_per_person": 2}))
    board = _shown(demo_document, round_id)
    card, other = board.cards[0], board.cards[1]
    earlier = {c.id: c.votes for c in _shown(demo_document, None).cards}
    assert board.dots_per_voter == 2 and not board.votes, "a new round starts empty"
    first = perform(demo_document, lambda s: vote(s, round_id, card.id, "7", 1))
    second = perform(demo_document, lambda s: vote(s, round_id, other.id, "7", 1))
    refusal = _refused(demo_document, lambda s: vote(s, round_id, card.id, "7", 1))
    assert (refusal.refusal, refusal.detail) == (Refusal.NO_DOTS_LEFT, "7")
    for _ in range(3):
        perform(demo_document, lambda s: vote(s, round_id, card.id, "", 1))
    after = _shown(demo_document, round_id)
    assert after.dots_of(card.id, "7") == 1 and after.dots_of(card.id, "") == 3, "no limit"
    assert next(c for c in after.cards if c.id == card.id).votes == 4, "this round's dots"
    every = next(c for c in _shown(demo_document, None).cards if c.id == card.id)
    assert every.votes == earlier[card.id] + 4, "the exports count every round"
    taken = perform(demo_document, lambda s: vote(s, round_id, other.id, "7", -1))
    assert _shown(demo_document, round_id).dots_of(other.id, "7") == 0
    refusal = _refused(demo_document, lambda s: vote(s, round_id, other.id, "7", -1))
    assert refusal.refusal is Refusal.NO_DOT_TO_TAKE_BACK
    for done in (taken, second, first):
        revert(demo_document, done)
    assert _shown(demo_document, round_id).dots_of(card.id, "7") == 0
    with demo_document.reading() as session:
        with pytest.raises(ValueError, match="one dot"):
            vote(session, round_id, card.id, "7", 2)
        assert _vote_rows(session, round_id) == 3, "each dot one row"


def _vote_rows(session: Session, round_id: str) -> int:
    return len(list(session.scalars(live(Vote).where(Vote.round_id == round_id))))


def test_closing_reopening_and_revealing_rounds(demo_document: WorkshopDocument) -> None:
    round_id = _round(demo_document)
    card = _shown(demo_document, round_id).cards[0]
    refusal = _refused(demo_document, lambda s: close_round(s, round_id))
    assert refusal.refusal is Refusal.EMPTY_ROUND, "a round with no votes stays open"
    perform(demo_document, lambda s: vote(s, round_id, card.id, "1", 1))
    perform(demo_document, lambda s: close_round(s, round_id))
    refusal = _refused(demo_document, lambda s: vote(s, round_id, card.id, "2", 1))
    assert (refusal.refusal, refusal.detail) == (Refusal.ROUND_CLOSED, "Runde 1")
    refusal = _refused(demo_document, lambda s: update_round(s, round_id, {"name": "Neu"}))
    assert refusal.refusal is Refusal.ROUND_CLOSED
    perform(demo_document, lambda s: reopen_round(s, round_id))
    perform(demo_document, lambda s: vote(s, round_id, card.id, "2", 1))
    assert _shown(demo_document, round_id).cards[0].votes == 2, "reopened, the dots are kept"
    blind = _round(demo_document, "Verdeckt", blind=True)
    assert _shown(demo_document, blind).hides_counts
    perform(demo_document, lambda s: vote(s, blind, card.id, "1", 1))
    revealed = perform(demo_document, lambda s: close_round(s, blind))
    assert not _shown(demo_document, blind).hides_counts, "Aufdecken shows the counts"
    refusal = _refused(demo_document, lambda s: reopen_round(s, blind))
    assert (refusal.refusal, refusal.detail) == (Refusal.REVEALED, "Verdeckt")
    revert(demo_document, revealed)
    assert _shown(demo_document, blind).hides_counts, "undo hides them again"
    with demo_document.reading() as session:
        assert [r.name for r in load_rounds(session)][-2:] == ["Runde 1", "Verdeckt"]


@pytest.mark.parametrize("typed", ["-3", "10000", "drei", "", "2.5"])
def test_a_bad_tally_is_refused_and_writes_nothing(
    demo_document: WorkshopDocument, typed: str
) -> None:
    round_id = _round(demo_document)
    card = _shown(demo_document, round_id).cards[0]
    refusal = _refused(demo_document, lambda s: tally(s, round_id, card.id, typed))
    assert (refusal.refusal, refusal.detail) == (Refusal.BAD_TALLY, typed.strip())
    assert not _shown(demo_document, round_id).votes


def test_tallies_set_a_cards_paper_dots_and_join_into_one_step(
    demo_document: WorkshopDocument,
) -> None:
    round_id = _round(demo_document)
    cards = _shown(demo_document, round_id).cards
    perform(demo_document, lambda s: vote(s, round_id, cards[0].id, "4", 1))
    first = perform(demo_document, lambda s: tally(s, round_id, cards[0].id, "12"))
    second = perform(demo_document, lambda s: tally(s, round_id, cards[1].id, " 3 "))
    fewer = perform(demo_document, lambda s: tally(s, round_id, cards[0].id, "5"))
    shown = _shown(demo_document, round_id)
    assert shown.dots_of(cards[0].id, "") == 5 and shown.dots_of(cards[0].id, "4") == 1
    assert shown.dots_of(cards[1].id, "") == 3 and len(shown.votes) == 9
    assert first.merge_key == second.merge_key == fewer.merge_key is not None
    assert first.absorb(second) and first.absorb(fewer), "one board's tally: one undo step"
    revert(demo_document, first)
    assert len(_shown(demo_document, round_id).votes) == 1, "only the clicked dot is left"
    with demo_document.reading() as session:
        assert not tally(session, round_id, cards[0].id, "0"), "none there, none to remove"


def test_deleted_cards_leave_their_dots_in_a_closed_round(
    demo_document: WorkshopDocument,
) -> None:
    board = _shown(demo_document, None)
    voted = next(c for c in board.cards if c.votes)
    with demo_document.reading() as session:
        assert closed_dots_on(session, [voted.id]) == voted.votes, "the demo's rounds are closed"
        rows = {r.id: _vote_rows(session, r.id) for r in load_rounds(session)}
    perform(demo_document, lambda s: delete_cards(s, [voted.id], []))
    with demo_document.reading() as session:
        assert {r.id: _vote_rows(session, r.id) for r in load_rounds(session)} == rows
        assert closed_dots_on(session, []) == 0


def test_a_file_of_the_previous_revision_has_its_counters_as_rows_in_rounds(
    demo_file: Path, tmp_path: Path
) -> None:
    """A real 0003 file: the demo's dots as counters per card and voter. Each counter
    becomes that many rows in one closed round per workshop, named after it; the paper's and
    workbook's totals are the same as before."""
    document = WorkshopDocument.open(demo_file)
    try:
        with document.reading() as session:
            before = build_report(session)
    finally:
        document.close()
    path = tmp_path / "alt.lk40"
    file_at(path, "0003_builtin_keys", demo_file)
    with sqlite3.connect(path) as connection:
        counters = connection.execute("SELECT sum(dots), max(dots) FROM vote").fetchone()
        connection.execute("UPDATE idea SET workshop_id = NULL WHERE rowid % 17 = 0")
        connection.execute(
            "INSERT INTO vote (id, idea_id, voter, dots, created_at, modified_at) "
            "SELECT 'zero', id, 'Niemand', 0, created_at, modified_at FROM idea LIMIT 1"
        )
        orphans = connection.execute(
            "SELECT coalesce(sum(dots), 0) FROM vote JOIN idea ON idea.id = vote.idea_id "
            "WHERE idea.workshop_id IS NULL"
        ).fetchone()[0]
    connection.close()
    assert counters[1] > 1, "the old file holds counters of several dots"
    document = WorkshopDocument.open(path)
    try:
        with document.reading() as session:
            after = build_report(session)
            rounds = load_rounds(session)
            rows = len(list(session.scalars(live(Vote))))
    finally:
        document.close()
    assert schema.current_revision_of(path) == schema.head_revision()
    assert rows == counters[0], "one row per dot; the counter of no dots is gone"
    assert [i.votes for i in after.ideas] == [i.votes for i in before.ideas]
    assert [(r.name, r.state) for r in rounds][:4] == [
        (r.name, "closed") for r in before.rounds[:4]
    ]
    assert rounds[-1].name == "" and orphans > 0, "the cards of no workshop: a round of their own"
    assert sum(r.dots for r in after.rounds) == sum(r.dots for r in before.rounds)
    assert all(r.voter_mode == "name" and r.dots_per_person == 5 for r in rounds)
