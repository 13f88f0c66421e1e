"""What a board shows, read from the file in plain columns: action fields with their card counts,
cards with their dots (of one voting round, or of all), cluster frames, the dots themselves and
the rounds; patched in place after an edit of a few rows.
The few rows an operation on a selection needs are read by id (``read_cards``,
``read_clusters``, ``inbox_places`` …), so an edit on a board of 5,000 cards does not read it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import Session

from lk40_desktop.services.board.rounds import DEFAULT_DOTS, RoundRow, load_rounds
from lk40_desktop.services.origins import origin_column
from lk40_desktop.services.project import action_fields
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import (
    ActionField,
    Cluster,
    Idea,
    Proposal,
    ProposalIdea,
    Vote,
    Workshop,
)
from lk40_desktop.store.queries import is_live, live_columns

CARD_COLORS = ("#fff2a8", "#c8e6ff", "#d4f5c4", "#ffd6d6", "#ffe0b2", "#e8dcff", "#ffffff")
"""Metaplan card colours: yellow, blue, green, pink, orange, lilac, white."""


CARD_COLUMNS = (
    Idea.id,
    Idea.action_field_id,
    Idea.text,
    Idea.details,
    Idea.color,
    Idea.x,
    Idea.y,
    Idea.cluster_id,
    Idea.workshop_id,
    Idea.author_group,
    Idea.tags,
    origin_column(Idea),
)
"""The columns of a CardRow, in its order (its votes are summed separately)."""


CLUSTER_COLUMNS = (
    Cluster.id,
    Cluster.action_field_id,
    Cluster.name,
    Cluster.color,
    Cluster.x,
    Cluster.y,
    Cluster.width,
    Cluster.height,
)


@dataclass(frozen=True)
class FieldRow:
    """An action field as the board switcher shows it."""

    id: str
    name: str
    color: str
    archived: bool
    cards: int


@dataclass(frozen=True)
class CardRow:
    """One card with its dots (of the board's round, or of every round)."""

    id: str
    field_id: str
    text: str
    details: str
    color: str
    x: float
    y: float
    cluster_id: str | None
    workshop_id: str | None
    author_group: str
    tags: str
    votes: int
    origin: str = ""
    """The breakout group whose file brought the card ("": typed in this file)."""

    @classmethod
    def of(cls, row: Sequence[Any], votes: int) -> CardRow:
        """A card from the values of ``CARD_COLUMNS`` (older files may hold NULL texts)."""
        card_id, field_id, text, details, color, x, y, cluster_id, workshop_id = row[:9]
        return cls(
            card_id,
            field_id,
            text,
            details,
            color,
            x,
            y,
            cluster_id,
            workshop_id,
            row[9] or "",
            row[10] or "",
            votes,
            row[11],
        )

    def tag_list(self) -> list[str]:
        """Tags are stored comma-separated; blanks are ignored."""
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]


@dataclass(frozen=True)
class ClusterRow:
    """A named frame on a board."""

    id: str
    field_id: str
    name: str
    color: str
    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        """Whether a card whose centre is at (x, y) lies in the frame."""
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(frozen=True)
class VoteRow:
    """One dot: a voter's on a card in a round."""

    id: str
    idea_id: str
    voter: str
    round_id: str | None


VOTE_COLUMNS = (Vote.id, Vote.idea_id, Vote.voter, Vote.round_id)


