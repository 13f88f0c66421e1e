"""The personal-data inventory: every field that can hold a person's name or details is
listed, counted in live and in deleted rows, and ``lk40 privacy`` prints it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lk40_desktop import cli
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.participants import add_participant
from lk40_desktop.operations.photos import add_photos
from lk40_desktop.services.photos import Owner, PreparedPhoto
from lk40_desktop.services.privacy import PERSONAL_FIELDS, inventory
from lk40_desktop.services.project import workshops
from lk40_desktop.store.document import WorkshopDocument

MARKER = "Zzmarkerperson Qqxy"
EXPECTED_FIELDS = {
    "stakeholder.contact_person",
    "stakeholder.contact_details",
    "stakeholder.notes",
    "workshop.facilitator",
    "workshop.participants",
    "participant.name",
    "participant.organisation",
    "rater.name",
    "vote.voter",
    "idea.author_group",
    "proposal.lead",
    "proposal.partners",
    "photo.caption",
}
"""The issue's list as the file has it today."""


def _mark_one_row_per_field(path: Path) -> None:
    """Empty every personal field, then put the marker into one live row per field and into
    one deleted stakeholder's notes (a tombstone still holds its texts)."""
    document = WorkshopDocument.open(path)
    with document.reading() as session:
        workshop_id = workshops(session)[0].id
    perform(document, lambda session: add_participant(session, workshop_id, "Platzhalter"))
    photo = PreparedPhoto("", "image/png", 1, 1, b"png", b"png")
    owner = Owner("workshop", workshop_id)
    perform(document, lambda session: add_photos(session, owner, [photo]))
    document.close()
    connection = sqlite3.connect(path)
    with connection:
        for key, _column in PERSONAL_FIELDS:
            table, column = key.split(".")
            connection.execute(f"UPDATE {table} SET {column} = ''")
            connection.execute(
                f"UPDATE {table} SET {column} = ? WHERE id = "
                f"(SELECT id FROM {table} WHERE deleted_at IS NULL ORDER BY id LIMIT 1)",
                (MARKER,),
            )
        connection.execute(
            "UPDATE stakeholder SET notes = ?, deleted_at = '2026-01-01 00:00:00' WHERE id = "
            "(SELECT id FROM stakeholder WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1)",
            (MARKER,),
        )
    connection.close()


def test_every_personal_field_is_counted_live_and_deleted(demo_file: Path) -> None:
    assert {key for key, _column in PERSONAL_FIELDS} == EXPECTED_FIELDS
    _mark_one_row_per_field(demo_file)
    document = WorkshopDocument.open(demo_file, read_only=True)
    with document.reading() as session:
        found = inventory(session)
    document.close()
    counts = {field.key: (field.live, field.deleted) for field in found.fields}
    expected = dict.fromkeys(EXPECTED_FIELDS, (1, 0)) | {"stakeholder.notes": (1, 1)}
    assert counts == expected
    assert found.total == len(EXPECTED_FIELDS) + 1
    assert found.participants_without_consent == 1
    assert found.photos == (1, 0)
    assert found.copies == ()


def test_lk40_privacy_prints_the_inventory(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _mark_one_row_per_field(demo_file)
    assert cli.main(["privacy", str(demo_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "stakeholder.notes: 1 (+1 in deleted rows)" in lines
    assert "proposal.lead: 1" in lines
    assert "participants without consent to be named: 1" in lines
    assert "photos: 1" in lines
    assert len(lines) == len(EXPECTED_FIELDS) + 2


def test_lk40_privacy_on_a_missing_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["privacy", str(tmp_path / "fehlt.lk40")]) == 1
    assert "fehlt.lk40" in capsys.readouterr().err
