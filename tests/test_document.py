"""The `.lk40` file: creating, opening, writing, copying, locking and read-only media."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from lk40_desktop import __version__
from lk40_desktop.operations import rows as edits
from lk40_desktop.services.template import ProjectData, fill_landkreis_template
from lk40_desktop.store.document import APPLICATION_ID, WorkshopDocument
from lk40_desktop.store.errors import LockedError, ReadOnlyError, TargetExistsError
from lk40_desktop.store.limits import TEXT_LIMIT
from lk40_desktop.store.lock import lock_path_for
from lk40_desktop.store.models import ActionField, Workshop
from lk40_desktop.store.queries import live


def _create(path: Path) -> WorkshopDocument:
    return WorkshopDocument.create(
        path, lambda s: fill_landkreis_template(s, ProjectData(county="Testkreis"))
    )


def test_created_file_is_an_lk40_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "neu.lk40"
    _create(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    names = [
        row[0] for row in connection.execute("SELECT name FROM action_field ORDER BY position")
    ]
    connection.close()
    assert names[0] == "Elektromobilität" and len(names) == 9
    assert [p.name for p in tmp_path.iterdir()] == ["neu.lk40"], "no temp or lock files left behind"


def test_connection_settings_are_safe_for_network_shares(tmp_path: Path) -> None:
    document = _create(tmp_path / "p.lk40")
    with document.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    document.close()


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "da.lk40"
    path.write_bytes(b"something precious")
    with pytest.raises(TargetExistsError):
        _create(path)
    assert path.read_bytes() == b"something precious"


def test_edits_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "p.lk40"
    document = _create(path)
    field_id = document.write(lambda s: s.scalars(select(ActionField.id)).first())
    assert field_id is not None
    document.write(
        lambda s: edits.set_fields(s, "action_field", {field_id: {"name": "E-Mobilität 🚗"}})
    )
    document.write(
        lambda s: edits.create(s, "workshop", {"w1": {"title": "Auftakt\u0007 =cmd|' /C calc'!A0"}})
    )
    document.close()
    reopened = WorkshopDocument.open(path)
    with reopened.reading() as session:
        assert session.get(ActionField, field_id).name == "E-Mobilität 🚗"  # type: ignore[union-attr]
        assert session.get(Workshop, "w1").title == "Auftakt\u0007 =cmd|' /C calc'!A0"  # type: ignore[union-attr]
    assert reopened.integrity_check() == "ok"
    reopened.close()


def test_failed_change_leaves_nothing_behind(demo_document: WorkshopDocument) -> None:
    def half_then_fail(session):  # type: ignore[no-untyped-def]
        edits.create(session, "workshop", {"half": {"title": "halb"}})
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        demo_document.write(half_then_fail)
    with demo_document.reading() as session:
        assert session.get(Workshop, "half") is None


def test_delete_is_a_tombstone_and_revives(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        workshop_id = session.scalars(live(Workshop).limit(1)).one().id
    demo_document.write(lambda s: edits.set_deleted(s, "workshop", [workshop_id], True))
    with demo_document.reading() as session:
        row = session.get(Workshop, workshop_id)
        assert row is not None and row.deleted_at is not None
        assert workshop_id not in {w.id for w in session.scalars(live(Workshop))}
    demo_document.write(lambda s: edits.set_deleted(s, "workshop", [workshop_id], False))
    with demo_document.reading() as session:
        assert workshop_id in {w.id for w in session.scalars(live(Workshop))}


def test_huge_text_is_kept_in_the_file_and_read_trimmed(demo_document: WorkshopDocument) -> None:
    """A text beyond the limit (written here below the operations, as another program could)
    stays whole in the file; the app reads its first TEXT_LIMIT characters (issue 14, F11)."""
    text = "Sehr lange Notiz 😀 " * 50_000  # about 1 MB
    demo_document.write(
        lambda s: edits.create(s, "workshop", {"big": {"title": "Groß", "notes": text}})
    )
    with demo_document.reading() as session:
        assert session.get(Workshop, "big").notes == text[:TEXT_LIMIT]  # type: ignore[union-attr]
    raw = sqlite3.connect(demo_document.path)
    whole = raw.execute("SELECT CAST(notes AS BLOB) FROM workshop WHERE id = 'big'").fetchone()[0]
    raw.close()
    assert whole.decode("utf-8") == text


def test_save_copy_is_consistent_and_independent(
    demo_document: WorkshopDocument, tmp_path: Path
) -> None:
    target = tmp_path / "kopie.lk40"
    demo_document.save_copy(target)
    copy = WorkshopDocument.open(target)
    assert copy.integrity_check() == "ok"
    with copy.reading() as session, demo_document.reading() as original:
        assert len(list(session.scalars(live(ActionField)))) == len(
            list(original.scalars(live(ActionField)))
        )
    copy.write(lambda s: edits.create(s, "workshop", {"nur-kopie": {"title": "nur in der Kopie"}}))
    copy.close()
    with demo_document.reading() as session:
        assert session.get(Workshop, "nur-kopie") is None
    assert not list(tmp_path.glob(".~*.lk40")), "no temporary file left behind"


def test_second_writer_is_refused_with_owner(demo_file: Path) -> None:
    first = WorkshopDocument.open(demo_file)
    with pytest.raises(LockedError) as raised:
        WorkshopDocument.open(demo_file)
    assert raised.value.owner.pid == os.getpid()
    assert raised.value.owner.host == socket.gethostname()
    viewer = WorkshopDocument.open(demo_file, read_only=True)
    assert viewer.read_only
    with pytest.raises(ReadOnlyError):
        viewer.write(lambda s: edits.create(s, "workshop", {"x": {"title": "x"}}))
    viewer.close()
    assert lock_path_for(demo_file).exists(), "closing the viewer keeps the writer's lock"
    first.close()
    assert not lock_path_for(demo_file).exists()


def test_lock_of_another_computer_is_respected(demo_file: Path) -> None:
    lock = lock_path_for(demo_file)
    lock.write_text(
        json.dumps(
            {
                "user": "m.hahn",
                "host": "laptop-kreishaus-7",
                "pid": 4242,
                "since": "2026-11-24T09:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(LockedError) as raised:
        WorkshopDocument.open(demo_file)
    assert raised.value.owner.user == "m.hahn" and raised.value.owner.host == "laptop-kreishaus-7"
    assert lock.exists()


def test_stale_lock_after_a_crash_is_taken_over(demo_file: Path) -> None:
    lock = lock_path_for(demo_file)
    dead_pid = 2**22 + 12345  # above Linux's default pid_max: no such process
    lock.write_text(
        json.dumps(
            {
                "user": "x",
                "host": socket.gethostname(),
                "pid": dead_pid,
                "since": "2026-11-24T09:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    document = WorkshopDocument.open(demo_file)
    assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == os.getpid()
    document.close()


def test_write_protected_file_opens_read_only(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    demo_file.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        document = WorkshopDocument.open(demo_file)
        assert document.read_only and document.read_only_reason == "media"
        with document.reading() as session:
            assert len(list(session.scalars(live(ActionField)))) == 9
        with pytest.raises(ReadOnlyError):
            document.write(lambda s: edits.create(s, "workshop", {"x": {"title": "x"}}))
        document.close()
    finally:
        demo_file.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert demo_file.read_bytes() == before
    assert not lock_path_for(demo_file).exists()


def test_opening_stamps_the_version_only_when_another_one_wrote_last(demo_file: Path) -> None:
    """A file this version wrote last opens with reads only (quicker, and another program's
    pending write transaction does not hold it up); one another version wrote is stamped."""
    other = sqlite3.connect(demo_file)
    other.execute("UPDATE setting SET value = '0.0.1' WHERE key = 'file.written_by'")
    other.commit()
    WorkshopDocument.open(demo_file).close()
    assert other.execute("SELECT value FROM setting WHERE key = 'file.written_by'").fetchone() == (
        __version__,
    )
    other.execute("BEGIN IMMEDIATE")  # another program's write transaction, nothing written yet
    try:
        started = time.monotonic()
        document = WorkshopDocument.open(demo_file)
        assert time.monotonic() - started < 1.0, "the open did not wait for the write lock"
        document.close()
    finally:
        other.rollback()
        other.close()
