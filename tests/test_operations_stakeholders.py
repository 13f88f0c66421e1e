"""Operations of the stakeholder analysis, without Qt: what each writes, what goes along, what
the rules refuse, and that revert restores the file exactly."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lk40_desktop.operations.edit import EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.overview import delete_workshops
from lk40_desktop.operations.stakeholders import (
    add_relation,
    add_stakeholder,
    delete_relations,
    delete_stakeholders,
    duplicate_stakeholders,
    move_on_map,
    set_workshops,
    update_relation,
    update_stakeholder,
)
from lk40_desktop.services.stakeholders.data import StakeholderData, StakeholderRow, load
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import StakeholderWorkshop
from lk40_desktop.store.queries import live


def _data(document: WorkshopDocument) -> StakeholderData:
    with document.reading() as session:
        return load(session)


def _named(document: WorkshopDocument, name: str) -> StakeholderRow:
    return next(row for row in _data(document).stakeholders if row.name == name)


def _stakeholder(document: WorkshopDocument, key: str) -> StakeholderRow | None:
    return next((row for row in _data(document).stakeholders if row.id == key), None)


def test_add_stakeholder_in_the_middle_and_revert(demo_document: WorkshopDocument) -> None:
    group = _data(demo_document).groups[2]
    edit = perform(demo_document, lambda s: add_stakeholder(s, "Seniorenbeirat Nord", group.id))
    (new_id,) = edit.created
    row = _stakeholder(demo_document, new_id)
    assert row is not None and row.name == "Seniorenbeirat Nord" and row.group_id == group.id
    assert (row.influence, row.interest, row.attitude) == (3.0, 3.0, "neutral")
    assert len(_data(demo_document).stakeholders) == 47
    revert(demo_document, edit)
    assert _stakeholder(demo_document, new_id) is None
    assert len(_data(demo_document).stakeholders) == 46


def test_a_stakeholder_needs_a_name(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session, pytest.raises(EditRefusedError) as refused:
        add_stakeholder(session, "  ", None)
    assert refused.value.refusal == Refusal.EMPTY_TEXT


def test_duplicate_copies_fields_and_workshops(demo_document: WorkshopDocument) -> None:
    ihk, landraetin = _named(demo_document, "IHK"), _named(demo_document, "Landrätin")
    edit = perform(
        demo_document,
        lambda s: duplicate_stakeholders(s, [landraetin.id, ihk.id], "{name} (Kopie)"),
    )
    copies = [_stakeholder(demo_document, key) for key in edit.created]
    assert [c.name if c else None for c in copies] == ["Landrätin (Kopie)", "IHK (Kopie)"]
    copy = copies[1]
    assert copy is not None and copy.id != ihk.id
    assert copy.workshop_ids == ihk.workshop_ids and len(ihk.workshop_ids) == 3
    assert (copy.group_id, copy.influence, copy.interest, copy.attitude) == (
        ihk.group_id,
        ihk.influence,
        ihk.interest,
        ihk.attitude,
    )
    revert(demo_document, edit)
    assert all(_stakeholder(demo_document, key) is None for key in edit.created)
    with demo_document.reading() as session:
        assert not list(
            session.scalars(
                live(StakeholderWorkshop).where(
                    StakeholderWorkshop.stakeholder_id.in_(edit.created)
                )
            )
        )


def test_delete_takes_relations_and_links_along(demo_document: WorkshopDocument) -> None:
    before = _data(demo_document)
    landraetin = _named(demo_document, "Landrätin")
    touching = {r.id for r in before.relations if landraetin.id in (r.source_id, r.target_id)}
    edit = perform(demo_document, lambda s: delete_stakeholders(s, [landraetin.id]))
    after = _data(demo_document)
    assert _stakeholder(demo_document, landraetin.id) is None
    assert {r.id for r in before.relations} - {r.id for r in after.relations} == touching
    assert len(touching) == 3
    with demo_document.reading() as session:
        links = select(StakeholderWorkshop).where(
            StakeholderWorkshop.stakeholder_id == landraetin.id
        )
        assert all(link.deleted_at is not None for link in session.scalars(links))
    revert(demo_document, edit)
    restored = _data(demo_document)
    assert {r.id for r in restored.relations} == {r.id for r in before.relations}
    assert _named(demo_document, "Landrätin").workshop_ids == landraetin.workshop_ids


def test_deleting_nothing_is_no_edit(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        assert not delete_stakeholders(session, [])


def test_set_workshops_adds_and_removes_links(demo_document: WorkshopDocument) -> None:
    sparkasse = _named(demo_document, "Sparkasse")
    every = {key for key, _title in _data(demo_document).workshops}
    assert sparkasse.workshop_ids < every
    first = perform(demo_document, lambda s: set_workshops(s, sparkasse.id, sorted(every)))
    assert _named(demo_document, "Sparkasse").workshop_ids == every
    second = perform(demo_document, lambda s: set_workshops(s, sparkasse.id, []))
    assert _named(demo_document, "Sparkasse").workshop_ids == set()
    revert(demo_document, second)
    assert _named(demo_document, "Sparkasse").workshop_ids == every
    revert(demo_document, first)
    assert _named(demo_document, "Sparkasse").workshop_ids == sparkasse.workshop_ids
    with demo_document.reading() as session:
        assert not set_workshops(session, sparkasse.id, sorted(sparkasse.workshop_ids))


def test_set_workshops_keeps_the_link_of_a_deleted_workshop(
    demo_document: WorkshopDocument,
) -> None:
    ihk = _named(demo_document, "IHK")
    gone, *kept = sorted(ihk.workshop_ids)
    perform(demo_document, lambda s: delete_workshops(s, [gone]))
    perform(demo_document, lambda s: set_workshops(s, ihk.id, kept[:1]))
    assert _named(demo_document, "IHK").workshop_ids == set(kept[:1])
    with demo_document.reading() as session:
        links = session.scalars(
            live(StakeholderWorkshop).where(StakeholderWorkshop.stakeholder_id == ihk.id)
        )
        assert {link.workshop_id for link in links} == {gone, kept[0]}


def test_move_on_map_snaps_to_the_scale(demo_document: WorkshopDocument) -> None:
    verein = _named(demo_document, "Heimat- und Geschichtsverein")
    tafel = _named(demo_document, "Tafel Musterstadt")
    edit = perform(
        demo_document,
        lambda s: move_on_map(s, {verein.id: (4.37, 4.62), tafel.id: (7.0, -2.0)}),
    )
    moved = _named(demo_document, "Heimat- und Geschichtsverein")
    assert (moved.interest, moved.influence) == (4.5, 4.5)
    moved = _named(demo_document, "Tafel Musterstadt")
    assert (moved.interest, moved.influence) == (5.0, 1.0)
    revert(demo_document, edit)
    moved = _named(demo_document, "Heimat- und Geschichtsverein")
    assert (moved.interest, moved.influence) == (2.0, 1.0)


def test_update_stakeholder_keeps_the_scale_and_a_name(demo_document: WorkshopDocument) -> None:
    sparkasse = _named(demo_document, "Sparkasse")
    edit = perform(
        demo_document,
        lambda s: update_stakeholder(s, sparkasse.id, {"influence": 9, "notes": "Filialen"}),
    )
    changed = _named(demo_document, "Sparkasse")
    assert (changed.influence, changed.notes) == (5.0, "Filialen")
    perform(demo_document, lambda s: update_stakeholder(s, sparkasse.id, {"interest": 2.3}))
    assert _named(demo_document, "Sparkasse").interest == 2.3, "typed values are not rounded"
    perform(demo_document, lambda s: update_stakeholder(s, sparkasse.id, {"interest": 0.2}))
    assert _named(demo_document, "Sparkasse").interest == 1.0
    with demo_document.reading() as session, pytest.raises(EditRefusedError) as refused:
        update_stakeholder(session, sparkasse.id, {"name": " "})
    assert refused.value.refusal == Refusal.EMPTY_TEXT
    revert(demo_document, edit)
    assert _named(demo_document, "Sparkasse").influence == sparkasse.influence == 4.0


def test_relations_add_label_delete(demo_document: WorkshopDocument) -> None:
    source, target = _named(demo_document, "Sportkreis"), _named(demo_document, "Jugendparlament")
    conflict = next(k for k in _data(demo_document).kinds if k.name == "Konflikt")
    added = perform(
        demo_document, lambda s: add_relation(s, source.id, target.id, conflict.id, "Halle")
    )
    (relation_id,) = added.created

    def relation():  # type: ignore[no-untyped-def]
        return next((r for r in _data(demo_document).relations if r.id == relation_id), None)

    assert (relation().source_id, relation().target_id, relation().kind_id) == (
        source.id,
        target.id,
        conflict.id,
    )
    cooperation = next(k for k in _data(demo_document).kinds if k.name == "Kooperation")
    values = {"label": "  Hallen ", "kind_id": cooperation.id}
    labelled = perform(demo_document, lambda s: update_relation(s, relation_id, values))
    assert (relation().label, relation().kind_id) == ("Hallen", cooperation.id), "kind changed"
    deleted = perform(demo_document, lambda s: delete_relations(s, [relation_id]))
    assert relation() is None and _named(demo_document, "Sportkreis").id == source.id
    revert(demo_document, deleted)
    revert(demo_document, labelled)
    assert (relation().label, relation().kind_id) == ("Halle", conflict.id)
    revert(demo_document, added)
    assert relation() is None


def test_no_relation_of_a_stakeholder_to_itself(demo_document: WorkshopDocument) -> None:
    sportkreis = _named(demo_document, "Sportkreis")
    with demo_document.reading() as session, pytest.raises(EditRefusedError) as refused:
        add_relation(session, sportkreis.id, sportkreis.id, None)
    assert refused.value.refusal == Refusal.SELF_RELATION
