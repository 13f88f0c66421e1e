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
    if isinstance(value, bytes):
        return {BLOB: base64.b64encode(value).decode()}
    raise TypeError(f"{type(value).__name__} is no SQLite value")


def _decoded(value: dict[str, Any]) -> Any:
    # only a blob is a JSON object of one "$base64" key: rows, kinds and the whole are keyed
    # by column names, ids and kinds
    return base64.b64decode(value[BLOB]) if len(value) == 1 and BLOB in value else value


def pack(snapshot: Snapshot) -> bytes:
    """The snapshot as the ``handout.base`` column keeps it (json calls ``_encoded`` only for
    the blobs, instead of Python looking at every value of every row)."""
    plain = json.dumps(snapshot, ensure_ascii=False, default=_encoded)
    return zlib.compress(plain.encode(), 6)


def unpack(blob: bytes) -> Snapshot:
    """A snapshot packed by ``pack``."""
    snapshot: Snapshot = json.loads(zlib.decompress(blob), object_hook=_decoded)
    return snapshot
