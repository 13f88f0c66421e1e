"""Writing export files so that a failure never leaves a half file or harms an existing one.

Every file is written to a temporary file beside its target (so the rename is atomic on the
same file system), its bytes are pushed to the disk, it is renamed over the target, and the
folder entry is pushed to the disk too: a power cut leaves the old file or the new one, never
an empty one. A failure names the target it concerns (a full disk, a write-protected folder,
a file open in Word on Windows), never a temporary name or none.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from lk40_desktop.store.files import replace_durably


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


_UMASK = _read_umask()  # read once: changing the umask is process-wide and not thread-safe


class ExportTargetError(OSError):
    """A target could not be written (a full disk, a folder missing or write-protected, the
    file open elsewhere); ``filename`` is the target, ``errno`` the reason.

    ``replaced`` names the targets of the same export that had already been put in place
    when this one failed (the renames of several files cannot be one step); empty when no
    file was changed."""

    replaced: tuple[Path, ...] = ()


def target_error(target: Path, error: OSError, replaced: Sequence[Path] = ()) -> ExportTargetError:
    """An OSError of writing ``target`` (or a temporary file beside it) as the error of the
    target itself."""
    if isinstance(error, ExportTargetError):
        return error
    number = error.errno or errno.EIO
    failure = ExportTargetError(number, error.strerror or os.strerror(number), str(target))
    failure.replaced = tuple(replaced)
    return failure


def _temporary_beside(target: Path) -> Path:
    try:
        fd, name = tempfile.mkstemp(prefix=".~lk40-", suffix=target.suffix, dir=target.parent)
    except OSError as error:
        raise target_error(target, error) from error
    os.close(fd)
    return Path(name)


def _give_normal_permissions(temp: Path, target: Path) -> None:
    """mkstemp creates owner-only files; an export should be readable like any saved file,
    and a replaced file keeps its permissions."""
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~_UMASK
    temp.chmod(mode)


def _put_in_place(temp: Path, target: Path) -> None:
    _give_normal_permissions(temp, target)
    replace_durably(temp, target)


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block succeeds, put it in place.

    If writing fails, or the rename is refused (the target is open in Word or Excel on
    Windows), the temporary file is removed, an existing target is left exactly as it was,
    and an ExportTargetError names the target."""
    target = Path(target)
    temp = _temporary_beside(target)
    try:
        try:
            yield temp
            _put_in_place(temp, target)
        except OSError as error:
            raise target_error(target, error) from error
    finally:
        temp.unlink(missing_ok=True)


class PendingFiles:
    """The files of one export, written beside their targets and put in place together.

    Made first, so that a target that cannot be written fails the export before any work;
    ``put_in_place`` renames them in order only when every one is complete. Leaving the
    ``with`` block removes whatever was not put in place."""

    def __init__(self, targets: Sequence[Path]) -> None:
        self.targets = [Path(target) for target in targets]
        self._temporary: list[Path] = []
        try:
            for target in self.targets:
                self._temporary.append(_temporary_beside(target))
        except BaseException:
            self.discard()
            raise

    def __enter__(self) -> PendingFiles:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()

    def write(self, target: Path, data: bytes) -> None:
        """Write the complete content of ``target`` into its temporary file."""
        temp = self._temporary[self.targets.index(Path(target))]
        try:
            with temp.open("wb") as handle:
                handle.write(data)
        except OSError as error:
            raise target_error(target, error) from error

    def put_in_place(self) -> list[Path]:
        """Rename every temporary file over its target, in order; returns the targets. A
        failure raises ExportTargetError naming the target and the ones already replaced."""
        for number, (temp, target) in enumerate(zip(self._temporary, self.targets, strict=True)):
            try:
                _put_in_place(temp, target)
            except OSError as error:
                raise target_error(target, error, self.targets[:number]) from error
        return list(self.targets)

    def discard(self) -> None:
        """Remove the temporary files that were not put in place."""
        for temp in self._temporary:
            temp.unlink(missing_ok=True)
