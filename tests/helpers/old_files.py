"""Project files as an older version of the app wrote them, for migration tests.

``file_at`` builds a real file at an older revision with that revision's own migration
scripts and fills it with the content of a current file (the demo): every column the old
revision has, copied row by row. What the newer revisions added is absent, as in a file an
older version wrote. Dots, one row each since revision 0004, become the counters per card and
voter that the revisions before it held.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from lk40_desktop.store import schema
from lk40_desktop.store.document import APPLICATION_ID

COUNTERS = (
    "INSERT INTO main.vote (id, idea_id, voter, dots, created_at, modified_at) "
    "SELECT min(id), idea_id, voter, count(*), min(created_at), max(modified_at) "
    "FROM newer.vote WHERE deleted_at IS NULL GROUP BY idea_id, voter"
)
"""A file before revision 0004 held one counter per card and voter."""


def file_at(path: Path, revision: str, content: Path) -> None:
    """Write ``path`` at ``revision`` holding what of ``content`` that revision can hold."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        schema.upgrade(connection, revision)
    engine.dispose()
    connection = sqlite3.connect(path)
    try:
        connection.execute("ATTACH DATABASE ? AS newer", (str(content),))
        for table in sorted(schema.TABLES_AT[revision]):
            old = [row[1] for row in connection.execute(f'PRAGMA main.table_info("{table}")')]
            if table == "vote" and "dots" in old:
                connection.execute(COUNTERS)
                continue
            names = ", ".join(f'"{name}"' for name in old)
            connection.execute(
                f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM newer."{table}"'
            )
        connection.commit()
        connection.execute("DETACH DATABASE newer")
    finally:
        connection.close()
