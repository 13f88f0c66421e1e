"""Breakout groups in tests: hand a group file out, edit it as its own laptop would, merge it
back with a rule for the conflicts, and dump every row of a file to compare exactly."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, perform
from lk40_desktop.operations.groups import hand_out, prepare_merge
from lk40_desktop.services.merge.plan import Conflict, Prefer, Side
from lk40_desktop.store.document import WorkshopDocument

Build = Callable[[Session], Edit]


def group_file(project: WorkshopDocument, folder: Path, name: str = "Gruppe B", **kw: Any) -> Path:
    """A group file for ``name`` handed out from ``project`` into ``folder``."""
    target = folder / f"{name}.lk40"
    hand_out(project, target, name, **kw)
    return target


def on_laptop(path: Path, *builds: Build) -> None:
    """Edit a group file as its own laptop would: opened, edited, closed."""
    document = WorkshopDocument.open(path)
    try:
        for build in builds:
            perform(document, build)
    finally:
        document.close()


def merge(document: WorkshopDocument, path: Path, prefer: Prefer | None = None) -> Edit:
    """Merge ``path`` into the open ``document``; conflicts only with a rule for them."""
    prepared = prepare_merge(document, path)
    if prepared.plan.conflicts and prefer is None:
        raise AssertionError(f"unexpected conflicts: {prepared.plan.conflicts}")
    sides: dict[Conflict, Side] = {c: c.winner(prefer or "mine") for c in prepared.plan.conflicts}
    return perform(document, lambda session: prepared.edit(session, sides, datetime.now(UTC)))


def merge_into(path: Path, *sources: Path, prefer: Prefer | None = None) -> None:
    """Merge group files into a closed file (A's work taken in by B, or into the project)."""
    document = WorkshopDocument.open(path)
    try:
        for source in sources:
            merge(document, source, prefer)
    finally:
        document.close()


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the file, as SQLite holds it."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"'), key=repr)
            for table in tables
        }
    finally:
        connection.close()
