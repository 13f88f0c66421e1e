"""A workshop's agenda (Ablauf) as the facilitator plans and runs it: its points in order,
each with the clock time it starts at, and the point the room is at now.

Points follow each other without gaps, so a start time is the workshop's start plus the
durations before it; moving or lengthening one point moves every later start. The point
"running now" is a setting of the file (one for the whole project: only tonight's workshop
is running), so the laptop, the projector and a reopened file agree on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from lk40_desktop.store.models import ActionField, AgendaItem, Workshop
from lk40_desktop.store.queries import live_columns, setting_value

CURRENT_ITEM_KEY = "current_agenda_item"
"""The setting that names the agenda point running now ("" or absent: none)."""
PAGES = ("overview", "stakeholders", "boards", "scoring", "strategy", "export")
"""The pages a point can be worked on, by the keys the file stores."""
MAX_MINUTES = 600
"""Longer than any workshop evening: a longer point is a typing error."""
_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(?:uhr)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class AgendaEntry:
    """One point of the agenda as the table shows it."""

    id: str
    title: str
    minutes: int
    page: str
    action_field_id: str | None
    field_name: str
    """The action field's name (for a point on the idea boards), "" otherwise."""
    notes: str
    start: str
    """The clock time the point starts ("18:45"), "" while the workshop has no start time."""

    @property
    def place(self) -> str:
        """Where the point is worked on as one key: a page ("scoring"), a board
        ("boards:<action field id>") or "" (a break, a talk)."""
        if self.page == "boards" and self.action_field_id:
            return f"boards:{self.action_field_id}"
        return self.page


def split_place(place: str) -> tuple[str, str | None]:
    """The page and action field of a place key (``AgendaEntry.place``)."""
    page, _, field_id = place.partition(":")
    return page, field_id or None


def clock_time(typed: str) -> str | None:
    """A typed time of day as stored ("18:30"): "18", "18.30", "18:30 Uhr", "6:05" are read,
    "" stays no time; None for what is no time of day ("25:00", "abends")."""
    if not typed.strip():
        return ""
    found = _TIME.match(typed)
    if found is None:
        return None
    hours, minutes = int(found.group(1)), int(found.group(2) or 0)
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


def start_times(start: str, minutes: Sequence[int]) -> list[str]:
    """The clock time each point starts at, from the workshop's ``start`` ("18:30") and the
    points' durations; all "" without a start. An evening that runs past midnight goes on
    counting from 00:00."""
    if not start:
        return ["" for _ in minutes]
    moment = datetime.strptime(start, "%H:%M")
    times = []
    for duration in minutes:
        times.append(moment.strftime("%H:%M"))
        moment += timedelta(minutes=duration)
    return times


def end_time(start: str, minutes: Sequence[int]) -> str:
    """When the last point ends ("" without a start or without points)."""
    if not start or not minutes:
        return ""
    moment = datetime.strptime(start, "%H:%M") + timedelta(minutes=sum(minutes))
    return moment.strftime("%H:%M")


def workshop_start(session: Session, workshop_id: str) -> str:
    """A workshop's start time ("" when not planned or the workshop is gone)."""
    found: str | None = session.scalar(
        live_columns(Workshop, Workshop.start_time).where(Workshop.id == workshop_id)
    )
    return found or ""


def agenda(session: Session, workshop_id: str | None) -> list[AgendaEntry]:
    """The points of a workshop in their order, with their start times (none for None)."""
    if workshop_id is None:
        return []
    query = (
        live_columns(
            AgendaItem,
            AgendaItem.id,
            AgendaItem.title,
            AgendaItem.minutes,
            AgendaItem.page,
            AgendaItem.action_field_id,
            AgendaItem.notes,
        )
        .where(AgendaItem.workshop_id == workshop_id)
        .order_by(AgendaItem.position, AgendaItem.created_at)
    )
    rows = list(session.execute(query))
    fields = live_columns(ActionField, ActionField.id, ActionField.name)
    names: dict[str, str] = dict(session.execute(fields).all())
    starts = start_times(workshop_start(session, workshop_id), [row.minutes for row in rows])
    return [
        AgendaEntry(
            row.id,
            row.title,
            row.minutes,
            row.page,
            row.action_field_id,
            names.get(row.action_field_id or "", ""),
            row.notes,
            start,
        )
        for row, start in zip(rows, starts, strict=True)
    ]


def current_item(session: Session) -> str | None:
    """The agenda point running now, or None (none chosen, or it was deleted since)."""
    item_id = setting_value(session, CURRENT_ITEM_KEY)
    if not item_id:
        return None
    found: str | None = session.scalar(
        live_columns(AgendaItem, AgendaItem.id).where(AgendaItem.id == item_id)
    )
    return found


def next_item(session: Session, workshop_id: str) -> str | None:
    """The point after the one running now in this workshop's agenda: the first one when none
    of its points runs yet, None after the last."""
    ids = [entry.id for entry in agenda(session, workshop_id)]
    running = current_item(session)
    if running not in ids:
        return ids[0] if ids else None
    place = ids.index(running) + 1
    return ids[place] if place < len(ids) else None
