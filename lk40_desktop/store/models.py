"""SQLAlchemy models of one `.lk40` project file (docs/ARCHITECTURE.md, "Data").

Every row has a UUID text key and created/modified timestamps, and deletes only set
``deleted_at`` (a tombstone), so that the files of parallel breakout groups can be merged
later: a merge needs to know which side deleted what, and when.
One file holds one project, so no table carries a project key.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from lk40_desktop.store.kinds import ALL_KINDS, EntityKind

# Stable constraint names, so that Alembic's batch migrations on SQLite can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh primary key: random UUIDs never collide between laptops that merge later."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Timestamps are stored in UTC so that files from different machines compare."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_day(moment: datetime) -> date:
    """The calendar day on this computer's clock of a stored (UTC) timestamp: what "made on
    the workshop's day" compares."""
    return moment.replace(tzinfo=UTC).astimezone().date()


class Attitude(StrEnum):
    """A stakeholder's stance towards the strategy."""

    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    CRITIC = "critic"


class TimeHorizon(StrEnum):
    """When a proposal can be realised."""

    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


class Direction(StrEnum):
    """Whether a high score on a criterion is good (benefit) or bad (cost)."""

    BENEFIT = "benefit"
    COST = "cost"


class MeasureStatus(StrEnum):
    """Where a measure stands in its implementation (the monitoring's traffic light)."""

    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"
    STOPPED = "stopped"


class PortfolioAxis(StrEnum):
    """Which axis of the effort/benefit portfolio a criterion feeds."""

    NONE = "none"
    BENEFIT = "benefit"
    EFFORT = "effort"


class VoterMode(StrEnum):
    """Who the voters of a round are: numbered anonymous people (the default), the stakeholder
    groups, or people by name."""

    NUMBERED = "numbered"
    GROUP = "group"
    NAME = "name"


class RoundState(StrEnum):
    """Whether a voting round takes dots (open) or is history (closed)."""

    OPEN = "open"
    CLOSED = "closed"


class Base(DeclarativeBase):
    """Common columns of every entity: key, timestamps and tombstone."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class StarterRow:
    """A row that may come from the starter vocabulary (``services.starter``): its built-in
    key names it in the reader's language until the user renames it (then the key is None)."""

    builtin_key: Mapped[str | None] = mapped_column(String(40), default=None)


class Project(Base):
    """The strategy project itself; exactly one live row per file."""

    __tablename__ = "project"

    county: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    client: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="de")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class ActionField(StarterRow, Base):
    """A Handlungsfeld: the unit ideas and proposals are collected in."""

    __tablename__ = "action_field"

    name: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(9), default="#4472c4")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")


class Workshop(Base):
    """One workshop session; ideas and stakeholders refer to the session they came from."""

    __tablename__ = "workshop"

    title: Mapped[str] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    participant_count: Mapped[int] = mapped_column(Integer, default=0)
    participants: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    start_time: Mapped[str] = mapped_column(String(5), default="")
    """When the workshop begins ("18:30", or "" before it is planned): the agenda's start
    times count from it."""


class AgendaItem(Base):
    """A point of a workshop's agenda (Ablauf): a timebox with what happens in it and the page
    or action field it is worked on. Items follow each other without gaps, so their start
    times are computed from the workshop's start and the durations before them."""

    __tablename__ = "agenda_item"
    __table_args__ = (CheckConstraint("minutes BETWEEN 1 AND 600", name="minutes_range"),)

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(Integer, default=15)
    page: Mapped[str] = mapped_column(String(16), default="")
    """The page the item is worked on ("stakeholders", "boards", "scoring", …; "" none)."""
    action_field_id: Mapped[str | None] = mapped_column(ForeignKey("action_field.id"), default=None)
    """On the idea boards: the action field whose board is shown."""
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class StakeholderGroup(StarterRow, Base):
    """An editable stakeholder group (citizens, crafts, education, …)."""

    __tablename__ = "stakeholder_group"

    name: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(9), default="#808080")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Stakeholder(Base):
    """A person or organisation that matters to the strategy."""

    __tablename__ = "stakeholder"
    __table_args__ = (
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence_range"),
        CheckConstraint("interest BETWEEN 1 AND 5", name="interest_range"),
    )

    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    group_id: Mapped[str | None] = mapped_column(ForeignKey("stakeholder_group.id"), default=None)
    influence: Mapped[float] = mapped_column(Float, default=3.0)
    interest: Mapped[float] = mapped_column(Float, default=3.0)
    attitude: Mapped[str] = mapped_column(String(16), default=Attitude.NEUTRAL.value)
    contact_person: Mapped[str] = mapped_column(Text, default="")
    contact_details: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class StakeholderWorkshop(Base):
    """Which stakeholder took part in which workshop (a row, so it can be tombstoned)."""

    __tablename__ = "stakeholder_workshop"

    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"), index=True)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)


