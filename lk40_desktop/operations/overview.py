"""Edits of the overview: the project's data, its action fields (the chapters everything else
is sorted into) and its workshops."""

from __future__ import annotations

import datetime as dt
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
from lk40_desktop.operations.naming import own_name
from lk40_desktop.operations.settings import set_setting
from lk40_desktop.services.agenda import clock_time
from lk40_desktop.services.project import (
    CURRENT_WORKSHOP_KEY,
    action_fields,
    get_project,
    position_values,
)
from lk40_desktop.store.models import ActionField, Workshop, new_id
from lk40_desktop.store.queries import live_columns, next_position


def update_project(session: Session, values: Mapping[str, Any]) -> Edit:
    """Set fields of the project (the form's typing; the GUI merges keystrokes into one
    undo step)."""
    project_id = get_project(session).id
    return Edit([change(session, "project", {project_id: values})])


def add_action_field(session: Session, name: str, color: str) -> Edit:
    """An action field placed last; ``created`` is its id."""
    refuse_empty({"name": name}, "name")
    field_id = new_id()
    row = {"name": name, "color": color, "position": next_position(session, ActionField)}
    return Edit([create("action_field", {field_id: row})], created=[field_id])


def update_action_field(session: Session, field_id: str, values: Mapping[str, Any]) -> Edit:
    """Set fields of an action field (a cell of the list); an empty name is refused, a
    built-in field renamed becomes the user's text (``operations.naming``)."""
    refuse_empty(values, "name")
    named = own_name(session, "action_field", field_id, values)
    return Edit([change(session, "action_field", {field_id: named})])


def reorder_action_fields(session: Session, ordered_ids: Sequence[str]) -> Edit:
    """Put action fields in this order (the board, the scoring and the paper follow it); live
    fields not named keep their order behind them. Only changed positions are written."""
    fields = action_fields(session)
    live_ids = {f.id for f in fields}
    named = [key for key in dict.fromkeys(ordered_ids) if key in live_ids]
    order = named + [f.id for f in fields if f.id not in set(ordered_ids)]
    values = position_values(order, {f.id: f.position for f in fields})
    return Edit([change(session, "action_field", values)])


def set_action_field_color(session: Session, ids: Sequence[str], color: str) -> Edit:
    """Give action fields one colour (their cards and chapters show it)."""
    return Edit([change(session, "action_field", {key: {"color": color} for key in ids})])


def set_archived(session: Session, ids: Sequence[str], archived: bool) -> Edit:
    """Archive action fields (their cards stay, new work no longer offers them) or bring
    them back."""
    return Edit([change(session, "action_field", {key: {"archived": archived} for key in ids})])


def add_workshop(session: Session, title: str, date: dt.date | None) -> Edit:
    """A workshop on ``date``; ``created`` is its id."""
    del session
    refuse_empty({"title": title}, "title")
    workshop_id = new_id()
    return Edit(
        [create("workshop", {workshop_id: {"title": title, "date": date}})], created=[workshop_id]
    )


def update_workshop(session: Session, workshop_id: str, values: Mapping[str, Any]) -> Edit:
    """Set fields of a workshop (a cell of the table); an empty title is refused, a typed
    start time is stored as "18:30" ("18", "18.30 Uhr" are read) or refused."""
    refuse_empty(values, "title")
    if "start_time" in values:
        start = clock_time(str(values["start_time"]))
        if start is None:
            raise EditRefusedError(Refusal.BAD_TIME, str(values["start_time"]))
        values = {**values, "start_time": start}
    return Edit([change(session, "workshop", {workshop_id: values})])


def delete_workshops(session: Session, ids: Sequence[str]) -> Edit:
    """Delete workshops, and only them: stakeholders' participations and cards keep pointing
    to them (no list shows a deleted workshop), so undo brings every reference back."""
    del session
    return Edit([delete("workshop", ids)])


def set_current_workshop(session: Session, workshop_id: str | None) -> Edit:
    """Make a workshop tonight's (None: no workshop is running): what is captured, voted and
    attended from now on goes to it. A workshop the file does not hold is refused."""
    if workshop_id is not None and not session.scalar(
        live_columns(Workshop, Workshop.id).where(Workshop.id == workshop_id)
    ):
        raise ValueError(f"no workshop {workshop_id}")
    return set_setting(session, CURRENT_WORKSHOP_KEY, workshop_id or "")
