"""Participants of a workshop, without Qt: added with no consent, edited, linked to a
stakeholder, taken off the list and brought back."""

from __future__ import annotations

import pytest

from lk40_desktop.operations.edit import EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.participants import (
    add_participant,
    delete_participants,
    update_participant,
)
from lk40_desktop.services.participants import (
    group_choices,
    named_participants,
    participants,
    stakeholder_choices,
)
from lk40_desktop.services.project import workshops
from lk40_desktop.store.document import WorkshopDocument


def _workshop(document: WorkshopDocument) -> str:
    with document.reading() as session:
        return workshops(session)[0].id


def test_a_participant_agrees_to_nothing_until_asked(demo_document: WorkshopDocument) -> None:
    workshop_id = _workshop(demo_document)
    edit = perform(demo_document, lambda s: add_participant(s, workshop_id, "Erika Muster"))
    (participant_id,) = edit.created
    with demo_document.reading() as session:
        (row,) = participants(session, workshop_id)
        assert (row.id, row.name, row.named, row.photographed) == (
            participant_id,
            "Erika Muster",
            False,
            False,
        )
        assert named_participants([row]) == []
        group_id = group_choices(session)[0][0]
        stakeholder_id, _label = stakeholder_choices(session)[0]
    values = {
        "organisation": "Kreisverwaltung",
        "group_id": group_id,
        "stakeholder_id": stakeholder_id,
        "named": True,
    }
    change = perform(demo_document, lambda s: update_participant(s, participant_id, values))
    with demo_document.reading() as session:
        (row,) = participants(session, workshop_id)
        assert (row.organisation, row.group_id, row.stakeholder_id, row.named) == (
            "Kreisverwaltung",
            group_id,
            stakeholder_id,
            True,
        )
        assert named_participants([row]) == [row]
    revert(demo_document, change)
    with demo_document.reading() as session:
        assert participants(session, workshop_id)[0].stakeholder_id is None


def test_an_empty_name_is_refused(demo_document: WorkshopDocument) -> None:
    workshop_id = _workshop(demo_document)
    with pytest.raises(EditRefusedError) as refused:
        perform(demo_document, lambda s: add_participant(s, workshop_id, "  "))
    assert refused.value.refusal is Refusal.EMPTY_TEXT
    (participant_id,) = perform(
        demo_document, lambda s: add_participant(s, workshop_id, "Max")
    ).created
    with pytest.raises(EditRefusedError):
        perform(demo_document, lambda s: update_participant(s, participant_id, {"name": ""}))
    with demo_document.reading() as session:
        assert [row.name for row in participants(session, workshop_id)] == ["Max"]


def test_taken_off_the_list_and_back(demo_document: WorkshopDocument) -> None:
    workshop_id = _workshop(demo_document)
    ids = [
        perform(demo_document, lambda s, n=name: add_participant(s, workshop_id, n)).created[0]
        for name in ("A", "B")
    ]
    edit = perform(demo_document, lambda s: delete_participants(s, ids[:1]))
    with demo_document.reading() as session:
        assert [row.name for row in participants(session, workshop_id)] == ["B"]
        assert [row.name for row in participants(session)] == ["B"]
    revert(demo_document, edit)
    with demo_document.reading() as session:
        assert [row.name for row in participants(session, workshop_id)] == ["A", "B"]
