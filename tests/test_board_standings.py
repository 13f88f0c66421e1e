"""The board's standings without Qt: places shared on a tie, places per board in the overview,
a cluster's dots from its cards, and which clusters became a proposal as a whole."""

from __future__ import annotations

from pathlib import Path

from lk40_desktop.operations.edit import perform, revert
from lk40_desktop.operations.proposals import promote_to_proposal
from lk40_desktop.services.board.data import load_board
from lk40_desktop.services.board.standings import (
    card_standings,
    cluster_standings,
    places,
    promoted_clusters,
)
from lk40_desktop.store.document import WorkshopDocument


def test_a_tie_shares_its_place_and_the_next_is_skipped() -> None:
    assert places({"a": 5, "b": 9, "c": 5, "d": 1, "e": 0}) == {
        "b": 1,
        "a": 2,
        "c": 2,
        "d": 4,
        "e": 5,
    }
    assert places({}) == {}


def test_clusters_add_their_cards_dots_and_are_placed_on_their_own_board(
    demo_file: Path,
) -> None:
    document = WorkshopDocument.open(demo_file, read_only=True)
    with document.reading() as session:
        data = load_board(session, None)
    document.close()
    standings = cluster_standings(data)
    assert set(standings) == {c.id for c in data.clusters}
    for cluster in data.clusters:
        dots = sum(card.votes for card in data.cards if card.cluster_id == cluster.id)
        assert standings[cluster.id].dots == dots
        rivals = [c for c in data.clusters if c.field_id == cluster.field_id]
        ahead = [c for c in rivals if standings[c.id].dots > dots]
        assert standings[cluster.id].place == len(ahead) + 1, cluster.name
    firsts = {c.field_id for c in data.clusters if standings[c.id].place == 1}
    assert firsts == {c.field_id for c in data.clusters}, "each board has its own first place"
    cards = card_standings(data.cards)
    best = max(data.cards, key=lambda c: c.votes)
    assert cards[best.id].place == 1 and cards[best.id].dots == best.votes


def test_a_cluster_is_marked_only_when_all_its_cards_became_the_proposal(
    demo_file: Path,
) -> None:
    document = WorkshopDocument.open(demo_file)
    with document.reading() as session:
        data = load_board(session, None)
    cluster = next(c for c in data.clusters if c.id not in promoted_clusters(data) and c.name)
    members = [card.id for card in data.cards if card.cluster_id == cluster.id]
    assert len(members) >= 2
    edit = perform(document, lambda s: promote_to_proposal(s, [], cluster.id))
    with document.reading() as session:
        after = load_board(session, None)
    assert promoted_clusters(after)[cluster.id] == (cluster.name,)
    assert all(cluster.name in after.promoted[card] for card in members)
    revert(document, edit)
    single = perform(document, lambda s: promote_to_proposal(s, members[:1]))
    with document.reading() as session:
        partly = load_board(session, None)
    assert cluster.id not in promoted_clusters(partly), "one card of it is not the cluster"
    before = data.promoted
    assert len(partly.promoted[members[0]]) == len(before.get(members[0], ())) + 1
    assert partly.promoted.get(members[1]) == before.get(members[1])
    revert(document, single)
    with document.reading() as session:
        assert load_board(session, None).promoted == data.promoted
    document.close()
