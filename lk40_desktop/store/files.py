"""The project file on disk, below SQLite: what kind of file it is, copies that reach the disk
whole, the rollback journal a crash leaves, and what a failed write means.

SQLite plays a leftover journal into whatever file has the journal's name, and it would do so
into a good backup copied over the crashed file. So a journal is only ever played on a
private copy first; it reaches the real file when the recovered copy is intact, and it is set
aside when the file is intact without it and damaged with it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lk40_desktop.store.errors import (
    BusyError,
    DiskFullError,
    DocumentError,
    MissingFileError,
    NotAProjectError,
    ReadOnlyError,
    WriteFailedError,
)

log = logging.getLogger(__name__)

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
"""The first bytes of an SQLite rollback journal with content."""


def journal_of(path: Path) -> Path:
    """The rollback journal SQLite keeps beside a database during a write."""
    return path.with_name(path.name + "-journal")


def read_header(path: Path) -> bytes:
    """The first 100 bytes of a project file: only regular files are read, so a named pipe or
    a device passed as the project can never make the app wait forever."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise MissingFileError(path) from None
    except OSError as error:
        raise NotAProjectError(path, error.strerror or str(error)) from error
    if stat.S_ISDIR(mode):
        raise NotAProjectError(path, "is a folder")
    if not stat.S_ISREG(mode):
        raise NotAProjectError(path, "is not a regular file")
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as error:
        raise NotAProjectError(path, error.strerror or str(error)) from error


