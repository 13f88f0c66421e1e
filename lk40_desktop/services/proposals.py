"""What the proposal list and the profile (Steckbrief) show, and which rows hang on a proposal:
its links to source cards and its dependencies in both directions.

Plain rows in plain columns, read by ids where an operation needs only a few, so that neither
a widget nor an operation writes a query of its own and none forgets the tombstones.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy.orm import Session

from lk40_desktop.services.origins import origin_column
from lk40_desktop.services.strategy import goal_links, goals
from lk40_desktop.store.models import (
    Idea,
    MeasureStatus,
    Proposal,
    ProposalDependency,
    ProposalIdea,
    TimeHorizon,
)
from lk40_desktop.store.queries import live_columns

TIME_HORIZONS: tuple[str, ...] = tuple(horizon.value for horizon in TimeHorizon)
"""The stored values of a proposal's time horizon, short to long."""
MEASURE_STATUSES: tuple[str, ...] = tuple(status.value for status in MeasureStatus)
"""The stored values of a measure's status, planned to stopped."""


@dataclass(frozen=True)
class ProposalListRow:
    """A proposal as the list beside the profile shows it."""

    id: str
    title: str
    time_horizon: str
    quick_win: bool
    origin: str
    """The breakout group whose file brought the proposal ("": typed in this file)."""


class CardLink(NamedTuple):
    """A source card of a proposal: the link (what unlinking removes) and the card it names."""

    link_id: str
    card_id: str
    text: str


class GoalChoice(NamedTuple):
    """A field goal a measure can work towards, and whether it is linked to it."""

    goal_id: str
    text: str
    linked: bool


@dataclass(frozen=True)
class ProfileLinks:
    """A proposal's links: source cards, the proposals it depends on, the goals it serves."""

    cards: list[CardLink]
    depends_on: frozenset[str]
    """Ids of the proposals this one depends on."""
    others: list[tuple[str, str]]
    """(id, title) of every other live proposal: what it could depend on."""
    goals: list[GoalChoice] = field(default_factory=list)
    """The goals of its action field (and goals of another field it is still linked to)."""


@dataclass(frozen=True)
class Profile:
    """The profile of one proposal with its links, as the editor fills its form."""

    id: str
    action_field_id: str | None
    title: str
    goal: str
    target_groups: str
    measures: str
    lead: str
    partners: str
    cost_estimate_eur: float | None
    time_horizon: str
    funding_programmes: str
    kpis: str
    quick_win: bool
    number: str
    problem: str
    effect: str
    own_share_eur: float | None
    grants_eur: float | None
    follow_up_eur: float | None
    staff_fte: float | None
    start_quarter: str
    milestones: str
    risks: str
    status: str
    links: ProfileLinks


_PROFILE_COLUMNS = (
    Proposal.id,
    Proposal.action_field_id,
    Proposal.title,
    Proposal.goal,
    Proposal.target_groups,
    Proposal.measures,
    Proposal.lead,
    Proposal.partners,
    Proposal.cost_estimate_eur,
    Proposal.time_horizon,
    Proposal.funding_programmes,
    Proposal.kpis,
    Proposal.quick_win,
    Proposal.number,
    Proposal.problem,
    Proposal.effect,
    Proposal.own_share_eur,
    Proposal.grants_eur,
    Proposal.follow_up_eur,
    Proposal.staff_fte,
    Proposal.start_quarter,
    Proposal.milestones,
    Proposal.risks,
    Proposal.status,
)
"""The columns of a Profile, in its order (the links are read separately)."""


def proposal_list(session: Session, field_id: str | None = None) -> list[ProposalListRow]:
    """The live proposals of one action field (all with None), in their order."""
    query = live_columns(
        Proposal,
        Proposal.id,
        Proposal.title,
        Proposal.time_horizon,
        Proposal.quick_win,
        origin_column(Proposal),
    ).order_by(Proposal.position, Proposal.title)
    if field_id is not None:
        query = query.where(Proposal.action_field_id == field_id)
    return [ProposalListRow(*row) for row in session.execute(query)]


