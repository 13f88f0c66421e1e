"""The rules of the idea boards without Qt: loading, free spots, filters, voting, tidying,
promotion, and the board image."""

from __future__ import annotations

from pathlib import Path

import pytest

from lk40_desktop.export.board_image import render_board
from lk40_desktop.operations import rows as edits
from lk40_desktop.operations.proposals import proposal_values
from lk40_desktop.services.board.data import (
    BoardData,
    CardRow,
    FieldRow,
    VoteRow,
    load_board,
    refresh_board,
)
from lk40_desktop.services.board.filters import CardFilter
from lk40_desktop.services.board.layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    LANE_COLUMNS,
    LANE_HEADER,
    capture_lines,
    cluster_of,
    free_spots,
    lanes,
    tidy,
)
from lk40_desktop.services.board.navigation import card_in_direction
from lk40_desktop.services.board.voting import Ballot, dots_used, may_vote
from lk40_desktop.store.document import WorkshopDocument


def _card(card_id: str, x: float = 0, y: float = 0, votes: int = 0, **values: object) -> CardRow:
    base: dict[str, object] = {
        "field_id": "f",
        "text": f"Karte {card_id}",
        "details": "",
        "color": "#fff2a8",
        "cluster_id": None,
        "workshop_id": None,
        "author_group": "",
        "tags": "",
    }
    base.update(values)
    return CardRow(card_id, x=x, y=y, votes=votes, **base)  # type: ignore[arg-type]


