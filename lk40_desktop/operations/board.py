"""Edits of the idea boards, named for what a facilitator does: capture cards, drag them, form,
rename and tidy clusters, align, sort by dots, colour, edit, move to another action field,
delete. Dot voting is in ``operations.rounds``.

Each operation reads what it needs from the file by ids (not the whole board, which may hold
5,000 cards) and returns an Edit; the board page, the card list, the command line and the tests
all apply the same edit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import (
    Edit,
    EditRefusedError,
    Refusal,
    Step,
    Values,
    change,
    create,
    delete,
)
from lk40_desktop.services.board import room
from lk40_desktop.services.board.data import (
    CardRow,
    cluster_members,
    inbox_places,
    live_workshops,
    load_board,
    read_cards,
    read_clusters,
)
from lk40_desktop.services.board.layout import (
    CARD_GAP,
    CLUSTER_PADDING,
    fit_frame,
    frame_around,
    frame_around_places,
    free_spots,
    gathered,
    grid_columns,
    inbox_spots,
    tidy_cluster,
)
from lk40_desktop.services.board.layout import tidy as tidy_grid
from lk40_desktop.services.board.voting import sorted_by_votes
from lk40_desktop.services.project import current_workshop
from lk40_desktop.store.models import new_id

CARD_FIELDS = frozenset({"text", "details", "color", "author_group", "tags", "workshop_id"})
"""What a captured or pasted card brings along; its field and place come from the board."""

Axis = Literal["x", "y"]
Place = tuple[float, float]


def capture_cards(
    session: Session,
    field_id: str,
    cards: Sequence[Mapping[str, str | None]],
    workshop_id: str | None = None,
    ids: Sequence[str] | None = None,
) -> Edit:
    """New cards at the next free spots of a field's inbox: typed (Enter), pasted as lines or
    copied (Ctrl+V), imported (with the ``ids`` the import planned). A card without a workshop
    of its own is filed under ``workshop_id`` (the one the filter shows), else under tonight's
    workshop (``services.project.current_workshop``); workshops the file lacks (cards copied
    from another project) are dropped. Every card needs a text. ``created`` lists the new cards
    in order."""
    if any(not (card.get("text") or "").strip() for card in cards):
        raise EditRefusedError(Refusal.EMPTY_TEXT)
    unknown = set().union(*cards) - CARD_FIELDS
    if unknown:
        raise ValueError(f"a captured card cannot set {sorted(unknown)}")
    if not cards:
        return Edit()
    workshop_id = workshop_id or current_workshop(session)
    chosen = [card.get("workshop_id", workshop_id) for card in cards]
    workshops = live_workshops(session, {chosen_id for chosen_id in chosen if chosen_id})
    spots = inbox_spots(*inbox_places(session, field_id), len(cards))
    rows = {
        card_id: {
            **card,
            "workshop_id": chosen_id if chosen_id in workshops else None,
            "action_field_id": field_id,
            "x": x,
            "y": y,
            "cluster_id": None,
        }
        for card_id, card, chosen_id, (x, y) in zip(
            ids or [new_id() for _card in cards], cards, chosen, spots, strict=True
        )
    }
    return Edit([create("idea", rows)], created=list(rows))


def place(session: Session, cards: Mapping[str, Values], clusters: Mapping[str, Values]) -> Edit:
    """Cards and frames where a drag or a resize left them: cards with their place and the
    cluster they now lie in (``x``, ``y``, ``cluster_id``), frames with their place and size."""
    return Edit([change(session, "cluster", clusters), change(session, "idea", cards)])


def cluster_cards(session: Session, card_ids: Sequence[str], name: str) -> Edit:
    """A named frame around cards, which then carries them. Cards of several action fields
    are refused. Cards lying apart, with other cards between them, are first gathered on a
    grid where the first of them lies (or, if that spot is taken, right of the board), so the
    frame never holds a card that is not one of its members. ``created`` is the new cluster."""
    cards = read_cards(session, card_ids)
    if not cards:
        return Edit()
    if len({card.field_id for card in cards}) > 1:
        raise EditRefusedError(Refusal.MIXED_FIELDS)
    field_id, members = cards[0].field_id, {card.id for card in cards}
    places = {card.id: (card.x, card.y) for card in cards}
    box = frame_around(cards)
    if room.cards_in(session, field_id, box, exclude=members):
        places = _gathering(session, field_id, cards)
        box = frame_around_places(list(places.values()))
    x, y, width, height = box
    frame = {"action_field_id": field_id, "name": name, "x": x, "y": y}
    frame |= {"width": width, "height": height}
    cluster_id = new_id()
    filed = {
        card.id: {"cluster_id": cluster_id, "x": places[card.id][0], "y": places[card.id][1]}
        for card in cards
    }
    return Edit(
        [create("cluster", {cluster_id: frame}), change(session, "idea", filed)],
        created=[cluster_id],
    )


def _gathering(session: Session, field_id: str, cards: Sequence[CardRow]) -> dict[str, Place]:
    """Where scattered cards gather: on a grid from the first of them in reading order if
    that area is free of other cards and frames, else right of everything on the board."""
    first = min(cards, key=lambda card: (card.y, card.x))
    members = {card.id for card in cards}
    places = gathered(cards, first.x, first.y)
    box = frame_around_places(list(places.values()))
    if room.cards_in(session, field_id, box, exclude=members) or room.frames_in(
        session, field_id, box
    ):
        left = room.right_edge(session, field_id) + CARD_GAP * 3 + CLUSTER_PADDING / 2
        places = gathered(cards, left, first.y)
    return places


def rename_cluster(session: Session, cluster_id: str, name: str) -> Edit:
    """Another name for a cluster frame."""
    return Edit([change(session, "cluster", {cluster_id: {"name": name}})])


def tidy(session: Session, card_ids: Sequence[str], cluster_ids: Sequence[str]) -> Edit:
    """Clusters' cards on a grid as wide as their frame (frames grow to hold them), and the
    other cards on a roughly square grid from their top-left card."""
    frames = read_clusters(session, cluster_ids)
    members: dict[str | None, list[CardRow]] = defaultdict(list)
    for card in cluster_members(session, [frame.id for frame in frames]):
        members[card.cluster_id].append(card)
    places: dict[str, Place] = {}
    sizes: dict[str, dict[str, Any]] = {}
    for frame in frames:
        layout = tidy_cluster(frame, members[frame.id])
        places.update(layout)
        width, height = fit_frame(frame, layout.values())
        sizes[frame.id] = {"width": width, "height": height}
    loose = [card for card in read_cards(session, card_ids) if card.id not in places]
    if loose:
        left, top = min(c.x for c in loose), min(c.y for c in loose)
        places.update(tidy_grid(loose, left, top, grid_columns(len(loose))))
    return Edit([change(session, "cluster", sizes), _moves(session, places)])


def align(session: Session, card_ids: Sequence[str], axis: Axis) -> Edit:
    """Cards on one line: their left edges on the leftmost ("x"), or their top edges on the
    topmost ("y")."""
    cards = read_cards(session, card_ids)
    if len(cards) < 2:
        return Edit()
    edge = min(getattr(card, axis) for card in cards)
    places = {card.id: (edge, card.y) if axis == "x" else (card.x, edge) for card in cards}
    return Edit([_moves(session, places)])


def sort_by_votes(session: Session, field_id: str | None, round_id: str | None = None) -> Edit:
    """Every cluster's cards in the frame's reading order by their dots (of one round, or of
    every round with None), most first, and the loose cards likewise in the inbox; of one
    action field's board, or of every board (``field_id`` None)."""
    board = load_board(session, field_id, round_id)
    members: dict[str | None, list[CardRow]] = defaultdict(list)
    loose: dict[str, list[CardRow]] = defaultdict(list)
    for card in board.cards:
        (members[card.cluster_id] if card.cluster_id else loose[card.field_id]).append(card)
    places: dict[str, Place] = {}
    for cluster in board.clusters:
        cards = members[cluster.id]
        slots = sorted(tidy_cluster(cluster, cards).values(), key=lambda p: (p[1], p[0]))
        places.update(zip((c.id for c in sorted_by_votes(cards)), slots, strict=True))
    for field, cards in loose.items():
        frames = [cluster for cluster in board.clusters if cluster.field_id == field]
        spots = free_spots([], frames, len(cards))
        places.update(zip((c.id for c in sorted_by_votes(cards)), spots, strict=True))
    return Edit([_moves(session, places)])


