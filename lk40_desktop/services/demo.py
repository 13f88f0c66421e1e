"""Builds the demo project "Musterlandkreis" so every editor and export has realistic data to
show. The content (names, cards, proposals; all invented) is data in
``resources/demo/musterlandkreis.json``; this module only lays it out as rows. Deterministic:
the same seed gives the same file content."""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path
from typing import Any, TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk40_desktop.paths import resource
from lk40_desktop.services.board.layout import CARD_GAP, CARD_HEIGHT, CARD_WIDTH, CLUSTER_PADDING
from lk40_desktop.services.strategy import DEFAULT_OUTLINE, FIELD_CHAPTERS, field_prefix
from lk40_desktop.services.template import ProjectData, fill_landkreis_template
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import (
    ActionField,
    AgendaItem,
    Cluster,
    Criterion,
    FieldGoal,
    Idea,
    KeyFigure,
    Proposal,
    ProposalGoal,
    ProposalIdea,
    Rater,
    RelationKind,
    RoundState,
    Score,
    Stakeholder,
    StakeholderGroup,
    StakeholderRelation,
    StakeholderWorkshop,
    StrategyChapter,
    Vote,
    VoterMode,
    VoteRound,
    Workshop,
)

CONTENT = ("demo", "musterlandkreis.json")
CLUSTER_COLUMNS = 3
"""Cards side by side in a demo cluster."""
CLUSTERS_PER_ROW = 2
"""Demo clusters side by side on a board: three in a row made the board so wide that a laptop
screen (1366 × 768) showed its cards too small to read at fit."""
CLUSTER_SPACING = 60.0


class ClusterContent(TypedDict):
    """A cluster of a demo board with its card texts, in board order."""

    cluster: str
    cards: list[str]


class DemoContent(TypedDict):
    """The JSON file's shape. Records carry column names of their rows, plus names of what
    they refer to (a stakeholder's ``group``, a proposal's ``field``), resolved here."""

    project: dict[str, str]
    workshops: list[dict[str, Any]]
    stakeholders: list[dict[str, Any]]
    relations: list[dict[str, str]]
    ideas: dict[str, list[ClusterContent]]
    """Action field name -> its clusters."""
    proposals: list[dict[str, Any]]
    """Each with ``goals``: indices into its field's goals."""
    strategy: dict[str, Any]
    """The chapters the county wrote (``chapters`` by key, the foreword's ``signer``), the
    ``key_figures`` and per action field name its chapters and ``goals``."""
    raters: list[str]
    voters: list[str]
    author_groups: list[str]


def load_content() -> DemoContent:
    """The demo's content as shipped."""
    content: DemoContent = json.loads(resource(*CONTENT).read_text(encoding="utf-8"))
    return content


def demo_project_data(content: DemoContent) -> ProjectData:
    """The project data of the demo."""
    project = content["project"]
    return ProjectData(
        county=project["county"],
        title=project["title"],
        client=project["client"],
        start_date=date.fromisoformat(project["start_date"]),
        end_date=date.fromisoformat(project["end_date"]),
        description=project["description"],
    )


def create_demo(path: Path) -> None:
    """Write the demo project to the new file ``path`` (refused if it exists, as every new
    project file is); the one way the command line and the main window create it."""
    WorkshopDocument.create(path, fill_demo).close()


def fill_demo(session: Session, seed: int = 4) -> None:
    """Write the complete demo project into an empty file's session."""
    content = load_content()
    rng = random.Random(seed)
    fill_landkreis_template(session, demo_project_data(content))
    session.flush()
    workshops = _add_workshops(session, content)
    _add_stakeholders(session, content, rng, workshops)
    fields = {field.name: field for field in session.scalars(select(ActionField))}
    _add_agendas(session, content, workshops, fields)
    ideas = _add_ideas(session, content, rng, fields, workshops)
    goals = _add_strategy(session, content, fields)
    _add_proposals(session, content, rng, fields, ideas, goals=goals)


