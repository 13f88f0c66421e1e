"""The report model: what goes into the strategy paper and the workbook, read once from the
store in plain data. The writers under ``export/`` only format it and never query the store
(as novelWriter's exporters share one tokenizer), so an export can run in a worker thread
on a closed session.

Every figure the paper, the workbook and their charts print is decided here, once: the
order of action fields, clusters and cards (the project's, not the database's), how many took
part (``participation``), the voting rounds the dots come from, which proposals are quick
wins (``services.scoring.portfolio``), each proposal's rank, number and quarters on the
roadmap, and the totals of cost by action field and by time horizon.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy.orm import Session

from lk40_desktop.services import project as project_service
from lk40_desktop.services.board.data import BoardData, CardRow, load_board
from lk40_desktop.services.board.navigation import frame_order
from lk40_desktop.services.participants import named_participants, participants
from lk40_desktop.services.photos import ExportPhoto, OwnerKind, all_photos
from lk40_desktop.services.roadmap import DEFAULT_SPAN, HORIZONS, Span, quarter_index, schedule
from lk40_desktop.services.scoring.arithmetic import Aggregation, ScoringResult, evaluate, order
from lk40_desktop.services.scoring.evaluation import (
    Evaluation,
    aggregation_setting,
    load_evaluation,
)
from lk40_desktop.services.scoring.portfolio import is_quick_win
from lk40_desktop.services.stakeholders.data import StakeholderData
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.services.starter import names_in
from lk40_desktop.services.strategy import (
    Chapter,
    GoalRow,
    KeyFigureRow,
    field_chapters,
    goal_links,
    goals,
    key_figures,
    outline,
)
from lk40_desktop.store.models import Project, Proposal, ProposalDependency, ProposalIdea
from lk40_desktop.store.queries import live, live_columns, setting_value

FINAL_KEY = "paper.final"
"""The setting that marks the strategy paper as final ("1"): no "Entwurf" on its title page."""


@dataclass(frozen=True)
class FieldInfo:
    """An action field as the paper shows it."""

    id: str
    name: str
    color: str
    archived: bool


@dataclass(frozen=True)
class ClusterInfo:
    """A cluster frame of a board, in the order the paper lists it."""

    id: str
    field_id: str
    name: str


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
    cluster_id: str | None = None


class WorkshopRow(NamedTuple):
    """A workshop as the paper's table and the workbook list it."""

    title: str
    date: date | None
    place: str
    facilitator: str
    participants: int
    """How many took part (a count the facilitator entered)."""


@dataclass(frozen=True)
class Participation:
    """How many took part in the workshops, and what the number counts."""

    count: int
    distinct: bool = False
    """True: distinct people (from participant lists); False: attendances, the sum over the
    workshops of how many took part, in which one person who came three times counts three
    times. The paper words them differently ("Teilnehmende" / "Teilnahmen")."""


def participation(workshops: Sequence[WorkshopRow]) -> Participation:
    """How many took part. Today workshops hold a count only, so this sums attendances;
    once workshops list their participants, distinct people are counted here."""
    return Participation(sum(w.participants for w in workshops), distinct=False)


@dataclass(frozen=True)
class VotingRound:
    """A dot voting whose dots the paper reports."""

    name: str
    """Its name, as the paper quotes it ("" for a round without a name: the dots of an older
    file's cards of no workshop, which its migration put into a round of their own)."""
    dots: int
    voters: int
    field_ids: frozenset[str]


@dataclass(frozen=True)
class SourceIdea:
    """A card a measure came from, with its dots and the workshop it was written in."""

    text: str
    votes: int
    workshop: str


