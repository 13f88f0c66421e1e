"""What the results protocol (Ergebnisprotokoll) of one workshop reports: the facts of the
evening, who took part (named only with consent, everyone else in the count), the agenda,
the cards written there by action field and cluster with the dots of the workshop's rounds,
the proposals made or worked on that day, and the next steps.

The protocol goes to the participants within days, so it may name nobody who did not agree
to be named: only ``named_participants`` reach it, and the workshop's free-text participant
list (which may hold anyone's name) never does. Which proposals "belong" to a workshop is not
stored; a proposal counts when it was created or changed on the workshop's day (local time)
or was made from a card written in the workshop.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from lk40_desktop.services import project as project_service
from lk40_desktop.services.agenda import AgendaEntry, agenda, end_time
from lk40_desktop.services.board.data import CardRow, ClusterRow, VoteRow, load_board
from lk40_desktop.services.board.navigation import frame_order
from lk40_desktop.services.board.rounds import RoundRow
from lk40_desktop.services.participants import named_participants, participants
from lk40_desktop.services.photos import ExportPhoto, workshop_photos
from lk40_desktop.services.project import ActionFieldRow
from lk40_desktop.services.starter import names_in
from lk40_desktop.store.models import Proposal, ProposalIdea, Workshop, local_day
from lk40_desktop.store.queries import live, live_columns


class UnknownWorkshopError(LookupError):
    """No workshop (or more than one) answers to the id or title asked for."""

    def __init__(self, key: str, matches: int, titles: Sequence[str] = ()) -> None:
        super().__init__(key)
        self.key = key
        self.matches = matches
        """0: none has that id or title; 2 or more: the title is not unique."""
        self.titles = list(titles)
        """The titles of the project's workshops, to say which there are."""


@dataclass(frozen=True)
class ProtocolCard:
    """A card written in the workshop, with its dots per round of the workshop."""

    text: str
    details: str
    dots: tuple[int, ...]
    """Dots in each of ``Protocol.rounds``, in their order."""
    author_group: str = ""


@dataclass(frozen=True)
class ProtocolCluster:
    """A cluster frame of a board with the workshop's cards in it ("" for cards of none)."""

    name: str
    cards: list[ProtocolCard]


@dataclass(frozen=True)
class ProtocolField:
    """An action field with the cards the workshop wrote on its board."""

    name: str
    clusters: list[ProtocolCluster]

    @property
    def card_count(self) -> int:
        """How many cards the workshop wrote on this board."""
        return sum(len(cluster.cards) for cluster in self.clusters)


@dataclass(frozen=True)
class ProtocolProposal:
    """A proposal made or worked on in the workshop."""

    code: str
    title: str
    field: str
    created: bool
    """Made that day (True) or only changed / drawn from the workshop's cards (False)."""


@dataclass
class Protocol:
    """Everything the protocol of one workshop prints."""

    language: str
    county: str
    project_title: str
    logo_png: bytes | None
    title: str
    day: date | None
    place: str
    facilitator: str
    start: str
    end: str
    head_count: int
    """How many took part: the workshop's count, or the listed participants if more."""
    named: list[tuple[str, str]]
    """(name, organisation) of those who agreed to be named, in the order of entry."""
    agenda: list[AgendaEntry]
    rounds: list[str]
    """Names of the workshop's voting rounds, in the order they were held."""
    fields: list[ProtocolField]
    proposals: list[ProtocolProposal]
    next_steps: str
    """The workshop's notes: what was agreed and what happens next."""
    photos: list[ExportPhoto] = field(default_factory=list)
    """The workshop's photos, then its boards' photos of that day."""
    not_photographed: int = 0
    """Listed participants who did not agree to be photographed: whoever sends the protocol
    checks that the photos do not show them."""
    round_totals: list[int] = field(default_factory=list)
    """All dots of each round (on any card, also cards of earlier workshops)."""

    @property
    def card_count(self) -> int:
        """How many cards the workshop wrote."""
        return sum(f.card_count for f in self.fields)


def find_workshop(session: Session, key: str) -> str:
    """The id of the workshop whose id or title is ``key`` (``project.named_by``); raises
    ``UnknownWorkshopError`` for none or several: a protocol names one workshop."""
    rows = project_service.workshops(session)
    matches = project_service.named_by([(w.id, w.title) for w in rows], key)
    if len(matches) != 1:
        raise UnknownWorkshopError(key, len(matches), [w.title for w in rows])
    return matches[0]


