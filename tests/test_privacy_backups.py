"""The backup the app takes before migrating an old file keeps the personal data of that
moment: the migrated file notes it (a ``file_copy`` row of kind "backup") in the migration's
own transaction, once, and the inventory and ``lk40 privacy`` name it. A file shown read-only
without migration notes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from lk40_desktop import cli
from lk40_desktop.services.privacy import CopyRow, inventory
from lk40_desktop.store import migrate
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.errors import DocumentError
from tests.helpers.old_files import file_at

OLD = "0003_builtin_keys"


def _old_file(demo_file: Path, tmp_path: Path, revision: str = OLD) -> tuple[Path, Path]:
    """The demo as the version at ``revision`` wrote it, and where its backup goes."""
    path = tmp_path / "alt.lk40"
    file_at(path, revision, demo_file)
    return path, tmp_path / f"alt (Sicherung {revision}).lk40"


def _noted(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT path, kind FROM file_copy WHERE deleted_at IS NULL")
        found = [(str(where), str(kind)) for where, kind in rows]
    connection.close()
    return found


def test_a_migrated_file_notes_its_backup_once(demo_file: Path, tmp_path: Path) -> None:
    path, backup = _old_file(demo_file, tmp_path)
    original = path.read_bytes()
    document = WorkshopDocument.open(path)
    with document.reading() as session:
        copies = inventory(session).copies
    document.close()
    assert backup.exists()
    assert copies == (CopyRow(str(backup), "backup"),)
    WorkshopDocument.open(path).close()  # a second open migrates nothing and notes nothing
    assert _noted(path) == [(str(backup), "backup")]
    assert backup.read_bytes() == original, "the backup is the file as it was"


def test_a_retry_after_a_failed_migration_reuses_the_backup_and_notes_it_once(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first attempt takes the backup and fails at the swap (a full disk, say): the file
    is unchanged and notes nothing; the retry keeps that backup and notes it once."""
    path, backup = _old_file(demo_file, tmp_path)
    original = path.read_bytes()

    def disk_full(_source: Path, _target: Path) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(migrate, "replace_durably", disk_full)
        with pytest.raises(DocumentError):
            WorkshopDocument.open(path)
    assert path.read_bytes() == original and backup.read_bytes() == original
    taken = backup.stat().st_mtime_ns
    WorkshopDocument.open(path).close()
    assert backup.stat().st_mtime_ns == taken, "the backup of the first attempt is kept"
    assert _noted(path) == [(str(backup), "backup")]


def test_a_file_that_already_notes_its_backup_gets_no_second_note(
    demo_file: Path, tmp_path: Path
) -> None:
    """A backup is noted once per path, whatever the file held before the migration (here a
    file of revision 0006, which has the table, noting the backup its migration reuses)."""
    path, backup = _old_file(demo_file, tmp_path, "0006_strategy_chapters")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO file_copy (id, path, kind, created_at, modified_at) "
            "VALUES ('b', ?, 'backup', '2026-01-01', '2026-01-01')",
            (str(backup),),
        )
    connection.close()
    WorkshopDocument.open(path).close()
    assert _noted(path) == [(str(backup), "backup")]


@pytest.mark.parametrize("how", ["requested", "media"])
def test_an_old_file_shown_read_only_notes_no_backup(
    demo_file: Path, tmp_path: Path, how: str
) -> None:
    path, _backup = _old_file(demo_file, tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    if how == "media":
        path.chmod(stat.S_IRUSR)
    try:
        document = WorkshopDocument.open(path, read_only=how == "requested")
        assert document.read_only
        with document.reading() as session:
            copies = inventory(session).copies
        document.close()
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert copies == ()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Musterlandkreis.lk40", "alt.lk40"]


def test_lk40_privacy_names_the_backup_of_a_migrated_file(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, backup = _old_file(demo_file, tmp_path)
    assert cli.main(["privacy", str(path)]) == 0  # read-only: migrated on a private copy
    assert not any(line.startswith("backup: ") for line in capsys.readouterr().out.splitlines())
    WorkshopDocument.open(path).close()
    assert cli.main(["privacy", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.startswith("backup: ")] == [f"backup: {backup}"]
