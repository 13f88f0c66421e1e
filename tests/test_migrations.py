"""Schema migrations: models and migrations agree, old files are upgraded with a backup,
newer files are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from lk40_desktop.store import schema
from lk40_desktop.store.document import APPLICATION_ID, WorkshopDocument
from lk40_desktop.store.errors import NewerVersionError
from lk40_desktop.store.models import Base, Project, Workshop
from lk40_desktop.store.queries import live


def _file_at(path: Path, revision: str) -> None:
    """A project file as an older version of the app wrote it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        schema.upgrade(connection, revision)
        connection.exec_driver_sql(
            "INSERT INTO project (id, county, title, client, description, language, created_at, "
            "modified_at) VALUES ('p', 'Altkreis', 'Alt', '', '', 'de', '2025-01-01', '2025-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO workshop (id, title, place, facilitator, participant_count, participants, "
            "notes, created_at, modified_at) "
            "VALUES ('w', 'Alter Workshop', '', '', 3, '', '', '2025-01-01', '2025-01-01')"
        )
    engine.dispose()


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    with engine.begin() as connection:
        schema.upgrade(connection)
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_listed_revisions_are_alembics_revisions() -> None:
    """The fast path's list of revisions matches the migration scripts, in order."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    oldest_first = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert tuple(oldest_first) == schema.REVISIONS
    assert scripts.get_current_head() == schema.head_revision()


def test_old_file_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "alt.lk40"
    _file_at(path, "0001_core")
    original = path.read_bytes()
    document = WorkshopDocument.open(path)
    with document.reading() as session:
        assert session.scalars(live(Project)).one().county == "Altkreis"
        assert session.scalars(live(Workshop)).one().participant_count == 3
    document.close()
    backups = list(tmp_path.glob("alt (Sicherung 0001_core*).lk40"))
    assert [b.name for b in backups] == ["alt (Sicherung 0001_core).lk40"]
    assert backups[0].read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "alt (Sicherung 0001_core).lk40",
        "alt.lk40",
    ]
    with sqlite3.connect(path) as connection:
        assert (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == "0002_analysis"
        )
        assert connection.execute("SELECT count(*) FROM stakeholder").fetchone()[0] == 0
    connection.close()


def test_old_file_on_read_only_media_is_shown_without_change(tmp_path: Path) -> None:
    path = tmp_path / "alt.lk40"
    _file_at(path, "0001_core")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    path.chmod(stat.S_IRUSR)
    try:
        document = WorkshopDocument.open(path)
        assert document.read_only
        with document.reading() as session:
            assert session.scalars(live(Project)).one().county == "Altkreis"
        document.close()
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.lk40"]


def test_file_of_a_newer_version_is_refused_untouched(demo_file: Path) -> None:
    with sqlite3.connect(demo_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
        connection.execute("UPDATE setting SET value = '9.1.0' WHERE key = 'file.written_by'")
    connection.close()
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    with pytest.raises(NewerVersionError) as raised:
        WorkshopDocument.open(demo_file)
    assert raised.value.written_by == "9.1.0"
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == [demo_file.name]
