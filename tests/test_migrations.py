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
from sqlalchemy import create_engine, func, select

from lk40_desktop.services.project import action_fields
from lk40_desktop.services.scoring.criteria import load_criteria
from lk40_desktop.services.vocabulary import entries
from lk40_desktop.store import migrate, schema
from lk40_desktop.store.document import APPLICATION_ID, WorkshopDocument
from lk40_desktop.store.errors import HalfMigratedError, NewerVersionError
from lk40_desktop.store.models import Base, Project, Stakeholder, Workshop
from lk40_desktop.store.queries import live
from tests.helpers.old_files import file_at


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
            == schema.head_revision()
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


def test_a_file_of_the_previous_revision_gets_keys_for_its_untouched_starter_rows(
    demo_file: Path, tmp_path: Path
) -> None:
    """A real 0002 file (the demo as the previous version wrote it, with two rows its user
    renamed): the untouched starter rows get their keys and read in English, the renamed
    rows stay the user's text, and the backup is the file as it was."""
    path = tmp_path / "alt.lk40"
    file_at(path, "0002_analysis", demo_file)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE stakeholder_group SET name = 'Handwerk und Gewerbe' WHERE name = 'Handwerk'"
        )
        connection.execute("UPDATE action_field SET name = 'Glasfaser' WHERE name = 'Breitband'")
    connection.close()
    original = path.read_bytes()
    document = WorkshopDocument.open(path)
    try:
        with document.reading(language="en") as session:
            groups = [entry.name for entry in entries(session, "stakeholder_group")]
            kinds = [entry.name for entry in entries(session, "relation_kind")]
            fields = [field.name for field in action_fields(session)]
            criteria = [criterion.name for criterion in load_criteria(session)]
            members = session.scalar(select(func.count()).select_from(Stakeholder))
        with document.reading(language="de") as session:
            german_groups = [entry.name for entry in entries(session, "stakeholder_group")]
    finally:
        document.close()
    assert groups[:3] == ["Citizens", "Handwerk und Gewerbe", "Schools and education"]
    assert german_groups[:3] == [
        "Bürgerinnen und Bürger",
        "Handwerk und Gewerbe",
        "Schulen und Bildung",
    ]
    assert kinds == ["Cooperation", "Conflict", "Dependency"]
    assert fields[:3] == ["Electromobility", "Glasfaser", "Environment and climate"]
    assert criteria[0] == "Benefit for citizens" and criteria[-1] == "Time to impact"
    assert members == 46, "the stakeholders came along"
    assert (tmp_path / "alt (Sicherung 0002_analysis).lk40").read_bytes() == original
    with sqlite3.connect(path) as connection:
        keys = dict(connection.execute("SELECT name, builtin_key FROM stakeholder_group"))
        keyed = {
            table: connection.execute(
                f"SELECT count(*) FROM {table} WHERE builtin_key IS NOT NULL"
            ).fetchone()[0]
            for table in ("action_field", "stakeholder_group", "relation_kind", "criterion")
        }
        assert schema.current_revision_of(path) == schema.head_revision()
    connection.close()
    assert keys["Handwerk und Gewerbe"] is None and keys["Bürgerinnen und Bürger"] == "citizens"
    assert keyed == {"action_field": 8, "stakeholder_group": 10, "relation_kind": 3, "criterion": 6}


def test_a_file_at_0002_holding_the_new_column_counts_as_half_migrated(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "alt.lk40"
    file_at(path, "0002_analysis", demo_file)
    assert not migrate.is_half_migrated(path, "0002_analysis")
    with sqlite3.connect(path) as connection:  # an older build's in-place migration, stopped
        connection.execute("ALTER TABLE criterion ADD COLUMN builtin_key VARCHAR(40)")
    connection.close()
    assert migrate.is_half_migrated(path, "0002_analysis")
    with pytest.raises(HalfMigratedError):
        WorkshopDocument.open(path)


def _columns_at(path: Path, revision: str) -> dict[str, set[str]]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        schema.upgrade(connection, revision)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        query = "SELECT name FROM sqlite_master WHERE type = 'table'"
        tables = [name for (name,) in connection.execute(query)]
        columns = {
            table: {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
            for table in tables
            if table != "alembic_version"
        }
    connection.close()
    return columns


def test_columns_listed_per_revision_match_the_scripts(tmp_path: Path) -> None:
    """``schema.COLUMNS_ADDED`` names exactly what each script adds to existing tables."""
    for before, after in zip(schema.REVISIONS, schema.REVISIONS[1:], strict=False):
        old = _columns_at(tmp_path / f"{before}.db", before)
        new = _columns_at(tmp_path / f"{after}.db", after)
        added = {table: new[table] - old[table] for table in old if new[table] - old[table]}
        assert added == schema.COLUMNS_ADDED.get(after, {}), after


def test_a_file_of_revision_0003_gets_the_strategy_tables_and_empty_profile_fields(
    demo_file: Path, tmp_path: Path
) -> None:
    """A real 0003 file (the demo as the version before the strategy chapters wrote it): its
    proposals keep every field and get empty profile fields with the status "planned", the
    new tables are there and empty, and the backup is the file as it was."""
    path = tmp_path / "alt.lk40"
    file_at(path, "0003_builtin_keys", demo_file)
    original = path.read_bytes()
    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT id, title, lead FROM proposal ORDER BY id").fetchall()
    connection.close()
    WorkshopDocument.open(path).close()
    assert (tmp_path / "alt (Sicherung 0003_builtin_keys).lk40").read_bytes() == original
    with sqlite3.connect(path) as connection:
        after = connection.execute("SELECT id, title, lead FROM proposal ORDER BY id").fetchall()
        profile = set(
            connection.execute(
                "SELECT number, problem, status, own_share_eur, staff_fte FROM proposal"
            )
        )
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in sorted(schema.STRATEGY_TABLES)
        ]
    connection.close()
    assert after == before and len(after) == 19
    assert profile == {("", "", "planned", None, None)}
    assert counts == [0, 0, 0, 0]
    assert schema.current_revision_of(path) == schema.head_revision()


def test_a_file_of_revision_0006_gets_an_empty_agenda_and_no_start_times(
    demo_file: Path, tmp_path: Path
) -> None:
    """A real 0006 file (the demo as the version before the agenda wrote it): its workshops
    keep every field, get no start time, and the agenda table is there and empty."""
    path = tmp_path / "alt.lk40"
    file_at(path, "0006_strategy_chapters", demo_file)
    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT id, title, date FROM workshop ORDER BY id").fetchall()
    connection.close()
    WorkshopDocument.open(path).close()
    with sqlite3.connect(path) as connection:
        after = connection.execute("SELECT id, title, date FROM workshop ORDER BY id").fetchall()
        starts = {row[0] for row in connection.execute("SELECT start_time FROM workshop")}
        items = connection.execute("SELECT count(*) FROM agenda_item").fetchone()[0]
    connection.close()
    assert after == before and len(after) >= 3
    assert starts == {""}
    assert items == 0
    assert schema.current_revision_of(path) == schema.head_revision()