class RelationKind(StarterRow, Base):
    """An editable kind of stakeholder relation (cooperation, conflict, dependency, …)."""

    __tablename__ = "relation_kind"

    name: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(9), default="#606060")
    position: Mapped[int] = mapped_column(Integer, default=0)


class StakeholderRelation(Base):
    """A directed relation between two stakeholders, drawn as an arrow on the map."""

    __tablename__ = "stakeholder_relation"

    source_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"), index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"), index=True)
    kind_id: Mapped[str | None] = mapped_column(ForeignKey("relation_kind.id"), default=None)
    label: Mapped[str] = mapped_column(Text, default="")


class Cluster(Base):
    """A named frame on an idea board that carries its cards."""

    __tablename__ = "cluster"

    action_field_id: Mapped[str] = mapped_column(ForeignKey("action_field.id"), index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(9), default="#f2f2f2")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    width: Mapped[float] = mapped_column(Float, default=400.0)
    height: Mapped[float] = mapped_column(Float, default=300.0)


class Idea(Base):
    """A card on the idea board of one action field."""

    __tablename__ = "idea"

    action_field_id: Mapped[str] = mapped_column(ForeignKey("action_field.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(9), default="#fff2a8")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    cluster_id: Mapped[str | None] = mapped_column(ForeignKey("cluster.id"), default=None)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshop.id"), default=None)
    author_group: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")


class VoteRound(Base):
    """A dot voting (Abstimmungsrunde): its name, the workshop it belongs to, the dots each
    voter has per board, who the voters are, whether counts stay hidden while it is open
    (blind) and whether it is open or closed. Its dots are the Vote rows that name it."""

    __tablename__ = "vote_round"

    name: Mapped[str] = mapped_column(Text, default="")
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshop.id"), default=None)
    dots_per_person: Mapped[int] = mapped_column(Integer, default=5)
    voter_mode: Mapped[str] = mapped_column(String(16), default=VoterMode.NUMBERED.value)
    voter_count: Mapped[int] = mapped_column(Integer, default=0)
    blind: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(8), default=RoundState.OPEN.value)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Vote(Base):
    """One dot one voter (a numbered person, a group or a name; "" for dots counted off a
    paper pinboard) placed on one card in one round.

    A dot is a row that is never edited, only created and tombstoned: dots per voter can be
    limited, a round's history stays as it was, and the dots of two breakout groups add up
    when their files are merged.
    """

    __tablename__ = "vote"

    idea_id: Mapped[str] = mapped_column(ForeignKey("idea.id"), index=True)
    voter: Mapped[str] = mapped_column(Text, default="")
    round_id: Mapped[str | None] = mapped_column(
        ForeignKey("vote_round.id"), index=True, default=None
    )


class Proposal(Base):
    """A project proposal with its profile (Steckbrief)."""

    __tablename__ = "proposal"

    action_field_id: Mapped[str | None] = mapped_column(
        ForeignKey("action_field.id"), index=True, default=None
    )
    title: Mapped[str] = mapped_column(Text)
    goal: Mapped[str] = mapped_column(Text, default="")
    target_groups: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    cost_estimate_eur: Mapped[float | None] = mapped_column(Float, default=None)
    time_horizon: Mapped[str] = mapped_column(String(8), default=TimeHorizon.MEDIUM.value)
    funding_programmes: Mapped[str] = mapped_column(Text, default="")
    kpis: Mapped[str] = mapped_column(Text, default="")
    quick_win: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The measure profile (Maßnahmensteckbrief), revision 0006_strategy_chapters.
    number: Mapped[str] = mapped_column(String(16), default="")
    """The measure's number in its field ("BB-03"): given once, never renumbered."""
    problem: Mapped[str] = mapped_column(Text, default="")
    effect: Mapped[str] = mapped_column(Text, default="")
    """The expected effect (the goal is ``goal``)."""
    own_share_eur: Mapped[float | None] = mapped_column(Float, default=None)
    grants_eur: Mapped[float | None] = mapped_column(Float, default=None)
    follow_up_eur: Mapped[float | None] = mapped_column(Float, default=None)
    """Follow-up costs per year once the measure runs."""
    staff_fte: Mapped[float | None] = mapped_column(Float, default=None)
    start_quarter: Mapped[str] = mapped_column(String(8), default="")
    """The quarter it starts, "2027-Q2" ("" for not set)."""
    milestones: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(8), default=MeasureStatus.PLANNED.value)


