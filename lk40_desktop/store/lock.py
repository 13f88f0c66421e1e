"""The lock file that keeps a second writer away from an open project.

SQLite's own locks only last for one transaction, and on network shares they are not
reliable; a second instance would happily write between our transactions. So, like office
suites do, an open project gets a small lock file beside it (``.~lock.NAME.lk40#``) that
names who holds it. It lives next to the project so that a colleague on another computer
opening the same file from a share sees it too.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from lk40_desktop.store.errors import LockedError, LockOwner


def lock_path_for(path: Path) -> Path:
    """Where the lock file of a project lives."""
    return path.with_name(f".~lock.{path.name}#")


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
    )


def _read_owner(lock: Path) -> LockOwner | None:
    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
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


def _is_stale(owner: LockOwner | None) -> bool:
    """A lock is stale when its process on this very host is gone (a crash or power cut).

    A lock from another host is never judged stale: we cannot see its processes, so the
    user decides (open read-only, or ask the colleague to close it).
    """
    if owner is None:
        return True
    return owner.host == socket.gethostname() and not _process_alive(owner.pid)


class FileLock:
    """Holds the lock file of one project while it is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path_for(path)
        self._project = path
        self._held = False

    def acquire(self) -> None:
        """Take the lock, replacing a stale one; raise LockedError when someone holds it."""
        owner = _this_owner()
        payload = json.dumps(owner.__dict__).encode("utf-8")
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = _read_owner(self.path)
                if not _is_stale(holder):
                    assert holder is not None
                    raise LockedError(self._project, holder) from None
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                continue
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            self._held = True
            return
        holder = _read_owner(self.path) or owner
        raise LockedError(self._project, holder)

    def release(self) -> None:
        """Remove the lock file, if this instance holds it."""
        if self._held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self._held = False

    @property
    def held(self) -> bool:
        """Whether this instance holds the lock."""
        return self._held