@dataclass(frozen=True)
class ProposalRow:
    """A proposal with its whole profile (Steckbrief) and its place in the evaluation."""

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
    """Whether the paper counts it a quick win (``services.scoring.portfolio.is_quick_win``)."""
    depends_on: list[str] = field(default_factory=list)
    """Titles of the proposals this one needs first."""
    flagged_quick_win: bool = False
    """The profile's own quick-win flag (what the editor ticked)."""
    total: float = math.nan
    rank: int | None = None
    benefit: float = math.nan
    effort: float = math.nan
    number: int = 0
    """Its number in the ranking (1 = best, unique, unscored ones last): the portfolio's
    bubbles carry it and the ranking table is their key."""
    span: Span = DEFAULT_SPAN
    """Quarters from the project's start it runs (``services.roadmap``)."""
    code: str = ""
    """The measure number of its field ("BB-03"), stored once given; "" for none yet."""
    problem: str = ""
    effect: str = ""
    own_share_eur: float | None = None
    grants_eur: float | None = None
    follow_up_eur: float | None = None
    staff_fte: float | None = None
    start_quarter: str = ""
    milestones: str = ""
    risks: str = ""
    status: str = "planned"
    goals: list[str] = field(default_factory=list)
    """Texts of the field goals it works towards."""
    sources: list[SourceIdea] = field(default_factory=list)
    """The cards it came from, most dots first."""


@dataclass(frozen=True)
class CostTotal:
    """The cost estimates of a group of proposals (an action field, a time horizon, all)."""

    key: str
    """The action field's id or the time horizon; "" for the total of all."""
    proposals: int
    total_eur: float
    unestimated: int
    """Proposals of the group without a cost estimate (not in ``total_eur``)."""


