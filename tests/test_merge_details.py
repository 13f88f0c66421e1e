"""What a merge shows and decides beyond the rows themselves, without Qt: the group each
merged row came from (on cards, stakeholders and proposals, and as a filter), laptop clocks
that cannot be right, measure numbers two groups both gave, texts longer than the app's
limit, and the side-by-side comparison of long texts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from lk40_desktop.operations.board import capture_cards
from lk40_desktop.operations.edit import Edit, perform, revert
from lk40_desktop.operations.groups import prepare_merge
from lk40_desktop.operations.proposals import create_proposal
from lk40_desktop.operations.stakeholders import add_stakeholder
from lk40_desktop.services.board.data import load_board
from lk40_desktop.services.board.filters import CardFilter
from lk40_desktop.services.merge.clocks import ClockCheck, doubt
from lk40_desktop.services.merge.diff import is_long, side_by_side
from lk40_desktop.services.merge.files import MergeRefusal, MergeRefusedError
from lk40_desktop.services.origins import HERE
from lk40_desktop.services.project import action_fields
from lk40_desktop.services.proposals import proposal_list
from lk40_desktop.services.stakeholders.data import MapFilter
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.services.strategy import number_of
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.limits import TEXT_LIMIT
from tests.helpers.groups import dump, group_file, merge, on_laptop
from tests.helpers.old_files import file_at


@pytest.fixture
def project(demo_file: Path) -> Iterator[WorkshopDocument]:
    document = WorkshopDocument.open(demo_file)
    yield document
    document.close()


def _field(document: WorkshopDocument) -> str:
    with document.reading() as session:
        return action_fields(session)[0].id


def test_cards_stakeholders_and_proposals_show_their_group_and_filter_by_it(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    field_id = _field(project)
    north, south = group_file(project, tmp_path, "Nord"), group_file(project, tmp_path, "Süd")
    on_laptop(
        north,
        lambda s: capture_cards(s, field_id, [{"text": "Mitfahrbank"}]),
        lambda s: add_stakeholder(s, "Seniorenbeirat", None),
        lambda s: create_proposal(s, {"title": "Dorf-App", "action_field_id": field_id}),
    )
    on_laptop(south, lambda s: capture_cards(s, field_id, [{"text": "Repair-Café"}]))
    perform(project, lambda s: capture_cards(s, field_id, [{"text": "Im Plenum"}]))
    merge(project, north)
    merge(project, south)
    with project.reading() as session:
        cards = load_board(session, field_id).cards
        stakeholders = load_stakeholders(session).stakeholders
        proposals = proposal_list(session, field_id)
    origin = {card.text: card.origin for card in cards}
    assert (origin["Mitfahrbank"], origin["Repair-Café"], origin["Im Plenum"]) == (
        "Nord",
        "Süd",
        "",
    )
    only_north = [c.text for c in cards if CardFilter(origin="Nord").matches(c)]
    assert only_north == ["Mitfahrbank"]
    typed_here = {c.text for c in cards if CardFilter(origin=HERE).matches(c)}
    assert "Im Plenum" in typed_here and not typed_here & {"Mitfahrbank", "Repair-Café"}
    assert [s.name for s in stakeholders if MapFilter(origin="Nord").matches(s)] == [
        "Seniorenbeirat"
    ]
    assert {p.title: p.origin for p in proposals}["Dorf-App"] == "Nord"


def _stamp(path: Path, table: str, shift: timedelta) -> None:
    """Move the times of the rows a laptop changed since the hand-out (its clock was off)."""
    connection = sqlite3.connect(path)
    try:
        modifier = (
            f"{'+' if shift >= timedelta() else '-'}{abs(int(shift.total_seconds()))} seconds"
        )
        connection.execute(
            f"UPDATE {table} SET modified_at = datetime(modified_at, ?), "
            "created_at = datetime(created_at, ?) "
            "WHERE created_at > (SELECT max(made_at) FROM handout)",
            (modifier, modifier),
        )
        connection.commit()
    finally:
        connection.close()


def test_times_of_a_laptop_whose_clock_was_off_are_flagged_and_reported(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    field_id = _field(project)
    ahead, behind = group_file(project, tmp_path, "Vorn"), group_file(project, tmp_path, "Hinten")
    on_laptop(ahead, lambda s: capture_cards(s, field_id, [{"text": "a"}, {"text": "b"}]))
    on_laptop(behind, lambda s: capture_cards(s, field_id, [{"text": "c"}]))
    _stamp(ahead, "idea", timedelta(days=2))
    _stamp(behind, "idea", -timedelta(days=30))
    now = datetime.now(UTC)
    assert prepare_merge(project, ahead).clocks() == ClockCheck(future=2)
    assert prepare_merge(project, behind).clocks() == ClockCheck(before_handout=1)
    prepared = prepare_merge(project, ahead)
    assert prepared.report({}, now).clocks == {"future": 2}
    fine = group_file(project, tmp_path, "Richtig")
    on_laptop(fine, lambda s: capture_cards(s, field_id, [{"text": "d"}]))
    assert not prepare_merge(project, fine).clocks(), "a laptop with a right clock: no doubt"
    handed_out = prepared.handed_out_at
    minutes = datetime.fromisoformat(handed_out) - timedelta(minutes=2)
    assert doubt(str(minutes), handed_out) == "", "a few minutes between laptops are no doubt"


def _proposal(title: str, field_id: str) -> Callable[[Session], Edit]:
    return lambda s: create_proposal(s, {"title": title, "action_field_id": field_id})


def _numbers(document: WorkshopDocument) -> dict[str, str]:
    """Measure number by proposal title."""
    with document.reading() as session:
        return {row.title: number_of(session, row.id) for row in proposal_list(session)}


def test_a_measure_number_both_sides_gave_is_offered_and_the_groups_one_numbered_anew(
    project: WorkshopDocument, tmp_path: Path, demo_file: Path
) -> None:
    field_id = _field(project)
    group, same_title = group_file(project, tmp_path), group_file(project, tmp_path, "Gruppe C")
    on_laptop(group, _proposal("Dorf-App", field_id), _proposal("Leihräder", field_id))
    on_laptop(same_title, _proposal("glasfaser für  Schulen", field_id))
    perform(project, _proposal("Glasfaser für Schulen", field_id))
    prepared = prepare_merge(project, group)
    numbers_there = _numbers(project)
    [offer] = prepared.plan.duplicates
    assert offer.kind == "proposal" and not offer.likely, "same number, another title"
    before = dump(demo_file)
    edit = perform(project, lambda s: prepared.edit(s, {}, datetime.now(UTC)))
    numbers = _numbers(project)
    assert numbers["Glasfaser für Schulen"] == numbers_there["Glasfaser für Schulen"]
    given = [numbers["Glasfaser für Schulen"], numbers["Dorf-App"], numbers["Leihräder"]]
    assert len(set(given)) == 3, f"no number twice: {given}"
    assert prepared.report({}, datetime.now(UTC)).renumbered == {"proposal": 1}
    revert(project, edit)
    assert dump(demo_file) == before
    [same] = prepare_merge(project, same_title).plan.duplicates
    assert same.likely, "same number and the same title: the offer starts ticked"


def test_a_text_longer_than_the_limit_is_compared_taken_and_restored_whole(
    project: WorkshopDocument, tmp_path: Path, demo_file: Path
) -> None:
    field_id = _field(project)
    with project.reading() as session:
        card = load_board(session, field_id).cards[0].id
    group = group_file(project, tmp_path)
    long_text = "Protokoll " + "x" * (TEXT_LIMIT + 5000)
    connection = sqlite3.connect(group)  # another program wrote it longer than the app would
    connection.execute("UPDATE idea SET details = ? WHERE id = ?", (long_text, card))
    connection.commit()
    connection.close()
    before = dump(demo_file)
    edit = merge(project, group)
    connection = sqlite3.connect(demo_file)
    [(stored,)] = connection.execute("SELECT details FROM idea WHERE id = ?", (card,))
    connection.close()
    assert stored == long_text, "the file holds what the group's file held, not a cut copy"
    again = prepare_merge(project, group).plan
    assert not again.taken and not again.conflicts, "compared whole: nothing left to take"
    revert(project, edit)
    assert dump(demo_file) == before


def test_long_texts_are_compared_word_by_word_side_by_side() -> None:
    mine = "Wir bauen bis 2028 einen Radweg von Talhausen zur Gesamtschule, beleuchtet."
    theirs = "Wir bauen bis 2030 einen Radweg von Talhausen zur Gesamtschule und zum Bahnhof."
    assert is_long(mine, theirs) and not is_long("kurz", "knapp") and not is_long(None, mine)
    left, right = side_by_side(mine, theirs)
    assert "".join(p.text for p in left) == mine and "".join(p.text for p in right) == theirs
    assert [p.text for p in left if p.changed] == ["2028", ", beleuchtet"]
    assert [p.text for p in right if p.changed] == ["2030", "und zum Bahnhof"]


def test_a_file_of_an_older_version_is_migrated_on_a_copy_and_never_in_place(
    project: WorkshopDocument, tmp_path: Path, demo_file: Path
) -> None:
    older = tmp_path / "Gruppe von 2025.lk40"
    file_at(older, "0007_agenda", demo_file)  # before hand-outs existed: no shared base
    before = older.read_bytes()
    with pytest.raises(MergeRefusedError) as refused:
        prepare_merge(project, older)
    assert refused.value.refusal == MergeRefusal.NO_SHARED_BASE
    assert older.read_bytes() == before, "read from a migrated copy, the file itself untouched"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("Gruppe von")) == [
        older.name
    ], "no copy left beside it"