def load_profile(session: Session, proposal_id: str) -> Profile | None:
    """One live proposal's profile with its links; None when it is deleted or unknown."""
    row = session.execute(
        live_columns(Proposal, *_PROFILE_COLUMNS).where(Proposal.id == proposal_id)
    ).first()
    if row is None:
        return None
    links = _links(session, proposal_id, row.action_field_id)
    return Profile(**row._asdict(), links=links)


def _goal_choices(session: Session, proposal_id: str, field_id: str | None) -> list[GoalChoice]:
    """The goals of the measure's field in their order, then linked goals of other fields (a
    measure that moved keeps its links until they are unticked)."""
    linked = {goal for _link, _p, goal in goal_links(session, proposal_ids=[proposal_id])}
    shown = goals(session, field_id) if field_id is not None else []
    others = [goal for goal in goals(session) if goal.id in linked and goal.field_id != field_id]
    return [GoalChoice(goal.id, goal.text, goal.id in linked) for goal in [*shown, *others]]


def _links(session: Session, proposal_id: str, field_id: str | None) -> ProfileLinks:
    links = session.execute(
        live_columns(ProposalIdea, ProposalIdea.id, ProposalIdea.idea_id)
        .where(ProposalIdea.proposal_id == proposal_id)
        .order_by(ProposalIdea.created_at, ProposalIdea.id)
    ).all()
    cards = live_columns(Idea, Idea.id, Idea.text).where(Idea.id.in_([c for _l, c in links]))
    texts: dict[str, str] = dict(session.execute(cards).all())
    depends_on = session.scalars(
        live_columns(ProposalDependency, ProposalDependency.depends_on_id).where(
            ProposalDependency.proposal_id == proposal_id
        )
    )
    return ProfileLinks(
        [CardLink(link, card, texts[card]) for link, card in links if card in texts],
        frozenset(depends_on),
        other_proposals(session, proposal_id),
        _goal_choices(session, proposal_id, field_id),
    )


def other_proposals(session: Session, proposal_id: str) -> list[tuple[str, str]]:
    """(id, title) of every live proposal but this one, in the list's order."""
    return [(row.id, row.title) for row in proposal_list(session) if row.id != proposal_id]


def live_proposals(session: Session, ids: Collection[str]) -> list[str]:
    """Which of these proposals are live (in no particular order)."""
    return list(session.scalars(live_columns(Proposal, Proposal.id).where(Proposal.id.in_(ids))))


def card_links(session: Session, link_ids: Collection[str]) -> list[str]:
    """Which of these card links are live."""
    return list(
        session.scalars(
            live_columns(ProposalIdea, ProposalIdea.id).where(ProposalIdea.id.in_(link_ids))
        )
    )


def card_links_of(session: Session, proposal_ids: Collection[str]) -> list[str]:
    """The live links of these proposals to their source cards."""
    return list(
        session.scalars(
            live_columns(ProposalIdea, ProposalIdea.id).where(
                ProposalIdea.proposal_id.in_(proposal_ids)
            )
        )
    )


def dependencies(session: Session, proposal_id: str, depends_on_id: str) -> list[str]:
    """The live rows that say one proposal depends on another (normally one, or none)."""
    return list(
        session.scalars(
            live_columns(ProposalDependency, ProposalDependency.id).where(
                ProposalDependency.proposal_id == proposal_id,
                ProposalDependency.depends_on_id == depends_on_id,
            )
        )
    )


def dependencies_touching(session: Session, proposal_ids: Collection[str]) -> list[str]:
    """The live dependencies in which any of these proposals takes part, on either side."""
    return list(
        session.scalars(
            live_columns(ProposalDependency, ProposalDependency.id).where(
                ProposalDependency.proposal_id.in_(proposal_ids)
                | ProposalDependency.depends_on_id.in_(proposal_ids)
            )
        )
    )
