"""The idea boards without Qt: what a board shows, where a new card goes, filters, tidying,
the rules of dot voting and how cards become a proposal.

The board editor, the list view, the benchmark and the board image all read ``BoardData``;
edits are computed here as plain values and applied by the GUI's undo commands.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lk40_desktop.store.models import ActionField, Cluster, Idea, Setting, Vote, Workshop

CARD_WIDTH, CARD_HEIGHT, CARD_GAP = 200.0, 110.0, 20.0
"""Scene units of a card (the demo and every layout here use the same grid)."""
CLUSTER_PADDING = 40.0
"""Room around the cards inside a cluster frame; the top band holds the cluster's name."""
INBOX_ROWS = 8
"""New cards fill columns of this many cards to the right of everything on the board."""
DOTS_KEY = "dots_per_voter"
DEFAULT_DOTS = 5
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
    """One card with its total of dots."""

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
    """The dots one voter gave one card."""

    id: str
    idea_id: str
    voter: str
    dots: int


@dataclass
class BoardData:
    """Everything one board (or all boards) shows."""

    fields: list[FieldRow]
    cards: list[CardRow]
    clusters: list[ClusterRow]
    votes: list[VoteRow]
    workshops: list[tuple[str, str]]
    """(id, title) of the workshops, in date order."""
    dots_per_voter: int = DEFAULT_DOTS
    dots_setting_id: str | None = None
    _vote_index: dict[tuple[str, str], VoteRow] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._vote_index = {(v.idea_id, v.voter): v for v in self.votes}

    def vote(self, idea_id: str, voter: str) -> VoteRow | None:
        """The vote row of one voter on one card, if any."""
        return self._vote_index.get((idea_id, voter))

    def field(self, field_id: str | None) -> FieldRow | None:
        """An action field by id."""
        return next((f for f in self.fields if f.id == field_id), None)

    def voters(self) -> list[str]:
        """Everyone who has voted, sorted."""
        return sorted({v.voter for v in self.votes if v.voter})


def load_board(session: Session, field_id: str | None = None) -> BoardData:
    """The cards, clusters and votes of one action field (or of all fields with None).

    Plain column selects rather than ORM objects: a board of 5,000 cards loads in a few
    tens of milliseconds this way.
    """
    # Not dict(result): a Result has keys(), so dict() would treat it as a mapping.
    counts: dict[str, int] = {  # noqa: C416
        field_id: count
        for field_id, count in session.execute(
            select(Idea.action_field_id, func.count())
            .where(Idea.deleted_at.is_(None))
            .group_by(Idea.action_field_id)
        )
    }
    fields = [
        FieldRow(f.id, f.name, f.color, f.archived, counts.get(f.id, 0))
        for f in session.execute(
            select(ActionField.id, ActionField.name, ActionField.color, ActionField.archived)
            .where(ActionField.deleted_at.is_(None))
            .order_by(ActionField.position, ActionField.name)
        )
    ]
    live_fields = {f.id for f in fields}
    idea_query = select(*CARD_COLUMNS).where(Idea.deleted_at.is_(None))
    vote_query = (
        select(Vote.id, Vote.idea_id, Vote.voter, Vote.dots)
        .join(Idea, Idea.id == Vote.idea_id)
        .where(Vote.deleted_at.is_(None), Idea.deleted_at.is_(None))
    )
    cluster_query = select(*CLUSTER_COLUMNS).where(Cluster.deleted_at.is_(None))
    if field_id is not None:
        idea_query = idea_query.where(Idea.action_field_id == field_id)
        vote_query = vote_query.where(Idea.action_field_id == field_id)
        cluster_query = cluster_query.where(Cluster.action_field_id == field_id)
    votes = [VoteRow(*row) for row in session.execute(vote_query)]
    totals: dict[str, int] = defaultdict(int)
    for vote in votes:
        totals[vote.idea_id] += vote.dots
    cards = [
        CardRow(*row[:9], row[9] or "", row[10] or "", totals.get(row[0], 0))
        for row in session.execute(idea_query)
        if row[1] in live_fields
    ]
    clusters = [ClusterRow(*row) for row in session.execute(cluster_query)]
    workshops = [
        (w_id, title)
        for w_id, title in session.execute(
            select(Workshop.id, Workshop.title)
            .where(Workshop.deleted_at.is_(None))
            .order_by(Workshop.date, Workshop.title)
        )
    ]
    setting = session.execute(
        select(Setting.id, Setting.value).where(Setting.key == DOTS_KEY)
    ).first()
    dots = DEFAULT_DOTS
    if setting is not None and setting[1].isdigit():
        dots = max(1, int(setting[1]))
    return BoardData(
        fields, cards, clusters, votes, workshops, dots, setting[0] if setting else None
    )


