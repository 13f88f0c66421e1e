"""Schema revisions of the `.lk40` file, managed with Alembic.

The Alembic scripts ship inside the package (``migrations/``) and run programmatically on
an open connection, so no ``alembic.ini`` and no command line are involved.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The newest schema revision this version of the app writes."""
    head = _scripts().get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def known_revisions() -> set[str]:
    """Every revision this version of the app can read (and migrate from)."""
    return {script.revision for script in _scripts().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at, or None when it has no Alembic version table."""
    return MigrationContext.configure(connection).get_current_revision()


def current_revision_of(path: Path) -> str:
    """The revision of a database file, read without changing it."""
    with sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return str(row[0])


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Migrate a database to ``revision`` inside the caller's connection."""
    command.upgrade(_config(connection), revision)
