"""Real full disks for tests: a small tmpfs, filled to the last page, or with an exact number
of pages left (a lock file fits, a backup does not). Filling is unbuffered and checked with
statvfs, so the free space is the same in every run."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

PAGE = 4096
"""tmpfs hands out whole pages: a file of one byte takes one."""


@contextlib.contextmanager
def mounted_small_disk(folder: Path, size: str = "3m") -> Iterator[Path]:
    """Mount a tmpfs of ``size`` on ``folder`` (needs root, as CI has; skips otherwise)."""
    folder.mkdir(exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def free_pages(folder: Path) -> int:
    """Pages the file system of ``folder`` can still give out."""
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize // PAGE


def fill_up(folder: Path, leave_pages: int = 0) -> None:
    """Leave exactly ``leave_pages`` free pages on the disk of ``folder`` ("ballast" holds
    the rest). Written without a buffer, in ever smaller pieces, so no byte is left over in a
    buffer that a later close would try to write."""
    ballast = folder / "ballast"
    fd = os.open(ballast, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        for piece in (1 << 20, PAGE, 1):
            while True:
                try:
                    os.write(fd, b"\0" * piece)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    assert free_pages(folder) == 0, "the disk is full"
    if leave_pages:
        size = ballast.stat().st_size
        os.truncate(ballast, size - size % PAGE - leave_pages * PAGE)
    assert free_pages(folder) == leave_pages