def test_demo_boards_load_with_dots_and_counts(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        everything = load_board(session)
        field = everything.fields[0]
        one = load_board(session, field.id)
    assert len(everything.cards) == 152 and sum(f.cards for f in everything.fields) == 152
    assert len(one.cards) == field.cards == 17 and {c.field_id for c in one.cards} == {field.id}
    assert sum(c.votes for c in one.cards) == len(one.votes) > 0
    assert one.voters() == ["Tisch 1", "Tisch 2", "Tisch 3", "Tisch 4", "Tisch 5"]


def test_refresh_patches_exactly_what_an_edit_touched(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        data = load_board(session, None)
    card = data.cards[0]
    changes = demo_document.write(
        lambda s: edits.set_fields(s, "idea", {card.id: {"text": "Geändert ✓"}}).merge(
            edits.set_deleted(s, "idea", [data.cards[1].id], True)
        )
    )
    with demo_document.reading() as session:
        patched, cards, clusters = refresh_board(session, data, None, changes.ids_by_kind)
        fresh = load_board(session, None)
    assert cards == {card.id, data.cards[1].id} and clusters == set()
    assert sorted(patched.cards, key=lambda c: c.id) == sorted(fresh.cards, key=lambda c: c.id)
    assert [f.cards for f in patched.fields] == [f.cards for f in fresh.fields]


def test_free_spots_fill_an_inbox_right_of_the_clusters_without_overlap() -> None:
    cards = [_card("a", x=1000, y=0)]
    spots = free_spots(cards, [], 10)
    assert len(spots) == len(set(spots)) == 10
    for x, y in spots:
        assert not (abs(x - 1000) < CARD_WIDTH and abs(y) < CARD_HEIGHT)
    assert capture_lines(" eins \n\n zwei 🚲\r\n") == ["eins", "zwei 🚲"]


def test_arrow_keys_go_along_the_row_first_then_to_the_nearest_aside() -> None:
    # two rows of three, and one card far down on the left (another cluster)
    grid = [(f"r{row}c{col}", col * 220.0, row * 130.0) for row in range(2) for col in range(3)]
    cards = [*grid, ("below", 0.0, 600.0)]
    assert card_in_direction(cards, (0.0, 0.0), 1, 0) == "r0c1", "the same row wins"
    assert card_in_direction(cards, (220.0, 0.0), 0, 1) == "r1c1"
    assert card_in_direction(cards, (440.0, 0.0), 1, 0) is None, "nothing further right"
    assert card_in_direction(cards, (0.0, 130.0), 0, -1) == "r0c0"
    assert card_in_direction(cards, (440.0, 130.0), 0, 1) == "below", "the nearest below"
    assert card_in_direction(cards, (0.0, 600.0), -1, 0) is None
    assert card_in_direction(cards, (-20.0, 0.0), 0, 1) == "r1c0", "not the one a row further"
    assert card_in_direction([("down", 30.0, 600.0)], (0.0, 0.0), 1, 0) is None, "not Right"


def test_filter_by_text_tag_workshop_author_and_votes() -> None:
    card = _card(
        "a",
        votes=3,
        text="Glasfaser",
        tags="Netz, Schule",
        workshop_id="w",
        author_group="Bildung",
        details="für alle Dörfer",
    )
    assert CardFilter().matches(card) and not CardFilter().active()
    assert CardFilter(text="DÖRFER").matches(card)
    assert CardFilter(tag="schule").matches(card) and not CardFilter(tag="Sport").matches(card)
    assert CardFilter(workshop_id="w", author_group="Bildung", min_votes=3).matches(card)
    assert not CardFilter(min_votes=4).matches(card)


def test_dots_per_voter_are_limited_per_board() -> None:
    votes = [VoteRow(f"v{n}", "a", "Tisch 1", "r") for n in range(2)]
    data = BoardData(
        [], [_card("a"), _card("b")], [], [*votes, VoteRow("v3", "b", "Tisch 1", "r")], []
    )
    assert dots_used(data, "Tisch 1", "f") == 3 and dots_used(data, "Tisch 2", "f") == 0
    assert data.dots_of("a", "Tisch 1") == 2 and data.dots_of("b", "Tisch 2") == 0
    tisch_1 = Ballot("a", "Tisch 1", ("v0", "v1"), used=3, allowed=3)
    assert not may_vote(tisch_1, 1), "no dots left"
    assert may_vote(tisch_1, -1)
    assert may_vote(Ballot("a", "Tisch 2", (), 0, 3), 1)
    assert may_vote(Ballot("a", "", (), 3, 3), 1), "dots off the wall have no limit"
    assert not may_vote(Ballot("a", "Tisch 2", (), 0, 3), -1), "none to take back"


def test_tidy_cluster_membership_and_promotion() -> None:
    cards = [_card("b", x=500, y=3), _card("a", x=10, y=0), _card("c", x=0, y=200)]
    layout = tidy(cards, 0, 0, 2)
    assert list(layout) == ["a", "b", "c"] and layout["c"] == (0, CARD_HEIGHT + 20)
    from lk40_desktop.services.board.data import ClusterRow

    frame = ClusterRow("k", "f", "Mobilität", "#eee", 0, 0, 700, 400)
    assert cluster_of([frame], 100, 100) == "k" and cluster_of([frame], 900, 100) is None
    values = proposal_values([_card("a", votes=1), _card("b", votes=5, details="Warum")], "")
    assert values["title"] == "Karte b" and "– Karte b: Warum" in str(values["goal"])


def test_overview_lanes_hold_each_fields_board_side_by_side() -> None:
    fields = [FieldRow(f"f{n}", f"Feld {n}", "#123456", False, 1) for n in range(4)]
    fields.append(FieldRow("empty", "Leer", "#ffffff", False, 0))
    cards = [_card(f"c{n}", x=100.0 * n, y=-50.0, field_id=f"f{n}") for n in range(4)]
    shown = lanes(BoardData(fields, cards, [], [], []))
    assert [lane.field_id for lane in shown] == ["f0", "f1", "f2", "f3"], "no lane for nothing"
    assert shown[0].label == "Feld 0 (1)"
    for lane, card in zip(shown, cards, strict=True):
        left, top, width, height = lane.area
        x, y = card.x + lane.offset[0], card.y + lane.offset[1]
        assert left < x and x + CARD_WIDTH < left + width, "the card lies in its lane"
        assert top + LANE_HEADER <= y and y + CARD_HEIGHT <= top + height, "below the name"
    first, second, _third, fourth = (lane.area for lane in shown)
    assert first[0] + first[2] < second[0] and first[1] == second[1], "side by side"
    assert fourth[1] > first[1] + first[3], f"{LANE_COLUMNS} to a row, then the next row"


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_board_image_keeps_unicode_and_drops_control_characters(
    tmp_path: Path, suffix: str
) -> None:
    cards = [_card("a", votes=2, text="Rufbus 🚌 \x07 für Dörfer " + "lang " * 200)]
    target = tmp_path / f"board.{suffix}"
    render_board(cards, [], target, title="Elektromobilität")
    assert target.stat().st_size > 1000
    if suffix == "svg":
        text = target.read_text(encoding="utf-8")
        assert "Elektromobilität" in text and "Rufbus" in text and "\x07" not in text
    with pytest.raises(ValueError, match="unsupported"):
        render_board(cards, [], tmp_path / "board.gif")
