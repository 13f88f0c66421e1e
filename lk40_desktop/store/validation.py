"""Checks of an opened file against what this version writes, before any window shows it.

SQLite's integrity check finds damaged pages; it does not find a file that is intact but not
ours any more: a table or column dropped by another tool, a required value set to NULL, a
date that is no date. Those would surface as internal errors deep in a page, so they are
found here, with one query per table, and reported as a BrokenSchemaError that names what is
wrong. Nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.schema import Column

from lk40_desktop.store.errors import BrokenSchemaError
from lk40_desktop.store.limits import TEXT_LIMIT
from lk40_desktop.store.models import Base
from lk40_desktop.store.schema import whole_pages

FULL_CHECK_LIMIT = 50 * 1024 * 1024
"""Up to this size a file gets SQLite's full integrity check on opening (about 10 ms per
5 MB here); larger files get the quick check, and the full one runs in the background."""

DATE_PATTERN = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"


def _wrong_value(column: Column[object]) -> str | None:
    """An SQL condition that is true where a row's value cannot be read as the column's type
    (None: every stored value is readable)."""
    name = f'"{column.name}"'
    kind = column.type
    if isinstance(kind, DateTime):
        with_time = f"{DATE_PATTERN}[ T][0-2][0-9]:[0-5][0-9]*"
        condition = f"NOT ({name} GLOB '{DATE_PATTERN}' OR {name} GLOB '{with_time}')"
    elif isinstance(kind, Date):
        condition = f"NOT ({name} GLOB '{DATE_PATTERN}')"
    elif isinstance(kind, Boolean):
        condition = f"{name} NOT IN (0, 1)"
    elif isinstance(kind, Integer | Float):
        condition = f"typeof({name}) NOT IN ('integer', 'real')"
    elif isinstance(kind, String | Text):
        condition = f"typeof({name}) <> 'text'"
    elif isinstance(kind, LargeBinary):
        return None
    else:
        return None
    if column.nullable:
        return f"({name} IS NOT NULL AND {condition})"
    return f"({name} IS NULL OR {condition})"


def check_schema(connection: Connection, path: Path) -> None:
    """Every table and column of the models exists, and every value can be read.

    Raises BrokenSchemaError naming the first table or column that is wrong."""
    tables = {
        str(name)
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    for table in Base.metadata.sorted_tables:
        if table.name not in tables:
            raise BrokenSchemaError(path, f"table {table.name} is missing")
        present = {
            str(row[1]) for row in connection.exec_driver_sql(f'PRAGMA table_info("{table.name}")')
        }
        missing = [c.name for c in table.columns if c.name not in present]
        if missing:
            raise BrokenSchemaError(path, f"{table.name} lacks {', '.join(missing)}")
        conditions = {c.name: _wrong_value(c) for c in table.columns}
        checks = [condition for condition in conditions.values() if condition]
        query = f'SELECT 1 FROM "{table.name}" WHERE {" OR ".join(checks)} LIMIT 1'
        if connection.exec_driver_sql(query).first() is None:
            continue
        for name, condition in conditions.items():
            if condition:
                wrong = f'SELECT 1 FROM "{table.name}" WHERE {condition} LIMIT 1'
                if connection.exec_driver_sql(wrong).first() is not None:
                    raise BrokenSchemaError(path, f"{table.name}.{name} holds unreadable values")
    project = "SELECT 1 FROM project WHERE deleted_at IS NULL LIMIT 1"
    if connection.exec_driver_sql(project).first() is None:
        raise BrokenSchemaError(path, "the file holds no project")


def integrity(connection: Connection, path: Path) -> str:
    """The full check (whole pages and SQLite's integrity check) up to FULL_CHECK_LIMIT,
    SQLite's quick check beyond, where the full one follows in the background ("ok" when
    fine)."""
    if path.stat().st_size > FULL_CHECK_LIMIT:
        return str(connection.exec_driver_sql("PRAGMA quick_check").scalar())
    check = str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())
    return whole_pages(path) if check == "ok" else check  # after a hot journal's rollback


def long_texts(connection: Connection) -> int:
    """How many stored texts are longer than TEXT_LIMIT: another program wrote them, and the
    app shows and exports them trimmed (``store.limits``). One query per table."""
    total = 0
    for table in Base.metadata.sorted_tables:
        columns = [column.name for column in table.columns if isinstance(column.type, Text)]
        if columns:
            condition = " OR ".join(f'length("{name}") > {TEXT_LIMIT}' for name in columns)
            query = f'SELECT count(*) FROM "{table.name}" WHERE {condition}'
            total += int(connection.exec_driver_sql(query).scalar() or 0)
    return total