class ProposalGoal(Base):
    """A field goal a proposal works towards (its profile's "linked goals")."""

    __tablename__ = "proposal_goal"

    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"), index=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("field_goal.id"), index=True)


class ProposalIdea(Base):
    """Link from a proposal back to a card it was promoted from."""

    __tablename__ = "proposal_idea"

    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"), index=True)
    idea_id: Mapped[str] = mapped_column(ForeignKey("idea.id"), index=True)


class ProposalDependency(Base):
    """A proposal that needs another one to be realised first."""

    __tablename__ = "proposal_dependency"

    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"), index=True)
    depends_on_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"), index=True)


class Criterion(StarterRow, Base):
    """A criterion of the weighted scoring matrix (Nutzwertanalyse)."""

    __tablename__ = "criterion"

    name: Mapped[str] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    scale_min: Mapped[int] = mapped_column(Integer, default=0)
    scale_max: Mapped[int] = mapped_column(Integer, default=5)
    direction: Mapped[str] = mapped_column(String(8), default=Direction.BENEFIT.value)
    portfolio_axis: Mapped[str] = mapped_column(String(8), default=PortfolioAxis.NONE.value)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Rater(Base):
    """A participant or group that scores proposals."""

    __tablename__ = "rater"

    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Score(Base):
    """One rater's score of one proposal on one criterion; a missing row is a missing score."""

    __tablename__ = "score"
    __table_args__ = (Index("ix_score_cell", "proposal_id", "criterion_id", "rater_id"),)

    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"))
    criterion_id: Mapped[str] = mapped_column(ForeignKey("criterion.id"), index=True)
    rater_id: Mapped[str] = mapped_column(ForeignKey("rater.id"), index=True)
    value: Mapped[float] = mapped_column(Float)


class StrategyChapter(Base):
    """A chapter of the strategy paper the county writes itself (Vorwort, Ausgangslage …),
    of the project (``action_field_id`` None) or of one action field; its text is Markdown
    (what the editor's ``QTextDocument.toMarkdown`` writes). A row exists once the chapter
    was touched; until then it is included, in its default place, and empty."""

    __tablename__ = "strategy_chapter"

    key: Mapped[str] = mapped_column(String(40))
    action_field_id: Mapped[str | None] = mapped_column(
        ForeignKey("action_field.id"), index=True, default=None
    )
    included: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    signer: Mapped[str] = mapped_column(Text, default="")
    """Who signs it (the Vorwort's Landrat or Landrätin); "" for other chapters."""


class KeyFigure(Base):
    """A figure of the Ausgangslage with where it comes from and when it was true."""

    __tablename__ = "key_figure"

    label: Mapped[str] = mapped_column(Text)
    value: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    as_of: Mapped[date | None] = mapped_column(Date, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)


