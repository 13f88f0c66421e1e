"""Removal of personal data that removes (DSGVO Art. 17): the values are overwritten in every
row, tombstoned ones too, not hidden behind a tombstone; the rows stay, so head counts, groups,
cards, dots and scores stay.

Not an ``Edit``: an inverse would keep the old values (in the undo history), so this writes
through ``WorkshopDocument.erase`` (``secure_delete`` and ``VACUUM``) and the GUI forgets the
undo history afterwards. ``services.privacy.PERSONAL_FIELDS`` names what "all" covers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk40_desktop.operations import rows
from lk40_desktop.operations.edit import Edit, create
from lk40_desktop.services.privacy import PERSONAL_FIELDS
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import Participant, new_id

Scope = Literal["without_consent", "all"]
PSEUDONYMISED = frozenset({"rater.name", "vote.voter"})
"""Fields that tell contributions apart (a rater's scores, a voter's dots per board): their
names become "Person 1", "Person 2" … (one per distinct name), not empty."""


def _participants_without_consent(session: Session) -> ChangeSet:
    ids = session.scalars(select(Participant.id).where(Participant.named.is_(False))).all()
    blank = {key: {"name": "", "organisation": "", "stakeholder_id": None} for key in ids}
    return rows.set_fields(session, "participant", blank)


def _overwrite(session: Session, key: str, column: Any, pseudonym: str) -> ChangeSet:
    kind: EntityKind = key.split(".", maxsplit=1)[0]  # type: ignore[assignment]
    found = session.execute(select(column.table.c.id, column).where(column != "")).all()
    if key in PSEUDONYMISED:
        names = sorted({value for _id, value in found})
        numbers = {name: number for number, name in enumerate(names, start=1)}
        values = {
            row_id: {column.key: pseudonym.format(number=numbers[value])} for row_id, value in found
        }
    else:
        values = {row_id: {column.key: ""} for row_id, _value in found}
    return rows.set_fields(session, kind, values)


def erase_personal_data(session: Session, scope: Scope, pseudonym: str) -> ChangeSet:
    """Overwrite the personal data of ``scope``: "without_consent" blanks the name,
    organisation and stakeholder link of every participant who did not agree to be named;
    "all" does that for every participant and overwrites every field of ``PERSONAL_FIELDS``
    (raters and voters get ``pseudonym``, e.g. "Person {number}", the rest becomes empty)."""
    changes = _participants_without_consent(session)
    if scope == "all":
        everyone = session.scalars(select(Participant.id)).all()
        changes.merge(
            rows.set_fields(
                session, "participant", {key: {"stakeholder_id": None} for key in everyone}
            )
        )
        for key, column in PERSONAL_FIELDS:
            changes.merge(_overwrite(session, key, column, pseudonym))
    return changes


def record_copy(session: Session, path: Path, kind: str = "copy") -> Edit:
    """Note a copy the app wrote of this file ("copy": Speichern unter, Kopie speichern): it
    holds the personal data of that moment, so the inventory and the removal dialog name it.
    Performed outside the undo history — a copy once written stays written."""
    del session
    row = {"path": str(Path(path).absolute()), "kind": kind}
    return Edit([create("file_copy", {new_id(): row})])
