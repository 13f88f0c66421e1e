"""Edits of a workshop's agenda: add, change, delete and reorder its points, and begin one
(the point the room is at now, ``services.agenda``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import (
    Edit,
    EditRefusedError,
    Refusal,
    change,
    create,
    delete,
    refuse_empty,
)
from lk40_desktop.operations.overview import set_current_workshop
from lk40_desktop.operations.settings import set_setting
from lk40_desktop.services.agenda import CURRENT_ITEM_KEY, MAX_MINUTES, PAGES, agenda
from lk40_desktop.services.project import moved, position_values
from lk40_desktop.store.models import AgendaItem, new_id
from lk40_desktop.store.queries import live_columns, next_position

ITEM_FIELDS = frozenset({"title", "minutes", "page", "action_field_id", "notes"})


def _check(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values as stored, or a refusal: a title, 1–600 minutes, a known page; a point
    that is not on the idea boards has no action field."""
    if set(values) - ITEM_FIELDS:
        raise ValueError(f"an agenda point has no field {sorted(set(values) - ITEM_FIELDS)}")
    refuse_empty(values, "title")
    checked = dict(values)
    if "minutes" in values and not 1 <= int(values["minutes"]) <= MAX_MINUTES:
        raise EditRefusedError(Refusal.BAD_MINUTES, str(values["minutes"]))
    if "page" in values:
        if values["page"] not in ("", *PAGES):
            raise ValueError(f"no page {values['page']!r}")
        if values["page"] != "boards":
            checked["action_field_id"] = None
    return checked


def add_item(session: Session, workshop_id: str, values: Mapping[str, Any]) -> Edit:
    """A point at the end of a workshop's agenda; ``created`` is its id."""
    row = _check({"title": "", "minutes": 15, **values})
    key = new_id()
    row.update(workshop_id=workshop_id, position=next_position(session, AgendaItem))
    return Edit([create("agenda_item", {key: row})], created=[key])


def update_item(session: Session, item_id: str, values: Mapping[str, Any]) -> Edit:
    """Change a point's title, duration, page or action field, or notes."""
    return Edit([change(session, "agenda_item", {item_id: _check(values)})])


def delete_items(session: Session, ids: Sequence[str]) -> Edit:
    """Delete points (those still live); undo brings them back in their places."""
    live_ids = set(session.scalars(live_columns(AgendaItem, AgendaItem.id)))
    return Edit([delete("agenda_item", [key for key in ids if key in live_ids])])


def move_items(
    session: Session, workshop_id: str, moving: Sequence[str], before_index: int
) -> Edit:
    """Move points in front of the point at ``before_index`` of the workshop's agenda
    (counted in the current order, as a drop row is; the length moves them to the end).
    Only changed positions are written; the later points' start times follow."""
    entries = agenda(session, workshop_id)
    ids = [entry.id for entry in entries]
    order = moved(ids, [key for key in moving if key in ids], before_index)
    query = live_columns(AgendaItem, AgendaItem.id, AgendaItem.position).where(
        AgendaItem.workshop_id == workshop_id
    )
    positions: dict[str, int] = dict(session.execute(query).all())
    return Edit([change(session, "agenda_item", position_values(order, positions))])


def start_item(session: Session, item_id: str) -> Edit:
    """Begin a point now: it is the running one, and its workshop is tonight's (so what the
    room captures and votes goes to it). A point the file does not hold is refused."""
    workshop_id = session.scalar(
        live_columns(AgendaItem, AgendaItem.workshop_id).where(AgendaItem.id == item_id)
    )
    if workshop_id is None:
        raise ValueError(f"no agenda point {item_id}")
    running = set_setting(session, CURRENT_ITEM_KEY, item_id)
    tonight = set_current_workshop(session, workshop_id)
    return Edit([*running.steps, *tonight.steps])
