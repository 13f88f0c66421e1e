"""The export log: which files an export wrote and when they were last modified, kept in the
project file. The app is the source and Word is the last step, so an export must never
overwrite a paper someone edited in Word after the last export without asking: the file's
modification time against the log says whether it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from lk40_desktop.store.queries import setting_value

LOG_KEY = "export.log"
"""The setting holding the log: JSON, resolved path → {"at": ISO time, "mtime_ns": int}."""
TOLERANCE_NS = 2_000_000_000
"""Modification times that differ by less are the same (FAT sticks keep two seconds)."""


@dataclass(frozen=True)
class LoggedExport:
    """One file an export wrote: when, and its modification time right after."""

    at: str
    mtime_ns: int


def read_log(session: Session) -> dict[str, LoggedExport]:
    """The log of the project (empty when there is none or it cannot be read)."""
    try:
        raw = json.loads(setting_value(session, LOG_KEY) or "{}")
        return {
            str(path): LoggedExport(str(entry["at"]), int(entry["mtime_ns"]))
            for path, entry in raw.items()
        }
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}


def logged(log: dict[str, LoggedExport], written: list[Path], moment: datetime) -> str:
    """The log's new value after an export wrote ``written``."""
    entries = {path: {"at": e.at, "mtime_ns": e.mtime_ns} for path, e in log.items()}
    for path in written:
        entries[str(path.resolve())] = {
            "at": moment.isoformat(timespec="seconds"),
            "mtime_ns": path.stat().st_mtime_ns,
        }
    return json.dumps(entries, sort_keys=True)


def edited_after_export(log: dict[str, LoggedExport], target: Path) -> bool:
    """Whether ``target`` exists and was changed after the export that wrote it — or was not
    written by an export of this project at all (then it is someone's own file)."""
    try:
        mtime = target.stat().st_mtime_ns
    except OSError:
        return False
    entry = log.get(str(target.resolve()))
    return entry is None or abs(mtime - entry.mtime_ns) > TOLERANCE_NS


def free_name(target: Path) -> Path:
    """The first "Name (2).docx", "Name (3).docx" … beside ``target`` that does not exist."""
    number = 2
    while True:
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        if not candidate.exists():
            return candidate
        number += 1