@dataclass
class BoardData:
    """Everything one board (or all boards) shows, with the dots of one round (``round_id``)
    or, for the exports, of every round."""

    fields: list[FieldRow]
    cards: list[CardRow]
    clusters: list[ClusterRow]
    votes: list[VoteRow]
    workshops: list[tuple[str, str]]
    """(id, title) of the workshops, in date order."""
    rounds: list[RoundRow] = field(default_factory=list)
    round_id: str | None = None
    """The round whose dots ``cards`` and ``votes`` hold (None: every round's)."""
    promoted: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Card id → the titles of the live proposals it became (``ProposalIdea``)."""
    _dot_index: dict[tuple[str, str], int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for vote in self.votes:
            key = (vote.idea_id, vote.voter)
            self._dot_index[key] = self._dot_index.get(key, 0) + 1

    def dots_of(self, idea_id: str, voter: str) -> int:
        """One voter's dots on one card."""
        return self._dot_index.get((idea_id, voter), 0)

    @property
    def round(self) -> RoundRow | None:
        """The round shown, if one is chosen."""
        return next((r for r in self.rounds if r.id == self.round_id), None)

    @property
    def dots_per_voter(self) -> int:
        """Dots each voter has per board in the round shown."""
        shown = self.round
        return shown.dots_per_person if shown is not None else DEFAULT_DOTS

    @property
    def hides_counts(self) -> bool:
        """Whether the round shown is blind and still open: no count may be seen."""
        shown = self.round
        return shown is not None and shown.hides_counts

    def field(self, field_id: str | None) -> FieldRow | None:
        """An action field by id."""
        return next((f for f in self.fields if f.id == field_id), None)

    def voters(self) -> list[str]:
        """Everyone who has voted, sorted."""
        return sorted({v.voter for v in self.votes if v.voter})


def load_board(
    session: Session, field_id: str | None = None, round_id: str | None = None
) -> BoardData:
    """The cards, clusters and dots of one action field (or of all fields with None), the dots
    of one round (or of all rounds with None: what the exports count).

    Plain column selects rather than ORM objects: a board of 5,000 cards loads in a few
    tens of milliseconds this way.
    """
    counts = _card_counts(session)
    fields = [
        FieldRow(f.id, f.name, f.color, f.archived, counts.get(f.id, 0))
        for f in action_fields(session)
    ]
    live_fields = {f.id for f in fields}
    idea_query = live_columns(Idea, *CARD_COLUMNS)
    live_ideas = live_columns(Idea, Idea.id)
    cluster_query = live_columns(Cluster, *CLUSTER_COLUMNS)
    if field_id is not None:
        idea_query = idea_query.where(Idea.action_field_id == field_id)
        live_ideas = live_ideas.where(Idea.action_field_id == field_id)
        cluster_query = cluster_query.where(Cluster.action_field_id == field_id)
    vote_query = live_columns(Vote, *VOTE_COLUMNS).where(Vote.idea_id.in_(live_ideas))
    if round_id is not None:
        vote_query = vote_query.where(Vote.round_id == round_id)
    votes = [VoteRow(*row) for row in session.execute(vote_query)]
    totals: dict[str, int] = defaultdict(int)
    for vote in votes:
        totals[vote.idea_id] += 1
    cards = [
        CardRow.of(row, totals.get(row[0], 0))
        for row in session.execute(idea_query)
        if row[1] in live_fields
    ]
    clusters = [ClusterRow(*row) for row in session.execute(cluster_query)]
    workshops = [
        (w_id, title)
        for w_id, title in session.execute(
            live_columns(Workshop, Workshop.id, Workshop.title).order_by(
                Workshop.date, Workshop.title
            )
        )
    ]
    promoted = _promoted(session, field_id)
    return BoardData(
        fields, cards, clusters, votes, workshops, load_rounds(session), round_id, promoted
    )


def _promoted(session: Session, field_id: str | None) -> dict[str, tuple[str, ...]]:
    """The proposals each live card of the board (all boards with None) became, by title.
    Read from the card links, which are few, rather than from the board's thousands of cards."""
    query = (
        live_columns(ProposalIdea, ProposalIdea.idea_id, Proposal.title)
        .join(Proposal, Proposal.id == ProposalIdea.proposal_id)
        .join(Idea, Idea.id == ProposalIdea.idea_id)
        .where(is_live(Proposal), is_live(Idea))
        .order_by(Proposal.created_at, Proposal.id)
    )
    if field_id is not None:
        query = query.where(Idea.action_field_id == field_id)
    titles: dict[str, tuple[str, ...]] = {}
    for idea_id, title in session.execute(query):
        titles[idea_id] = (*titles.get(idea_id, ()), title or "")
    return titles


