"""The generic edit operations every undo command is built from.

Each function changes rows inside the caller's transaction and returns the ChangeSet of
what it touched. Deleting only sets the tombstone and creating a row that exists as a
tombstone revives it, so undo and redo of creations and deletions are exact inverses and
ids stay stable (which a later merge of files relies on).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.models import ENTITY_KINDS, Base, utc_now

Values = Mapping[str, Any]

PROTECTED_FIELDS = frozenset({"id", "created_at", "modified_at", "deleted_at"})


def model_of(kind: str) -> type[Base]:
    """The model class of an entity kind; a KeyError names an unknown kind."""
    return ENTITY_KINDS[kind]


def _check_fields(model: type[Base], values: Values) -> None:
    columns = set(model.__table__.columns.keys())
    refused = (set(values) - columns) | (PROTECTED_FIELDS & set(values))
    if refused:
        raise ValueError(f"{model.__tablename__}: cannot set {sorted(refused)}")


def _get(session: Session, kind: str, entity_id: str) -> Base:
    row = session.get(model_of(kind), entity_id)
    if row is None:
        raise KeyError(f"{kind} {entity_id} does not exist")
    return row


def read_fields(
    session: Session, kind: str, entity_id: str, fields: Iterable[str]
) -> dict[str, Any]:
    """The current values of some fields of one row (what an undo command restores)."""
    row = _get(session, kind, entity_id)
    return {name: getattr(row, name) for name in fields}


def set_fields(session: Session, kind: str, values_by_id: Mapping[str, Values]) -> ChangeSet:
    """Set fields of one or more rows of one kind."""
    model = model_of(kind)
    for entity_id, values in values_by_id.items():
        _check_fields(model, values)
        row = _get(session, kind, entity_id)
        for name, value in values.items():
            setattr(row, name, value)
        row.modified_at = utc_now()
    session.flush()
    return ChangeSet.of(kind, values_by_id)


def create(session: Session, kind: str, rows: Mapping[str, Values]) -> ChangeSet:
    """Create rows with the given ids, or revive them if they exist as tombstones."""
    model = model_of(kind)
    for entity_id, values in rows.items():
        _check_fields(model, values)
        row = session.get(model, entity_id)
        if row is None:
            session.add(model(id=entity_id, **values))
        else:
            for name, value in values.items():
                setattr(row, name, value)
            row.deleted_at = None
            row.modified_at = utc_now()
    session.flush()
    return ChangeSet.of(kind, rows)


def set_deleted(session: Session, kind: str, ids: Iterable[str], deleted: bool) -> ChangeSet:
    """Tombstone rows (``deleted=True``) or bring them back."""
    ids = list(ids)
    now = utc_now()
    for entity_id in ids:
        row = _get(session, kind, entity_id)
        row.deleted_at = now if deleted else None
        row.modified_at = now
    session.flush()
    return ChangeSet.of(kind, ids)


def next_position(session: Session, model: type[Base]) -> int:
    """The position after the last live row of an ordered kind."""
    column = model.__table__.c.position
    highest = session.scalar(select(func.max(column)).where(model.__table__.c.deleted_at.is_(None)))
    return 0 if highest is None else int(highest) + 1