class NamedParticipant(NamedTuple):
    """A participant an export may name: only one who agreed to be named reaches the report
    (``services.participants.named_participants``); the others stay in the head count."""

    workshop: str
    name: str
    organisation: str


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
    workshops: list[WorkshopRow]
    stakeholders: StakeholderData
    ideas: list[IdeaRow]
    """In the project's order: action field, cluster (top to bottom, left to right on the
    board; cards of no cluster last), most dots first."""
    proposals: list[ProposalRow]
    evaluation: Evaluation
    result: ScoringResult | None
    aggregation: Aggregation
    board: BoardData
    """Cards and cluster frames of every field with their places, for pictures of the boards."""
    clusters: list[ClusterInfo] = field(default_factory=list)
    rounds: list[VotingRound] = field(default_factory=list)
    final: bool = False
    """The editor has marked the paper final (``FINAL_KEY``)."""
    outline: list[Chapter] = field(default_factory=list)
    """The project's chapters in the paper's order, written and generated ones."""
    field_texts: dict[str, list[Chapter]] = field(default_factory=dict)
    """Action field id → its introduction, Ausgangslage and Ziele."""
    key_figures: list[KeyFigureRow] = field(default_factory=list)
    goals: list[GoalRow] = field(default_factory=list)
    participants: list[NamedParticipant] = field(default_factory=list)
    """The listed participants who agreed to be named, in the order of the workshops and of
    entry; nobody else (``services.participants.named_participants``)."""
    with_contacts: bool = True
    """False: an export "without contact details" (``without_contacts``)."""
    photos: list[ExportPhoto] = field(default_factory=list)
    """Every photo kept in the file, by owner and order (``services.photos.all_photos``)."""

    def photos_of(self, kind: OwnerKind, owner_id: str) -> list[ExportPhoto]:
        """The photos of one workshop, board or proposal, in their order."""
        return [p for p in self.photos if p.owner.kind == kind and p.owner.id == owner_id]

    def without_contacts(self) -> Report:
        """The same report for a hand-out: the stakeholders' contact persons, contact details
        and notes (the fields of a stakeholder that describe people) emptied, and
        ``with_contacts`` False so the writers leave out their columns as well. Emptied, not
        only hidden: no writer can print what the report no longer holds."""
        data = self.stakeholders
        rows = [
            dataclasses.replace(row, contact_person="", contact_details="", notes="")
            for row in data.stakeholders
        ]
        stakeholders = dataclasses.replace(data, stakeholders=rows)
        return dataclasses.replace(self, stakeholders=stakeholders, with_contacts=False)

    def field_name(self, field_id: str | None) -> str:
        """The name of an action field ("" for none)."""
        return next((f.name for f in self.fields if f.id == field_id), "")

    @property
    def participation(self) -> Participation:
        """How many took part in the workshops."""
        return participation(self.workshops)

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

    def ranked(self) -> list[ProposalRow]:
        """The proposals by their number: best total first, unscored ones last."""
        return sorted(self.proposals, key=lambda p: p.number)

    def quick_wins(self) -> list[ProposalRow]:
        """The quick wins, best first."""
        return [p for p in self.ranked() if p.quick_win]

    def overruled_flags(self) -> list[ProposalRow]:
        """Proposals whose profile flag the evaluation overrules (flagged but outside the
        quick-win quadrant, or in it without the flag)."""
        return [p for p in self.ranked() if p.quick_win != p.flagged_quick_win]

    def fields_with_ideas(self) -> int:
        """How many action fields the collected ideas are in."""
        return len({idea.field_id for idea in self.ideas})

    def cost_by_field(self) -> list[CostTotal]:
        """Cost estimates per action field with proposals, in the fields' order."""
        return [
            _cost(f.id, [p for p in self.proposals if p.field_id == f.id])
            for f in self.fields
            if any(p.field_id == f.id for p in self.proposals)
        ]

    def cost_by_horizon(self) -> list[CostTotal]:
        """Cost estimates per time horizon (short, medium, long)."""
        return [_cost(h, [p for p in self.proposals if p.time_horizon == h]) for h in HORIZONS]

    def cost_total(self) -> CostTotal:
        """The cost estimates of all proposals."""
        return _cost("", self.proposals)

    def financing(self) -> dict[str, float]:
        """The profiles' own shares, grants, follow-up costs per year and staff added up, each
        only where some profile gives it ("own_share", "grants", "follow_up", "staff"): what
        the Kreistag is asked to budget, beside the cost total."""
        fields = {
            "own_share": [p.own_share_eur for p in self.proposals],
            "grants": [p.grants_eur for p in self.proposals],
            "follow_up": [p.follow_up_eur for p in self.proposals],
            "staff": [p.staff_fte for p in self.proposals],
        }
        return {
            key: float(sum(v for v in values if v is not None))
            for key, values in fields.items()
            if any(v is not None for v in values)
        }

    def goals_of(self, field_id: str) -> list[GoalRow]:
        """The goals of an action field, in their order."""
        return [g for g in self.goals if g.field_id == field_id]

    def written(self, key: str, field_id: str | None = None) -> Chapter | None:
        """A written chapter of the project or of a field that goes into the paper: included
        and not empty (an empty chapter is left out, never printed as an empty heading)."""
        chapters = self.outline if field_id is None else self.field_texts.get(field_id, [])
        found = next((c for c in chapters if c.key == key), None)
        return found if found is not None and found.included and not found.empty else None

    def rounds_of(self, field_id: str) -> list[VotingRound]:
        """The voting rounds whose dots lie on an action field's cards."""
        return [r for r in self.rounds if field_id in r.field_ids]


def _cost(key: str, proposals: Sequence[ProposalRow]) -> CostTotal:
    known = [p.cost_eur for p in proposals if p.cost_eur is not None]
    return CostTotal(key, len(proposals), float(sum(known)), len(proposals) - len(known))


def paper_is_final(session: Session) -> bool:
    """Whether the editor has marked the strategy paper final."""
    return setting_value(session, FINAL_KEY) == "1"


def build_report(session: Session, language: str | None = None) -> Report:
    """Read the whole project for an export in ``language`` (None: the project's): the
    starter vocabulary is named in it, as the export's own words are."""
    project = project_service.get_project(session)
    with names_in(session, language or project.language):
        return _read_report(session, project)


