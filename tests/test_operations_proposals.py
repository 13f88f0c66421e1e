"""Operations on proposals, without Qt: what promoting cards creates, what editing a profile,
its dependencies and source cards changes, what deleting takes along, and what undo takes back."""

from __future__ import annotations

from collections.abc import Collection

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.proposals import (
    delete_proposals,
    promote_to_proposal,
    set_dependency,
    unlink_card,
    update_proposal,
)
from lk40_desktop.services.board.data import load_board, read_cards
from lk40_desktop.services.proposals import (
    card_links_of,
    dependencies,
    dependencies_touching,
    load_profile,
    proposal_list,
)
from lk40_desktop.services.scoring.scores import scores_of
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import Base, Proposal, ProposalDependency, ProposalIdea, Score
from lk40_desktop.store.queries import live, live_columns


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


def _live_ids(session: Session, model: type[Base], ids: Collection[str]) -> set[str]:
    return set(session.scalars(live_columns(model, model.id).where(model.id.in_(ids))))


def _two_proposals(document: WorkshopDocument) -> tuple[str, str]:
    with document.reading() as session:
        first, second = proposal_list(session)[:2]
    return first.id, second.id


def test_updating_a_profile_and_undo(demo_document: WorkshopDocument) -> None:
    proposal_id, _other = _two_proposals(demo_document)
    with demo_document.reading() as session:
        before = load_profile(session, proposal_id)
    assert before is not None
    values = {"title": "Ladepark Kreishaus", "cost_estimate_eur": 250_000.0, "quick_win": True}
    edit = perform(demo_document, lambda s: update_proposal(s, proposal_id, values))
    with demo_document.reading() as session:
        after = load_profile(session, proposal_id)
        assert after is not None
        assert (after.title, after.cost_estimate_eur, after.quick_win) == (
            "Ladepark Kreishaus",
            250_000.0,
            True,
        )
        assert after.goal == before.goal, "fields not named keep their value"
    revert(demo_document, edit)
    with demo_document.reading() as session:
        assert load_profile(session, proposal_id) == before


def test_a_profile_refuses_an_empty_title_and_a_negative_cost(
    demo_document: WorkshopDocument,
) -> None:
    proposal_id, _other = _two_proposals(demo_document)
    with demo_document.reading() as session:
        for values, refusal in (
            ({"title": "  "}, Refusal.EMPTY_TEXT),
            ({"cost_estimate_eur": -1.0}, Refusal.NEGATIVE_COST),
        ):
            with pytest.raises(EditRefusedError) as refused:
                update_proposal(session, proposal_id, values)
            assert refused.value.refusal is refusal
        profile = load_profile(session, proposal_id)
        assert profile is not None
        assert not update_proposal(session, proposal_id, {"title": profile.title}), "no change"
        assert update_proposal(session, proposal_id, {"cost_estimate_eur": None})


def test_setting_and_clearing_a_dependency(demo_document: WorkshopDocument) -> None:
    first, second = _two_proposals(demo_document)
    added = perform(demo_document, lambda s: set_dependency(s, first, second, True))
    with demo_document.reading() as session:
        profile = load_profile(session, first)
        assert profile is not None and profile.links.depends_on == {second}
        assert not set_dependency(session, first, second, True), "already depends"
        assert not set_dependency(session, first, first, True), "not on itself"
        assert not set_dependency(session, second, first, False), "nothing to clear"
    cleared = perform(demo_document, lambda s: set_dependency(s, first, second, False))
    with demo_document.reading() as session:
        assert load_profile(session, first).links.depends_on == frozenset()  # type: ignore[union-attr]
    revert(demo_document, cleared)
    with demo_document.reading() as session:
        assert load_profile(session, first).links.depends_on == {second}  # type: ignore[union-attr]
    revert(demo_document, added)
    with demo_document.reading() as session:
        assert dependencies(session, first, second) == []


def test_unlinking_a_card_keeps_the_card(demo_document: WorkshopDocument) -> None:
    proposal_id, _other = _two_proposals(demo_document)
    with demo_document.reading() as session:
        links = load_profile(session, proposal_id).links.cards  # type: ignore[union-attr]
    assert len(links) == 2
    link = links[0]
    edit = perform(demo_document, lambda s: unlink_card(s, link.link_id))
    with demo_document.reading() as session:
        assert load_profile(session, proposal_id).links.cards == links[1:]  # type: ignore[union-attr]
        assert [card.id for card in read_cards(session, [link.card_id])] == [link.card_id]
        assert not unlink_card(session, link.link_id), "a removed link is no edit"
    revert(demo_document, edit)
    with demo_document.reading() as session:
        assert load_profile(session, proposal_id).links.cards == links  # type: ignore[union-attr]


def test_deleting_proposals_takes_their_links_dependencies_and_scores(
    demo_document: WorkshopDocument,
) -> None:
    doomed, other = _two_proposals(demo_document)
    with demo_document.reading() as session:
        third = proposal_list(session)[2].id
    for proposal, needs in ((doomed, other), (third, doomed), (other, third)):
        perform(demo_document, lambda s, p=proposal, n=needs: set_dependency(s, p, n, True))
    with demo_document.reading() as session:
        links = card_links_of(session, [doomed])
        both_ways = dependencies_touching(session, [doomed])
        kept = dependencies(session, other, third)
        scores = scores_of(session, proposal_ids=[doomed])
        others_scores = scores_of(session, proposal_ids=[other])
    assert len(links) == 2 and len(both_ways) == 2 and len(kept) == 1 and len(scores) > 20

    edit = perform(demo_document, lambda s: delete_proposals(s, [doomed, "no-such-proposal"]))
    with demo_document.reading() as session:
        assert load_profile(session, doomed) is None
        assert doomed not in {row.id for row in proposal_list(session)}
        assert not _live_ids(session, ProposalIdea, links)
        assert not _live_ids(session, ProposalDependency, both_ways)
        assert not _live_ids(session, Score, scores)
        assert _live_ids(session, ProposalDependency, kept) == set(kept), "others' stay"
        assert _live_ids(session, Score, others_scores) == set(others_scores)
        assert not delete_proposals(session, [doomed]), "a deleted proposal is no edit"
    revert(demo_document, edit)
    with demo_document.reading() as session:
        assert load_profile(session, doomed) is not None
        assert _live_ids(session, ProposalIdea, links) == set(links)
        assert _live_ids(session, ProposalDependency, both_ways) == set(both_ways)
        assert _live_ids(session, Score, scores) == set(scores)


def test_the_proposal_list_of_one_field(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        everything = proposal_list(session)
        field_id = load_profile(session, everything[0].id).action_field_id  # type: ignore[union-attr]
        of_field = proposal_list(session, field_id)
        expected = list(
            session.scalars(
                live_columns(Proposal, Proposal.id)
                .where(Proposal.action_field_id == field_id)
                .order_by(Proposal.position)
            )
        )
    assert len(everything) == 19
    assert [row.id for row in of_field] == expected and 0 < len(expected) < 19
