"""Removal that removes: one marker name in every personal field (live and tombstoned rows),
then "Personendaten entfernen": the marker is in no table, not in the file's raw bytes (no free
page, no unused cell) and in no export read back; counts and contributions stay."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from lk40_desktop.export.job import ExportJob, run_export
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.participants import add_participant, update_participant
from lk40_desktop.operations.privacy import erase_personal_data
from lk40_desktop.services.participants import participants
from lk40_desktop.services.privacy import inventory
from lk40_desktop.services.project import workshops
from lk40_desktop.services.report import build_report
from lk40_desktop.store.document import WorkshopDocument
from tests.test_privacy import MARKER, _mark_one_row_per_field

COUNTED = ("stakeholder", "participant", "idea", "vote", "rater", "score", "proposal", "workshop")


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    names = [
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    ]
    tables = {name: connection.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}
    connection.close()
    return tables


def _export_texts(document: WorkshopDocument, folder: Path) -> str:
    with document.reading() as session:
        report = build_report(session)
    folder.mkdir()
    paper, workbook = folder / "Papier.docx", folder / "Mappe.xlsx"
    run_export(report, ExportJob(paper=paper, workbook=workbook))
    word = Document(str(paper))
    texts = [p.text for p in word.paragraphs]
    texts += [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    book = load_workbook(workbook)
    texts += [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    return "\n".join(texts)


def test_removal_leaves_the_marker_nowhere_and_keeps_counts(
    demo_file: Path, tmp_path: Path
) -> None:
    _mark_one_row_per_field(demo_file)
    before = _tables(demo_file)
    assert MARKER.encode() in demo_file.read_bytes()  # the test can fail
    document = WorkshopDocument.open(demo_file)
    assert MARKER in _export_texts(document, tmp_path / "vorher")
    document.erase(lambda session: erase_personal_data(session, "all", "Person {number}"))
    with document.reading() as session:
        found = inventory(session)
    exported = _export_texts(document, tmp_path / "nachher")
    document.close()

    assert MARKER not in exported
    after = _tables(demo_file)
    assert all(MARKER not in repr(row) for rows in after.values() for row in rows)
    assert MARKER.encode() not in demo_file.read_bytes()
    assert not demo_file.with_name(demo_file.name + "-journal").exists()
    assert {name: len(after[name]) for name in COUNTED} == {
        name: len(before[name]) for name in COUNTED
    }
    connection = sqlite3.connect(demo_file)
    voters = {row[0] for row in connection.execute("SELECT DISTINCT voter FROM vote")}
    raters = {row[0] for row in connection.execute("SELECT name FROM rater")}
    connection.close()
    assert voters == raters == {"", "Person 1"}  # the marking left one name in each
    filled = {f.key: f.live + f.deleted for f in found.fields if f.live + f.deleted}
    assert filled == {"rater.name": 1, "vote.voter": 1}  # pseudonyms only


def test_removal_without_consent_keeps_who_agreed(demo_file: Path) -> None:
    document = WorkshopDocument.open(demo_file)
    with document.reading() as session:
        workshop_id = workshops(session)[0].id
    agreed, refused = (
        perform(document, lambda s, n=name: add_participant(s, workshop_id, n)).created[0]
        for name in ("Einverstanden Ina", MARKER)
    )
    perform(document, lambda s: update_participant(s, agreed, {"named": True}))
    perform(document, lambda s: update_participant(s, refused, {"organisation": MARKER}))
    document.erase(lambda session: erase_personal_data(session, "without_consent", "P{number}"))
    with document.reading() as session:
        names = [(row.name, row.organisation) for row in participants(session, workshop_id)]
    document.close()
    assert names == [("Einverstanden Ina", ""), ("", "")]
    assert MARKER.encode() not in demo_file.read_bytes()


def test_voters_and_raters_stay_apart_under_their_pseudonyms(demo_file: Path) -> None:
    def tallies() -> tuple[list[int], list[int]]:
        connection = sqlite3.connect(demo_file)
        dots = "SELECT COUNT(*) FROM vote GROUP BY voter ORDER BY 1"
        scores = "SELECT COUNT(*) FROM score GROUP BY rater_id ORDER BY 1"
        result = (
            [row[0] for row in connection.execute(dots)],
            [row[0] for row in connection.execute(scores)],
        )
        connection.close()
        return result

    before = tallies()
    document = WorkshopDocument.open(demo_file)
    document.erase(lambda session: erase_personal_data(session, "all", "Person {number}"))
    document.close()
    assert tallies() == before and len(before[0]) > 1
    connection = sqlite3.connect(demo_file)
    raters = sorted(row[0] for row in connection.execute("SELECT name FROM rater"))
    connection.close()
    assert raters == sorted(f"Person {number}" for number in range(1, len(raters) + 1))
