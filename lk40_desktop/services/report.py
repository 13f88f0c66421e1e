"""The report model: what goes into the strategy paper and the workbook, read once from the
store in plain data. The writers under ``export/`` only format it and never query the store
(as novelWriter's exporters share one tokenizer), so an export can run in a worker thread
on a closed session."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from lk40_desktop.services import project as project_service
from lk40_desktop.services.board.data import BoardData, load_board
from lk40_desktop.services.scoring.arithmetic import Aggregation, ScoringResult, evaluate
from lk40_desktop.services.scoring.evaluation import (
    Evaluation,
    aggregation_setting,
    load_evaluation,
    votes_by_idea,
)
from lk40_desktop.services.stakeholders.data import StakeholderData
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.services.starter import names_in
from lk40_desktop.store.models import Cluster, Idea, Project, Proposal, ProposalDependency
from lk40_desktop.store.queries import live, live_columns


@dataclass(frozen=True)
class FieldInfo:
    """An action field as the paper shows it."""

    id: str
    name: str
    color: str
    archived: bool


@dataclass(frozen=True)
class IdeaRow:
    """A card with where it belongs and how many dots it got."""

    id: str
    field_id: str
    text: str
    details: str
    cluster: str
    votes: int
    workshop: str
    author_group: str


@dataclass(frozen=True)
class ProposalRow:
    """A proposal with its whole profile (Steckbrief)."""

    id: str
    field_id: str | None
    title: str
    goal: str
    target_groups: str
    measures: str
    lead: str
    partners: str
    cost_eur: float | None
    time_horizon: str
    funding_programmes: str
    kpis: str
    quick_win: bool
    depends_on: list[str] = field(default_factory=list)
    """Titles of the proposals this one needs first."""


@dataclass
class Report:
    """Everything an export needs, in the order the paper presents it."""

    language: str
    county: str
    title: str
    client: str
    start_date: date | None
    end_date: date | None
    description: str
    logo_png: bytes | None
    fields: list[FieldInfo]
    workshops: list[tuple[str, date | None, str, str, int]]
    """(title, date, place, facilitator, participant count)."""
    stakeholders: StakeholderData
    ideas: list[IdeaRow]
    proposals: list[ProposalRow]
    evaluation: Evaluation
    result: ScoringResult | None
    aggregation: Aggregation
    board: BoardData
    """Cards and cluster frames of every field with their places, for pictures of the boards."""

    def field_name(self, field_id: str | None) -> str:
        """The name of an action field ("" for none)."""
        return next((f.name for f in self.fields if f.id == field_id), "")

    def relation_rows(self) -> list[list[str]]:
        """(from, to, kind, label) of every stakeholder relation, by name."""
        data = self.stakeholders
        names = {row.id: row.name for row in data.stakeholders}
        rows = []
        for relation in data.relations:
            kind = data.kind(relation.kind_id)
            rows.append(
                [
                    names[relation.source_id],
                    names[relation.target_id],
                    kind.name if kind else "",
                    relation.label,
                ]
            )
        return rows


def build_report(session: Session, language: str | None = None) -> Report:
    """Read the whole project for an export in ``language`` (None: the project's): the
    starter vocabulary is named in it, as the export's own words are."""
    project = project_service.get_project(session)
    with names_in(session, language or project.language):
        return _read_report(session, project)


def _read_report(session: Session, project: Project) -> Report:
    fields = [
        FieldInfo(f.id, f.name, f.color, f.archived) for f in project_service.action_fields(session)
    ]
    workshops = project_service.workshops(session)
    workshop_titles = {w.id: w.title for w in workshops}
    clusters = {c.id: c.name for c in session.scalars(live(Cluster))}
    votes = votes_by_idea(session)
    columns = live_columns(
        Idea,
        Idea.id,
        Idea.action_field_id,
        Idea.text,
        Idea.details,
        Idea.cluster_id,
        Idea.workshop_id,
        Idea.author_group,
    ).order_by(Idea.action_field_id, Idea.cluster_id, Idea.y, Idea.x)
    ideas = [
        IdeaRow(
            idea_id,
            field_id,
            text,
            details,
            clusters.get(cluster_id or "", ""),
            votes.get(idea_id, 0),
            workshop_titles.get(workshop_id or "", ""),
            author_group,
        )
        for idea_id, field_id, text, details, cluster_id, workshop_id, author_group in (
            session.execute(columns)
        )
    ]
    titles = {p.id: p.title for p in session.scalars(live(Proposal))}
    needs: dict[str, list[str]] = defaultdict(list)
    for link in session.scalars(live(ProposalDependency)):
        if link.depends_on_id in titles:
            needs[link.proposal_id].append(titles[link.depends_on_id])
    proposals = [
        ProposalRow(
            p.id,
            p.action_field_id,
            p.title,
            p.goal,
            p.target_groups,
            p.measures,
            p.lead,
            p.partners,
            p.cost_estimate_eur,
            p.time_horizon,
            p.funding_programmes,
            p.kpis,
            p.quick_win,
            needs[p.id],
        )
        for p in session.scalars(live(Proposal).order_by(Proposal.position, Proposal.title))
    ]
    evaluation = load_evaluation(session)
    method = aggregation_setting(session)
    weights = [c.spec.weight for c in evaluation.criteria]
    result = evaluate(evaluation.input, method) if weights and sum(weights) > 0 else None
    return Report(
        language=project.language,
        county=project.county,
        title=project.title,
        client=project.client,
        start_date=project.start_date,
        end_date=project.end_date,
        description=project.description,
        logo_png=project.logo_png,
        fields=fields,
        workshops=[
            (w.title, w.date, w.place, w.facilitator, w.participant_count) for w in workshops
        ],
        stakeholders=load_stakeholders(session),
        ideas=ideas,
        proposals=proposals,
        evaluation=evaluation,
        result=result,
        aggregation=method,
        board=load_board(session),
    )