def load_protocol(session: Session, workshop_id: str, language: str | None = None) -> Protocol:
    """The protocol of one workshop in ``language`` (None: the project's)."""
    project = project_service.get_project(session)
    language = language or project.language
    with names_in(session, language):
        workshop = session.scalar(live(Workshop).where(Workshop.id == workshop_id))
        if workshop is None:
            raise UnknownWorkshopError(workshop_id, 0)
        points = agenda(session, workshop_id)
        people = participants(session, workshop_id)
        fields = project_service.action_fields(session)
        field_names = {f.id: f.name for f in fields}
        board = load_board(session)
        rounds = [r for r in board.rounds if r.workshop_id == workshop_id]
        cards = [c for c in board.cards if c.workshop_id == workshop_id]
        dots = _dots(board.votes, [r.id for r in rounds])
        return Protocol(
            language=language,
            county=project.county,
            project_title=project.title,
            logo_png=project.logo_png,
            title=workshop.title,
            day=workshop.date,
            place=workshop.place,
            facilitator=workshop.facilitator,
            start=workshop.start_time,
            end=end_time(workshop.start_time, [p.minutes for p in points]) if points else "",
            head_count=max(workshop.participant_count, len(people)),
            named=[(p.name, p.organisation) for p in named_participants(people)],
            agenda=points,
            rounds=[r.name for r in rounds],
            round_totals=[
                sum(card_dots.get(r.id, 0) for card_dots in dots.values()) for r in rounds
            ],
            fields=_fields(fields, cards, board.clusters, dots=dots, rounds=rounds),
            proposals=_proposals(session, workshop, {c.id for c in cards}, field_names),
            next_steps=workshop.notes,
            photos=workshop_photos(
                session,
                workshop_id,
                {f.id: f.name for f in fields if any(c.field_id == f.id for c in cards)},
                workshop.date,
            ),
            not_photographed=sum(1 for p in people if not p.photographed),
        )


def _dots(votes: Sequence[VoteRow], round_ids: Sequence[str]) -> dict[str, dict[str, int]]:
    """Card id → round id → dots, for the given rounds."""
    wanted = set(round_ids)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for vote in votes:
        if vote.round_id is not None and vote.round_id in wanted:
            counts[vote.idea_id][vote.round_id] += 1
    return counts


def _fields(
    fields: Sequence[ActionFieldRow],
    cards: Sequence[CardRow],
    clusters: Sequence[ClusterRow],
    *,
    dots: dict[str, dict[str, int]],
    rounds: Sequence[RoundRow],
) -> list[ProtocolField]:
    """The workshop's cards by action field (the project's order) and cluster (reading
    order, cards of no cluster last), most dots first within a cluster."""
    round_ids = [r.id for r in rounds]
    frames = sorted(clusters, key=frame_order)
    known = {frame.id for frame in frames}

    def dots_of(card: CardRow) -> tuple[int, ...]:
        return tuple(dots.get(card.id, {}).get(r, 0) for r in round_ids)

    result = []
    for action_field in fields:
        on_board = [c for c in cards if c.field_id == action_field.id]
        if not on_board:
            continue
        groups: list[ProtocolCluster] = []
        for frame in [*(f for f in frames if f.field_id == action_field.id), None]:
            frame_id = frame.id if frame else None  # a card whose frame is gone is loose
            inside = [
                c for c in on_board if (c.cluster_id if c.cluster_id in known else None) == frame_id
            ]
            inside.sort(key=lambda c: -sum(dots_of(c)))  # stable: as loaded among equals
            if inside:
                rows = [ProtocolCard(c.text, c.details, dots_of(c), c.author_group) for c in inside]
                groups.append(ProtocolCluster(frame.name if frame else "", rows))
        result.append(ProtocolField(action_field.name, groups))
    return result


def _proposals(
    session: Session, workshop: Workshop, card_ids: set[str], field_names: dict[str, str]
) -> list[ProtocolProposal]:
    """Proposals created or changed on the workshop's day, or made from its cards."""
    from_cards = {
        proposal_id
        for proposal_id, idea_id in session.execute(
            live_columns(ProposalIdea, ProposalIdea.proposal_id, ProposalIdea.idea_id)
        )
        if idea_id in card_ids
    }
    query = live_columns(
        Proposal,
        Proposal.id,
        Proposal.number,
        Proposal.title,
        Proposal.action_field_id,
        Proposal.created_at,
        Proposal.modified_at,
    ).order_by(Proposal.position, Proposal.created_at)
    found = []
    for key, code, title, field_id, created_at, modified_at in session.execute(query):
        created = workshop.date is not None and local_day(created_at) == workshop.date
        changed = workshop.date is not None and local_day(modified_at) == workshop.date
        if created or changed or key in from_cards:
            found.append(
                ProtocolProposal(code, title, field_names.get(field_id or "", ""), created)
            )
    return found