def has_hot_journal(path: Path) -> bool:
    """Whether a crash left a journal with content beside the file (an empty or zeroed
    journal is not played by SQLite and needs nothing)."""
    try:
        with journal_of(path).open("rb") as handle:
            return handle.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles for it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_file(path: Path) -> None:
    """Push a file's bytes to the disk before it is renamed into place."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def replace_durably(temp: Path, target: Path) -> None:
    """Rename a finished temporary file over ``target``: its bytes reach the disk first and
    the folder's entry after, so a power cut leaves the old file or the new, never an empty
    one."""
    sync_file(temp)
    temp.replace(target)
    sync_folder(target.parent)


@contextlib.contextmanager
def temporary_beside(target: Path, prefix: str = ".~lk40-") -> Iterator[Path]:
    """A fresh temporary path in ``target``'s folder (so a rename is atomic), removed
    afterwards unless it was renamed into place. Raises a DocumentError when the folder cannot
    take it (full, write-protected)."""
    try:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=target.suffix, dir=target.parent)
    except OSError as error:
        raise as_document_error(target, error) from error
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def copy_durably(source: Path, target: Path) -> None:
    """Copy a closed file whole or not at all (a full disk leaves no 0-byte copy)."""
    with temporary_beside(target) as temp:
        try:
            shutil.copyfile(source, temp)
            shutil.copymode(source, temp)
            replace_durably(temp, target)
        except OSError as error:
            raise as_document_error(target, error) from error


def as_document_error(path: Path, error: BaseException) -> DocumentError:
    """The user-facing kind of a failed read or write: full disk, busy file, write-protected
    medium, or another I/O failure (named by its detail)."""
    text = str(getattr(error, "orig", None) or error).lower()
    number = getattr(error, "errno", None)
    if number in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "disk full" in text:
        return DiskFullError(path)
    if "database is locked" in text or "database table is locked" in text:
        return BusyError(path)
    if number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text.replace(" ", ""):
        return ReadOnlyError(path, text)
    return WriteFailedError(path, str(getattr(error, "orig", None) or error))


@dataclass(frozen=True)
class Recovery:
    """What opening did about a journal a crash left beside the file."""

    journal_set_aside: Path | None = None
    """Where a journal that did not belong to the file was moved (None: nothing set aside)."""


def _intact(path: Path) -> bool:
    """Whether SQLite finds no damage in a database file (opened read-write so that it plays
    a journal beside it; only ever called on private copies)."""
    try:
        connection = sqlite3.connect(path)
        try:
            return bool(connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def _page_count(path: Path) -> int:
    header = read_header(path)
    page_size = int.from_bytes(header[16:18], "big") if len(header) == 100 else 0
    page_size = 65536 if page_size == 1 else page_size
    return path.stat().st_size // page_size if page_size else 0


def _journaled_change_counter(journal: bytes) -> int | None:
    """The database's change counter when the journal's transaction began, read from the
    journal's copy of page 1 (None when page 1 is not in it).

    A journal is a series of segments, each a header (magic, record count, nonce, initial
    size, sector and page size) padded to a sector, followed by its records (page number,
    the page as it was, checksum)."""
    sector = int.from_bytes(journal[20:24], "big")
    page_size = int.from_bytes(journal[24:28], "big")
    if not sector or not page_size:
        return None
    record = page_size + 8
    offset = 0
    while offset + 28 <= len(journal) and journal[offset : offset + 8] == JOURNAL_MAGIC:
        count = int.from_bytes(journal[offset + 8 : offset + 12], "big")
        offset += sector
        count = count or (len(journal) - offset) // record  # an unsynced last segment
        for _ in range(count):
            if offset + record > len(journal):
                return None
            if int.from_bytes(journal[offset : offset + 4], "big") == 1:
                return int.from_bytes(journal[offset + 28 : offset + 32], "big")
            offset += record
        offset = -(-offset // sector) * sector
    return None


def _journal_belongs(path: Path) -> bool:
    """Whether a journal was written for this very file and not for the one a backup copied
    over it replaced. While its transaction runs, the file cannot shrink below the size the
    journal recorded at its start, and its change counter is the one the journal's copy of
    page 1 holds (or one more, once SQLite wrote page 1). A backup is smaller or older."""
    journal = journal_of(path).read_bytes()
    initial_pages = int.from_bytes(journal[16:20], "big")
    if _page_count(path) < initial_pages:
        return False
    counter = _journaled_change_counter(journal)
    current = int.from_bytes(read_header(path)[24:28], "big")
    return counter is None or current in (counter, counter + 1)


def recover_on_copy(path: Path, folder: Path) -> tuple[Path, Recovery]:
    """Copy the file into ``folder`` and recover it there: with its journal played when the
    result is intact, else without the journal when the file alone is intact (the journal is
    then reported as foreign, to be set aside). The original and its journal are not
    touched. When the file is damaged either way, the copy keeps the journal played and the
    caller's integrity check reports the damage."""
    copy = folder / path.name
    shutil.copyfile(path, copy)
    if not has_hot_journal(path):
        return copy, Recovery()
    if _journal_belongs(path):
        shutil.copyfile(journal_of(path), journal_of(copy))
        if _intact(copy):
            return copy, Recovery()
        shutil.copyfile(path, copy)  # the journal damaged it: try the file alone
        journal_of(copy).unlink(missing_ok=True)
        if not _intact(copy):
            shutil.copyfile(journal_of(path), journal_of(copy))
            return copy, Recovery()
        return copy, Recovery(journal_set_aside=journal_of(path))
    if _intact(copy):
        return copy, Recovery(journal_set_aside=journal_of(path))
    return copy, Recovery()


def set_journal_aside(path: Path) -> Path:
    """Move a journal that does not belong to the file out of SQLite's way, keeping it (it
    may still be somebody's evidence). Returns where it went."""
    journal = journal_of(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}-journal (beiseitegelegt {stamp})")
    journal.replace(aside)
    log.warning("journal %s did not belong to %s; moved to %s", journal, path, aside)
    return aside


def settle_journal(path: Path) -> Recovery:
    """Before a read-write open: decide on a private copy whether a leftover journal belongs to
    the file. If it does, SQLite plays it when the file is opened; if it does not (the file is
    intact without it and damaged with it, or smaller than the journal's start), it is set
    aside and the file stays exactly as it is."""
    if not has_hot_journal(path):
        return Recovery()
    with tempfile.TemporaryDirectory(prefix="lk40-journal-") as folder:
        _copy, recovery = recover_on_copy(path, Path(folder))
    if recovery.journal_set_aside is not None:
        return Recovery(journal_set_aside=set_journal_aside(path))
    return recovery