PROMOTION_KINDS: frozenset[EntityKind] = frozenset({"proposal", "proposal_idea"})
"""Edits of only these kinds change which cards are marked as proposals, nothing else."""


def refresh_promoted(
    session: Session, data: BoardData, field_id: str | None
) -> tuple[BoardData, set[str]]:
    """The board with its proposal marks read again (a promotion, a deleted or renamed
    proposal) and the cards whose mark changed — typing in a profile must not reread 5,000
    cards."""
    promoted = _promoted(session, field_id)
    changed = {
        card_id
        for card_id in promoted.keys() | data.promoted.keys()
        if promoted.get(card_id) != data.promoted.get(card_id)
    }
    patched = BoardData(
        data.fields,
        data.cards,
        data.clusters,
        data.votes,
        data.workshops,
        data.rounds,
        data.round_id,
        promoted,
    )
    return patched, changed


def _card_counts(session: Session) -> dict[str, int]:
    """Live cards per action field."""
    # Not dict(result): a Result has keys(), so dict() would treat it as a mapping.
    return {  # noqa: C416
        field_id: count
        for field_id, count in session.execute(
            live_columns(Idea, Idea.action_field_id, func.count()).group_by(Idea.action_field_id)
        )
    }


def inbox_places(session: Session, field_id: str) -> tuple[float | None, list[tuple[float, float]]]:
    """What the inbox of new cards on a field's board depends on: the right edge of its
    cluster frames (None without frames) and the places of its loose cards. Two small reads,
    so capturing a card on a board of 5,000 does not read the board."""
    right: float | None = session.scalar(
        live_columns(Cluster, func.max(Cluster.x + Cluster.width)).where(
            Cluster.action_field_id == field_id
        )
    )
    loose = session.execute(
        live_columns(Idea, Idea.x, Idea.y).where(
            Idea.action_field_id == field_id, Idea.cluster_id.is_(None)
        )
    )
    return right, [(x, y) for x, y in loose]


PARTIAL_KINDS: frozenset[EntityKind] = frozenset({"idea", "cluster", "vote"})
"""Edits of only these kinds are patched into a loaded board instead of reloading it."""


def first_field_id(session: Session) -> str | None:
    """The board a project opens on: its first action field that is not archived."""
    field_id: str | None = session.scalar(
        live_columns(ActionField, ActionField.id)
        .where(ActionField.archived.is_(False))
        .order_by(ActionField.position, ActionField.name)
        .limit(1)
    )
    return field_id


def refresh_board(
    session: Session,
    data: BoardData,
    field_id: str | None,
    ids_by_kind: dict[EntityKind, set[str]],
) -> tuple[BoardData, set[str], set[str]]:
    """Patch a loaded board with the rows one edit touched (``PARTIAL_KINDS`` only).

    Returns the new data and the ids of the cards and clusters whose rows changed, so that
    views touch only those: capturing a card on a board of 5,000 must not reread them all.
    """
    touched_cards = set(ids_by_kind.get("idea", set()))
    votes = _patched_votes(session, data, ids_by_kind.get("vote", set()), touched_cards)
    totals: dict[str, int] = defaultdict(int)
    for vote in votes.values():
        if vote.idea_id in touched_cards:
            totals[vote.idea_id] += 1
    live_fields = {f.id for f in data.fields}
    cards = {c.id: c for c in data.cards if c.id not in touched_cards}
    for row in session.execute(live_columns(Idea, *CARD_COLUMNS).where(Idea.id.in_(touched_cards))):
        if row[1] in live_fields and field_id in (None, row[1]):
            cards[row[0]] = CardRow.of(row, totals.get(row[0], 0))
    touched_clusters = set(ids_by_kind.get("cluster", set()))
    clusters = {c.id: c for c in data.clusters if c.id not in touched_clusters}
    for frame in session.execute(
        live_columns(Cluster, *CLUSTER_COLUMNS).where(Cluster.id.in_(touched_clusters))
    ):
        if field_id in (None, frame[1]):
            clusters[frame[0]] = ClusterRow(*frame)
    if "idea" in ids_by_kind:
        counts = _card_counts(session)
        fields = [
            FieldRow(f.id, f.name, f.color, f.archived, counts.get(f.id, 0)) for f in data.fields
        ]
    else:
        fields = data.fields
    patched = BoardData(
        fields,
        list(cards.values()),
        list(clusters.values()),
        list(votes.values()),
        data.workshops,
        data.rounds,
        data.round_id,
        data.promoted,
    )
    return patched, touched_cards, touched_clusters


