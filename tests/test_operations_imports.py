"""The import of a list as one edit (issue 21): stakeholders with their groups and contact
details, cards on a board, duplicates skipped, merged or kept, huge and hostile texts, and
nothing half written when the write fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lk40_desktop.operations import rows
from lk40_desktop.operations.edit import perform, revert
from lk40_desktop.operations.imports import import_list
from lk40_desktop.services.imports.duplicates import Choice
from lk40_desktop.services.imports.mapping import Kind, guess
from lk40_desktop.services.imports.plan import ImportPlan, ImportRequest, plan_import
from lk40_desktop.services.imports.records import Skip, records
from lk40_desktop.services.imports.table import read_table
from lk40_desktop.services.privacy import inventory
from lk40_desktop.services.project import action_fields
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.errors import DocumentError
from lk40_desktop.store.limits import TEXT_LIMIT
from tests.helpers.lists import STAKEHOLDERS, csv_file, workbook


def _request(
    document: WorkshopDocument, path: Path, kind: Kind, default: Choice = "skip", field: str = ""
) -> ImportRequest:
    table = read_table(path)
    found, skipped, noted = records(kind, table, guess(kind, table.header))
    field_id = None
    if kind == "idea":
        with document.reading() as session:
            field_id = next(f.id for f in action_fields(session) if f.name == field)
    return ImportRequest(kind, found, skipped, noted, default=default, field_id=field_id)


def _plan(document: WorkshopDocument, request: ImportRequest) -> ImportPlan:
    with document.reading() as session:
        return plan_import(session, request)


def _stakeholders(path: Path) -> dict[str, tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            "SELECT s.name, s.organisation, g.name, s.influence, s.attitude, s.contact_person, "
            "s.contact_details, s.notes FROM stakeholder s LEFT JOIN stakeholder_group g ON "
            "g.id = s.group_id WHERE s.deleted_at IS NULL"
        ).fetchall()
    return {row[0]: row[1:] for row in found}


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(sql).fetchone()[0])


def test_stakeholders_come_in_with_groups_and_contact_details_and_undo_removes_them(
    new_file: Path, tmp_path: Path
) -> None:
    document = WorkshopDocument.open(new_file)
    groups_before = _count(
        new_file, "SELECT count(*) FROM stakeholder_group WHERE deleted_at IS NULL"
    )
    request = _request(document, workbook(tmp_path / "liste.xlsx", STAKEHOLDERS), "stakeholder")
    edit = perform(document, lambda session: import_list(session, request))
    assert len(edit.created) == 3
    found = _stakeholders(new_file)
    assert found["Kreishandwerkerschaft"] == (
        "Handwerkskammer",
        "Handwerk",  # the template's group, not a second one
        4.0,
        "supporter",
        "Anna Muster",
        "anna@hwk.de, 0821 123",
        "",
    )
    assert found["Jugendrat"][1:4] == ("Neue Gruppe", 3.5, "critic")
    assert found["Förderverein"][1:4] == (None, 5.0, "neutral")
    assert _count(new_file, "SELECT count(*) FROM stakeholder_group WHERE deleted_at IS NULL") == (
        groups_before + 1
    )
    # the contact details are personal data where the inventory and removal find them
    with document.reading() as session:
        counts = {field.key: field.live for field in inventory(session).fields}
    assert counts["stakeholder.contact_person"] == 2 and counts["stakeholder.contact_details"] == 2
    assert _count(new_file, "SELECT count(*) FROM stakeholder_workshop") == 0  # no attendance
    revert(document, edit)
    assert _stakeholders(new_file) == {}
    assert _count(new_file, "SELECT count(*) FROM stakeholder_group WHERE deleted_at IS NULL") == (
        groups_before
    )
    document.close()


@pytest.mark.parametrize(("language", "crafts"), [("en", "Handwerk"), ("de", "Crafts")])
def test_a_starter_group_is_found_by_its_name_in_either_language(
    new_file: Path, tmp_path: Path, language: str, crafts: str
) -> None:
    """A German county's list says "Handwerk" to an English facilitator, whose starter group
    reads "Crafts" (and an English list "Crafts" to a German one): no second group."""
    document = WorkshopDocument.open(new_file)
    rows = [["Name", "Gruppe"], ["Innung", crafts], ["Imker", "Bienenfreunde"]]
    request = _request(document, workbook(tmp_path / "liste.xlsx", rows), "stakeholder")
    with document.reading(language=language) as session:
        plan = plan_import(session, request)
    document.close()
    assert list(plan.groups.values()) == ["Bienenfreunde"]
    (crafts_id,) = {
        values["group_id"] for values in plan.new.values() if values["name"] == "Innung"
    }
    assert crafts_id not in plan.groups


@pytest.mark.parametrize("choice", ["skip", "merge", "keep"])
def test_a_stakeholder_the_project_has_is_skipped_merged_or_kept(
    demo_document: WorkshopDocument, tmp_path: Path, choice: Choice
) -> None:
    path = Path(demo_document.path)
    before = _stakeholders(path)["Kämmerei"]
    rows_ = [
        ["Name", "Organisation", "Ansprechpartner", "E-Mail", "Bemerkung", "Einfluss"],
        [" kämmerei", "LANDRATSAMT  Musterlandkreis", "Frau Kasse", "kasse@lra.de", "Haushalt", 1],
        ["Kämmerei", "Landratsamt Musterlandkreis", "", "kasse@lra.de", "", ""],
        ["Neuer Verein", "", "", "", "", ""],
        ["neuer verein", "", "", "info@verein.de", "", ""],
    ]
    request = _request(
        demo_document, workbook(tmp_path / "liste.xlsx", rows_), "stakeholder", choice
    )
    plan = _plan(demo_document, request)
    edit = perform(demo_document, lambda session: import_list(session, request))
    after = _stakeholders(path)
    count = _count(
        path, "SELECT count(*) FROM stakeholder WHERE deleted_at IS NULL AND name LIKE '%mmerei'"
    )
    if choice == "skip":
        assert [(s.number, s.reason, s.detail) for s in plan.skipped] == [
            (2, Skip.DUPLICATE, "Kämmerei (Landratsamt Musterlandkreis)"),
            (3, Skip.DUPLICATE, "Kämmerei (Landratsamt Musterlandkreis)"),
            (5, Skip.REPEATED, "4"),
        ]
        assert after["Kämmerei"] == before and count == 1 and len(edit.created) == 1
    elif choice == "merge":
        # empty fields filled, contact details and notes added to, influence kept
        assert after["Kämmerei"][4:] == (
            before[4] or "Frau Kasse",
            f"{before[5]}, kasse@lra.de" if before[5] else "kasse@lra.de",
            f"{before[6]}\nHaushalt" if before[6] else "Haushalt",
        )
        assert after["Kämmerei"][:4] == before[:4] and count == 1
        assert after["Neuer Verein"][5] == "info@verein.de" and len(edit.created) == 1
    else:
        assert count == 3 and len(plan.kept) == 3 and len(edit.created) == 4
    revert(demo_document, edit)
    assert _stakeholders(path)["Kämmerei"] == before and "Neuer Verein" not in _stakeholders(path)


def test_ideas_land_in_the_inbox_of_the_chosen_board(
    demo_document: WorkshopDocument, tmp_path: Path
) -> None:
    path = Path(demo_document.path)
    ideas = [
        ["Idee", "Beschreibung", "Name", "Thema"],
        ["Bürgerbus auf Abruf 🚌", "Per App bestellt", "Familie Weber", "Mobilität, Land"],
        ["=cmd|' /C calc'!A0", "Steuerzeichen\x1b\x07 bleiben Text", "", ""],
        ["", "ohne Text", "", ""],
    ]
    source = csv_file(tmp_path / "umfrage.csv", ideas, encoding="utf-8-sig", separator=",")
    before = _count(path, "SELECT count(*) FROM idea WHERE deleted_at IS NULL")
    request = _request(demo_document, source, "idea", field="Tourismus")
    edit = perform(demo_document, lambda session: import_list(session, request))
    with sqlite3.connect(path) as connection:
        cards = connection.execute(
            "SELECT i.text, i.details, i.author_group, i.tags, i.workshop_id, i.cluster_id, a.name "
            "FROM idea i JOIN action_field a ON a.id = i.action_field_id WHERE i.id IN (?, ?)",
            edit.created,
        ).fetchall()
    assert sorted(cards) == sorted(
        [
            (
                "Bürgerbus auf Abruf 🚌",
                "Per App bestellt",
                "Familie Weber",
                "Mobilität, Land",
                None,
                None,
                "Tourismus",
            ),
            (
                "=cmd|' /C calc'!A0",
                "Steuerzeichen\x1b\x07 bleiben Text",
                "",
                "",
                None,
                None,
                "Tourismus",
            ),
        ]
    )
    assert _count(path, "SELECT count(*) FROM idea WHERE deleted_at IS NULL") == before + 2
    again = perform(demo_document, lambda session: import_list(session, request))
    assert not again and len(_plan(demo_document, request).skipped) == 3  # the same cards again
    revert(demo_document, edit)
    assert _count(path, "SELECT count(*) FROM idea WHERE deleted_at IS NULL") == before


def test_a_huge_text_is_cut_to_the_limit_and_counted(new_file: Path, tmp_path: Path) -> None:
    document = WorkshopDocument.open(new_file)
    source = csv_file(
        tmp_path / "lang.csv",
        [["Name", "Notiz"], ["Viel Text", "ä" * (TEXT_LIMIT + 50_000)]],
        encoding="utf-8",
    )
    request = _request(document, source, "stakeholder")
    assert _plan(document, request).cut == 1
    edit = perform(document, lambda session: import_list(session, request))
    assert edit.trimmed
    assert _stakeholders(new_file)["Viel Text"][-1] == "ä" * TEXT_LIMIT
    document.close()


def test_a_failed_write_leaves_nothing_of_the_import(
    demo_document: WorkshopDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new groups and stakeholders are written first, the merge last: when that fails,
    the transaction takes the others back too."""
    path = Path(demo_document.path)
    before = (_stakeholders(path), _count(path, "SELECT count(*) FROM stakeholder_group"))
    rows_ = [
        STAKEHOLDERS[0],
        STAKEHOLDERS[1],
        ["Kämmerei", "Landratsamt Musterlandkreis", "", "", "", "", "", "neu@lra.de", ""],
    ]
    request = _request(
        demo_document, workbook(tmp_path / "liste.xlsx", rows_), "stakeholder", "merge"
    )

    def broken(*args: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rows, "set_fields", broken)
    with pytest.raises(DocumentError):
        perform(demo_document, lambda session: import_list(session, request))
    assert (_stakeholders(path), _count(path, "SELECT count(*) FROM stakeholder_group")) == before


def test_100000_rows_import(new_file: Path, tmp_path: Path) -> None:
    source = csv_file(
        tmp_path / "gross.csv",
        [["Idee", "Beschreibung"], *([f"Idee {n}", "Text " * 20] for n in range(100_000))],
    )
    document = WorkshopDocument.open(new_file)
    request = _request(document, source, "idea", field="Breitband")
    edit = perform(document, lambda session: import_list(session, request))
    assert len(edit.created) == 100_000
    assert _count(new_file, "SELECT count(DISTINCT x || ',' || y) FROM idea") == 100_000  # no pile
    document.close()
