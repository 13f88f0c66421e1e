"""Operations on the idea boards, without Qt: each is applied to a real file, read back,
reverted and read back again; the rules that refuse an edit are tested too."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from lk40_desktop.operations import board as ops
from lk40_desktop.operations.edit import Edit, EditRefusedError, Refusal, perform, revert
from lk40_desktop.services.board.data import (
    BoardData,
    CardRow,
    ClusterRow,
    load_board,
)
from lk40_desktop.services.board.layout import (
    CARD_GAP,
    CARD_HEIGHT,
    CARD_WIDTH,
    frame_around,
    free_spots,
)
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import Cluster, Idea


def _board(document: WorkshopDocument, field_id: str | None = None) -> BoardData:
    with document.reading() as session:
        return load_board(session, field_id)


def _first_field(document: WorkshopDocument) -> BoardData:
    return _board(document, _board(document).fields[0].id)


def _cards(document: WorkshopDocument, ids: list[str]) -> dict[str, CardRow]:
    wanted = set(ids)
    return {c.id: c for c in _board(document).cards if c.id in wanted}


def _cluster(document: WorkshopDocument, cluster_id: str) -> ClusterRow | None:
    return next((c for c in _board(document).clusters if c.id == cluster_id), None)


def _refused(document: WorkshopDocument, build: Callable[[Session], Edit]) -> EditRefusedError:
    with pytest.raises(EditRefusedError) as refused:
        perform(document, build)
    return refused.value


def _members(board: BoardData, cluster_id: str) -> list[CardRow]:
    return [c for c in board.cards if c.cluster_id == cluster_id]


def test_capture_puts_cards_in_the_inbox_and_undo_removes_them(
    demo_document: WorkshopDocument,
) -> None:
    board = _first_field(demo_document)
    field_id = board.cards[0].field_id
    workshop = board.workshops[1][0]
    copied = {"text": "Kopiert", "color": "#c8e6ff", "workshop_id": "from-another-project"}
    edit = perform(
        demo_document,
        lambda s: ops.capture_cards(s, field_id, [{"text": "Erste"}, copied], workshop),
    )
    first, second = edit.created
    after = _first_field(demo_document)
    new = {c.id: c for c in after.cards if c.id in edit.created}
    assert (new[first].text, new[first].workshop_id, new[first].cluster_id) == (
        "Erste",
        workshop,
        None,
    )
    assert (new[second].text, new[second].color, new[second].workshop_id) == (
        "Kopiert",
        "#c8e6ff",
        None,
    ), "a workshop the file lacks is dropped"
    assert [(new[i].x, new[i].y) for i in edit.created] == free_spots(
        board.cards, board.clusters, 2
    )
    right = max(c.x + c.width for c in board.clusters)
    assert new[first].x == right + 3 * CARD_GAP and new[second].y == CARD_HEIGHT + CARD_GAP
    revert(demo_document, edit)
    assert not _cards(demo_document, edit.created)
    assert len(_first_field(demo_document).cards) == len(board.cards)


def test_capture_skips_taken_spots_and_refuses_an_empty_card(
    demo_document: WorkshopDocument,
) -> None:
    field_id = _first_field(demo_document).cards[0].field_id
    once = perform(demo_document, lambda s: ops.capture_cards(s, field_id, [{"text": "A"}]))
    again = perform(demo_document, lambda s: ops.capture_cards(s, field_id, [{"text": "B"}]))
    cards = _cards(demo_document, once.created + again.created)
    a, b = cards[once.created[0]], cards[again.created[0]]
    assert (a.x, b.x) == (a.x, a.x) and b.y == a.y + CARD_HEIGHT + CARD_GAP
    refusal = _refused(demo_document, lambda s: ops.capture_cards(s, field_id, [{"text": " "}]))
    assert refusal.refusal is Refusal.EMPTY_TEXT


def test_place_moves_a_card_into_a_frame_and_resizes_the_frame(
    demo_document: WorkshopDocument,
) -> None:
    board = _first_field(demo_document)
    frame, other = board.clusters[0], board.clusters[1]
    card = _members(board, other.id)[0]
    edit = perform(
        demo_document,
        lambda s: ops.place(
            s,
            {card.id: {"x": frame.x + 30, "y": frame.y + 50, "cluster_id": frame.id}},
            {frame.id: {"width": frame.width + 100, "height": frame.height}},
        ),
    )
    moved = _cards(demo_document, [card.id])[card.id]
    assert (moved.x, moved.y, moved.cluster_id) == (frame.x + 30, frame.y + 50, frame.id)
    resized = _cluster(demo_document, frame.id)
    assert resized is not None and resized.width == frame.width + 100
    revert(demo_document, edit)
    back = _cards(demo_document, [card.id])[card.id]
    assert (back.x, back.y, back.cluster_id) == (card.x, card.y, other.id)
    assert _cluster(demo_document, frame.id) == frame


def test_cluster_cards_frames_them_and_refuses_mixed_fields(
    demo_document: WorkshopDocument,
) -> None:
    board = _first_field(demo_document)
    cards = _members(board, board.clusters[0].id)[:2]
    ids = [c.id for c in cards]
    edit = perform(demo_document, lambda s: ops.cluster_cards(s, ids, "Schnellladen"))
    (cluster_id,) = edit.created
    frame = _cluster(demo_document, cluster_id)
    assert frame is not None and (frame.name, frame.field_id) == ("Schnellladen", cards[0].field_id)
    for card in cards:
        assert frame.contains(card.x + CARD_WIDTH / 2, card.y + CARD_HEIGHT / 2)
    assert {c.cluster_id for c in _cards(demo_document, ids).values()} == {cluster_id}
    revert(demo_document, edit)
    assert _cluster(demo_document, cluster_id) is None
    assert {c.cluster_id for c in _cards(demo_document, ids).values()} == {board.clusters[0].id}
    elsewhere = _board(demo_document, _board(demo_document).fields[1].id).cards[0]
    refusal = _refused(
        demo_document, lambda s: ops.cluster_cards(s, [ids[0], elsewhere.id], "Gemischt")
    )
    assert refusal.refusal is Refusal.MIXED_FIELDS
    with demo_document.reading() as session:
        assert not ops.cluster_cards(session, ["no-such-card"], "Leer")


def _overlaps(frame: ClusterRow, card: CardRow) -> bool:
    return (
        card.x < frame.x + frame.width
        and card.x + CARD_WIDTH > frame.x
        and card.y < frame.y + frame.height
        and card.y + CARD_HEIGHT > frame.y
    )


def test_scattered_cards_are_gathered_into_their_new_cluster(
    demo_document: WorkshopDocument,
) -> None:
    board = _first_field(demo_document)
    picked = [_members(board, frame.id)[0] for frame in board.clusters[:3]]
    ids = [card.id for card in picked]
    assert any(
        _overlaps(ClusterRow("", "", "", "", *frame_around(picked)), c)
        for c in board.cards
        if c.id not in ids
    ), "other cards lie between them"
    edit = perform(demo_document, lambda s: ops.cluster_cards(s, ids, "Querschnitt"))
    after = _first_field(demo_document)
    frame = next(c for c in after.clusters if c.id == edit.created[0])
    members = [c for c in after.cards if c.id in ids]
    assert all(frame.contains(c.x + CARD_WIDTH / 2, c.y + CARD_HEIGHT / 2) for c in members)
    assert {c.cluster_id for c in members} == {frame.id}
    strangers = [c for c in after.cards if c.id not in ids and _overlaps(frame, c)]
    assert strangers == [], "the frame holds its members only"
    revert(demo_document, edit)
    assert {c.id: (c.x, c.y, c.cluster_id) for c in _first_field(demo_document).cards} == {
        c.id: (c.x, c.y, c.cluster_id) for c in board.cards
    }, "undo puts every card back"


def test_neighbouring_cards_are_framed_where_they_lie(demo_document: WorkshopDocument) -> None:
    board = _first_field(demo_document)
    field_id = board.cards[0].field_id
    capture = perform(
        demo_document, lambda s: ops.capture_cards(s, field_id, [{"text": "A"}, {"text": "B"}])
    )
    before = _cards(demo_document, capture.created)
    perform(demo_document, lambda s: ops.cluster_cards(s, capture.created, "Neu"))
    after = _cards(demo_document, capture.created)
    assert {i: (c.x, c.y) for i, c in after.items()} == {i: (c.x, c.y) for i, c in before.items()}


def test_rename_cluster(demo_document: WorkshopDocument) -> None:
    frame = _first_field(demo_document).clusters[0]
    edit = perform(demo_document, lambda s: ops.rename_cluster(s, frame.id, "Laden 🔌"))
    renamed = _cluster(demo_document, frame.id)
    assert renamed is not None and renamed.name == "Laden 🔌"
    revert(demo_document, edit)
    assert _cluster(demo_document, frame.id) == frame


def test_tidy_lays_a_cluster_and_loose_cards_on_grids(demo_document: WorkshopDocument) -> None:
    board = _first_field(demo_document)
    frame = board.clusters[0]
    members = _members(board, frame.id)
    loose_ids = [c.id for c in _members(board, board.clusters[1].id)[:3]]
    scatter = {
        card_id: {"x": 5000.0 + 37 * n, "y": 900.0 - 55 * n} for n, card_id in enumerate(loose_ids)
    }
    narrow = {frame.id: {"width": CARD_WIDTH + 40, "height": 100.0}}  # one column, too low
    perform(demo_document, lambda s: ops.place(s, scatter, narrow))
    edit = perform(demo_document, lambda s: ops.tidy(s, loose_ids, [frame.id]))
    tidied = _cards(demo_document, [c.id for c in members] + loose_ids)
    step_x, step_y = CARD_WIDTH + CARD_GAP, CARD_HEIGHT + CARD_GAP
    column = sorted((tidied[c.id] for c in members), key=lambda c: c.y)
    assert [(c.x, c.y) for c in column] == [
        (frame.x + 20, frame.y + 40 + n * step_y) for n in range(len(members))
    ]
    grown = _cluster(demo_document, frame.id)
    assert grown is not None and grown.width == CARD_WIDTH + 40
    assert grown.height == 40 + len(members) * step_y - CARD_GAP + 20, "the frame grows"
    assert all(grown.contains(c.x + CARD_WIDTH / 2, c.y + CARD_HEIGHT / 2) for c in column)
    loose = sorted((tidied[i] for i in loose_ids), key=lambda c: (c.y, c.x))
    left, top = 5000.0, 900.0 - 110
    assert [(c.x, c.y) for c in loose] == [(left, top), (left + step_x, top), (left, top + step_y)]
    revert(demo_document, edit)
    restored = _cards(demo_document, [c.id for c in members])
    assert all((restored[c.id].x, restored[c.id].y) == (c.x, c.y) for c in members)
    low = _cluster(demo_document, frame.id)
    assert low is not None and (low.width, low.height) == (CARD_WIDTH + 40, 100.0)


def test_align_puts_left_edges_on_the_leftmost(demo_document: WorkshopDocument) -> None:
    cards = _members(_first_field(demo_document), _first_field(demo_document).clusters[0].id)
    ids = [c.id for c in cards[:3]]
    edit = perform(demo_document, lambda s: ops.align(s, ids, "x"))
    aligned = _cards(demo_document, ids)
    assert {c.x for c in aligned.values()} == {min(c.x for c in cards[:3])}
    assert [aligned[c.id].y for c in cards[:3]] == [c.y for c in cards[:3]]
    revert(demo_document, edit)
    assert [_cards(demo_document, ids)[c.id].x for c in cards[:3]] == [c.x for c in cards[:3]]
    with demo_document.reading() as session:
        assert not ops.align(session, ids[:1], "y"), "one card has nothing to align with"


def test_sort_by_votes_orders_each_cluster(demo_document: WorkshopDocument) -> None:
    board = _first_field(demo_document)
    field_id = board.cards[0].field_id
    edit = perform(demo_document, lambda s: ops.sort_by_votes(s, field_id))
    assert edit
    after = _first_field(demo_document)
    for frame in after.clusters:
        members = sorted(_members(after, frame.id), key=lambda c: (c.y, c.x))
        assert [c.votes for c in members] == sorted((c.votes for c in members), reverse=True)
    revert(demo_document, edit)
    assert sorted(_first_field(demo_document).cards, key=lambda c: c.id) == sorted(
        board.cards, key=lambda c: c.id
    )


def test_delete_cards_and_a_frame_leaves_its_other_cards(demo_document: WorkshopDocument) -> None:
    board = _first_field(demo_document)
    frame = board.clusters[0]
    members = _members(board, frame.id)
    gone, kept = members[0], members[1:]
    edit = perform(demo_document, lambda s: ops.delete_cards(s, [gone.id], [frame.id]))
    after = _first_field(demo_document)
    assert gone.id not in {c.id for c in after.cards} and _cluster(demo_document, frame.id) is None
    left = _cards(demo_document, [c.id for c in kept])
    assert len(left) == len(kept) and {c.cluster_id for c in left.values()} == {None}
    assert all((left[c.id].x, left[c.id].y) == (c.x, c.y) for c in kept), "they stay put"
    revert(demo_document, edit)
    with demo_document.reading() as session:
        assert session.get(Idea, gone.id).deleted_at is None  # type: ignore[union-attr]
        assert session.get(Cluster, frame.id).deleted_at is None  # type: ignore[union-attr]
    assert _members(_first_field(demo_document), frame.id) == members


def test_colour_edit_and_list_cells(demo_document: WorkshopDocument) -> None:
    card = _first_field(demo_document).cards[0]
    colour = perform(demo_document, lambda s: ops.set_card_color(s, [card.id], "#ffd6d6"))
    edit = perform(demo_document, lambda s: ops.edit_card(s, card.id, "Neu", "mit Details"))
    cell = perform(demo_document, lambda s: ops.update_card(s, card.id, {"tags": "Netz, Schule"}))
    now = _cards(demo_document, [card.id])[card.id]
    assert (now.color, now.text, now.details, now.tags) == (
        "#ffd6d6",
        "Neu",
        "mit Details",
        "Netz, Schule",
    )
    for refused in (
        lambda s: ops.edit_card(s, card.id, "  ", "nur Details"),
        lambda s: ops.update_card(s, card.id, {"text": ""}),
    ):
        assert _refused(demo_document, refused).refusal is Refusal.EMPTY_TEXT
    with demo_document.reading() as session:
        assert not ops.edit_card(session, card.id, "Neu", "mit Details"), "nothing changes"
    for done in (cell, edit, colour):
        revert(demo_document, done)
    assert _cards(demo_document, [card.id])[card.id] == card


def test_move_cards_to_another_fields_inbox(demo_document: WorkshopDocument) -> None:
    board = _first_field(demo_document)
    target = _board(demo_document, board.fields[1].id)
    target_id = board.fields[1].id
    cards = _members(board, board.clusters[0].id)[:2]
    ids = [c.id for c in cards]
    edit = perform(demo_document, lambda s: ops.move_cards_to_field(s, ids, target_id))
    moved = {c.id: c for c in _board(demo_document, target_id).cards if c.id in ids}
    assert [(moved[i].x, moved[i].y) for i in ids] == free_spots(target.cards, target.clusters, 2)
    assert {(c.field_id, c.cluster_id) for c in moved.values()} == {(target_id, None)}
    revert(demo_document, edit)
    assert _cards(demo_document, ids) == {c.id: c for c in cards}
    with demo_document.reading() as session:
        assert not ops.move_cards_to_field(session, ids, cards[0].field_id), "already there"
