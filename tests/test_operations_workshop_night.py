"""The workshop night's operations, without Qt: tonight's workshop, voting rounds with their
dots as rows, blind rounds, tallies from paper pinboards."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lk40_desktop.operations.board import capture_cards
from lk40_desktop.operations.edit import perform, revert
from lk40_desktop.operations.overview import delete_workshops, set_current_workshop
from lk40_desktop.operations.stakeholders import add_stakeholder
from lk40_desktop.services.project import action_fields, current_workshop, workshops
from lk40_desktop.services.stakeholders.data import load
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import Idea


def _tonight(document: WorkshopDocument) -> str:
    """The demo's last workshop, made tonight's."""
    with document.reading() as session:
        workshop_id = workshops(session)[-1].id
    perform(document, lambda s: set_current_workshop(s, workshop_id))
    return workshop_id


def _first_field(document: WorkshopDocument) -> str:
    with document.reading() as session:
        return action_fields(session)[0].id


def test_captured_cards_and_new_stakeholders_go_to_tonights_workshop(
    demo_document: WorkshopDocument,
) -> None:
    field_id = _first_field(demo_document)
    untold = perform(demo_document, lambda s: capture_cards(s, field_id, [{"text": "Vorher"}]))
    tonight = _tonight(demo_document)
    with demo_document.reading() as session:
        assert current_workshop(session) == tonight
    cards = perform(
        demo_document,
        lambda s: capture_cards(s, field_id, [{"text": "Heute"}, {"text": "Auch heute"}]),
    )
    guest = perform(demo_document, lambda s: add_stakeholder(s, "Gast aus Nord", None))
    with demo_document.reading() as session:
        filed = dict(
            session.execute(
                select(Idea.id, Idea.workshop_id).where(Idea.id.in_(untold.created + cards.created))
            ).all()
        )
        people = {s.id: s for s in load(session).stakeholders}
    assert filed[untold.created[0]] is None, "before a workshop was chosen"
    assert [filed[c] for c in cards.created] == [tonight, tonight]
    assert people[guest.created[0]].workshop_ids == {tonight}
    revert(demo_document, guest)
    with demo_document.reading() as session:
        assert guest.created[0] not in {s.id for s in load(session).stakeholders}


def test_tonights_workshop_is_undoable_and_gone_with_its_workshop(
    demo_document: WorkshopDocument,
) -> None:
    with demo_document.reading() as session:
        assert current_workshop(session) is None
    tonight = _tonight(demo_document)
    none = perform(demo_document, lambda s: set_current_workshop(s, None))
    with demo_document.reading() as session:
        assert current_workshop(session) is None
    revert(demo_document, none)
    perform(demo_document, lambda s: delete_workshops(s, [tonight]))
    with demo_document.reading() as session:
        assert current_workshop(session) is None, "a deleted workshop is not tonight's"
    with pytest.raises(ValueError, match="no workshop"):
        perform(demo_document, lambda s: set_current_workshop(s, tonight))
