"""The starter vocabulary (issue 15): rows from the template carry a built-in key, are named in
the reader's language — the UI's on screen, the export's in paper and workbook — until the user
renames them; a renamed row is the user's text in every language, and undo brings the key back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest
from sqlalchemy.orm import Session

from lk40_desktop.export.job import ExportJob, run_export
from lk40_desktop.operations.edit import Edit
from lk40_desktop.operations.overview import update_action_field
from lk40_desktop.operations.scoring import update_criterion
from lk40_desktop.operations.vocabulary import update_entry
from lk40_desktop.services.project import action_fields
from lk40_desktop.services.report import build_report
from lk40_desktop.services.scoring.criteria import load_criteria
from lk40_desktop.services.starter import NAMES, STARTER_KINDS, builtin_key, german
from lk40_desktop.services.vocabulary import entries
from lk40_desktop.store.document import WorkshopDocument

Names = Callable[[Session], list[tuple[str, str]]]
"""(id, shown name) of one starter list, read in the session's language."""


def _groups(session: Session) -> list[tuple[str, str]]:
    return [(e.id, e.name) for e in entries(session, "stakeholder_group")]


def _kinds(session: Session) -> list[tuple[str, str]]:
    return [(e.id, e.name) for e in entries(session, "relation_kind")]


def _fields(session: Session) -> list[tuple[str, str]]:
    return [(f.id, f.name) for f in action_fields(session)]


def _criteria(session: Session) -> list[tuple[str, str]]:
    return [(c.id, c.name) for c in load_criteria(session)]


LISTS: dict[str, tuple[Names, Callable[[Session, str, dict[str, str]], Edit]]] = {
    "stakeholder_group": (
        _groups,
        lambda s, i, v: update_entry(s, "stakeholder_group", i, v),
    ),
    "relation_kind": (_kinds, lambda s, i, v: update_entry(s, "relation_kind", i, v)),
    "action_field": (_fields, update_action_field),
    "criterion": (_criteria, update_criterion),
}


def _perform_as(
    document: WorkshopDocument, language: str, build: Callable[[Session], Edit]
) -> Edit:
    """Build an edit as the GUI does (in a read block of the UI language), then apply it."""
    with document.reading(language=language) as session:
        edit = build(session)
    document.write(edit.apply)
    return edit


def test_every_starter_name_has_both_languages_and_keys_fit_the_column() -> None:
    for kind in STARTER_KINDS:
        for key, names in NAMES[kind].items():
            assert set(names) == {"de", "en"} and all(names.values()), (kind, key)
            assert len(key) <= 40
        english = [names["en"] for names in NAMES[kind].values()]
        assert len(set(english)) == len(english), f"two {kind} rows read alike in English"


@pytest.mark.parametrize("kind", list(LISTS))
def test_template_rows_read_in_the_readers_language(
    demo_document: WorkshopDocument, kind: str
) -> None:
    names, _update = LISTS[kind]
    with demo_document.reading(language="en") as session:
        english = [name for _id, name in names(session)]
    with demo_document.reading(language="de") as session:
        german_names = [name for _id, name in names(session)]
    assert english == [value["en"] for value in NAMES[kind].values()]  # type: ignore[index]
    assert german_names == [value["de"] for value in NAMES[kind].values()]  # type: ignore[index]


@pytest.mark.parametrize("kind", list(LISTS))
def test_a_renamed_starter_row_is_the_users_text_and_undo_brings_the_key_back(
    demo_document: WorkshopDocument, kind: str
) -> None:
    names, update = LISTS[kind]
    with demo_document.reading(language="en") as session:
        row_id, shown = names(session)[1]
        key = builtin_key(session, kind, row_id)  # type: ignore[arg-type]
    assert key is not None
    same = _perform_as(demo_document, "en", lambda s: update(s, row_id, {"name": shown}))
    assert not same, "confirming the name the reader sees renames nothing"
    edit = _perform_as(demo_document, "en", lambda s: update(s, row_id, {"name": "Unser Name"}))
    for language in ("de", "en"):
        with demo_document.reading(language=language) as session:
            assert dict(names(session))[row_id] == "Unser Name"
            assert builtin_key(session, kind, row_id) is None  # type: ignore[arg-type]
    demo_document.write(lambda session: edit.apply(session, forward=False))
    with demo_document.reading(language="en") as session:
        assert dict(names(session))[row_id] == shown
        assert builtin_key(session, kind, row_id) == key  # type: ignore[arg-type]
    with demo_document.reading(language="de") as session:
        assert dict(names(session))[row_id] == german(kind, key)  # type: ignore[arg-type]


def test_paper_and_workbook_name_starter_rows_in_the_export_language(
    demo_document: WorkshopDocument, out: Path
) -> None:
    """The UI may be German; an English export says "Crafts" and "Benefit for citizens", and a
    group the user renamed stays as typed in both languages."""
    with demo_document.reading(language="de") as session:
        institutions = next(i for i, name in _groups(session) if name == "Institutionen")
    _perform_as(
        demo_document,
        "de",
        lambda s: update_entry(s, "stakeholder_group", institutions, {"name": "Kammern"}),
    )
    texts: dict[str, tuple[set[str], set[str]]] = {}
    for language in ("de", "en"):
        with demo_document.reading(language="de") as session:  # the UI reads German
            report = build_report(session, language)
        paper, book = out / f"paper-{language}.docx", out / f"book-{language}.xlsx"
        run_export(report, ExportJob(paper=paper, workbook=book, language=language))
        workbook = openpyxl.load_workbook(book)
        cells = {
            str(value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        }
        document = docx.Document(str(paper))
        body = {p.text for p in document.paragraphs} | {
            cell.text for table in document.tables for row in table.rows for cell in row.cells
        }
        texts[language] = (cells, body)
    for cells, body in texts.values():
        assert "Kammern" in cells and "Kammern" in body
    english_cells, english_body = texts["en"]
    for name in ("Crafts", "Benefit for citizens", "Electromobility", "Cooperation"):
        assert name in english_cells, name
    for name in ("Benefit for citizens", "Electromobility"):
        assert name in english_body, name
    for name in ("Handwerk", "Nutzen für Bürger", "Elektromobilität", "Kooperation"):
        assert name not in english_cells | english_body, name
    german_cells, german_body = texts["de"]
    assert {"Handwerk", "Kooperation"} <= german_cells and "Nutzen für Bürger" in german_body
    assert "Crafts" not in german_cells