def repaired_name(path: Path) -> Path:
    """A free name beside ``path`` for a repaired copy: "NAME (repariert).lk40", numbered."""
    for number in range(1, 100):
        label = "repariert" if number == 1 else f"repariert {number}"
        candidate = path.with_name(f"{path.stem} ({label}){path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(path)


def repair_copy(path: Path, application_id: int) -> Path:
    """Write what can be read of a damaged project into a new file beside it and return it;
    the damaged file is not touched.

    SQLite's ``VACUUM INTO`` rewrites every page (a broken free list) and ``REINDEX`` then
    rebuilds the indexes from the tables (vacuum copies an index as it is, missing entries and
    all); when even that fails, every table is copied row by row as far as it reads."""
    target = repaired_name(path)
    source_uri = path.resolve().as_uri() + "?mode=ro"
    with temporary_beside(target, ".~repair-") as temp:
        temp.unlink()
        try:
            source = sqlite3.connect(source_uri, uri=True)
            try:
                source.execute("VACUUM INTO ?", (str(temp),))
            except sqlite3.DatabaseError:
                temp.unlink(missing_ok=True)
                _salvage(source, temp)
            finally:
                source.close()
            repaired = sqlite3.connect(temp)
            try:
                repaired.execute("REINDEX")
                repaired.execute(f"PRAGMA application_id = {application_id}")
                repaired.commit()
            finally:
                repaired.close()
            replace_durably(temp, target)
        except (OSError, sqlite3.Error) as error:
            raise as_document_error(target, error) from error
    log.warning("wrote a repaired copy of %s to %s", path, target)
    return target


def _salvage(source: sqlite3.Connection, target: Path) -> None:
    """Copy tables row by row into a fresh file, keeping every row that can still be read."""
    entries = source.execute(
        "SELECT type, name, sql FROM sqlite_master"
        " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    destination = sqlite3.connect(target)
    try:
        for kind, _name, sql in entries:
            if kind == "table":
                destination.execute(sql)
        for kind, name, _sql in entries:
            if kind != "table":
                continue
            cursor = source.execute(f'SELECT * FROM "{name}"')
            with contextlib.suppress(sqlite3.DatabaseError):
                for row in cursor:
                    marks = ", ".join("?" * len(row))
                    destination.execute(f'INSERT OR IGNORE INTO "{name}" VALUES ({marks})', row)
        for kind, _name, sql in entries:
            if kind == "index":
                with contextlib.suppress(sqlite3.DatabaseError):
                    destination.execute(sql)
        destination.commit()
    finally:
        destination.close()


NETWORK_FILE_SYSTEMS = frozenset(
    {"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "davfs", "fuse.davfs2", "9p", "afs"}
)
SYNC_FOLDERS = ("onedrive", "nextcloud", "owncloud", "dropbox", "google drive", "icloud", "seafile")
"""Folder names of sync clients: a file there may be replaced under the app by another copy."""


def remote_kind(path: Path) -> str | None:
    """ "network" for a file on a share (UNC path, mapped drive, a network file system),
    "synced" for one in a sync client's folder, None for a local file. Both work, but a
    dropped connection or a sync conflict can cost the last edits, so the GUI says so once."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "network"
    if os.name == "nt":
        import ctypes

        drive = path.absolute().drive + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]
            return "network"  # DRIVE_REMOTE: a mapped network drive
    elif _mount_type(path) in NETWORK_FILE_SYSTEMS:
        return "network"
    if any(part.casefold().startswith(SYNC_FOLDERS) for part in path.parts):
        return "synced"
    return None


def _mount_type(path: Path) -> str:
    """The file system type of the mount holding ``path`` (Linux: /proc/mounts)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    target = os.path.realpath(path)
    for line in mounts:
        fields = line.split()
        if len(fields) >= 3:
            point = fields[1].replace("\\040", " ")
            inside = target == point or target.startswith(point.rstrip("/") + "/")
            if inside and len(point) > len(best):
                best, kind = point, fields[2]
    return kind
