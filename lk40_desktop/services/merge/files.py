"""Reading the other side of a merge: a group's file, checked to be of this project and of one
of its hand-outs, with the base both files share.

The group's file is opened read-only the way every project file is (a damaged file, a file
of a newer version or a foreign one is refused there; an older one is migrated on a private
copy, never in place), so a merge never writes to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.services.merge.snapshot import Query, Snapshot, read_snapshot, unpack
from lk40_desktop.store.document import WorkshopDocument


class MergeRefusal(StrEnum):
    """Why a file cannot be merged into this one; the caller words each for the user."""

    SAME_FILE = "same_file"
    OTHER_PROJECT = "other_project"
    NO_SHARED_BASE = "no_shared_base"
    """Not a group file of this project's hand-outs (a "Kopie speichern" copy, say)."""


class MergeRefusedError(ValueError):
    """The file is not merged; nothing was written."""

    def __init__(self, refusal: MergeRefusal, path: Path) -> None:
        super().__init__(f"{refusal.value}: {path}")
        self.refusal = refusal
        self.path = path


@dataclass(frozen=True)
class BaseRow:
    """One base snapshot a file keeps (a ``handout`` row)."""

    row_id: str
    handout_id: str
    group: str
    own: bool
    made_at: str
    base: bytes

    def snapshot(self) -> Snapshot:
        """The rows as they were when this base was taken."""
        return unpack(self.base)


@dataclass(frozen=True)
class GroupFile:
    """The other side of a merge as read: its rows, its bases and which group it is."""

    path: Path
    project_id: str
    rows: Snapshot
    bases: tuple[BaseRow, ...]

    @property
    def group(self) -> str:
        """The group this file was handed out to ("" when it is a project, not a group)."""
        return next((base.group for base in self.bases if base.own), "")


def _whole_text(data: bytes) -> str:
    """A stored text whole, with bytes that are no UTF-8 as U+FFFD (only for a table where
    another program wrote such bytes)."""
    return data.decode("utf-8", "replace")


def _query(session: Session) -> Query:
    """SELECTs on the driver's own cursor in the session's transaction (SQLAlchemy's result
    rows cost more than reading them: a merge reads every row of two files), texts read whole.

    Not through the app's ``limits.read_text``: a merge compares and copies texts as the
    files hold them — a text some other program wrote longer than the limit is compared whole
    and restored whole by undo, not cut — and sqlite3's own decoding is several times faster
    than a Python function per value."""
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)

    def rows(sql: str, text: type[str] | Callable[[bytes], str]) -> list[tuple[Any, ...]]:
        factory = connection.text_factory
        connection.text_factory = text
        cursor = connection.cursor()
        try:
            cursor.execute(sql)
            return [tuple(row) for row in cursor.fetchall()]
        finally:
            cursor.close()
            connection.text_factory = factory

    def run(sql: str) -> list[tuple[Any, ...]]:
        try:
            return rows(sql, str)
        except sqlite3.OperationalError as error:
            if "decode" not in str(error):
                raise
            return rows(sql, _whole_text)

    return run


def bases(session: Session) -> tuple[BaseRow, ...]:
    """The base snapshots a file keeps (live ones)."""
    rows = _query(session)(
        'SELECT id, handout_id, "group", own, made_at, base FROM handout '
        "WHERE deleted_at IS NULL ORDER BY made_at"
    )
    return tuple(BaseRow(r[0], r[1], r[2], bool(r[3]), str(r[4]), r[5]) for r in rows)


def project_id(session: Session) -> str:
    """The id of the file's project row (the same in every copy of one project)."""
    found = _query(session)(
        "SELECT id FROM project WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1"
    )
    return str(next(iter(found))[0])


def read_rows(session: Session) -> Snapshot:
    """Every merged row of the file the session reads."""
    return read_snapshot(_query(session))


def read_group_file(path: Path) -> GroupFile:
    """Open another project file read-only and read what a merge needs."""
    document = WorkshopDocument.open(path, read_only=True)
    try:
        with document.reading() as session:
            return GroupFile(Path(path), project_id(session), read_rows(session), bases(session))
    finally:
        document.close()


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return False


def shared_base(
    mine: tuple[BaseRow, ...], mine_path: Path, mine_project: str, other: GroupFile
) -> tuple[BaseRow, BaseRow | None]:
    """The base to compare with, and this file's row of the group's last base (None before
    its first merge here). The group's own last merge here if there was one, else the
    hand-out both files started from. Refused: the file itself, another project's file, a
    file of no shared hand-out."""
    if _same_file(mine_path, other.path):
        raise MergeRefusedError(MergeRefusal.SAME_FILE, other.path)
    if mine_project != other.project_id:
        raise MergeRefusedError(MergeRefusal.OTHER_PROJECT, other.path)
    own = next((base.handout_id for base in other.bases if base.own), None)
    # a group file carries its own hand-out's base (and, copied along, older ones)
    theirs = {own} if own else {base.handout_id for base in other.bases}
    shared = [base for base in mine if base.handout_id in theirs]
    group_base = next((b for b in shared if b.group == other.group and other.group), None)
    start = next((b for b in shared if b.group == ""), None)
    if start is None:
        raise MergeRefusedError(MergeRefusal.NO_SHARED_BASE, other.path)
    return group_base or start, group_base
