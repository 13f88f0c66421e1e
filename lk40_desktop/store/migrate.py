"""Bringing a file written by an older version up to date, so that nothing can break it.

The migration runs on a copy beside the file, in one SQLite transaction (SQLite's DDL is
transactional once the driver is told to leave transactions to us), and the migrated copy
replaces the file only when it is complete and intact: a power cut or a killed process leaves
the old file as it was. One backup per old revision is kept beside the file; a retry does not
add another. The migrated file notes its backup (a ``file_copy`` row of kind "backup", written
in the migration's own transaction, so the file never arrives migrated without it): the backup
keeps the personal data of that moment, and the inventory and the removal dialog name it. A
file that an older build left half migrated is recognised, and can be restored
from the backup that build took.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, insert, select

from lk40_desktop.store import schema
from lk40_desktop.store.errors import CorruptProjectError, HalfMigratedError
from lk40_desktop.store.files import as_document_error, copy_durably, replace_durably
from lk40_desktop.store.models import FileCopy

log = logging.getLogger(__name__)


def backup_path_for(path: Path, revision: str) -> Path:
    """Where the copy of a file taken before migrating it from ``revision`` goes."""
    return path.with_name(f"{path.stem} (Sicherung {revision}){path.suffix}")


def _work_path(path: Path) -> Path:
    """The one copy a migration works on: a fixed name, so a retry replaces what a killed
    attempt left instead of adding files to the user's folder."""
    return path.with_name(f".~{path.name}.migrating")


def _transactional_engine(path: Path) -> Engine:
    """An engine whose transactions include DDL: the driver leaves BEGIN/COMMIT to us
    (SQLAlchemy's recipe for pysqlite), so one migration is one transaction."""

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = FULL")
        return connection

    engine = create_engine("sqlite+pysqlite://", creator=connect)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def migrate(path: Path, revision: str) -> Path:
    """Migrate a closed file from ``revision`` to the head revision; return its backup.

    Raises a DocumentError (disk full, write-protected) with the file unchanged."""
    backup = backup_path_for(path, revision)
    if not backup.exists():
        copy_durably(path, backup)
    work = _work_path(path)
    try:
        for leftover in (work, work.with_name(work.name + "-journal")):
            leftover.unlink(missing_ok=True)
        copy_durably(path, work)
        upgrade_in_one_transaction(work, noting=backup)
        if schema.current_revision_of(work) != schema.head_revision():
            raise CorruptProjectError(path, "migration did not reach the head revision")
        replace_durably(work, path)
    except OSError as error:
        raise as_document_error(path, error) from error
    finally:
        work.unlink(missing_ok=True)
    log.info("migrated %s from %s; backup at %s", path, revision, backup)
    return backup


def upgrade_in_one_transaction(path: Path, *, noting: Path | None = None) -> None:
    """Run every pending migration of a file in a single transaction; with ``noting``, the
    same transaction notes that backup in the file (a private copy shown read-only notes
    nothing: it has no backup, and the file it shows stays as it is)."""
    engine = _transactional_engine(path)
    try:
        with engine.begin() as connection:
            schema.upgrade(connection)
            if noting is not None:
                _note_backup(connection, noting)
    finally:
        engine.dispose()


def _note_backup(connection: Connection, backup: Path) -> None:
    """Note ``backup`` as a copy of kind "backup" in a file at the head revision, once: a
    file that already notes it (a retry that reuses the backup) gets no second row. Like
    ``operations.privacy.record_copy`` it is no edit that undo could take back."""
    where = str(backup.absolute())
    noted = connection.execute(
        select(FileCopy.id).where(
            FileCopy.path == where, FileCopy.kind == "backup", FileCopy.deleted_at.is_(None)
        )
    ).first()
    if noted is None:
        connection.execute(insert(FileCopy).values(path=where, kind="backup"))


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        names = {str(name) for (name,) in rows}
    connection.close()
    return names - {"alembic_version", "sqlite_sequence"}


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True) as connection:
        names = {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')}
    connection.close()
    return names


def is_half_migrated(path: Path, revision: str) -> bool:
    """Whether a file at ``revision`` already holds tables or columns of a later revision: an
    older build migrated it in place and was stopped."""
    tables = _tables(path)
    if tables - schema.TABLES_AT[revision]:
        return True
    later = schema.REVISIONS[schema.REVISIONS.index(revision) + 1 :]
    return any(
        _columns(path, table) & columns
        for added in later
        for table, columns in schema.COLUMNS_ADDED.get(added, {}).items()
        if table in tables
    )


def _backups(path: Path, revision: str) -> list[Path]:
    """Backups of ``path`` taken before migrating from ``revision``, oldest first: this
    version's one backup and the time-stamped ones older builds took at every attempt."""
    pattern = re.compile(
        re.escape(f"{path.stem} (Sicherung {revision}")
        + r"( \d{8}-\d{6})?\)"
        + re.escape(path.suffix)
    )
    found = [p for p in path.parent.iterdir() if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def good_backup(path: Path, revision: str) -> Path | None:
    """The oldest backup that is intact and itself fully at ``revision`` (an older build's
    later attempts backed up the half-migrated file)."""
    for candidate in _backups(path, revision):
        try:
            intact = schema.integrity_of(candidate) == "ok"
            right = schema.current_revision_of(candidate) == revision
        except sqlite3.DatabaseError:
            continue
        if intact and right and not is_half_migrated(candidate, revision):
            return candidate
    return None


def refuse_half_migrated(path: Path, revision: str) -> None:
    """Raise HalfMigratedError (naming the backup to restore) for a half-migrated file."""
    if is_half_migrated(path, revision):
        raise HalfMigratedError(path, revision, good_backup(path, revision))


def restore_from_backup(path: Path, backup: Path) -> Path:
    """Put a backup in place of a damaged file, keeping the damaged file beside it under a
    name that says so; returns where the damaged file went. The backup stays as it is."""
    kept = path.with_name(f"{path.stem} (unvollständig migriert){path.suffix}")
    copy_durably(path, kept)
    journal = path.with_name(path.name + "-journal")
    if journal.exists():  # it belongs to the damaged file and must never reach the backup
        journal.replace(kept.with_name(kept.name + "-journal"))
    copy_durably(backup, path)
    log.warning("restored %s from %s; the half-migrated file is kept as %s", path, backup, kept)
    return kept
