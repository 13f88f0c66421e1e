"""One open `.lk40` project file: create, open, check, migrate, lock, write, copy, close.

The file is an SQLite database used as an application file format. Every edit runs in
its own transaction and is committed at once, so there is no "Save" and a crash loses at
most the edit in flight. Opening checks, in this order and without writing: that the path is
a regular file with LK40's header, that a journal a crash left belongs to it
(``store.files``), that SQLite finds no damage, the schema revision (migrating an older file
on a copy, ``store.migrate``), and that tables and values are what this version reads
(``store.validation``). A window only ever sees a document that passed them all.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import stat
import tempfile
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from lk40_desktop import __version__
from lk40_desktop.store import migrate, schema, validation
from lk40_desktop.store.errors import (
    BusyError,
    CorruptProjectError,
    DocumentError,
    Doing,
    LockOwner,
    NewerVersionError,
    NotAProjectError,
    ReadOnlyError,
    TargetExistsError,
    TargetInUseError,
)
from lk40_desktop.store.files import (
    Recovery,
    as_document_error,
    has_hot_journal,
    journal_of,
    read_header,
    recover_on_copy,
    repair_copy,
    replace_durably,
    settle_journal,
    temporary_beside,
)
from lk40_desktop.store.limits import read_text
from lk40_desktop.store.lock import FileLock, lock_path_for, read_owner
from lk40_desktop.store.models import Project, Setting
from lk40_desktop.store.validation import check_schema, integrity, long_texts

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x4C4B3430
"""``PRAGMA application_id`` of every `.lk40` file ("LK40"): tells ours from other SQLite files."""
WRITTEN_BY_KEY = "file.written_by"
BUSY_TIMEOUT_MS = 3000
"""How long a write waits for another program that holds the file locked, then gives up
with a message (the GUI thread must not hang on a colleague's long transaction)."""
FIRST_WAIT_MS = 250
"""After this long a waiting write says so (``WorkshopDocument.write``'s ``on_wait``)."""

LANGUAGE_INFO = "language"
"""The key in a read session's ``info`` naming the language built-in rows are read in."""

T = TypeVar("T")
_open_documents: weakref.WeakSet[WorkshopDocument] = weakref.WeakSet()
"""Documents this process has open: a copy is never written onto one of them."""


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
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _engine(path: Path, *, read_only: bool) -> Engine:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.text_factory = read_text
        return connection

    engine = create_engine("sqlite+pysqlite://", creator=connect)
    event.listen(engine, "connect", _configure_connection)
    return engine


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


def _inspect(path: Path, *, recover: bool) -> str:
    """Check that ``path`` is an intact LK40 project and return its schema revision.

    Raises a DocumentError subclass otherwise. Nothing is written, unless ``recover`` lets
    SQLite play a journal that ``store.files`` found to belong to the file.
    """
    header = read_header(path)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(path, "not an SQLite database")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotAProjectError(path, f"SQLite database of another application (id {app_id:#x})")
    engine = _engine(path, read_only=not recover)
    try:
        with engine.connect() as connection:
            check = integrity(connection, path)
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


def _validated_engine(path: Path, shown_as: Path, *, read_only: bool) -> Engine:
    """An engine on a file whose tables and values passed ``check_schema`` (errors name
    ``shown_as``, the file the user chose, when a private copy is opened)."""
    engine = _engine(path, read_only=read_only)
    try:
        with engine.connect() as connection:
            check_schema(connection, shown_as)
    except DatabaseError as error:
        engine.dispose()
        raise CorruptProjectError(shown_as, str(error.orig)) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _written_by(connection: Any) -> str:
    with contextlib.suppress(DatabaseError):
        value = connection.execute(
            text("SELECT value FROM setting WHERE key = :key"), {"key": WRITTEN_BY_KEY}
        ).scalar()
        return str(value or "")
    return ""


def _stamp_writer(session: Session) -> None:
    """Record which version wrote the file last (a newer file's refusal names it)."""
    setting = session.scalar(select(Setting).where(Setting.key == WRITTEN_BY_KEY))
    if setting is None:
        session.add(Setting(key=WRITTEN_BY_KEY, value=__version__))
    elif setting.value != __version__:
        setting.value = __version__


def _begin_immediate(connection: Connection, on_wait: Callable[[], None] | None) -> None:
    """Take SQLite's write lock; when the file is busy, tell ``on_wait`` after FIRST_WAIT_MS
    and wait for the rest of BUSY_TIMEOUT_MS (a failed BEGIN starts no transaction, so it
    can be tried again)."""
    if on_wait is None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        return
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {FIRST_WAIT_MS}")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except DatabaseError as error:
        if not isinstance(as_document_error(Path(), error), BusyError):
            raise
        on_wait()
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS - FIRST_WAIT_MS}")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


@contextlib.contextmanager
def _failing_as(doing: Doing) -> Iterator[None]:
    """Mark a DocumentError that passes with what was being done (its message depends on
    it: a full disk while creating a file loses no change)."""
    try:
        yield
    except DocumentError as error:
        error.doing = doing
        raise


