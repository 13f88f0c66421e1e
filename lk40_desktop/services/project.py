"""Queries and edit values of the overview: project data, action fields and workshops."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.services.starter import shown_name
from lk40_desktop.store.models import ActionField, Project, Workshop
from lk40_desktop.store.queries import live, live_columns, setting_value

CURRENT_WORKSHOP_KEY = "current_workshop"
"""The setting that names tonight's workshop: captured cards, new voting rounds and new
stakeholders' attendances go to it without a filter."""


def get_project(session: Session) -> Project:
    """The project row of the file (every file has exactly one)."""
    project = session.scalars(live(Project).order_by(Project.created_at)).first()
    if project is None:
        raise LookupError("the file has no project row")
    return project


@dataclass(frozen=True)
class ActionFieldRow:
    """An action field as the lists show it: built-in fields named in the read's language."""

    id: str
    name: str
    color: str
    position: int
    archived: bool
    description: str


def action_fields(session: Session, *, include_archived: bool = True) -> list[ActionFieldRow]:
    """Action fields in their user-chosen order."""
    query = live_columns(
        ActionField,
        ActionField.id,
        ActionField.name,
        ActionField.color,
        ActionField.position,
        ActionField.archived,
        ActionField.description,
        ActionField.builtin_key,
    ).order_by(ActionField.position, ActionField.created_at)
    if not include_archived:
        query = query.where(ActionField.archived.is_(False))
    return [
        ActionFieldRow(row[0], shown_name(session, "action_field", row[1], row[-1]), *row[2:-1])
        for row in session.execute(query)
    ]


def workshops(session: Session) -> list[Workshop]:
    """Workshops in date order (undated ones last, then by title)."""
    query = live(Workshop).order_by(
        Workshop.date.is_(None), Workshop.date, Workshop.title, Workshop.created_at
    )
    return list(session.scalars(query))


def named_by(choices: Sequence[tuple[str, str]], given: str) -> list[str]:
    """The ids of the (id, name) ``choices`` that ``given`` names, as the command line and
    the sheets find a workshop, board or rater: its id exactly, else its name with case and
    spaces at the ends ignored (several when names repeat)."""
    if any(key == given for key, _name in choices):
        return [given]
    wanted = given.strip().casefold()
    return [key for key, name in choices if name.strip().casefold() == wanted]


def current_workshop(session: Session) -> str | None:
    """Tonight's workshop (``CURRENT_WORKSHOP_KEY``), or None when none is chosen or the chosen
    one was deleted since."""
    workshop_id = setting_value(session, CURRENT_WORKSHOP_KEY)
    if not workshop_id:
        return None
    found: str | None = session.scalar(
        live_columns(Workshop, Workshop.id).where(Workshop.id == workshop_id)
    )
    return found


def moved(ids: Sequence[str], moving: Sequence[str], before_index: int) -> list[str]:
    """The order of ``ids`` after moving the ``moving`` ids in front of ``before_index``.

    ``before_index`` counts in the old order (as Qt's drop row does); ``len(ids)`` moves to
    the end. The moved ids keep their relative order.
    """
    moving_set = set(moving)
    block = [item for item in ids if item in moving_set]
    kept_before = [item for item in ids[:before_index] if item not in moving_set]
    kept_after = [item for item in ids[before_index:] if item not in moving_set]
    return kept_before + block + kept_after


def position_values(order: Sequence[str], positions: dict[str, int]) -> dict[str, dict[str, Any]]:
    """The ``position`` updates that turn the current positions into ``order``."""
    return {
        entity_id: {"position": index}
        for index, entity_id in enumerate(order)
        if positions.get(entity_id) != index
    }