PARTIAL_KINDS = frozenset({"idea", "cluster", "vote"})
"""Edits of only these kinds are patched into a loaded board instead of reloading it."""


def first_field_id(session: Session) -> str | None:
    """The board a project opens on: its first action field that is not archived."""
    return session.scalar(
        select(ActionField.id)
        .where(ActionField.deleted_at.is_(None), ActionField.archived.is_(False))
        .order_by(ActionField.position, ActionField.name)
        .limit(1)
    )


def refresh_board(
    session: Session,
    data: BoardData,
    field_id: str | None,
    ids_by_kind: dict[str, set[str]],
) -> tuple[BoardData, set[str], set[str]]:
    """Patch a loaded board with the rows one edit touched (``PARTIAL_KINDS`` only).

    Returns the new data and the ids of the cards and clusters whose rows changed, so that
    views touch only those: capturing a card on a board of 5,000 must not reread them all.
    """
    votes = {v.id: v for v in data.votes}
    touched_cards = set(ids_by_kind.get("idea", set()))
    vote_ids = ids_by_kind.get("vote", set())
    if vote_ids:
        for vote_id, idea_id, voter, dots, deleted in session.execute(
            select(Vote.id, Vote.idea_id, Vote.voter, Vote.dots, Vote.deleted_at).where(
                Vote.id.in_(vote_ids)
            )
        ):
            votes.pop(vote_id, None)
            if deleted is None:
                votes[vote_id] = VoteRow(vote_id, idea_id, voter, dots)
            touched_cards.add(idea_id)
    totals: dict[str, int] = defaultdict(int)
    for vote in votes.values():
        if vote.idea_id in touched_cards:
            totals[vote.idea_id] += vote.dots
    live_fields = {f.id for f in data.fields}
    cards = {c.id: c for c in data.cards}
    for row in session.execute(
        select(*CARD_COLUMNS, Idea.deleted_at).where(Idea.id.in_(touched_cards))
    ):
        cards.pop(row[0], None)
        shown = row[1] in live_fields and field_id in (None, row[1])
        if row[11] is None and shown:
            cards[row[0]] = CardRow(*row[:9], row[9] or "", row[10] or "", totals.get(row[0], 0))
    clusters = {c.id: c for c in data.clusters}
    touched_clusters = set(ids_by_kind.get("cluster", set()))
    for frame in session.execute(
        select(*CLUSTER_COLUMNS, Cluster.deleted_at).where(Cluster.id.in_(touched_clusters))
    ):
        clusters.pop(frame[0], None)
        if frame[8] is None and field_id in (None, frame[1]):
            clusters[frame[0]] = ClusterRow(*frame[:8])
    counts: dict[str, int] = defaultdict(int)
    if "idea" in ids_by_kind:
        for field, count in session.execute(
            select(Idea.action_field_id, func.count())
            .where(Idea.deleted_at.is_(None))
            .group_by(Idea.action_field_id)
        ):
            counts[field] = count
        fields = [FieldRow(f.id, f.name, f.color, f.archived, counts[f.id]) for f in data.fields]
    else:
        fields = data.fields
    patched = BoardData(
        fields,
        list(cards.values()),
        list(clusters.values()),
        list(votes.values()),
        data.workshops,
        data.dots_per_voter,
        data.dots_setting_id,
    )
    return patched, touched_cards, touched_clusters


# -- placing cards ------------------------------------------------------------------------------