def _real(path: Path) -> Path:
    """A path with links resolved, so two names of one file compare equal."""
    return Path(os.path.realpath(path))


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
        private_folder: Path | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.recovery = Recovery()
        """What opening did about a journal a crash left (the GUI mentions a set-aside one)."""
        self.language = "de"
        """The language reads name built-in rows in (``services.starter``): the GUI sets the
        UI language, an export reads in its own (``reading(language=…)``)."""
        self._lock = lock
        self._private_folder = private_folder
        """Where a private copy lives that is shown instead of the file (read-only opens of
        an older or crashed file); removed on close."""
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(engine, class_=ReadSession, expire_on_commit=False)
        _open_documents.add(self)

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, fill: Callable[[Session], None] | None = None) -> WorkshopDocument:
        """Create a new project file at ``path`` and open it.

        The file is built under a temporary name beside the target and renamed into place,
        so a failure (a full disk among them) leaves no half-made project. ``fill`` writes
        the initial content (template or demo data) in the same step. An existing file is
        never overwritten.
        """
        path = Path(path)
        if path.exists():
            raise TargetExistsError(path)
        with _failing_as(Doing.CREATE), temporary_beside(path, ".~new-") as temp:
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
            except (DatabaseError, OSError) as error:
                raise as_document_error(path, error) from error
            finally:
                engine.dispose()
                journal_of(temp).unlink(missing_ok=True)
            if path.exists():  # someone else created it meanwhile
                raise TargetExistsError(path)
            try:
                replace_durably(temp, path)
            except OSError as error:
                raise as_document_error(path, error) from error
        return cls.open(path)

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, take_over: LockOwner | None = None
    ) -> WorkshopDocument:
        """Open an existing project; raise a DocumentError subclass when that is not possible.

        ``read_only`` is forced when the medium cannot be written. When another instance
        holds the file, LockedError is raised; the caller may retry read-only, or with
        ``take_over`` set to the LockOwner the user confirmed is gone.
        """
        path = Path(path).absolute()
        read_header(path)  # a missing or special file is reported as such, before anything
        if not read_only and _media_read_only(path):
            return cls._open_read_only(path, "media")
        if read_only:
            return cls._open_read_only(path, "requested")
        lock = FileLock(path)
        with _failing_as(Doing.OPEN):
            lock.acquire(take_over=take_over)
        try:
            with _failing_as(Doing.OPEN):
                recovery = settle_journal(path)
                revision = _inspect(path, recover=True)
                if revision != schema.head_revision():
                    migrate.refuse_half_migrated(path, revision)
                    migrate.migrate(path, revision)
                document = cls(
                    path, _validated_engine(path, path, read_only=False), read_only=False, lock=lock
                )
                document.recovery = recovery
                with document.engine.connect() as connection:
                    stamped = _written_by(connection) == __version__
                if not stamped:  # a read, not a write transaction, when this version wrote last
                    document.write(_stamp_writer)
        except BaseException:
            lock.release()
            raise
        log.info("opened %s", path)
        return document

    @classmethod
    def _open_read_only(cls, path: Path, reason: str) -> WorkshopDocument:
        """Show a file without changing it. A file that a crash left with a journal, or that
        an older version wrote, is recovered or migrated on a private copy, which is shown."""
        if not has_hot_journal(path):
            revision = _inspect(path, recover=False)
            if revision == schema.head_revision():
                engine = _validated_engine(path, path, read_only=True)
                return cls(path, engine, read_only=True, lock=None, read_only_reason=reason)
        folder = Path(tempfile.mkdtemp(prefix="lk40-"))
        try:
            copy, recovery = recover_on_copy(path, folder)
            copy.chmod(copy.stat().st_mode | stat.S_IWUSR)
            revision = _inspect(copy, recover=True)
            if revision != schema.head_revision():
                migrate.refuse_half_migrated(copy, revision)
                migrate.upgrade_in_one_transaction(copy)
            engine = _validated_engine(copy, path, read_only=True)
        except DocumentError as error:
            shutil.rmtree(folder, ignore_errors=True)
            error.path = path  # the user chose the original, not our copy
            raise
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        document = cls(
            path, engine, read_only=True, lock=None, read_only_reason=reason, private_folder=folder
        )
        document.recovery = recovery
        log.info("opened %s read-only through a private copy", path)
        return document

    @classmethod
    def repair_copy(cls, path: Path) -> Path:
        """Write what can be read of a damaged project into "NAME (repariert).lk40" beside
        it; the damaged file is not touched. Open the returned file to check it."""
        with _failing_as(Doing.COPY):
            return repair_copy(Path(path).absolute(), APPLICATION_ID)

    @classmethod
    def restore_backup(cls, path: Path, backup: Path) -> Path:
        """Replace a file an older version left half migrated by the backup it took; the
        broken file is kept beside it (returned)."""
        with _failing_as(Doing.COPY):
            return migrate.restore_from_backup(Path(path).absolute(), backup)

    # -- reading and writing --------------------------------------------------------------

    def write(
        self, change: Callable[[WriteSession], T], on_wait: Callable[[], None] | None = None
    ) -> T:
        """Run ``change`` in one transaction and commit it to disk before returning.

        The transaction takes SQLite's write lock at its start (``BEGIN IMMEDIATE``), after
        checking that our lock file is still ours. When another program holds the file, the
        write waits up to BUSY_TIMEOUT_MS; ``on_wait`` is called once after the first
        FIRST_WAIT_MS, so that the GUI can say it is waiting. Any failure — read-only, disk
        full, the file busy, an I/O error — rolls back completely and raises a DocumentError,
        so the file never holds half an edit and the caller can say what was not saved.
        """
        if self.read_only:
            raise ReadOnlyError(self.path)
        if self._lock is not None:
            self._lock.check()
        with self._sessions() as session:
            try:
                with session.begin():
                    _begin_immediate(session.connection(), on_wait)
                    return change(session)
            except (DatabaseError, OSError) as error:
                raise as_document_error(self.path, error) from error

    def erase(self, change: Callable[[WriteSession], T]) -> T:
        """Run ``change`` (which overwrites values for good) like ``write``, with SQLite's
        ``secure_delete`` zeroing what it frees, then ``VACUUM`` the file: the overwritten
        values are left in no free page, no unused cell and no journal of the file."""

        def securely(session: WriteSession) -> T:
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            return change(session)

        result = self.write(securely)
        try:
            with self.engine.connect() as connection:
                autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
                autocommit.exec_driver_sql("VACUUM")  # VACUUM cannot run in a transaction
        except (DatabaseError, OSError) as error:
            raise as_document_error(self.path, error) from error
        return result

    @contextlib.contextmanager
    def reading(self, language: str | None = None) -> Iterator[ReadSession]:
        """A session for a group of reads that should see one consistent state; it cannot
        write (ReadBlockWriteError). Built-in rows are named in ``language`` (default: the
        document's ``language``); ``session.info[LANGUAGE_INFO]`` carries it to the reads."""
        with self._readers() as session, session.begin():
            session.info[LANGUAGE_INFO] = language or self.language
            yield session

    # -- copies and closing ---------------------------------------------------------------

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the project to ``target``, whole or not at all.

        Never onto a project that is open, here or in another instance (its lock file), also
        not through another name of the same file; an existing target keeps its permissions.
        """
        target = Path(target).absolute()
        real = _real(target)
        if any(_real(document.path) == real for document in _open_documents):
            raise TargetInUseError(target, "is open in this program")
        if lock_path_for(real).exists() or lock_path_for(target).exists():
            owner = read_owner(lock_path_for(real)) or read_owner(lock_path_for(target))
            raise TargetInUseError(target, f"is open elsewhere ({owner})")
        mode = stat.S_IMODE(real.stat().st_mode) if real.exists() else None
        with _failing_as(Doing.COPY), temporary_beside(real, ".~copy-") as temp:
            raw = self.engine.raw_connection()
            try:
                source = raw.driver_connection
                assert isinstance(source, sqlite3.Connection)
                destination = sqlite3.connect(temp)
                try:
                    source.backup(destination)
                finally:
                    destination.close()
                temp.chmod(mode if mode is not None else 0o666 & ~_umask())
                replace_durably(temp, real)
            except (sqlite3.Error, OSError) as error:
                raise as_document_error(target, error) from error
            finally:
                raw.close()

    def long_texts(self) -> int:
        """How many texts in the file are longer than ``store.limits.TEXT_LIMIT`` (another
        program wrote them): they are shown and exported trimmed, and the file keeps them
        until they are edited."""
        with self.engine.connect() as connection:
            return long_texts(connection)

    def needs_full_check(self) -> bool:
        """Whether opening ran only SQLite's quick check (a file above FULL_CHECK_LIMIT, where
        the full check would hold up opening): ``full_check`` should follow in the
        background."""
        return self._shown_file().stat().st_size > validation.FULL_CHECK_LIMIT

    def full_check(self) -> str:
        """SQLite's full integrity check ("ok" when fine) on a read-only connection of its
        own, so that it can run in another thread while the user works."""
        return schema.integrity_of(self._shown_file())

    def _shown_file(self) -> Path:
        """The file the engine reads: the project, or its private recovered copy."""
        if self._private_folder is not None:
            return self._private_folder / self.path.name
        return self.path

    def integrity_check(self) -> str:
        """SQLite's full integrity check: "ok" for a healthy file."""
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())

    def close(self) -> None:
        """Release the connections and the lock; the file is complete on disk already."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
        if self._private_folder is not None:
            shutil.rmtree(self._private_folder, ignore_errors=True)
        _open_documents.discard(self)
        log.info("closed %s", self.path)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask
