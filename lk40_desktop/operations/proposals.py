"""Edits of project proposals and their profiles (Steckbrief): create, promote cards or a
cluster to a proposal linked to its cards, and the rest of a proposal's life."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, create
from lk40_desktop.services.board.data import CardRow, cluster_members, read_cards, read_clusters
from lk40_desktop.services.board.voting import sorted_by_votes
from lk40_desktop.store.models import Proposal, new_id
from lk40_desktop.store.queries import next_position

TITLE_LENGTH = 200
"""Characters of a card's first line a promoted proposal's title keeps."""


def create_proposal(session: Session, values: dict[str, Any], card_ids: Sequence[str] = ()) -> Edit:
    """A proposal placed last, linked to the cards it came from (if any)."""
    proposal_id = new_id()
    row = {**values, "position": next_position(session, Proposal)}
    links = {new_id(): {"proposal_id": proposal_id, "idea_id": card} for card in card_ids}
    return Edit(
        [create("proposal", {proposal_id: row}), create("proposal_idea", links)],
        created=[proposal_id],
    )


def promote_to_proposal(
    session: Session, card_ids: Sequence[str], cluster_id: str | None = None
) -> Edit:
    """Make a proposal of cards, or of a cluster's cards: the title from the cluster or the
    best-voted card, the goal from the cards' texts, linked to every card."""
    clusters = [] if cluster_id is None else read_clusters(session, [cluster_id])
    cards = (
        cluster_members(session, [clusters[0].id]) if clusters else read_cards(session, card_ids)
    )
    if not cards:
        return Edit()
    return create_proposal(
        session,
        proposal_values(cards, clusters[0].name if clusters else ""),
        [card.id for card in cards],
    )


def proposal_values(cards: Sequence[CardRow], cluster_name: str = "") -> dict[str, Any]:
    """The profile a proposal starts with when cards (or a cluster) are promoted."""
    best = sorted_by_votes(cards)
    title = cluster_name or (best[0].text.splitlines()[0] if best else "")
    lines = [f"– {c.text}" + (f": {c.details}" if c.details else "") for c in best]
    return {
        "action_field_id": cards[0].field_id if cards else None,
        "title": title[:TITLE_LENGTH],
        "goal": "\n".join(lines) if len(cards) > 1 else (best[0].details if best else ""),
    }