def free_spots(
    cards: Sequence[CardRow], clusters: Sequence[ClusterRow], count: int
) -> list[tuple[float, float]]:
    """Where ``count`` new cards go: an inbox of columns right of the clusters, filled top
    to bottom, skipping spots where a card already lies. A facilitator finds the new cards
    together and drags them into clusters from there."""
    right = max([c.x + c.width for c in clusters], default=0.0)
    left = right + (CARD_GAP * 3 if clusters else 0.0)
    step_x, step_y = CARD_WIDTH + CARD_GAP, CARD_HEIGHT + CARD_GAP
    taken = {
        (round((c.x - left) / step_x), round(c.y / step_y))
        for c in cards
        if c.cluster_id is None and c.x >= left - CARD_WIDTH / 2
    }
    spots: list[tuple[float, float]] = []
    slot = 0
    while len(spots) < count:
        column, row = divmod(slot, INBOX_ROWS)
        if (column, row) not in taken:
            spots.append((left + column * step_x, row * step_y))
        slot += 1
    return spots


def card_in_direction(
    centres: Iterable[tuple[str, float, float]], origin: tuple[float, float], dx: int, dy: int
) -> str | None:
    """The card an arrow key goes to from ``origin`` (``dx``, ``dy``: one of them ±1, the other
    0): the nearest centre that way, where distance across the direction counts double, so
    the next card in the same row wins over a nearer one in the next row. Cards more than
    about 70° aside do not count: Right never means "straight down"."""
    best: str | None = None
    best_cost = math.inf
    for card_id, x, y in centres:
        along = (x - origin[0]) * dx + (y - origin[1]) * dy
        across = abs((x - origin[0]) * dy) + abs((y - origin[1]) * dx)
        if along > 0 and across <= 3 * along and along + 2 * across < best_cost:
            best, best_cost = card_id, along + 2 * across
    return best


def extent(
    cards: Sequence[CardRow], clusters: Sequence[ClusterRow]
) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) of the area the cards and frames cover; None when there are
    none. Plain numbers: on a board of 5,000 cards this is asked at every open and fit."""
    if not cards and not clusters:
        return None
    xs = [c.x for c in cards]
    ys = [c.y for c in cards]
    lefts = [c.x for c in clusters]
    tops = [c.y for c in clusters]
    rights = [c.x + c.width for c in clusters]
    bottoms = [c.y + c.height for c in clusters]
    if cards:
        lefts.append(min(xs))
        tops.append(min(ys))
        rights.append(max(xs) + CARD_WIDTH)
        bottoms.append(max(ys) + CARD_HEIGHT)
    return min(lefts), min(tops), max(rights), max(bottoms)


def capture_lines(text: str) -> list[str]:
    """A pasted block becomes one card per non-empty line; a single line stays one card."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def cluster_of(clusters: Iterable[ClusterRow], x: float, y: float) -> str | None:
    """The cluster whose frame holds a card placed at (x, y) (its top-left corner)."""
    centre_x, centre_y = x + CARD_WIDTH / 2, y + CARD_HEIGHT / 2
    inside = [c for c in clusters if c.contains(centre_x, centre_y)]
    return min(inside, key=lambda c: c.width * c.height).id if inside else None


