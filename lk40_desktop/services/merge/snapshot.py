"""Every row of a project file as SQLite holds it, for comparing three versions of a project
(the hand-out's base, this file, the group's file) by their values.

Values stay SQLite's own (text, integer, real, blob, NULL), so a row read from one file
compares equal to the same row read from another whatever the laptop; the base is kept in
the file as zlib-compressed JSON, blobs (a coat of arms) as base64.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Callable, Iterable
from typing import Any

from lk40_desktop.services.merge.rules import MERGED_KINDS
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import ENTITY_KINDS

Row = dict[str, Any]
"""Column → value of one row (without its id)."""
Snapshot = dict[EntityKind, dict[str, Row]]
"""Kind → row id → row."""
Query = Callable[[str], Iterable[tuple[Any, ...]]]
"""Runs a SELECT on a file and yields its rows (sqlite3 or SQLAlchemy's connection)."""
BLOB = "$base64"


def columns(kind: EntityKind) -> list[str]:
    """The columns of a kind's table, id first (the table's own order may differ)."""
    names = [column.name for column in ENTITY_KINDS[kind].__table__.columns]
    return ["id", *(name for name in names if name != "id")]


def read_snapshot(query: Query, kinds: Iterable[EntityKind] = MERGED_KINDS) -> Snapshot:
    """Every row (live and tombstoned) of the merged kinds."""
    snapshot: Snapshot = {}
    for kind in kinds:
        names = columns(kind)
        table = ENTITY_KINDS[kind].__tablename__
        selected = ", ".join(f'"{name}"' for name in names)
        snapshot[kind] = {
            row[0]: dict(zip(names[1:], row[1:], strict=True))
            for row in query(f'SELECT {selected} FROM "{table}"')
        }
    return snapshot


def _encoded(value: Any) -> Any:
    return {BLOB: base64.b64encode(value).decode()} if isinstance(value, bytes) else value


def _decoded(value: Any) -> Any:
    return base64.b64decode(value[BLOB]) if isinstance(value, dict) else value


def pack(snapshot: Snapshot) -> bytes:
    """The snapshot as the ``handout.base`` column keeps it."""
    plain = {
        kind: {key: {name: _encoded(v) for name, v in row.items()} for key, row in rows.items()}
        for kind, rows in snapshot.items()
    }
    return zlib.compress(json.dumps(plain, ensure_ascii=False).encode(), 6)


def unpack(blob: bytes) -> Snapshot:
    """A snapshot packed by ``pack``."""
    plain = json.loads(zlib.decompress(blob))
    return {
        kind: {key: {name: _decoded(v) for name, v in row.items()} for key, row in rows.items()}
        for kind, rows in plain.items()
    }
