"""What personal data a project file holds (DSGVO Art. 5, 13, 17): every field that can name or
describe a person, per kind, with how many rows fill it, and the copies of the file the app
knows it wrote — saved copies, the backup taken before a migration, group files (they keep
what the file held when they were made).

Qt-free: ``lk40 privacy`` prints it and the dialog "Personenbezogene Daten…" shows it in the
UI's words (the keys below). A new field that can hold a person's name or details belongs in
``PERSONAL_FIELDS``, so the inventory and a later removal know it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.store.models import (
    FileCopy,
    Idea,
    Participant,
    Photo,
    Proposal,
    Rater,
    Stakeholder,
    Vote,
    Workshop,
)
from lk40_desktop.store.queries import filled_counts, live_columns

PERSONAL_FIELDS: tuple[tuple[str, Any], ...] = (
    ("stakeholder.contact_person", Stakeholder.contact_person),
    ("stakeholder.contact_details", Stakeholder.contact_details),
    ("stakeholder.notes", Stakeholder.notes),
    ("workshop.facilitator", Workshop.facilitator),
    ("workshop.participants", Workshop.participants),
    ("participant.name", Participant.name),
    ("participant.organisation", Participant.organisation),
    ("rater.name", Rater.name),
    ("vote.voter", Vote.voter),
    ("idea.author_group", Idea.author_group),
    ("proposal.lead", Proposal.lead),
    ("proposal.partners", Proposal.partners),
    ("photo.caption", Photo.caption),
)
"""(key, column) of every field that can hold personal data. The dot voting's voter names are
``vote.voter``; the photos themselves (which can show people) are counted as ``photos``."""


@dataclass(frozen=True)
class FieldCount:
    """One personal field and how many rows fill it."""

    key: str
    """"table.column", the words for it are the reader's (CLI, dialog)."""
    live: int
    deleted: int
    """Rows deleted with undo's tombstone: no list shows them, the file still holds them."""


@dataclass(frozen=True)
class CopyRow:
    """A copy of the file the app wrote."""

    path: str
    kind: str
    """"copy", "backup" or "group" (``store.models.FileCopy.kind``)."""


@dataclass(frozen=True)
class Inventory:
    """The personal data of one file."""

    fields: tuple[FieldCount, ...]
    copies: tuple[CopyRow, ...]
    participants_without_consent: int
    """Listed participants who did not agree to be named (their names never reach an export)."""
    photos: tuple[int, int] = (0, 0)
    """Photos kept in the file, live and deleted: a photo of the room can show people."""

    @property
    def total(self) -> int:
        """How many values in all, live and deleted."""
        return sum(field.live + field.deleted for field in self.fields)


def inventory(session: Session) -> Inventory:
    """Count every personal field of the file and list its known copies."""
    fields = tuple(
        FieldCount(key, *filled_counts(session, column)) for key, column in PERSONAL_FIELDS
    )
    copies = tuple(
        CopyRow(path, kind)
        for path, kind in session.execute(
            live_columns(FileCopy, FileCopy.path, FileCopy.kind).order_by(FileCopy.created_at)
        )
    )
    unnamed = session.execute(
        live_columns(Participant, Participant.id).where(Participant.named.is_(False))
    ).all()
    return Inventory(fields, copies, len(unnamed), filled_counts(session, Photo.id))
