"""One open `.lk40` project file: create, open, check, migrate, lock, write, copy, close.

The file is an SQLite database used as an application file format. Every edit runs in
its own transaction and is committed at once, so there is no "Save" and a crash loses at
most the edit in flight.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from lk40_desktop import __version__
from lk40_desktop.store import schema
from lk40_desktop.store.errors import (
    CorruptProjectError,
    DocumentError,
    MissingFileError,
    NewerVersionError,
    NotAProjectError,
    ReadOnlyError,
    TargetExistsError,
)
from lk40_desktop.store.lock import FileLock
from lk40_desktop.store.models import Project, Setting

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x4C4B3430
"""``PRAGMA application_id`` of every `.lk40` file ("LK40"): tells ours from other SQLite files."""
WRITTEN_BY_KEY = "file.written_by"

T = TypeVar("T")


class ReadSession(Session):
    """The session of ``WorkshopDocument.reading``: it reads and cannot write.

    Changing a row in a read block, or running an insert, update or delete there, raises
    ReadBlockWriteError: every change goes through ``WorkshopDocument.write`` (and so through
    an operation and the undo stack), never by the side of a read."""


WriteSession = Session
"""The session of ``WorkshopDocument.write``: one transaction, committed before it returns."""


class ReadBlockWriteError(RuntimeError):
    """Code tried to change the file inside a read block (a programming error)."""


def _refuse_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise ReadBlockWriteError("a read block cannot write; use WorkshopDocument.write")


def _refuse_statement(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        raise ReadBlockWriteError("a read block cannot write; use WorkshopDocument.write")


event.listen(ReadSession, "before_flush", _refuse_flush)
event.listen(ReadSession, "do_orm_execute", _refuse_statement)


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    """Per-connection settings chosen for files on USB sticks and town-hall network shares.

    WAL would be faster, but it needs shared memory between all users of the file, which
    network file systems (SMB, NFS) do not provide: two computers could corrupt the file.
    The classic rollback journal (DELETE mode) works there, keeps the project a single
    file when it is closed, and with ``synchronous=FULL`` the journal reaches the disk
    before the database is changed, so a power cut or a pulled stick leaves either the old
    or the new state, never a mix.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _engine(path: Path, *, read_only: bool) -> Engine:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=connect)
    event.listen(engine, "connect", _configure_connection)
    return engine


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except FileNotFoundError:
        raise MissingFileError(path) from None
    except IsADirectoryError:
        raise NotAProjectError(path, "is a folder") from None


def _media_read_only(path: Path) -> bool:
    """Whether the file or its folder cannot be written (write-protected stick, CD, share).

    The mode bits are checked as well as ``os.access`` because an administrator (or root)
    passes ``os.access`` even on a file marked read-only, and SQLite also needs to create
    its journal beside the file.
    """
    mode = path.stat().st_mode
    if not mode & stat.S_IWUSR:
        return True
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _inspect(path: Path, *, may_recover: bool) -> str:
    """Check that ``path`` is an intact LK40 project and return its schema revision.

    Raises a DocumentError subclass otherwise. Nothing is written unless SQLite must roll
    back a hot journal left by a crash (``may_recover``), which is the recovery of our own
    file, not a change.
    """
    header = _read_header(path)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(path, "not an SQLite database")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotAProjectError(path, f"SQLite database of another application (id {app_id:#x})")
    hot_journal = path.with_name(path.name + "-journal").exists()
    engine = _engine(path, read_only=not (hot_journal and may_recover))
    try:
        with engine.connect() as connection:
            check = connection.exec_driver_sql("PRAGMA quick_check").scalar()
            if check != "ok":
                raise CorruptProjectError(path, f"integrity check: {check}")
            revision = schema.current_revision(connection)
            if revision is None:
                raise CorruptProjectError(path, "no schema revision")
            if revision not in schema.known_revisions():
                raise NewerVersionError(path, revision, _written_by(connection))
            return revision
    except DatabaseError as error:
        raise CorruptProjectError(path, str(error.orig)) from error
    finally:
        engine.dispose()


def _written_by(connection: Any) -> str:
    with contextlib.suppress(DatabaseError):
        value = connection.execute(
            text("SELECT value FROM setting WHERE key = :key"), {"key": WRITTEN_BY_KEY}
        ).scalar()
        return str(value or "")
    return ""


