"""The fast paths of large edits (issue 21's speed target): a list's many texts checked at
once still cut every overlong text and clean every half surrogate pair, the prepared INSERT
writes what SQLAlchemy's insert() wrote (the columns' defaults, both timestamps), redo after
undo revives the same rows, and pausing the garbage collector leaves it as it was."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest

from lk40_desktop.operations import rows
from lk40_desktop.operations.edit import Edit, create, perform, revert
from lk40_desktop.operations.imports import import_list
from lk40_desktop.services.bulk import bulk
from lk40_desktop.services.imports.mapping import guess
from lk40_desktop.services.imports.plan import ImportRequest
from lk40_desktop.services.imports.records import records
from lk40_desktop.services.imports.table import Table
from lk40_desktop.store.document import ReadBlockWriteError, WorkshopDocument
from lk40_desktop.store.limits import TEXT_LIMIT
from lk40_desktop.store.models import Attitude


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_one_hostile_row_among_thousands_is_cut_and_cleaned(
    demo_document: WorkshopDocument, demo_file: Path
) -> None:
    lines = [[f"Akteur {n}", "Verein", f"Notiz {n}"] for n in range(3000)]
    lines[1234][2] = "halb \ud83d Paar"
    lines[2345][2] = "x" * (TEXT_LIMIT + 10)
    table = Table(["Name", "Organisation", "Bemerkung"], lines, list(range(2, 3002)))
    found, skipped, noted = records("stakeholder", table, guess("stakeholder", table.header))
    request = ImportRequest("stakeholder", found, skipped, noted)

    edit = perform(demo_document, lambda session: import_list(session, request))

    assert edit.trimmed
    stored = _rows(demo_file, "SELECT name, notes FROM stakeholder WHERE name LIKE 'Akteur %'")
    notes = {str(name): text for name, text in stored}
    assert len(notes) == 3000
    assert notes["Akteur 1234"] == "halb \ufffd Paar"
    assert notes["Akteur 2345"] == "x" * TEXT_LIMIT
    assert notes["Akteur 0"] == "Notiz 0"
    assert notes["Akteur 2999"] == "Notiz 2999"


def test_clean_rows_are_stored_as_given_and_untrimmed(demo_document: WorkshopDocument) -> None:
    step = create("stakeholder", {"a": {"name": "Ä" * TEXT_LIMIT, "attitude": Attitude.CRITIC}})

    assert not step.trimmed
    assert step.rows["a"]["name"] == "Ä" * TEXT_LIMIT
    assert type(step.rows["a"]["attitude"]) is str  # a StrEnum member stored as its text


def test_the_prepared_insert_fills_defaults_and_redo_revives_the_rows(
    demo_document: WorkshopDocument, demo_file: Path
) -> None:
    edit = Edit([create("stakeholder", {"s1": {"name": "Nur ein Name"}, "s2": {"name": "Zwei"}})])
    sql = (
        "SELECT id, organisation, influence, interest, attitude, notes, group_id, "
        "created_at = modified_at, deleted_at IS NULL FROM stakeholder WHERE id IN ('s1', 's2') "
        "ORDER BY id"
    )

    demo_document.write(edit.apply)
    stored = _rows(demo_file, sql)
    revert(demo_document, edit)
    undone = _rows(demo_file, sql)
    demo_document.write(edit.apply)
    redone = _rows(demo_file, sql)

    assert stored == [
        ("s1", "", 3.0, 3.0, "neutral", "", None, 1, 1),
        ("s2", "", 3.0, 3.0, "neutral", "", None, 1, 1),
    ]
    assert [row[-1] for row in undone] == [0, 0]
    assert [row[-1] for row in redone] == [1, 1]
    created = _rows(demo_file, "SELECT created_at FROM stakeholder WHERE id = 's1'")
    assert isinstance(created[0][0], str) and created[0][0].startswith("20")


def test_the_prepared_insert_is_refused_in_a_read_block(
    demo_document: WorkshopDocument, demo_file: Path
) -> None:
    with pytest.raises(ReadBlockWriteError), demo_document.reading() as session:
        rows.create(session, "stakeholder", {"s1": {"name": "heimlich"}})

    assert _rows(demo_file, "SELECT count(*) FROM stakeholder WHERE id = 's1'") == [(0,)]


def test_bulk_pauses_the_collector_and_leaves_it_as_it_was() -> None:
    assert gc.isenabled()
    with bulk():
        assert not gc.isenabled()
        with bulk():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with bulk():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