class FieldGoal(Base):
    """A goal of an action field with the indicator that measures it and its target."""

    __tablename__ = "field_goal"

    action_field_id: Mapped[str] = mapped_column(ForeignKey("action_field.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text, default="")
    target_value: Mapped[str] = mapped_column(Text, default="")
    target_year: Mapped[int | None] = mapped_column(Integer, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Participant(Base):
    """A person who took part in a workshop, with what they agreed to.

    Names are printed only with the person's consent ("named"): the protocol, the paper and
    the workbook leave everyone else out (a count stays). A participant may be the same person
    as a stakeholder (``stakeholder_id``). "Personendaten entfernen" overwrites the name and
    organisation with "" and drops the link; the row, its workshop and group stay, so the
    workshop's count does not change."""

    __tablename__ = "participant"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    group_id: Mapped[str | None] = mapped_column(ForeignKey("stakeholder_group.id"), default=None)
    stakeholder_id: Mapped[str | None] = mapped_column(ForeignKey("stakeholder.id"), default=None)
    named: Mapped[bool] = mapped_column(Boolean, default=False)
    """Consents to be named in the protocol and the exports."""
    photographed: Mapped[bool] = mapped_column(Boolean, default=False)
    """Consents to appear in photographs of the workshop."""


class Photo(Base):
    """A photo of the room's work (a pinboard, a flipchart, a group at work) attached to one
    workshop, one idea board (its action field) or one proposal, stored in the file itself:
    a project file travels on a USB stick and must not point at pictures on one laptop.

    ``data`` is the picture as the app keeps it (``services.photos``: upright, long edge at most
    2,400 px, JPEG, or PNG where it has transparency or few colours); ``thumbnail`` a small
    JPEG or PNG for the strips, so a page never decodes the full pictures to show them.
    Photos of people are personal data (``services.privacy`` counts them)."""

    __tablename__ = "photo"
    __table_args__ = (
        CheckConstraint(
            "(workshop_id IS NOT NULL) + (action_field_id IS NOT NULL)"
            " + (proposal_id IS NOT NULL) = 1",
            name="one_owner",
        ),
    )

    workshop_id: Mapped[str | None] = mapped_column(
        ForeignKey("workshop.id"), index=True, default=None
    )
    action_field_id: Mapped[str | None] = mapped_column(
        ForeignKey("action_field.id"), index=True, default=None
    )
    """The idea board (one per action field) the photo belongs to."""
    proposal_id: Mapped[str | None] = mapped_column(
        ForeignKey("proposal.id"), index=True, default=None
    )
    caption: Mapped[str] = mapped_column(Text, default="")
    media_type: Mapped[str] = mapped_column(String(16), default="image/jpeg")
    """"image/jpeg" or "image/png": what ``data`` holds."""
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    position: Mapped[int] = mapped_column(Integer, default=0)
    """The order among the photos of the same owner."""


class FileCopy(Base):
    """A copy of this file the app wrote (Speichern unter, Kopie speichern, the backup taken
    before a migration, later group files): a copy keeps the personal data it held when it was
    made, so the inventory and the removal dialog name every copy they know of."""

    __tablename__ = "file_copy"

    path: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="copy")
    """"copy" (a copy saved from the app), "backup" (the file as it was before it was migrated
    to a newer revision, ``store.migrate.backup_path_for``) or "group" (a group file handed to
    another laptop)."""


class Handout(Base):
    """A base snapshot of a hand-out to a breakout group: every row's values when a group
    file was made (or, in the project, when that group was last merged). A merge finds what
    each side changed by comparing values with it, never by comparing laptop clocks.

    ``group`` "" is the hand-out itself (the state every group file of it started from);
    ``own`` marks, in a group file, the row that says which group this file is. The table is
    the file's own and is never merged."""

    __tablename__ = "handout"

    handout_id: Mapped[str] = mapped_column(String(36), index=True)
    group: Mapped[str] = mapped_column(Text, default="")
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    base: Mapped[bytes] = mapped_column(LargeBinary)
    """zlib-compressed JSON: kind → row id → column → value, as SQLite stores it."""


class Origin(Base):
    """Where a merged row came from: the breakout group whose file brought it. Rows typed in
    this file have none."""

    __tablename__ = "origin"

    kind: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    group: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """A project-wide setting that travels with the file (e.g. score aggregation)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")


_MODELS = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
if set(_MODELS) != set(ALL_KINDS):
    raise RuntimeError(f"store.kinds and the tables differ: {set(_MODELS) ^ set(ALL_KINDS)}")
ENTITY_KINDS: dict[EntityKind, type[Base]] = {kind: _MODELS[kind] for kind in ALL_KINDS}
"""Entity kind (the table name) → model; the vocabulary of change records and edits."""