def delete_cards(session: Session, card_ids: Sequence[str], cluster_ids: Sequence[str]) -> Edit:
    """Delete cards and cluster frames; a deleted frame leaves its other cards on the board,
    no longer filed in it. Undo brings everything back as it was."""
    cards = [card.id for card in read_cards(session, card_ids)]
    frames = [frame.id for frame in read_clusters(session, cluster_ids)]
    deleted = set(cards)
    unfiled = {
        card.id: {"cluster_id": None}
        for card in cluster_members(session, frames)
        if card.id not in deleted
    }
    return Edit(
        [delete("idea", cards), change(session, "idea", unfiled), delete("cluster", frames)]
    )


def set_card_color(session: Session, card_ids: Sequence[str], color: str) -> Edit:
    """Another colour for cards."""
    cards = read_cards(session, card_ids)
    return Edit([change(session, "idea", {card.id: {"color": color} for card in cards})])


def edit_card(session: Session, card_id: str, text: str, details: str) -> Edit:
    """A card's title and details, as typed on the board; an empty title is refused."""
    return update_card(session, card_id, {"text": text, "details": details})


def update_card(session: Session, card_id: str, values: Values) -> Edit:
    """Fields of one card (the card list's cells); an empty text is refused."""
    if "text" in values and not str(values["text"] or "").strip():
        raise EditRefusedError(Refusal.EMPTY_TEXT)
    return Edit([change(session, "idea", {card_id: values})])


def move_cards_to_field(session: Session, card_ids: Sequence[str], field_id: str) -> Edit:
    """Cards onto another action field's board, into its inbox and out of their clusters."""
    cards = [card for card in read_cards(session, card_ids) if card.field_id != field_id]
    spots = inbox_spots(*inbox_places(session, field_id), len(cards))
    values = {
        card.id: {"action_field_id": field_id, "cluster_id": None, "x": x, "y": y}
        for card, (x, y) in zip(cards, spots, strict=True)
    }
    return Edit([change(session, "idea", values)])


def _moves(session: Session, places: Mapping[str, Place]) -> Step:
    """Cards to new places (those already there are left out)."""
    return change(session, "idea", {card: {"x": x, "y": y} for card, (x, y) in places.items()})
