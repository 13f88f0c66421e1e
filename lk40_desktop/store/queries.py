"""Query helpers shared by services and views, so no caller forgets the tombstones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from lk40_desktop.store.models import Base, Setting

M = TypeVar("M", bound=Base)


def is_live(model: type[Base]) -> ColumnElement[bool]:
    """The condition that a row of ``model`` is not tombstoned: for the models joined into a
    select of another model's live rows."""
    return model.deleted_at.is_(None)


def live(model: type[M]) -> Select[M]:
    """A select of the rows of ``model`` that are not tombstoned."""
    return select(model).where(is_live(model))


def live_columns(model: type[Base], *columns: Any) -> Select[Any]:
    """A select of some columns of the live rows of ``model``: plain tuples, several times
    faster to read than mapped objects when a view lists hundreds of rows."""
    return select(*columns).where(is_live(model))


def next_position(session: Session, model: type[Base]) -> int:
    """The position after the last live row of an ordered kind."""
    column = model.__table__.c.position
    highest = session.scalar(select(func.max(column)).where(model.__table__.c.deleted_at.is_(None)))
    return 0 if highest is None else int(highest) + 1


@dataclass(frozen=True)
class SettingRow:
    """A project setting's row, live or tombstoned: its key is unique, so a setting once
    deleted (an undone first choice) is brought back rather than created again."""

    id: str
    value: str
    live: bool


def setting_row(session: Session, key: str) -> SettingRow | None:
    """The row of a setting, if the file ever held one."""
    row = session.execute(
        select(Setting.id, Setting.value, Setting.deleted_at).where(Setting.key == key)
    ).first()
    return None if row is None else SettingRow(row[0], row[1], row[2] is None)


def setting_value(session: Session, key: str) -> str | None:
    """The value of a live setting (None when unset or deleted)."""
    row = setting_row(session, key)
    return row.value if row is not None and row.live else None


def filled_counts(session: Session, column: Any) -> tuple[int, int]:
    """How many live and how many tombstoned rows hold a non-empty ``column``: a deleted row
    still carries its texts in the file, so the personal-data inventory counts both."""
    table = column.table
    filled = func.trim(func.coalesce(column, "")) != ""
    live_count = session.scalar(
        select(func.count()).select_from(table).where(filled, table.c.deleted_at.is_(None))
    )
    deleted_count = session.scalar(
        select(func.count()).select_from(table).where(filled, table.c.deleted_at.is_not(None))
    )
    return int(live_count or 0), int(deleted_count or 0)