def backup_path_for(path: Path, revision: str) -> Path:
    """Where the copy taken before migrating a file from ``revision`` goes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem} (Sicherung {revision} {stamp}){path.suffix}")


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of an open database to ``target`` via a temporary file.

    SQLite's backup API copies a consistent snapshot even while the source is in use; the
    rename makes the copy appear whole or not at all.
    """
    fd, temp_name = tempfile.mkstemp(prefix=".~", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        destination = sqlite3.connect(temp)
        try:
            source.backup(destination)
        finally:
            destination.close()
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class WorkshopDocument:
    """The engine, sessions and lock of one open `.lk40` file."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        read_only: bool,
        lock: FileLock | None,
        read_only_reason: str = "",
    ) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(engine, class_=ReadSession, expire_on_commit=False)

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, fill: Callable[[Session], None] | None = None) -> WorkshopDocument:
        """Create a new project file at ``path`` and open it.

        The file is built under a temporary name beside the target and renamed into place,
        so a failure leaves no half-made project. ``fill`` writes the initial content
        (template or demo data) in the same step. An existing file is never overwritten.
        """
        path = Path(path)
        if path.exists():
            raise TargetExistsError(path)
        fd, temp_name = tempfile.mkstemp(prefix=".~new-", suffix=path.suffix, dir=path.parent)
        os.close(fd)
        temp = Path(temp_name)
        temp.unlink()
        engine = _engine(temp, read_only=False)
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                schema.upgrade(connection)
            with Session(engine) as session, session.begin():
                session.add(Setting(key=WRITTEN_BY_KEY, value=__version__))
                if fill is not None:
                    fill(session)
                if session.scalar(select(Project).limit(1)) is None:
                    session.add(Project())
            engine.dispose()
            if path.exists():  # someone else created it meanwhile
                raise TargetExistsError(path)
            temp.replace(path)
        except BaseException:
            engine.dispose()
            temp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> WorkshopDocument:
        """Open an existing project; raise a DocumentError subclass when that is not possible.

        ``read_only`` is forced when the medium cannot be written. When another instance
        holds the file, LockedError is raised and the caller may retry read-only.
        """
        path = Path(path).absolute()
        _read_header(path)  # a missing file is reported as such, before any other check
        reason = ""
        if not read_only and _media_read_only(path):
            read_only, reason = True, "media"
        lock = None if read_only else FileLock(path)
        if lock is not None:
            lock.acquire()
        try:
            revision = _inspect(path, may_recover=not read_only)
            if revision != schema.head_revision():
                if read_only:
                    return cls._open_migrated_copy(path, reason or "requested")
                cls._migrate(path, revision)
            engine = _engine(path, read_only=read_only)
            document = cls(
                path,
                engine,
                read_only=read_only,
                lock=lock,
                read_only_reason=reason or ("requested" if read_only else ""),
            )
            if not read_only:
                document._record_writer()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        log.info("opened %s (read_only=%s)", path, read_only)
        return document

    @classmethod
    def _migrate(cls, path: Path, revision: str) -> None:
        backup = backup_path_for(path, revision)
        shutil.copy2(path, backup)
        log.info("migrating %s from %s; backup at %s", path, revision, backup)
        engine = _engine(path, read_only=False)
        try:
            with engine.begin() as connection:
                schema.upgrade(connection)
        finally:
            engine.dispose()

    @classmethod
    def _open_migrated_copy(cls, path: Path, reason: str) -> WorkshopDocument:
        """Show an older file from read-only media: migrate a private copy and open that."""
        copy = Path(tempfile.mkdtemp(prefix="lk40-")) / path.name
        shutil.copy2(path, copy)
        copy.chmod(copy.stat().st_mode | stat.S_IWUSR)
        cls._migrate(copy, schema.current_revision_of(copy))
        return cls(
            path, _engine(copy, read_only=True), read_only=True, lock=None, read_only_reason=reason
        )

    def _record_writer(self) -> None:
        with self._sessions() as session, session.begin():
            setting = session.scalar(select(Setting).where(Setting.key == WRITTEN_BY_KEY))
            if setting is None:
                session.add(Setting(key=WRITTEN_BY_KEY, value=__version__))
            elif setting.value != __version__:
                setting.value = __version__

    # -- reading and writing --------------------------------------------------------------

    def write(self, change: Callable[[WriteSession], T]) -> T:
        """Run ``change`` in one transaction and commit it to disk before returning.

        Raises ReadOnlyError for a read-only document; a failing change is rolled back
        completely, so the file never holds half an edit.
        """
        if self.read_only:
            raise ReadOnlyError(self.path)
        with self._sessions() as session:
            try:
                with session.begin():
                    return change(session)
            except OperationalError as error:
                if "readonly" in str(error.orig).replace(" ", "").lower():
                    raise ReadOnlyError(self.path, str(error.orig)) from error
                raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[ReadSession]:
        """A session for a group of reads that should see one consistent state; it cannot
        write (ReadBlockWriteError)."""
        with self._readers() as session, session.begin():
            yield session

    # -- copies and closing ---------------------------------------------------------------

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the project to ``target`` (replacing it whole)."""
        target = Path(target).absolute()
        if target == self.path:
            raise DocumentError(target, "is the open project itself")
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            _copy_database(source, target)
        finally:
            raw.close()

    def integrity_check(self) -> str:
        """SQLite's full integrity check: "ok" for a healthy file."""
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())

    def close(self) -> None:
        """Release the connections and the lock; the file is complete on disk already."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
        log.info("closed %s", self.path)