def tidy(
    cards: Sequence[CardRow], left: float, top: float, columns: int
) -> dict[str, tuple[float, float]]:
    """Cards in reading order (by their current position) on a grid from (left, top)."""
    ordered = sorted(cards, key=lambda c: (round(c.y / (CARD_HEIGHT / 2)), c.x))
    step_x, step_y = CARD_WIDTH + CARD_GAP, CARD_HEIGHT + CARD_GAP
    return {
        card.id: (left + (n % columns) * step_x, top + (n // columns) * step_y)
        for n, card in enumerate(ordered)
    }


def frame_around(cards: Sequence[CardRow]) -> tuple[float, float, float, float]:
    """(x, y, width, height) of a cluster frame that holds the cards with padding."""
    left = min(c.x for c in cards) - CLUSTER_PADDING / 2
    top = min(c.y for c in cards) - CLUSTER_PADDING
    right = max(c.x for c in cards) + CARD_WIDTH + CLUSTER_PADDING / 2
    bottom = max(c.y for c in cards) + CARD_HEIGHT + CLUSTER_PADDING / 2
    return left, top, right - left, bottom - top


def tidy_cluster(cluster: ClusterRow, cards: Sequence[CardRow]) -> dict[str, tuple[float, float]]:
    """A cluster's cards on a grid as wide as the frame allows."""
    columns = max(1, int((cluster.width - CLUSTER_PADDING / 2) // (CARD_WIDTH + CARD_GAP)))
    return tidy(cards, cluster.x + CLUSTER_PADDING / 2, cluster.y + CLUSTER_PADDING, columns)


def fit_frame(cluster: ClusterRow, positions: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """(width, height) the frame needs so that it holds cards at ``positions``."""
    points = list(positions)
    if not points:
        return cluster.width, cluster.height
    right = max(x for x, _ in points) + CARD_WIDTH + CLUSTER_PADDING / 2
    bottom = max(y for _, y in points) + CARD_HEIGHT + CLUSTER_PADDING / 2
    return max(cluster.width, right - cluster.x), max(cluster.height, bottom - cluster.y)


def grid_columns(count: int) -> int:
    """Columns of a roughly square grid of ``count`` cards (for a new cluster)."""
    return max(1, math.ceil(math.sqrt(count)))


# -- search and filter --------------------------------------------------------------------------


@dataclass(frozen=True)
class CardFilter:
    """The search and filter bar of a board; an empty filter lets every card through."""

    text: str = ""
    tag: str = ""
    workshop_id: str = ""
    author_group: str = ""
    min_votes: int = 0

    def active(self) -> bool:
        """Whether the filter hides anything."""
        return self != CardFilter()

    def matches(self, card: CardRow) -> bool:
        """Whether a card passes (text search is case-insensitive in text, details, tags)."""
        if self.text:
            needle = self.text.casefold()
            haystack = f"{card.text}\n{card.details}\n{card.tags}\n{card.author_group}"
            if needle not in haystack.casefold():
                return False
        if self.tag and self.tag.casefold() not in (t.casefold() for t in card.tag_list()):
            return False
        if self.workshop_id and card.workshop_id != self.workshop_id:
            return False
        if self.author_group and card.author_group != self.author_group:
            return False
        return card.votes >= self.min_votes


def tags_of(cards: Iterable[CardRow]) -> list[str]:
    """Every tag used on the cards, sorted."""
    return sorted({tag for card in cards for tag in card.tag_list()}, key=str.casefold)


def author_groups_of(cards: Iterable[CardRow]) -> list[str]:
    """Every author group named on the cards, sorted."""
    return sorted({c.author_group for c in cards if c.author_group}, key=str.casefold)


# -- dot voting ---------------------------------------------------------------------------------


class VoteRefusedError(ValueError):
    """A dot that the rules do not allow (no dots left, or none to take back)."""


def dots_used(data: BoardData, voter: str, field_id: str) -> int:
    """Dots one voter has placed on the cards of one action field."""
    fields = {card.id: card.field_id for card in data.cards}
    return sum(v.dots for v in data.votes if v.voter == voter and fields.get(v.idea_id) == field_id)


def vote_change(data: BoardData, card: CardRow, voter: str, delta: int) -> tuple[str, int]:
    """What adding (+1) or removing (-1) a dot of ``voter`` does to the card's vote row:
    ("create" | "set" | "delete", new dots). Each voter has ``dots_per_voter`` dots per
    board; the anonymous voter "" (dots counted off the wall) has no limit."""
    row = data.vote(card.id, voter)
    current = row.dots if row else 0
    if delta < 0:
        if current == 0:
            raise VoteRefusedError("no dot to take back")
        return ("delete", 0) if current == 1 else ("set", current - 1)
    if voter and dots_used(data, voter, card.field_id) >= data.dots_per_voter:
        raise VoteRefusedError("no dots left")
    return ("set", current + 1) if row else ("create", 1)


def sorted_by_votes(cards: Sequence[CardRow]) -> list[CardRow]:
    """Most dots first; ties in reading order."""
    return sorted(cards, key=lambda c: (-c.votes, c.y, c.x))


# -- proposals ----------------------------------------------------------------------------------


def proposal_values(cards: Sequence[CardRow], cluster_name: str = "") -> dict[str, object]:
    """The profile a proposal starts with when cards (or a cluster) are promoted: the title
    from the cluster or the best-voted card, the goal from the cards' texts."""
    best = sorted_by_votes(cards)
    title = cluster_name or (best[0].text.splitlines()[0] if best else "")
    lines = [f"– {c.text}" + (f": {c.details}" if c.details else "") for c in best]
    return {
        "action_field_id": cards[0].field_id if cards else None,
        "title": title[:200],
        "goal": "\n".join(lines) if len(cards) > 1 else (best[0].details if best else ""),
    }