def _add_strategy(
    session: Session, content: DemoContent, fields: dict[str, ActionField]
) -> dict[str, list[FieldGoal]]:
    """The chapters, key figures and field goals; returns the goals by field name."""
    strategy = content["strategy"]
    for key, text in strategy["chapters"].items():
        signer = strategy["signer"] if key == "foreword" else ""
        place = DEFAULT_OUTLINE.index(key)
        session.add(
            StrategyChapter(key=key, text=text, signer=signer, included=True, position=place)
        )
    for position, record in enumerate(strategy["key_figures"]):
        session.add(
            KeyFigure(**{**record, "as_of": date.fromisoformat(record["as_of"])}, position=position)
        )
    goals: dict[str, list[FieldGoal]] = {}
    position = 0
    for name, texts in strategy["fields"].items():
        field = fields[name]
        for place, key in enumerate(FIELD_CHAPTERS):
            session.add(
                StrategyChapter(
                    key=key,
                    action_field_id=field.id,
                    text=texts[key],
                    signer="",
                    included=True,
                    position=place,
                )
            )
        goals[name] = []
        for record in texts["goals"]:
            goal = FieldGoal(**record, action_field_id=field.id, position=position)
            position += 1
            session.add(goal)
            goals[name].append(goal)
    session.flush()
    return goals


def _add_workshops(session: Session, content: DemoContent) -> list[Workshop]:
    workshops = [
        Workshop(
            **{key: value for key, value in record.items() if key not in ("agenda", "date")},
            date=date.fromisoformat(record["date"]),
            notes="",
        )
        for record in content["workshops"]
    ]
    session.add_all(workshops)
    session.flush()
    return workshops


def _add_agendas(
    session: Session,
    content: DemoContent,
    workshops: list[Workshop],
    fields: dict[str, ActionField],
) -> None:
    """The agendas of the workshops that have one (a point on the boards names its field)."""
    position = 0
    for record, workshop in zip(content["workshops"], workshops, strict=True):
        for point in record.get("agenda", []):
            field = fields[point["field"]].id if point["field"] else None
            session.add(
                AgendaItem(
                    workshop_id=workshop.id,
                    title=point["title"],
                    minutes=point["minutes"],
                    page=point["page"],
                    action_field_id=field,
                    notes=point["notes"],
                    position=position,
                )
            )
            position += 1


def _add_stakeholders(
    session: Session, content: DemoContent, rng: random.Random, workshops: list[Workshop]
) -> None:
    groups = {group.name: group.id for group in session.scalars(select(StakeholderGroup))}
    kinds = {kind.name: kind.id for kind in session.scalars(select(RelationKind))}
    by_name: dict[str, Stakeholder] = {}
    for record in content["stakeholders"]:
        values = {key: value for key, value in record.items() if key != "group"}
        by_name[record["name"]] = Stakeholder(
            **values, group_id=groups[record["group"]], contact_details="", notes=""
        )
    session.add_all(by_name.values())
    session.flush()
    for stakeholder in by_name.values():
        for workshop in rng.sample(workshops, rng.randint(1, 3)):
            session.add(StakeholderWorkshop(stakeholder_id=stakeholder.id, workshop_id=workshop.id))
    for relation in content["relations"]:
        session.add(
            StakeholderRelation(
                source_id=by_name[relation["source"]].id,
                target_id=by_name[relation["target"]].id,
                kind_id=kinds[relation["kind"]],
                label=relation["label"],
            )
        )


def _add_ideas(
    session: Session,
    content: DemoContent,
    rng: random.Random,
    fields: dict[str, ActionField],
    workshops: list[Workshop],
) -> dict[str, Idea]:
    """Cards laid out in a grid inside their cluster frames, with votes from the tables."""
    ideas: dict[str, Idea] = {}
    idea_workshops = workshops[:4]
    for field_name, clusters in content["ideas"].items():
        field = fields[field_name]
        top = row_height = 0.0
        for index, cluster_content in enumerate(clusters):
            cluster_name, texts = cluster_content["cluster"], cluster_content["cards"]
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
                    author_group=rng.choice(content["author_groups"]),
                )
                session.add(idea)
                ideas[text] = idea
    rounds = _add_rounds(session, idea_workshops)
    for idea in ideas.values():
        for voter in content["voters"]:
            dots = rng.choice((0, 0, 0, 1, 1, 2))
            for _dot in range(dots):
                session.add(Vote(idea_id=idea.id, voter=voter, round_id=rounds[idea.workshop_id]))
    return ideas