def _named_participants(
    session: Session, workshop_titles: dict[str, str]
) -> list[NamedParticipant]:
    """Who agreed to be named, workshop by workshop (``workshop_titles`` in the project's
    order); participants of a deleted workshop are left out with it."""
    order = {workshop_id: index for index, workshop_id in enumerate(workshop_titles)}
    named = [p for p in named_participants(participants(session)) if p.workshop_id in order]
    named.sort(key=lambda p: order[p.workshop_id])  # stable: the order of entry stays
    return [NamedParticipant(workshop_titles[p.workshop_id], p.name, p.organisation) for p in named]


def _read_report(session: Session, project: Project) -> Report:
    fields = [
        FieldInfo(f.id, f.name, f.color, f.archived) for f in project_service.action_fields(session)
    ]
    workshops = project_service.workshops(session)
    workshop_titles = {w.id: w.title for w in workshops}
    board = load_board(session)
    clusters = _clusters_in_order(board, fields)
    ideas = _ideas_in_order(board, fields, clusters, workshop_titles)
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
            WorkshopRow(w.title, w.date, w.place, w.facilitator, w.participant_count)
            for w in workshops
        ],
        stakeholders=load_stakeholders(session),
        participants=_named_participants(session, workshop_titles),
        ideas=ideas,
        proposals=_proposals(session, evaluation, result, ideas),
        evaluation=evaluation,
        result=result,
        aggregation=method,
        board=board,
        clusters=clusters,
        rounds=_voting_rounds(board),
        final=paper_is_final(session),
        outline=outline(session),
        field_texts=field_chapters(session, [f.id for f in fields]),
        key_figures=key_figures(session),
        goals=goals(session),
        photos=all_photos(session),
    )


def _clusters_in_order(board: BoardData, fields: Sequence[FieldInfo]) -> list[ClusterInfo]:
    """Clusters by action field, then as a reader meets them on the board: top to bottom,
    left to right (frames whose tops are within a card's height count as one row)."""
    position = {f.id: index for index, f in enumerate(fields)}
    frames = sorted(
        (c for c in board.clusters if c.field_id in position),
        key=lambda c: (position[c.field_id], *frame_order(c)),
    )
    return [ClusterInfo(c.id, c.field_id, c.name) for c in frames]


def _ideas_in_order(
    board: BoardData,
    fields: Sequence[FieldInfo],
    clusters: Sequence[ClusterInfo],
    workshop_titles: dict[str, str],
) -> list[IdeaRow]:
    field_position = {f.id: index for index, f in enumerate(fields)}
    cluster_position = {c.id: index for index, c in enumerate(clusters)}
    names = {c.id: c.name for c in clusters}

    def key(card: CardRow) -> tuple[int, int, int, float, float]:
        cluster = cluster_position.get(card.cluster_id or "", len(cluster_position))
        field_index = field_position.get(card.field_id, len(field_position))
        return field_index, cluster, -card.votes, card.y, card.x

    return [
        IdeaRow(
            card.id,
            card.field_id,
            card.text,
            card.details,
            names.get(card.cluster_id or "", ""),
            card.votes,
            workshop_titles.get(card.workshop_id or "", ""),
            card.author_group,
            card.cluster_id if card.cluster_id in names else None,
        )
        for card in sorted(board.cards, key=key)
    ]


def _voting_rounds(board: BoardData) -> list[VotingRound]:
    """The rounds with dots on live cards, in the order they were held: their dots, voters
    (the dots counted off paper count as one) and the action fields they lie on."""
    fields_of = {card.id: card.field_id for card in board.cards}
    dots: dict[str | None, int] = defaultdict(int)
    voters: dict[str | None, set[str]] = defaultdict(set)
    fields: dict[str | None, set[str]] = defaultdict(set)
    for vote in board.votes:
        field_id = fields_of.get(vote.idea_id)
        if field_id is None:
            continue
        dots[vote.round_id] += 1
        voters[vote.round_id].add(vote.voter)
        fields[vote.round_id].add(field_id)
    return [
        VotingRound(r.name, dots[r.id], len(voters[r.id]), frozenset(fields[r.id]))
        for r in board.rounds
        if dots[r.id]
    ]