def _patched_votes(
    session: Session, data: BoardData, vote_ids: set[str], touched_cards: set[str]
) -> dict[str, VoteRow]:
    """The board's dots by id after an edit of ``vote_ids`` (created or tombstoned), read
    again; the cards they lie on join ``touched_cards``."""
    votes = {v.id: v for v in data.votes}
    for vote_id in vote_ids:  # gone or revived: read again below if it is still live
        old = votes.pop(vote_id, None)
        if old is not None:
            touched_cards.add(old.idea_id)
    if vote_ids:
        for row in session.execute(live_columns(Vote, *VOTE_COLUMNS).where(Vote.id.in_(vote_ids))):
            if data.round_id in (None, row[3]):
                votes[row[0]] = VoteRow(*row)
                touched_cards.add(row[1])
    return votes


ROWS_PER_QUERY = 500
"""Ids per ``IN (…)``: well below SQLite's limit of bound parameters."""


def read_cards(session: Session, ids: Sequence[str]) -> list[CardRow]:
    """The live cards with these ids and their dots, in the order of ``ids`` (unknown or
    deleted ids are left out): what an operation on a selection of cards reads."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, CardRow] = {}
    for start in range(0, len(wanted), ROWS_PER_QUERY):
        chunk = wanted[start : start + ROWS_PER_QUERY]
        totals: dict[str, int] = defaultdict(int)
        for (idea_id,) in session.execute(
            live_columns(Vote, Vote.idea_id).where(Vote.idea_id.in_(chunk))
        ):
            totals[idea_id] += 1
        for row in session.execute(live_columns(Idea, *CARD_COLUMNS).where(Idea.id.in_(chunk))):
            found[row[0]] = CardRow.of(row, totals[row[0]])
    return [found[card_id] for card_id in wanted if card_id in found]


def read_clusters(session: Session, ids: Sequence[str]) -> list[ClusterRow]:
    """The live cluster frames with these ids, in the order of ``ids``."""
    wanted = list(dict.fromkeys(ids))
    found = {
        row[0]: ClusterRow(*row)
        for row in session.execute(
            live_columns(Cluster, *CLUSTER_COLUMNS).where(Cluster.id.in_(wanted))
        )
    }
    return [found[cluster_id] for cluster_id in wanted if cluster_id in found]


def cluster_members(session: Session, cluster_ids: Sequence[str]) -> list[CardRow]:
    """The live cards filed in these clusters."""
    ids = session.scalars(live_columns(Idea, Idea.id).where(Idea.cluster_id.in_(list(cluster_ids))))
    return read_cards(session, list(ids))


def live_workshops(session: Session, ids: Iterable[str]) -> set[str]:
    """Those of these workshop ids that exist in the file (cards copied from another project
    name workshops this one does not have)."""
    wanted = list(set(ids))
    if not wanted:
        return set()
    return set(session.scalars(live_columns(Workshop, Workshop.id).where(Workshop.id.in_(wanted))))
