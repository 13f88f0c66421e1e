"""The log file: rotated at its size limit like the standard library's rotating handler."""

from __future__ import annotations

import logging
from pathlib import Path

from lk40_desktop.logging_setup import BACKUPS, MAX_BYTES, RotatingLog


def test_the_log_rotates_past_its_limit_and_keeps_three_old_files(tmp_path: Path) -> None:
    """Records beyond a megabyte start a new lk40.log; lk40.log.1 is the newest old one,
    and no more than three old files are kept."""
    path = tmp_path / "lk40.log"
    handler = RotatingLog(path)
    logger = logging.getLogger("test.rotating")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        line = "x" * 10_000
        for number in range(5 * MAX_BYTES // len(line)):
            logger.warning("%d %s", number, line)
        logger.warning("the last record")
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(file.name for file in tmp_path.iterdir())
    assert names == ["lk40.log", *(f"lk40.log.{n}" for n in range(1, BACKUPS + 1))]
    assert "the last record" in path.read_text(encoding="utf-8")
    assert path.stat().st_size < MAX_BYTES
    newest_old, oldest = (
        int((tmp_path / f"lk40.log.{n}").read_text(encoding="utf-8").split()[-2])
        for n in (1, BACKUPS)
    )
    assert newest_old > oldest
    assert all((tmp_path / name).stat().st_size <= MAX_BYTES + 20_000 for name in names)
