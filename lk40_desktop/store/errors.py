"""Errors of opening and writing a project file, each with a message a user can act on.

The messages are plain German/English-neutral keys plus data; the UI and the command line
turn them into translated sentences, so the store stays free of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Doing(StrEnum):
    """What the app was doing when a file operation failed: a full disk means "the last
    change was not saved" during an edit, but "no half file was left" when creating one."""

    EDIT = "edit"
    OPEN = "open"
    """Opening for writing: the lock file, a journal, the migration and its backup."""
    CREATE = "create"
    COPY = "copy"
    """Writing a copy: save a copy, a repaired copy, restoring a backup."""


class DocumentError(Exception):
    """Base of every error a user can get from opening or writing a `.lk40` file."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail
        self.doing = Doing.EDIT
        """Set by the outermost step that failed (``store.document``), for the message."""


class MissingFileError(DocumentError):
    """The file does not exist (moved, renamed, or the USB stick is gone)."""


class NotAProjectError(DocumentError):
    """The file is not an LK40 project: empty, truncated, random bytes or another program's."""


class CorruptProjectError(DocumentError):
    """The file is an LK40 project, but SQLite finds it damaged."""


class NewerVersionError(DocumentError):
    """The file was written by a newer LK40 version whose schema this version does not know."""

    def __init__(self, path: Path, revision: str, written_by: str) -> None:
        super().__init__(path, f"schema revision {revision}, written by {written_by or '?'}")
        self.revision = revision
        self.written_by = written_by


@dataclass(frozen=True)
class LockOwner:
    """Who holds a project file open for writing, as recorded in its lock file."""

    user: str
    host: str
    pid: int
    since: str
    """When the lock was taken, ISO 8601 in UTC."""
    session: str = ""
    """The login session (terminal servers run many on one host)."""
    token: str = ""
    """A random mark of the holding instance: a takeover replaces exactly the lock the user
    confirmed, and a holder notices at its next write that its lock was taken over."""


class LockedError(DocumentError):
    """Another LK40 instance (here or on another computer) has the file open for writing."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        super().__init__(path, f"locked by {owner.user}@{owner.host} (pid {owner.pid})")
        self.owner = owner


class ReadOnlyError(DocumentError):
    """A write was attempted on a document that is open read-only."""


class TargetExistsError(DocumentError):
    """Creating a project would overwrite an existing file."""


class DiskFullError(DocumentError):
    """The medium has no room left; nothing of the failed write was kept."""


class BusyError(DocumentError):
    """Another program held the file locked for longer than a write may wait."""


class WriteFailedError(DocumentError):
    """A write failed for another reason (an I/O error, a stick pulled out); ``detail`` says
    what the system reported."""


class BrokenSchemaError(DocumentError):
    """The file is an LK40 project whose tables or values do not match what this version
    wrote (a table or column missing, required values empty, a date that is no date)."""


class HalfMigratedError(DocumentError):
    """An older version was stopped while migrating the file: it holds parts of two schema
    revisions. ``backup`` is the copy taken before that migration, if one was found."""

    def __init__(self, path: Path, revision: str, backup: Path | None) -> None:
        super().__init__(path, f"half migrated from {revision}; backup: {backup}")
        self.revision = revision
        self.backup = backup


class LockUnusableError(DocumentError):
    """The lock file beside the project is a folder or cannot be read; nothing is deleted."""


class TargetInUseError(DocumentError):
    """A copy would be written onto a project that is open (here or elsewhere)."""
