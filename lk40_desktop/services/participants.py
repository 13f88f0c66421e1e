"""Reads of the participants of a workshop: who took part, and what each agreed to.

A workshop keeps its head count (``Workshop.participant_count``) whether or not anyone is listed
by name; a listed participant may be the same person as a stakeholder. Exports print a name
only with the person's consent (``named``), see ``services.report``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lk40_desktop.services.starter import shown_name
from lk40_desktop.store.models import Participant, Stakeholder, StakeholderGroup
from lk40_desktop.store.queries import live_columns


@dataclass(frozen=True)
class ParticipantRow:
    """One participant as the list shows it."""

    id: str
    workshop_id: str
    name: str
    organisation: str
    group_id: str | None
    stakeholder_id: str | None
    named: bool
    """Agrees to be named in the protocol and the exports."""
    photographed: bool
    """Agrees to appear in photographs of the workshop."""


def participants(session: Session, workshop_id: str | None = None) -> list[ParticipantRow]:
    """The participants of one workshop (or of all, ``None``), in the order they were entered."""
    query = live_columns(
        Participant,
        Participant.id,
        Participant.workshop_id,
        Participant.name,
        Participant.organisation,
        Participant.group_id,
        Participant.stakeholder_id,
        Participant.named,
        Participant.photographed,
    ).order_by(Participant.created_at, Participant.id)
    if workshop_id is not None:
        query = query.where(Participant.workshop_id == workshop_id)
    return [ParticipantRow(*row) for row in session.execute(query)]


def group_choices(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the stakeholder groups a participant can belong to, in the lists' order."""
    query = live_columns(
        StakeholderGroup, StakeholderGroup.id, StakeholderGroup.name, StakeholderGroup.builtin_key
    ).order_by(StakeholderGroup.position, StakeholderGroup.created_at)
    return [
        (key, shown_name(session, "stakeholder_group", name, builtin))
        for key, name, builtin in session.execute(query)
    ]


def stakeholder_choices(session: Session) -> list[tuple[str, str]]:
    """(id, "name (organisation)") of the stakeholders a participant can be linked to."""
    query = live_columns(
        Stakeholder, Stakeholder.id, Stakeholder.name, Stakeholder.organisation
    ).order_by(Stakeholder.name, Stakeholder.created_at)
    return [
        (key, f"{name} ({organisation})" if organisation else name)
        for key, name, organisation in session.execute(query)
    ]


def named_participants(rows: Sequence[ParticipantRow]) -> list[ParticipantRow]:
    """The participants an export may name: only those who agreed to it."""
    return [row for row in rows if row.named and row.name.strip()]
