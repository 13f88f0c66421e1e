"""Writing export files so that a failure never leaves a half file or harms an existing one."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


_UMASK = _read_umask()  # read once: changing the umask is process-wide and not thread-safe


class ExportTargetError(OSError):
    """The target cannot be written (folder missing or read-only, file locked elsewhere)."""


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it into place.

    The temporary file lives in the target's folder so the final rename is atomic on the
    same file system. If writing fails, or the rename is refused (the target is open in
    Word or Excel on Windows), the temporary file is removed and an existing target is left
    exactly as it was.
    """
    target = Path(target)
    try:
        fd, name = tempfile.mkstemp(prefix=".~lk40-", suffix=target.suffix, dir=target.parent)
    except OSError as error:
        raise ExportTargetError(
            error.errno, f"cannot write into {target.parent}: {error.strerror}", str(target)
        ) from error
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        _give_normal_permissions(temp, target)
        try:
            temp.replace(target)
        except OSError as error:
            raise ExportTargetError(
                error.errno, f"cannot replace {target}: {error.strerror}", str(target)
            ) from error
    finally:
        temp.unlink(missing_ok=True)


def _give_normal_permissions(temp: Path, target: Path) -> None:
    """mkstemp creates owner-only files; an export should be readable like any saved file."""
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~_UMASK
    temp.chmod(mode)
