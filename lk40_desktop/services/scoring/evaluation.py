"""Reads what the scoring matrix needs from a project: proposals (optionally of one action
field), criteria, raters and scores, as the plain arrays of ``services.scoring``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from sqlalchemy import func
from sqlalchemy.orm import Session

from lk40_desktop.services.project import action_fields
from lk40_desktop.services.scoring.arithmetic import Aggregation, CriterionSpec, ScoringInput
from lk40_desktop.services.scoring.criteria import load_criteria
from lk40_desktop.store.models import (
    Direction,
    Proposal,
    ProposalIdea,
    Rater,
    Score,
    Vote,
)
from lk40_desktop.store.queries import live, live_columns, setting_value

AGGREGATION_KEY = "scoring.aggregation"


@dataclass(frozen=True)
class ProposalInfo:
    """What the matrix and the portfolio show about a proposal besides its scores."""

    id: str
    title: str
    field_id: str | None
    field_name: str
    field_color: str
    cost_eur: float | None
    votes: int
    quick_win_flag: bool = False
    """The profile's quick-win flag (``services.scoring.portfolio`` decides what counts)."""


@dataclass(frozen=True)
class CriterionInfo:
    """A criterion with its name (the arithmetic only needs ``spec``)."""

    spec: CriterionSpec
    name: str


@dataclass
class Evaluation:
    """The scoring input plus the names and details the GUI and exports show."""

    proposals: list[ProposalInfo]
    criteria: list[CriterionInfo]
    raters: list[tuple[str, str]]
    """(id, name) in order."""
    input: ScoringInput


def load_evaluation(session: Session, field_id: str | None = None) -> Evaluation:
    """All live proposals (of one action field if given) with their scores."""
    fields = {f.id: f for f in action_fields(session)}
    query = live(Proposal).order_by(Proposal.position, Proposal.title)
    if field_id is not None:
        query = query.where(Proposal.action_field_id == field_id)
    proposals = list(session.scalars(query))
    votes = _votes_by_proposal(session)
    infos = [
        ProposalInfo(
            p.id,
            p.title,
            p.action_field_id,
            fields[p.action_field_id].name if p.action_field_id in fields else "",
            fields[p.action_field_id].color if p.action_field_id in fields else "#808080",
            p.cost_estimate_eur,
            votes.get(p.id, 0),
            p.quick_win,
        )
        for p in proposals
    ]
    criteria = [
        CriterionInfo(
            CriterionSpec(
                c.id,
                c.weight,
                c.scale_min,
                c.scale_max,
                c.direction == Direction.COST.value,
                c.portfolio_axis,
            ),
            c.name,
        )
        for c in load_criteria(session)
    ]
    rater_list = raters(session)
    p_index = {info.id: i for i, info in enumerate(infos)}
    c_index = {c.spec.id: i for i, c in enumerate(criteria)}
    r_index = {rater_id: i for i, (rater_id, _name) in enumerate(rater_list)}
    scores = np.full((len(infos), len(criteria), len(rater_list)), np.nan)
    cells = live_columns(Score, Score.proposal_id, Score.criterion_id, Score.rater_id, Score.value)
    for proposal, criterion, rater, value in session.execute(cells):
        if proposal in p_index and criterion in c_index and rater in r_index:
            scores[p_index[proposal], c_index[criterion], r_index[rater]] = value
    data = ScoringInput([i.id for i in infos], [c.spec for c in criteria], list(r_index), scores)
    return Evaluation(infos, criteria, rater_list, data)


def votes_by_idea(session: Session) -> dict[str, int]:
    """Dots per card from every voting round, one row each (cards without dots are absent)."""
    return {
        idea_id: int(total or 0)
        for idea_id, total in session.execute(
            live_columns(Vote, Vote.idea_id, func.count()).group_by(Vote.idea_id)
        )
    }


def raters(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the live raters, in their order."""
    return [
        (r.id, r.name) for r in session.scalars(live(Rater).order_by(Rater.position, Rater.name))
    ]


def _votes_by_proposal(session: Session) -> dict[str, int]:
    """Dots on the cards a proposal came from (a measure of the room's interest)."""
    dots = votes_by_idea(session)
    totals: dict[str, int] = defaultdict(int)
    links = live_columns(ProposalIdea, ProposalIdea.proposal_id, ProposalIdea.idea_id)
    for proposal_id, idea_id in session.execute(links):
        totals[proposal_id] += int(dots.get(idea_id, 0))
    return dict(totals)


def aggregation_setting(session: Session) -> Aggregation:
    """The project's choice of mean or median."""
    value = setting_value(session, AGGREGATION_KEY)
    return Aggregation(value) if value in {a.value for a in Aggregation} else Aggregation.MEAN
