"""Builds the demo project "Musterlandkreis" from ``demo_content`` so every editor and export
has realistic data to show. Deterministic: the same seed gives the same file content."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk40_desktop.services import demo_content as content
from lk40_desktop.services.board.layout import CARD_GAP, CARD_HEIGHT, CARD_WIDTH, CLUSTER_PADDING
from lk40_desktop.services.template import ProjectData, fill_landkreis_template
from lk40_desktop.store.models import (
    ActionField,
    Cluster,
    Criterion,
    Idea,
    Proposal,
    ProposalIdea,
    Rater,
    RelationKind,
    Score,
    Stakeholder,
    StakeholderGroup,
    StakeholderRelation,
    StakeholderWorkshop,
    Vote,
    Workshop,
)

CLUSTER_COLUMNS = 3
"""Cards side by side in a demo cluster."""
CLUSTERS_PER_ROW = 2
"""Demo clusters side by side on a board: three in a row made the board so wide that a laptop
screen (1366 × 768) showed its cards too small to read at fit."""
CLUSTER_SPACING = 60.0


def demo_project_data() -> ProjectData:
    """The project data of the demo."""
    return ProjectData(
        county=content.COUNTY,
        title="Digitalisierungsstrategie Landkreis 4.0",
        client="Landratsamt Musterlandkreis, Stabsstelle Digitalisierung",
        start_date=date(2026, 1, 15),
        end_date=date(2026, 9, 30),
        description=(
            "Der Musterlandkreis erarbeitet in fünf Workshops mit Fachleuten und lokalen "
            "Akteuren eine Digitalisierungsstrategie mit konkreten Projektvorschlägen "
            "für neun Handlungsfelder."
        ),
    )


def fill_demo(session: Session, seed: int = 4) -> None:
    """Write the complete demo project into an empty file's session."""
    rng = random.Random(seed)
    fill_landkreis_template(session, demo_project_data())
    session.flush()
    workshops = _add_workshops(session)
    _add_stakeholders(session, rng, workshops)
    fields = {field.name: field for field in session.scalars(select(ActionField))}
    ideas = _add_ideas(session, rng, fields, workshops)
    _add_proposals(session, rng, fields, ideas)


def _add_workshops(session: Session) -> list[Workshop]:
    workshops = [
        Workshop(
            title=title,
            date=day,
            place=place,
            facilitator=facilitator,
            participant_count=count,
            notes="",
        )
        for title, day, place, facilitator, count in content.WORKSHOPS
    ]
    session.add_all(workshops)
    session.flush()
    return workshops


def _add_stakeholders(session: Session, rng: random.Random, workshops: list[Workshop]) -> None:
    groups = {group.name: group.id for group in session.scalars(select(StakeholderGroup))}
    kinds = {kind.name: kind.id for kind in session.scalars(select(RelationKind))}
    by_name: dict[str, Stakeholder] = {}
    for name, organisation, group, influence, interest, attitude, contact in content.STAKEHOLDERS:
        stakeholder = Stakeholder(
            name=name,
            organisation=organisation,
            group_id=groups[group],
            influence=influence,
            interest=interest,
            attitude=attitude,
            contact_person=contact,
            contact_details="",
            notes="",
        )
        by_name[name] = stakeholder
    session.add_all(by_name.values())
    session.flush()
    for stakeholder in by_name.values():
        for workshop in rng.sample(workshops, rng.randint(1, 3)):
            session.add(StakeholderWorkshop(stakeholder_id=stakeholder.id, workshop_id=workshop.id))
    for source, target, kind, label in content.RELATIONS:
        session.add(
            StakeholderRelation(
                source_id=by_name[source].id,
                target_id=by_name[target].id,
                kind_id=kinds[kind],
                label=label,
            )
        )


