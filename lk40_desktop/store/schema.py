"""Schema revisions of the `.lk40` file, managed with Alembic.

The Alembic scripts ship inside the package (``migrations/``) and run programmatically on
an open connection, so no ``alembic.ini`` and no command line are involved.

Opening an up-to-date file is the common case and must be fast, so it does not import
Alembic (about a fifth of the start-up time): the revisions this version knows are listed
here, and a test checks the list against Alembic's own view of the scripts.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

from lk40_desktop.store.kinds import ALL_KINDS

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

REVISIONS: tuple[str, ...] = (
    "0001_core",
    "0002_analysis",
    "0003_builtin_keys",
    "0004_workshop_rounds",
    "0005_personal_data",
    "0006_strategy_chapters",
    "0007_agenda",
    "0008_handouts",
    "0009_photos",
)
"""Every revision of the scripts in ``migrations/versions``, oldest first."""
HEAD_REVISION = REVISIONS[-1]
STRATEGY_TABLES = frozenset({"strategy_chapter", "key_figure", "field_goal", "proposal_goal"})
"""The tables of revision 0006_strategy_chapters: the paper's own chapters, goals, figures."""
ROUND_TABLES = frozenset({"vote_round"})
"""The table of revision 0004_workshop_rounds: the voting rounds every dot belongs to."""
PERSONAL_TABLES = frozenset({"participant", "file_copy"})
"""The tables of revision 0005_personal_data: workshop participants, the copies made."""
AGENDA_TABLES = frozenset({"agenda_item"})
"""The table of revision 0007_agenda: the points of a workshop's agenda."""
HANDOUT_TABLES = frozenset({"handout", "origin"})
"""The tables of revision 0008_handouts: the base snapshots of hand-outs to groups, and the
group each merged row came from."""
PHOTO_TABLES = frozenset({"photo"})
"""The table of revision 0009_photos: the photos kept in the file."""
BEFORE_AGENDA = frozenset(ALL_KINDS) - AGENDA_TABLES - HANDOUT_TABLES - PHOTO_TABLES
TABLES_AT: dict[str, frozenset[str]] = {
    "0001_core": frozenset({"project", "action_field", "workshop", "setting"}),
    "0002_analysis": BEFORE_AGENDA - STRATEGY_TABLES - PERSONAL_TABLES - ROUND_TABLES,
    "0003_builtin_keys": BEFORE_AGENDA - STRATEGY_TABLES - PERSONAL_TABLES - ROUND_TABLES,
    "0004_workshop_rounds": BEFORE_AGENDA - STRATEGY_TABLES - PERSONAL_TABLES,
    "0005_personal_data": BEFORE_AGENDA - STRATEGY_TABLES,
    "0006_strategy_chapters": BEFORE_AGENDA,
    "0007_agenda": frozenset(ALL_KINDS) - HANDOUT_TABLES - PHOTO_TABLES,
    "0008_handouts": frozenset(ALL_KINDS) - PHOTO_TABLES,
    "0009_photos": frozenset(ALL_KINDS),
}
"""The tables a file holds at each revision (a test checks them against the scripts): a file
with tables of a later revision was left half migrated by an older build."""
COLUMNS_ADDED: dict[str, dict[str, frozenset[str]]] = {
    "0003_builtin_keys": {
        table: frozenset({"builtin_key"})
        for table in ("action_field", "stakeholder_group", "relation_kind", "criterion")
    },
    "0004_workshop_rounds": {"vote": frozenset({"round_id"})},
    "0006_strategy_chapters": {
        "proposal": frozenset(
            {
                "number",
                "problem",
                "effect",
                "own_share_eur",
                "grants_eur",
                "follow_up_eur",
                "staff_fte",
                "start_quarter",
                "milestones",
                "risks",
                "status",
            }
        )
    },
    "0007_agenda": {"workshop": frozenset({"start_time"})},
}
"""Columns a revision added to tables that existed before it (a test checks them against the
scripts): a file that holds one while still at an older revision was left half migrated."""


def head_revision() -> str:
    """The newest schema revision this version of the app writes."""
    return HEAD_REVISION


def known_revisions() -> set[str]:
    """Every revision this version of the app can read (and migrate from)."""
    return set(REVISIONS)


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at, or None when it has no Alembic version table."""
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError:
        return None


def current_revision_of(path: Path) -> str:
    """The revision of a database file, read without changing it."""
    with sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return str(row[0])


def whole_pages(path: Path) -> str:
    """Whether the file is whole pages long: "ok", or how it ends. SQLite reads a last page
    cut short as if the missing bytes were zeros, so a file cut inside its last page can pass
    its integrity check; SQLite itself only ever writes whole pages."""
    with path.open("rb") as handle:
        header = handle.read(18)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size  # the header's way of writing 64 KiB
    size = path.stat().st_size
    if page_size and size % page_size:
        return f"the file ends inside a page ({size} bytes, pages of {page_size})"
    return "ok"


def integrity_of(path: Path) -> str:
    """The full check of a closed file (whole pages and SQLite's integrity check), read
    without changing it."""
    with sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True) as connection:
        result = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    connection.close()
    return whole_pages(path) if result == "ok" else result


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Migrate a database to ``revision`` inside the caller's connection."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
