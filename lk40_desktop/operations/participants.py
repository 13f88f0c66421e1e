"""Edits of a workshop's participant list: add a person, change what is known of them and
what they agreed to, link them to a stakeholder, take them off the list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, change, create, delete, refuse_empty
from lk40_desktop.store.models import new_id


def add_participant(session: Session, workshop_id: str, name: str) -> Edit:
    """A participant of ``workshop_id`` who has agreed to nothing yet (privacy by default: not
    named in exports, not photographed); ``created`` is its id."""
    del session
    refuse_empty({"name": name}, "name")
    participant_id = new_id()
    row = {"workshop_id": workshop_id, "name": name, "named": False, "photographed": False}
    return Edit([create("participant", {participant_id: row})], created=[participant_id])


def update_participant(session: Session, participant_id: str, values: Mapping[str, Any]) -> Edit:
    """Set fields of a participant (a cell of the list: name, organisation, group, the linked
    stakeholder, the two consents); an empty name is refused."""
    refuse_empty(values, "name")
    return Edit([change(session, "participant", {participant_id: values})])


def delete_participants(session: Session, ids: Sequence[str]) -> Edit:
    """Take participants off the list (undo brings them back; ``operations.privacy`` is what
    removes a name for good)."""
    del session
    return Edit([delete("participant", ids)])