def _add_ideas(
    session: Session, rng: random.Random, fields: dict[str, ActionField], workshops: list[Workshop]
) -> dict[str, Idea]:
    """Cards laid out in a grid inside their cluster frames, with votes from the tables."""
    ideas: dict[str, Idea] = {}
    idea_workshops = workshops[:4]
    for field_name, clusters in content.IDEAS.items():
        field = fields[field_name]
        top = row_height = 0.0
        for index, (cluster_name, texts) in enumerate(clusters):
            rows = (len(texts) + CLUSTER_COLUMNS - 1) // CLUSTER_COLUMNS
            width = CLUSTER_COLUMNS * (CARD_WIDTH + CARD_GAP) + CLUSTER_PADDING
            height = rows * (CARD_HEIGHT + CARD_GAP) + 2 * CLUSTER_PADDING
            if index and not index % CLUSTERS_PER_ROW:
                top, row_height = top + row_height + CLUSTER_SPACING, 0.0
            row_height = max(row_height, height)
            left = index % CLUSTERS_PER_ROW * (width + CLUSTER_SPACING)
            cluster = Cluster(
                action_field_id=field.id,
                name=cluster_name,
                x=left,
                y=top,
                width=width,
                height=height,
            )
            session.add(cluster)
            session.flush()
            for number, text in enumerate(texts):
                row, column = divmod(number, CLUSTER_COLUMNS)
                idea = Idea(
                    action_field_id=field.id,
                    text=text,
                    cluster_id=cluster.id,
                    x=left + CLUSTER_PADDING / 2 + column * (CARD_WIDTH + CARD_GAP),
                    y=top + CLUSTER_PADDING + row * (CARD_HEIGHT + CARD_GAP),
                    workshop_id=rng.choice(idea_workshops).id,
                    author_group=rng.choice(content.AUTHOR_GROUPS),
                )
                session.add(idea)
                ideas[text] = idea
    session.flush()
    for idea in ideas.values():
        for voter in content.VOTERS:
            dots = rng.choice((0, 0, 0, 1, 1, 2))
            if dots:
                session.add(Vote(idea_id=idea.id, voter=voter, dots=dots))
    return ideas


def _add_proposals(
    session: Session, rng: random.Random, fields: dict[str, ActionField], ideas: dict[str, Idea]
) -> None:
    """Proposals linked to matching cards, and scores of every rater with a few gaps."""
    criteria = list(session.scalars(select(Criterion).order_by(Criterion.position)))
    raters = [Rater(name=name, position=index) for index, name in enumerate(content.RATERS)]
    session.add_all(raters)
    field_ideas: dict[str, list[Idea]] = {}
    for idea in ideas.values():
        field_ideas.setdefault(idea.action_field_id, []).append(idea)
    for position, (
        title,
        field_name,
        goal,
        measures,
        lead,
        partners,
        cost,
        horizon,
        funding,
        kpis,
        quick_win,
    ) in enumerate(content.PROPOSALS):
        field = fields[field_name]
        proposal = Proposal(
            action_field_id=field.id,
            title=title,
            goal=goal,
            measures=measures,
            lead=lead,
            partners=partners,
            cost_estimate_eur=cost,
            time_horizon=horizon,
            funding_programmes=funding,
            kpis=kpis,
            quick_win=quick_win,
            position=position,
            target_groups="Bürgerinnen und Bürger, Unternehmen",
        )
        session.add(proposal)
        session.flush()
        for idea in rng.sample(field_ideas[field.id], 2):
            session.add(ProposalIdea(proposal_id=proposal.id, idea_id=idea.id))
        base = {criterion.id: rng.randint(1, 5) for criterion in criteria}
        for rater in raters:
            for criterion in criteria:
                if rng.random() < 0.04:  # a few scores are missing, as in real workshops
                    continue
                value = min(5, max(0, base[criterion.id] + rng.choice((-1, 0, 0, 1))))
                session.add(
                    Score(
                        proposal_id=proposal.id,
                        criterion_id=criterion.id,
                        rater_id=rater.id,
                        value=float(value),
                    )
                )
