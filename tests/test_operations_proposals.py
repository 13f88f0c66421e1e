"""Operations on proposals, without Qt: what promoting cards creates and what undo takes back."""

from __future__ import annotations

from sqlalchemy import select

from lk40_desktop.operations.edit import perform, revert
from lk40_desktop.operations.proposals import promote_to_proposal
from lk40_desktop.services.board.data import load_board
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import Proposal, ProposalIdea
from lk40_desktop.store.queries import live


def test_promoting_a_cluster_links_every_card_and_undo_removes_it(
    demo_document: WorkshopDocument,
) -> None:
    with demo_document.reading() as session:
        board = load_board(session)
        cluster = board.clusters[0]
        members = {c.id for c in board.cards if c.cluster_id == cluster.id}
        before = len(list(session.scalars(live(Proposal))))
    edit = perform(demo_document, lambda s: promote_to_proposal(s, [], cluster.id))
    (proposal_id,) = edit.created
    with demo_document.reading() as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None and proposal.title == cluster.name
        assert proposal.action_field_id == cluster.field_id
        linked = set(
            session.scalars(
                select(ProposalIdea.idea_id).where(ProposalIdea.proposal_id == proposal_id)
            )
        )
        assert linked == members and len(members) > 1
        assert len(list(session.scalars(live(Proposal)))) == before + 1
    revert(demo_document, edit)
    with demo_document.reading() as session:
        assert len(list(session.scalars(live(Proposal)))) == before
        assert not list(
            session.scalars(live(ProposalIdea).where(ProposalIdea.proposal_id == proposal_id))
        )


def test_promoting_single_cards_takes_the_best_voted_title(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        cards = sorted(load_board(session).cards, key=lambda c: -c.votes)[:3]
    edit = perform(demo_document, lambda s: promote_to_proposal(s, [c.id for c in cards[::-1]]))
    with demo_document.reading() as session:
        proposal = session.get(Proposal, edit.created[0])
        assert proposal is not None
        assert proposal.title == cards[0].text.splitlines()[0]
        assert all(c.text in proposal.goal for c in cards)


def test_promoting_nothing_or_deleted_cards_is_no_edit(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        assert not promote_to_proposal(session, ["no-such-card"])
        assert not promote_to_proposal(session, [], "no-such-cluster")
