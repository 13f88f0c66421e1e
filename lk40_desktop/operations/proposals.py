"""Edits of project proposals and their profiles (Steckbrief): create, promote cards or a
cluster to a proposal linked to its cards, and the rest of a proposal's life (its profile,
its dependencies, its source cards, its deletion with everything that hangs on it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import (
    Edit,
    EditRefusedError,
    Refusal,
    change,
    create,
    delete,
)
from lk40_desktop.operations.strategy import check_profile
from lk40_desktop.services.board.data import CardRow, cluster_members, read_cards, read_clusters
from lk40_desktop.services.board.voting import sorted_by_votes
from lk40_desktop.services.proposals import (
    card_links,
    card_links_of,
    dependencies,
    dependencies_touching,
    live_proposals,
)
from lk40_desktop.services.scoring.scores import scores_of
from lk40_desktop.services.strategy import goal_links, next_numbers, number_of
from lk40_desktop.store.models import MeasureStatus, Proposal, new_id
from lk40_desktop.store.queries import next_position

TITLE_LENGTH = 200
"""Characters of a card's first line a promoted proposal's title keeps."""


def create_proposal(session: Session, values: dict[str, Any], card_ids: Sequence[str] = ()) -> Edit:
    """A proposal placed last, linked to the cards it came from (if any), with the next
    measure number of its action field."""
    proposal_id = new_id()
    number = next_numbers(session, [(proposal_id, values.get("action_field_id"))])
    row = {**values, "position": next_position(session, Proposal)}
    if proposal_id in number and not values.get("number"):
        row["number"] = number[proposal_id]
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


def update_proposal(session: Session, proposal_id: str, values: Mapping[str, Any]) -> Edit:
    """Change fields of a proposal's profile; fields that keep their value are left out.
    Refused: an empty title (a proposal must be named in the paper), a negative amount, a
    start quarter that is not "2027-Q2" (``operations.strategy.check_profile``). A measure
    that moves to another field keeps its number, and one without gets its new field's."""
    if "title" in values and not str(values["title"]).strip():
        raise EditRefusedError(Refusal.EMPTY_TEXT)
    check_profile(values)
    if "status" in values and values["status"] not in set(MeasureStatus):
        raise ValueError(f"no status {values['status']!r}")
    values = dict(values)
    if values.get("action_field_id") and "number" not in values:
        given = next_numbers(session, [(proposal_id, values["action_field_id"])])
        if not number_of(session, proposal_id) and proposal_id in given:
            values["number"] = given[proposal_id]
    return Edit([change(session, "proposal", {proposal_id: values})])


def set_dependency(session: Session, proposal_id: str, other_id: str, depends: bool) -> Edit:
    """Say whether a proposal needs another one realised first; no edit when that is already
    so, or for a proposal and itself."""
    if proposal_id == other_id:
        return Edit()
    existing = dependencies(session, proposal_id, other_id)
    if not depends:
        return Edit([delete("proposal_dependency", existing)])
    if existing:
        return Edit()
    key = new_id()
    return Edit(
        [
            create(
                "proposal_dependency",
                {key: {"proposal_id": proposal_id, "depends_on_id": other_id}},
            )
        ],
        created=[key],
    )


def unlink_card(session: Session, link_id: str) -> Edit:
    """Detach a source card from its proposal; the card stays on its board."""
    return Edit([delete("proposal_idea", card_links(session, [link_id]))])


def delete_proposals(session: Session, ids: Sequence[str]) -> Edit:
    """Delete proposals with their links to source cards and to field goals, the dependencies
    in both directions and their scores, so that nothing live points at a deleted proposal;
    undo brings all back."""
    doomed = live_proposals(session, ids)
    goals = [link for link, _p, _g in goal_links(session, proposal_ids=doomed)] if doomed else []
    return Edit(
        [
            delete("proposal", doomed),
            delete("proposal_idea", card_links_of(session, doomed)),
            delete("proposal_goal", goals),
            delete("proposal_dependency", dependencies_touching(session, doomed)),
            delete("score", scores_of(session, proposal_ids=doomed)),
        ]
    )
