"""The lock file that keeps a second writer away from an open project.

SQLite's own locks only last for one transaction, and on network shares they are not
reliable; a second instance would happily write between our transactions. So, like office
suites do, an open project gets a small lock file beside it (``.~lock.NAME.lk40#``) that
names who holds it. It lives next to the project so that a colleague on another computer
opening the same file from a share sees it too.

The lock appears whole or not at all (written under a private name, then hard-linked into
place, which fails if a lock exists), and every write checks that the lock still carries this
instance's token: two instances starting at the same moment, or a colleague who took the
file over, can never both write. A lock nobody can have left behind by a crash is only taken
over after the user has confirmed it (``acquire(take_over=owner)``).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import secrets
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from lk40_desktop.store.errors import (
    DocumentError,
    LockedError,
    LockOwner,
    LockUnusableError,
    WriteFailedError,
)
from lk40_desktop.store.files import as_document_error

CREATING_GRACE_S = 10.0
"""A lock file younger than this that cannot be read yet is being written by its owner."""


def lock_path_for(path: Path) -> Path:
    """Where the lock file of a project lives."""
    return path.with_name(f".~lock.{path.name}#")


def login_session() -> str:
    """This login's session: on a terminal server (Citrix, RDS) other sessions' processes
    cannot be seen, so a lock of another session is never judged stale by its process id."""
    if os.name == "nt":
        import ctypes

        session = ctypes.c_ulong()
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        if kernel32.ProcessIdToSessionId(os.getpid(), ctypes.byref(session)):
            return str(session.value)
        return "?"
    return os.environ.get("XDG_SESSION_ID") or str(os.getsid(0))


def _this_owner() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in containers or odd Windows setups
        user = "?"
    return LockOwner(
        user=user,
        host=socket.gethostname(),
        pid=os.getpid(),
        since=datetime.now(UTC).isoformat(timespec="seconds"),
        session=login_session(),
        token=secrets.token_hex(8),
    )


def read_owner(lock: Path) -> LockOwner | None:
    """Who holds a lock; None when the file is gone or holds no owner (yet).

    Raises LockUnusableError for a lock that is a folder or cannot be opened at all."""
    if lock.is_dir():
        raise LockUnusableError(lock, "the lock is a folder")
    try:
        text = lock.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise LockUnusableError(lock, error.strerror or str(error)) from error
    try:
        data = json.loads(text)
        return LockOwner(
            str(data["user"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["since"]),
            str(data.get("session", "")),
            str(data.get("token", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to someone else
        return True
    except OSError:  # Windows raises OSError for pids that do not exist
        return False
    return True


def _is_stale(lock: Path, owner: LockOwner | None) -> bool:
    """A lock is stale when its process on this very host and login session is gone (a crash
    or power cut), or when it holds no owner and is older than a start-up takes.

    A lock of another host or session is never judged stale: we cannot see its processes, so
    the user decides (open read-only, or take it over after confirming the colleague is gone).
    """
    if owner is None:
        with contextlib.suppress(OSError):
            return time.time() - lock.stat().st_mtime > CREATING_GRACE_S
        return False
    same_place = owner.host == socket.gethostname() and owner.session in ("", login_session())
    return same_place and not _process_alive(owner.pid)


def _publish(lock: Path, payload: bytes) -> None:
    """Put a complete lock file in place unless one exists (the caller reads who holds it).

    Written under a private name and hard-linked to the lock's name: the link fails if the
    lock exists, and a reader never sees half a lock. Media without hard links (FAT sticks,
    some shares) get an exclusive create and a write instead; a reader then treats an empty
    young lock as being written (``CREATING_GRACE_S``)."""
    private = lock.with_name(f"{lock.name}.{secrets.token_hex(4)}")
    try:
        private.write_bytes(payload)
        try:
            os.link(private, lock)
            return
        except FileExistsError:
            return
        except OSError:  # no hard links on this medium
            pass
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return
        try:
            os.write(fd, payload)
            os.fsync(fd)
        except OSError:
            os.close(fd)
            lock.unlink(missing_ok=True)
            raise
        os.close(fd)
    finally:
        private.unlink(missing_ok=True)


@contextlib.contextmanager
def _exclusive(lock: Path) -> Iterator[bool]:
    """The right to remove a lock (judged stale or confirmed gone), for one instance at a time:
    a marker file created exclusively beside the lock. Yields False when another instance
    holds it (a marker a crash left is removed once it is older than a start-up takes).

    Only the holder of the marker removes a lock, and only after reading under it that the
    lock is still the one it judged; so a fresh lock of another instance is never moved, not
    even for a moment (it had been, and its owner then found no lock and gave up)."""
    marker = lock.with_name(f"{lock.name}.wechsel")
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        with contextlib.suppress(OSError):
            if time.time() - marker.stat().st_mtime > CREATING_GRACE_S:
                marker.unlink()
        yield False
        return
    os.close(fd)
    try:
        yield True
    finally:
        marker.unlink(missing_ok=True)


def _remove_if_still(lock: Path, owner: LockOwner | None) -> None:
    """Remove the lock of ``owner`` (None: an empty lock) if it is still that lock."""
    with _exclusive(lock) as ours:
        if not ours:
            return
        current = read_owner(lock)
        if owner is None:
            still = current is None and _is_stale(lock, None)
        else:
            still = current is not None and current.token == owner.token
        if still:
            lock.unlink(missing_ok=True)


class FileLock:
    """Holds the lock file of one project while it is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path_for(path)
        self._project = path
        self._owner: LockOwner | None = None

    def acquire(self, take_over: LockOwner | None = None) -> None:
        """Take the lock, replacing a stale one (or the one of ``take_over``, which the user
        confirmed is gone); raise LockedError when someone else holds it.

        A lock is only ever removed under ``_exclusive`` after it was read again there, so
        of two instances that both found the same stale lock, one removes it and takes the
        file, and the other then finds the new lock and is refused."""
        owner = _this_owner()
        payload = json.dumps(owner.__dict__).encode("utf-8")
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            try:
                _publish(self.path, payload)
            except OSError as error:
                raise as_document_error(self._project, error) from error
            holder = read_owner(self.path)
            if holder is not None and holder.token == owner.token:
                self._owner = owner
                return
            if holder is None:  # removed this moment, or being written by another
                if self.path.exists() and _is_stale(self.path, None):
                    _remove_if_still(self.path, None)
                time.sleep(0.02)
                continue
            confirmed = take_over is not None and holder.token == take_over.token
            if not (confirmed or _is_stale(self.path, holder)):
                raise LockedError(self._project, holder)
            _remove_if_still(self.path, holder)
            time.sleep(0.005)
        raise LockedError(self._project, read_owner(self.path) or owner)

    def held_by_us(self) -> bool:
        """Whether the lock file still names this instance (a colleague may have taken the
        file over after confirming we were gone)."""
        if self._owner is None:
            return False
        try:
            current = read_owner(self.path)
        except DocumentError:
            return False
        return current is not None and current.token == self._owner.token

    def check(self) -> None:
        """Before a write: raise LockedError (naming the new holder) when the lock is no
        longer ours, WriteFailedError when it vanished."""
        if self.held_by_us():
            return
        holder = read_owner(self.path)
        if holder is None:
            raise WriteFailedError(self._project, "the lock file beside the project vanished")
        raise LockedError(self._project, holder)

    def release(self) -> None:
        """Remove the lock file, if this instance still holds it."""
        if self.held_by_us():
            with contextlib.suppress(OSError):
                self.path.unlink()
        self._owner = None

    @property
    def held(self) -> bool:
        """Whether this instance holds the lock."""
        return self.held_by_us()
