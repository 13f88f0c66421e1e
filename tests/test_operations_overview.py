"""Operations of the overview, without Qt: project data, action fields and workshops."""

from __future__ import annotations

from datetime import date

import pytest

from lk40_desktop.operations.edit import EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.overview import (
    add_action_field,
    add_workshop,
    delete_workshops,
    reorder_action_fields,
    set_action_field_color,
    set_archived,
    update_action_field,
    update_project,
    update_workshop,
)
from lk40_desktop.services.project import action_fields, get_project, workshops
from lk40_desktop.services.stakeholders.data import load
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import ActionField


def _fields(document: WorkshopDocument) -> list[tuple[str, str, bool]]:
    with document.reading() as session:
        return [(f.name, f.color, f.archived) for f in action_fields(session)]


def _names(document: WorkshopDocument) -> list[str]:
    return [name for name, _color, _archived in _fields(document)]


def _ids(document: WorkshopDocument) -> list[str]:
    with document.reading() as session:
        return [f.id for f in action_fields(session)]


def _titles(document: WorkshopDocument) -> list[str]:
    with document.reading() as session:
        return [w.title for w in workshops(session)]


def test_update_project_and_revert(demo_document: WorkshopDocument) -> None:
    edit = perform(
        demo_document,
        lambda s: update_project(s, {"county": "Musterlandkreis Nord", "language": "en"}),
    )
    with demo_document.reading() as session:
        project = get_project(session)
        assert (project.county, project.language) == ("Musterlandkreis Nord", "en")
    revert(demo_document, edit)
    with demo_document.reading() as session:
        project = get_project(session)
        assert (project.county, project.language) == ("Musterlandkreis", "de")


def test_update_project_to_the_same_values_is_no_edit(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        assert not update_project(session, {"county": "Musterlandkreis"})


def test_add_action_field_last_and_rename(demo_document: WorkshopDocument) -> None:
    added = perform(demo_document, lambda s: add_action_field(s, "Digitale Verwaltung", "#123456"))
    (field_id,) = added.created
    assert _fields(demo_document)[-1] == ("Digitale Verwaltung", "#123456", False)
    with demo_document.reading() as session:
        field = session.get(ActionField, field_id)
        assert field is not None and field.position == 9
    renamed = perform(demo_document, lambda s: update_action_field(s, field_id, {"name": "KI"}))
    assert _names(demo_document)[-1] == "KI"
    revert(demo_document, renamed)
    assert _names(demo_document)[-1] == "Digitale Verwaltung"
    revert(demo_document, added)
    assert len(_names(demo_document)) == 9


def test_action_fields_need_a_name(demo_document: WorkshopDocument) -> None:
    first = _ids(demo_document)[0]
    with demo_document.reading() as session:
        for build in (
            lambda: add_action_field(session, "", "#000000"),
            lambda: update_action_field(session, first, {"name": "  "}),
        ):
            with pytest.raises(EditRefusedError) as refused:
                build()
            assert refused.value.refusal == Refusal.EMPTY_TEXT
        other = update_action_field(session, first, {"description": "x"})
        assert other.steps[0].new == {first: {"description": "x"}}, "other fields are free"


def test_reorder_action_fields_writes_changed_positions_only(
    demo_document: WorkshopDocument,
) -> None:
    ids = _ids(demo_document)
    names = _names(demo_document)
    edit = perform(demo_document, lambda s: reorder_action_fields(s, [ids[1], ids[2], ids[0]]))
    assert _names(demo_document) == [names[1], names[2], names[0], *names[3:]]
    assert len(edit.steps) == 1 and set(edit.steps[0].new) == set(ids[:3])
    revert(demo_document, edit)
    assert _names(demo_document) == names
    with demo_document.reading() as session:
        assert not reorder_action_fields(session, ids)


def test_colour_and_archive_several_fields(demo_document: WorkshopDocument) -> None:
    ids = _ids(demo_document)
    before = _fields(demo_document)
    colouring = perform(demo_document, lambda s: set_action_field_color(s, ids[2:4], "#abcdef"))
    archiving = perform(demo_document, lambda s: set_archived(s, ids[3:5], True))
    after = _fields(demo_document)
    colours = [color for _name, color, _archived in after[1:5]]
    assert colours == [before[1][1], "#abcdef", "#abcdef", "#d62728"]
    assert [archived for _name, _color, archived in after[2:6]] == [False, True, True, False]
    revert(demo_document, archiving)
    revert(demo_document, colouring)
    assert _fields(demo_document) == before


def test_workshops_add_update_delete(demo_document: WorkshopDocument) -> None:
    added = perform(demo_document, lambda s: add_workshop(s, "Abschluss", date(2026, 10, 1)))
    (workshop_id,) = added.created
    assert _titles(demo_document)[-1] == "Abschluss"
    updated = perform(
        demo_document,
        lambda s: update_workshop(s, workshop_id, {"date": date(2026, 1, 5), "place": "Aula"}),
    )
    with demo_document.reading() as session:
        first = workshops(session)[0]
        assert (first.id, first.place) == (workshop_id, "Aula"), "date order"
    with demo_document.reading() as session, pytest.raises(EditRefusedError) as refused:
        update_workshop(session, workshop_id, {"title": ""})
    assert refused.value.refusal == Refusal.EMPTY_TEXT
    revert(demo_document, updated)
    assert _titles(demo_document)[-1] == "Abschluss"
    revert(demo_document, added)
    assert "Abschluss" not in _titles(demo_document)


def test_deleting_a_workshop_hides_it_and_undo_brings_its_participants_back(
    demo_document: WorkshopDocument,
) -> None:
    with demo_document.reading() as session:
        data = load(session)
    workshop_id, title = data.workshops[0]
    taking_part = {row.id for row in data.stakeholders if workshop_id in row.workshop_ids}
    edit = perform(demo_document, lambda s: delete_workshops(s, [workshop_id]))
    assert title not in _titles(demo_document)
    with demo_document.reading() as session:
        assert all(workshop_id not in row.workshop_ids for row in load(session).stakeholders)
    revert(demo_document, edit)
    with demo_document.reading() as session:
        restored = {row.id for row in load(session).stakeholders if workshop_id in row.workshop_ids}
    assert restored == taking_part and taking_part