def _add_rounds(session: Session, workshops: list[Workshop]) -> dict[str | None, str]:
    """One closed round per workshop the cards came from, named after it: the dots the demo's
    groups gave by name. Workshop id → round id."""
    rounds: dict[str | None, str] = {}
    held = sorted(workshops, key=lambda w: (w.date is None, w.date, w.title))
    for position, workshop in enumerate(held):
        row = VoteRound(
            name=workshop.title,
            workshop_id=workshop.id,
            dots_per_person=5,
            voter_mode=VoterMode.NAME.value,
            state=RoundState.CLOSED.value,
            position=position,
        )
        session.add(row)
        session.flush()
        rounds[workshop.id] = row.id
    return rounds


def _stems(text: str) -> set[str]:
    """The words of a text as a reader matches them: lower case, five letters of each word of
    four or more ("Ladepunkte" and "Ladenetz" meet in "ladep"/"laden", "Rufbus" in "rufbu")."""
    return {word[:5] for word in re.findall(r"\w{4,}", text.lower())}


def _source_cards(
    record: dict[str, Any], cards: list[Idea], linked: set[str], drawn: list[Idea]
) -> list[Idea]:
    """The two cards of its field a proposal was made of: those sharing most words with its
    title, goal and measures, the title counting double; a card goes to one proposal only.
    Where fewer than two cards share a word, the ``drawn`` ones fill in (drawn for every
    proposal, so that the demo's scores, drawn after them, do not depend on the wording)."""
    title = _stems(record["title"])
    text = _stems(" ".join(str(record.get(key, "")) for key in ("goal", "measures", "problem")))

    def match(card: Idea) -> int:
        words = _stems(card.text)
        return 2 * len(words & title) + len(words & text)

    free = [card for card in cards if card.id not in linked and match(card)]
    chosen = sorted(free, key=lambda card: -match(card))[:2]
    chosen += [card for card in drawn if card not in chosen][: 2 - len(chosen)]
    linked.update(card.id for card in chosen)
    return chosen


def _add_proposals(
    session: Session,
    content: DemoContent,
    rng: random.Random,
    fields: dict[str, ActionField],
    ideas: dict[str, Idea],
    *,
    goals: dict[str, list[FieldGoal]],
) -> None:
    """Proposals numbered per field ("BB-01"), linked to matching cards and to their field's
    goals, and scores of every rater with a few gaps."""
    criteria = list(session.scalars(select(Criterion).order_by(Criterion.position)))
    raters = [Rater(name=name, position=index) for index, name in enumerate(content["raters"])]
    session.add_all(raters)
    field_ideas: dict[str, list[Idea]] = {}
    linked: set[str] = set()
    for idea in ideas.values():
        field_ideas.setdefault(idea.action_field_id, []).append(idea)
    for position, record in enumerate(content["proposals"]):
        field = fields[record["field"]]
        values = {key: value for key, value in record.items() if key not in ("field", "goals")}
        numbered = sum(
            1 for other in content["proposals"][:position] if other["field"] == record["field"]
        )
        number = f"{field_prefix(field.name, field.builtin_key)}-{numbered + 1:02d}"
        proposal = Proposal(**values, action_field_id=field.id, position=position, number=number)
        session.add(proposal)
        session.flush()
        for index in record.get("goals", []):
            session.add(
                ProposalGoal(proposal_id=proposal.id, goal_id=goals[record["field"]][index].id)
            )
        drawn = rng.sample(field_ideas[field.id], 2)
        for idea in _source_cards(record, field_ideas[field.id], linked, drawn):
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