def _sources(session: Session, ideas: Sequence[IdeaRow]) -> dict[str, list[SourceIdea]]:
    """Proposal id → the live cards it came from, most dots first."""
    cards = {idea.id: idea for idea in ideas}
    sources: dict[str, list[SourceIdea]] = defaultdict(list)
    for proposal_id, idea_id in session.execute(
        live_columns(ProposalIdea, ProposalIdea.proposal_id, ProposalIdea.idea_id).order_by(
            ProposalIdea.created_at, ProposalIdea.id
        )
    ):
        if (card := cards.get(idea_id)) is not None:
            sources[proposal_id].append(SourceIdea(card.text, card.votes, card.workshop))
    return {key: sorted(found, key=lambda s: -s.votes) for key, found in sources.items()}


def _goal_texts(session: Session) -> dict[str, list[str]]:
    """Proposal id → the texts of the live field goals it works towards, in their order."""
    texts = {goal.id: goal.text for goal in goals(session)}
    order = {goal_id: index for index, goal_id in enumerate(texts)}
    linked: dict[str, list[str]] = defaultdict(list)
    for _link, proposal_id, goal_id in sorted(
        goal_links(session), key=lambda link: order.get(link[2], len(order))
    ):
        if goal_id in texts:
            linked[proposal_id].append(texts[goal_id])
    return linked


def _proposals(
    session: Session,
    evaluation: Evaluation,
    result: ScoringResult | None,
    ideas: Sequence[IdeaRow],
) -> list[ProposalRow]:
    """The profiles with their evaluation: total, rank, number, axes, quick win, quarters,
    source cards and linked goals."""
    rows = list(session.scalars(live(Proposal).order_by(Proposal.position, Proposal.title)))
    sources = _sources(session, ideas)
    linked_goals = _goal_texts(session)
    titles = {p.id: p.title for p in rows}
    needs: dict[str, list[str]] = defaultdict(list)
    for proposal_id, depends_on in session.execute(
        live_columns(
            ProposalDependency, ProposalDependency.proposal_id, ProposalDependency.depends_on_id
        )
    ):
        if depends_on in titles and proposal_id in titles:
            needs[proposal_id].append(depends_on)
    start = project_service.get_project(session).start_date or date.today()
    own_starts = {p.id: quarter_index(start, p.start_quarter or "") for p in rows}
    starts = {key: index for key, index in own_starts.items() if index is not None}
    spans = schedule({p.id: p.time_horizon for p in rows}, needs, starts)
    index = {info.id: i for i, info in enumerate(evaluation.proposals)}
    ranking = order(result.totals) if result is not None else range(len(evaluation.proposals))
    numbers = {evaluation.proposals[i].id: n for n, i in enumerate(ranking, 1)}

    def figures(proposal_id: str) -> tuple[float, int | None, float, float]:
        if result is None or proposal_id not in index:
            return math.nan, None, math.nan, math.nan
        i = index[proposal_id]
        rank = result.ranks[i]
        return (
            float(result.totals[i]),
            None if math.isnan(rank) else int(rank),
            float(result.benefit[i]),
            float(result.effort[i]),
        )

    proposals = []
    for p in rows:
        total, rank, benefit, effort = figures(p.id)
        proposals.append(
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
                is_quick_win(p.quick_win, benefit, effort),
                [titles[other] for other in needs[p.id]],
                flagged_quick_win=p.quick_win,
                total=total,
                rank=rank,
                benefit=benefit,
                effort=effort,
                number=numbers.get(p.id, 0),
                span=spans[p.id],
                code=p.number,
                problem=p.problem,
                effect=p.effect,
                own_share_eur=p.own_share_eur,
                grants_eur=p.grants_eur,
                follow_up_eur=p.follow_up_eur,
                staff_fte=p.staff_fte,
                start_quarter=p.start_quarter,
                milestones=p.milestones,
                risks=p.risks,
                status=p.status,
                goals=linked_goals.get(p.id, []),
                sources=sources.get(p.id, []),
            )
        )
    return proposals
