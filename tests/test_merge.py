"""Breakout groups without Qt: a group file handed out, edited on "another laptop" (its own
file, its own clock), and merged back — through the real operations on real files; every
rule of the merge, its undo, a second merge, and each refusal."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from lk40_desktop.operations.board import capture_cards
from lk40_desktop.operations.edit import Edit, perform, revert
from lk40_desktop.operations.groups import backup_before_merge, prepare_merge
from lk40_desktop.operations.overview import set_current_workshop, update_workshop
from lk40_desktop.operations.rounds import start_round, vote
from lk40_desktop.operations.settings import set_setting
from lk40_desktop.operations.stakeholders import (
    add_relation,
    add_stakeholder,
    delete_stakeholders,
    update_stakeholder,
)
from lk40_desktop.services.board.data import load_board
from lk40_desktop.services.merge.files import MergeRefusal, MergeRefusedError
from lk40_desktop.services.merge.plan import REFERENCE, Prefer
from lk40_desktop.services.merge.rules import RULES
from lk40_desktop.services.project import action_fields, current_workshop, workshops
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.errors import DocumentError
from lk40_desktop.store.kinds import ALL_KINDS
from lk40_desktop.store.models import ENTITY_KINDS
from tests.helpers.groups import dump, group_file, merge, merge_into, on_laptop


@pytest.fixture
def project(demo_file: Path) -> Iterator[WorkshopDocument]:
    document = WorkshopDocument.open(demo_file)
    yield document
    document.close()


def _field(document: WorkshopDocument) -> str:
    with document.reading() as session:
        return action_fields(session)[0].id


def _card_texts(document: WorkshopDocument, field_id: str) -> set[str]:
    with document.reading() as session:
        return {card.text for card in load_board(session, field_id).cards}


def _dots(document: WorkshopDocument) -> int:
    """The live dots of the file."""
    with sqlite3.connect(document.path) as connection:
        count = connection.execute("SELECT count(*) FROM vote WHERE deleted_at IS NULL")
        dots = int(count.fetchone()[0])
    connection.close()
    return dots


def _open_round(document: WorkshopDocument) -> str:
    return perform(document, lambda s: start_round(s, "Runde der Gruppen")).created[0]


def _cards(*texts: str) -> list[dict[str, str | None]]:
    return [{"text": text} for text in texts]


def test_every_kind_has_a_declared_merge_rule_on_real_columns() -> None:
    assert set(RULES) == set(ALL_KINDS)
    for kind, rule in RULES.items():
        names = set(ENTITY_KINDS[kind].__table__.columns.keys())
        assert set(rule.natural_key) <= names and rule.layout <= names, kind


def test_a_group_file_merged_unchanged_changes_nothing(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    group = group_file(project, tmp_path)
    prepared = prepare_merge(project, group)
    assert not prepared.plan.added and not prepared.plan.taken and not prepared.plan.conflicts
    assert prepared.group == "Gruppe B"


def test_cards_and_dots_of_both_sides_arrive_and_undo_restores_every_row(
    project: WorkshopDocument, tmp_path: Path, demo_file: Path
) -> None:
    field_id = _field(project)
    round_id = _open_round(project)
    group = group_file(project, tmp_path)
    with project.reading() as session:
        card = load_board(session, field_id).cards[0].id
    on_laptop(
        group,
        lambda s: capture_cards(s, field_id, _cards("Idee aus Gruppe B", "Noch eine")),
        lambda s: vote(s, round_id, card, "1", 1),
    )
    perform(project, lambda s: capture_cards(s, field_id, _cards("Idee im Plenum")))
    dots_before = _dots(project)
    before = dump(demo_file)
    edit = merge(project, group)
    texts = _card_texts(project, field_id)
    assert {"Idee aus Gruppe B", "Noch eine", "Idee im Plenum"} <= texts
    assert _dots(project) == dots_before + 1
    revert(project, edit)
    after = dump(demo_file)
    assert after == before, "undo removes the added rows and restores every value"


def test_a_field_changed_on_one_side_takes_that_value_and_on_both_is_a_conflict(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    with project.reading() as session:
        first, second = [w.id for w in workshops(session)][:2]
    group = group_file(project, tmp_path)
    on_laptop(
        group,
        lambda s: update_workshop(s, first, {"place": "Aula der Gesamtschule"}),
        lambda s: update_workshop(s, second, {"place": "Turnhalle"}),
    )
    perform(project, lambda s: update_workshop(s, second, {"place": "Rathaus, Saal 2"}))
    prepared = prepare_merge(project, group)
    [conflict] = prepared.plan.conflicts
    assert (conflict.kind, conflict.row_id, conflict.field) == ("workshop", second, "place")
    assert (conflict.mine, conflict.theirs) == ("Rathaus, Saal 2", "Turnhalle")
    merge(project, group, prefer="theirs")
    with project.reading() as session:
        places = {w.id: w.place for w in workshops(session)}
    assert places[first] == "Aula der Gesamtschule" and places[second] == "Turnhalle"


def test_deleted_here_and_edited_there_is_a_conflict(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    with project.reading() as session:
        stakeholder = load_stakeholders(session).stakeholders[0].id
    group = group_file(project, tmp_path)
    on_laptop(group, lambda s: update_stakeholder(s, stakeholder, {"notes": "Rückruf zugesagt"}))
    perform(project, lambda s: delete_stakeholders(s, [stakeholder]))
    prepared = prepare_merge(project, group)
    assert [(c.row_id, c.field) for c in prepared.plan.conflicts] == [(stakeholder, "deleted_at")]
    merge(project, group, prefer="theirs")
    with project.reading() as session:
        assert stakeholder in {s.id for s in load_stakeholders(session).stakeholders}


def test_a_deletion_there_of_a_row_unchanged_here_is_taken(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    with project.reading() as session:
        stakeholder = load_stakeholders(session).stakeholders[0].id
    group = group_file(project, tmp_path)
    on_laptop(group, lambda s: delete_stakeholders(s, [stakeholder]))
    merge(project, group)
    with project.reading() as session:
        assert stakeholder not in {s.id for s in load_stakeholders(session).stakeholders}


def test_a_setting_made_on_both_laptops_is_one_row(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    group = group_file(project, tmp_path)
    on_laptop(group, lambda s: set_setting(s, "merge_test", "gleich"))
    perform(project, lambda s: set_setting(s, "merge_test", "gleich"))
    prepared = prepare_merge(project, group)
    assert prepared.plan.unified["setting"] == 1 and not prepared.plan.conflicts
    merge(project, group)
    with sqlite3.connect(project.path) as connection:
        rows = connection.execute("SELECT count(*) FROM setting WHERE key = 'merge_test'")
        assert rows.fetchone()[0] == 1
    connection.close()


def test_a_second_merge_brings_only_what_is_new_and_twice_is_once(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    field_id = _field(project)
    group = group_file(project, tmp_path)
    on_laptop(group, lambda s: capture_cards(s, field_id, _cards("Erste Runde")))
    merge(project, group)
    again = prepare_merge(project, group)
    assert not again.plan.added and not again.plan.taken, "twice is once"
    on_laptop(group, lambda s: capture_cards(s, field_id, _cards("Zweite Runde")))
    later = prepare_merge(project, group)
    assert [row["text"] for row in later.plan.added["idea"].values()] == ["Zweite Runde"]


def test_dots_that_travel_a_to_b_to_the_project_arrive_once(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    round_id = _open_round(project)
    with project.reading() as session:
        card = load_board(session, None).cards[0].id
    first, second = (
        group_file(project, tmp_path, "Gruppe A"),
        group_file(project, tmp_path, "Gruppe B"),
    )
    on_laptop(
        first, lambda s: vote(s, round_id, card, "1", 1), lambda s: vote(s, round_id, card, "2", 1)
    )
    on_laptop(second, lambda s: vote(s, round_id, card, "3", 1))
    before = _dots(project)
    merge_into(second, first)
    merge(project, second)
    merge(project, first)
    assert _dots(project) == before + 3


def test_a_group_without_contact_details_leaves_the_projects_contacts(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    group = group_file(project, tmp_path, without_contacts=True)
    with sqlite3.connect(group) as connection:
        filled = connection.execute(
            "SELECT count(*) FROM stakeholder WHERE contact_person != '' OR notes != ''"
        ).fetchone()[0]
    connection.close()
    assert filled == 0
    with project.reading() as session:
        before = [s.contact_person for s in load_stakeholders(session).stakeholders]
    assert any(before)
    merge(project, group)
    with project.reading() as session:
        assert [s.contact_person for s in load_stakeholders(session).stakeholders] == before


def test_the_file_itself_another_project_and_a_plain_copy_are_refused(
    project: WorkshopDocument, tmp_path: Path, new_file: Path
) -> None:
    copy = tmp_path / "Kopie.lk40"
    project.save_copy(copy)
    for path, refusal in (
        (project.path, MergeRefusal.SAME_FILE),
        (new_file, MergeRefusal.OTHER_PROJECT),
        (copy, MergeRefusal.NO_SHARED_BASE),
    ):
        with pytest.raises(MergeRefusedError) as refused:
            prepare_merge(project, path)
        assert refused.value.refusal is refusal


@pytest.mark.parametrize("prefer", ["mine", "theirs"])
def test_a_relation_drawn_there_to_a_stakeholder_deleted_here_is_a_conflict(
    project: WorkshopDocument, tmp_path: Path, prefer: Prefer
) -> None:
    with project.reading() as session:
        first, second = [s.id for s in load_stakeholders(session).stakeholders][:2]
    group = group_file(project, tmp_path)
    on_laptop(group, lambda s: add_relation(s, first, second, None, "berät"))
    perform(project, lambda s: delete_stakeholders(s, [second]))
    prepared = prepare_merge(project, group)
    [conflict] = prepared.plan.conflicts
    assert (conflict.kind, conflict.field, conflict.mine) == (
        "stakeholder_relation",
        REFERENCE + "target_id",
        second,
    )
    merge(project, group, prefer=prefer)
    with project.reading() as session:
        data = load_stakeholders(session)
    labels = [relation.label for relation in data.relations]
    alive = second in {s.id for s in data.stakeholders}
    if prefer == "theirs":
        assert alive and "berät" in labels, "the stakeholder comes back with the relation"
    else:
        assert not alive and "berät" not in labels, "no relation points to a deleted one"
    with sqlite3.connect(project.path) as connection:
        dangling = connection.execute(
            "SELECT count(*) FROM stakeholder_relation r JOIN stakeholder s ON s.id = r.target_id "
            "WHERE r.deleted_at IS NULL AND s.deleted_at IS NOT NULL"
        ).fetchone()[0]
    connection.close()
    assert dangling == 0


def test_newer_goes_by_each_sides_clock(project: WorkshopDocument, tmp_path: Path) -> None:
    with project.reading() as session:
        workshop = workshops(session)[0].id
    group = group_file(project, tmp_path)
    on_laptop(group, lambda s: update_workshop(s, workshop, {"place": "Später geändert"}))
    with sqlite3.connect(group) as connection:  # that laptop's clock runs a day ahead
        connection.execute(
            "UPDATE workshop SET modified_at = datetime(modified_at, '+1 day') WHERE id = ?",
            (workshop,),
        )
    connection.close()
    perform(project, lambda s: update_workshop(s, workshop, {"place": "Früher geändert"}))
    merge(project, group, prefer="newer")
    with project.reading() as session:
        assert workshops(session)[0].place == "Später geändert"


def test_a_damaged_file_and_one_of_a_newer_version_are_refused_and_nothing_is_written(
    project: WorkshopDocument, tmp_path: Path, demo_file: Path
) -> None:
    group = group_file(project, tmp_path)
    before = dump(demo_file)
    damaged = tmp_path / "kaputt.lk40"
    damaged.write_bytes(group.read_bytes()[:5000])
    newer = tmp_path / "neuer.lk40"
    newer.write_bytes(group.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    for path in (damaged, newer):
        with pytest.raises(DocumentError):
            prepare_merge(project, path)
    assert dump(demo_file) == before


def test_tonights_workshop_of_a_group_laptop_stays_there(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    with project.reading() as session:
        ids = [w.id for w in workshops(session)]
    perform(project, lambda s: set_current_workshop(s, ids[0]))
    group = group_file(project, tmp_path)
    on_laptop(group, lambda s: set_current_workshop(s, ids[1]))
    prepared = prepare_merge(project, group)
    assert not prepared.plan.conflicts and not prepared.plan.taken
    merge(project, group)
    with project.reading() as session:
        assert current_workshop(session) == ids[0]


def test_merged_rows_keep_the_group_they_came_from(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    field_id = _field(project)
    first, second = (
        group_file(project, tmp_path, "Gruppe A"),
        group_file(project, tmp_path, "Gruppe B"),
    )
    on_laptop(first, lambda s: capture_cards(s, field_id, _cards("Aus A")))
    on_laptop(second, lambda s: capture_cards(s, field_id, _cards("Aus B")))
    merge_into(second, first)
    merge(project, second)
    with sqlite3.connect(project.path) as connection:
        origins = dict(
            connection.execute(
                'SELECT i.text, o."group" FROM origin o JOIN idea i ON i.id = o.row_id '
                "WHERE o.kind = 'idea'"
            ).fetchall()
        )
    connection.close()
    assert origins == {"Aus A": "Gruppe A", "Aus B": "Gruppe B"}


def test_a_groups_loose_new_cards_get_a_frame_of_their_own(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    field_id = _field(project)
    group = group_file(project, tmp_path)
    on_laptop(group, lambda s: capture_cards(s, field_id, _cards("Nord 1", "Nord 2", "Nord 3")))
    perform(project, lambda s: capture_cards(s, field_id, _cards("Plenum 1", "Plenum 2")))
    merge(project, group)
    with project.reading() as session:
        board = load_board(session, field_id)
    frame = next(c for c in board.clusters if c.name == "Gruppe B")
    mine = [c for c in board.cards if c.text.startswith("Nord")]
    assert {c.cluster_id for c in mine} == {frame.id}
    assert all(frame.contains(c.x + 100, c.y + 55) for c in mine), "inside their frame"
    spots = [(round(c.x), round(c.y)) for c in board.cards]
    assert len(spots) == len(set(spots)), "no card lies on another"
    others = [c for c in board.clusters if c.id != frame.id]
    assert all(frame.y >= c.y + c.height for c in others), "below the board's frames"


def test_a_stakeholder_typed_on_both_laptops_is_offered_as_the_same_and_unified(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    with project.reading() as session:
        known = load_stakeholders(session).stakeholders[0].id
    group = group_file(project, tmp_path)

    def add_there(s: Session) -> Edit:
        return add_stakeholder(s, "Bürgerbus-Verein  Talhausen", None)

    on_laptop(group, add_there)
    laptop = WorkshopDocument.open(group)
    try:
        with laptop.reading() as session:
            theirs = next(
                s.id
                for s in load_stakeholders(session).stakeholders
                if s.name.startswith("Bürgerbus-Verein")
            )
        perform(laptop, lambda s: add_relation(s, theirs, known, None, "vertritt"))
    finally:
        laptop.close()
    mine = perform(project, lambda s: add_stakeholder(s, "bürgerbus-verein talhausen", None))
    prepared = prepare_merge(project, group)
    [duplicate] = prepared.plan.duplicates
    assert (duplicate.theirs_id, duplicate.mine_id) == (theirs, mine.created[0])
    perform(
        project,
        lambda s: prepared.edit(s, {}, datetime.now(UTC), same=prepared.plan.duplicates),
    )
    with project.reading() as session:
        data = load_stakeholders(session)
    names = [s.name for s in data.stakeholders if s.name.casefold().startswith("bürgerbus")]
    assert names == ["bürgerbus-verein talhausen"], "one stakeholder, this file's"
    relation = next(r for r in data.relations if r.label == "vertritt")
    assert relation.source_id == mine.created[0], "the group's relation points to it"


def test_two_merges_in_one_second_keep_two_backups(
    project: WorkshopDocument, tmp_path: Path
) -> None:
    moment = datetime(2026, 12, 7, 18, 30, 5, tzinfo=UTC)
    first = backup_before_merge(project, moment)
    perform(project, lambda s: set_setting(s, "merge_test", "dazwischen"))
    second = backup_before_merge(project, moment)
    assert first != second and first.exists() and second.exists()
    assert first.read_bytes() != second.read_bytes(), "the first backup was not overwritten"
