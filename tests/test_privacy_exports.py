"""Privacy by default in the exports: a participant without consent is in no export while one
with consent is (paper and workbook); "without contact details" leaves the stakeholders'
contact persons, contact details and notes out; the sign-in sheet's Art. 13 notice."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from lk40_desktop import cli
from lk40_desktop.export.vocabulary import LANGUAGES, Words
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.participants import add_participant, update_participant
from lk40_desktop.services.project import workshops
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.store.document import WorkshopDocument

AGREED, REFUSED = "Zustimmend Zora", "Verweigernd Veit"


def _paper_texts(paper: Path) -> list[str]:
    """Every paragraph and table cell of a Word file, headers and footers included."""
    word = Document(str(paper))
    texts = [p.text for p in word.paragraphs]
    texts += [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    for section in word.sections:
        texts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return texts


def _workbook_values(workbook: Path) -> list[str]:
    book = load_workbook(workbook)
    return [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


def _table_rows(paper: Path, header: list[str]) -> list[list[str]]:
    """The body rows of the paper's one table with this header row."""
    (table,) = [
        t for t in Document(str(paper)).tables if [c.text for c in t.rows[0].cells] == header
    ]
    return [[c.text for c in row.cells] for row in table.rows[1:]]


def _add_two_participants(path: Path) -> str:
    """One participant who agreed to be named and one who did not (both photographed, so only
    the naming consent decides); returns the workshop's title."""
    document = WorkshopDocument.open(path)
    with document.reading() as session:
        workshop = workshops(session)[0]
    for name, organisation in ((AGREED, "Org Zora"), (REFUSED, "Org Veit")):
        (participant_id,) = perform(
            document, lambda s, n=name: add_participant(s, workshop.id, n)
        ).created
        values = {"organisation": organisation, "named": name == AGREED, "photographed": True}
        perform(document, lambda s, p=participant_id, v=values: update_participant(s, p, v))
    document.close()
    return workshop.title


@pytest.mark.parametrize("language", ["de", "en"])
def test_only_a_participant_who_agreed_is_exported(
    demo_file: Path, tmp_path: Path, language: str
) -> None:
    title = _add_two_participants(demo_file)
    paper, workbook = tmp_path / "p.docx", tmp_path / "m.xlsx"
    arguments = ["export", str(demo_file), "--docx", str(paper), "--xlsx", str(workbook)]
    assert cli.main([*arguments, "--lang", language]) == 0
    texts = "\n".join(_paper_texts(paper) + _workbook_values(workbook))
    assert REFUSED not in texts and "Org Veit" not in texts
    t = Words(language)
    header = [t["workshop"], t["name"], t["organisation"]]
    assert _table_rows(paper, header) == [[title, AGREED, "Org Zora"]]
    assert t["named_participants"] in "\n".join(_paper_texts(paper))  # the table's caption
    sheet = load_workbook(workbook)[t["participants"]]
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [
        header,
        [title, AGREED, "Org Zora"],
    ]


def test_nobody_named_without_consent_means_no_list(demo_file: Path, tmp_path: Path) -> None:
    """A participant who agreed to nothing (the default) leaves no participants' sheet and no
    table behind, only the head count."""
    document = WorkshopDocument.open(demo_file)
    with document.reading() as session:
        workshop_id = workshops(session)[0].id
    perform(document, lambda s: add_participant(s, workshop_id, REFUSED))
    document.close()
    paper, workbook = tmp_path / "p.docx", tmp_path / "m.xlsx"
    arguments = ["export", str(demo_file), "--docx", str(paper), "--xlsx", str(workbook)]
    assert cli.main(arguments) == 0
    assert "Teilnehmende" not in load_workbook(workbook).sheetnames
    texts = "\n".join(_paper_texts(paper) + _workbook_values(workbook))
    assert REFUSED not in texts and Words("de")["named_participants"] not in texts


def _stakeholder_people(path: Path) -> set[str]:
    """The demo's contact persons, contact details and notes: what a hand-out leaves out."""
    document = WorkshopDocument.open(path, read_only=True)
    with document.reading() as session:
        rows = load_stakeholders(session).stakeholders
    document.close()
    return {
        value
        for row in rows
        for value in (row.contact_person, row.contact_details, row.notes)
        if value.strip()
    }


def test_without_contact_details(demo_file: Path, tmp_path: Path) -> None:
    people = _stakeholder_people(demo_file)
    assert len(people) > 5, "the demo fills the fields this test looks for"
    with_contacts, without = tmp_path / "mit.xlsx", tmp_path / "ohne.xlsx"
    paper = tmp_path / "ohne.docx"
    assert cli.main(["export", str(demo_file), "--xlsx", str(with_contacts)]) == 0
    arguments = ["export", str(demo_file), "--xlsx", str(without), "--docx", str(paper)]
    assert cli.main([*arguments, "--without-contact-details"]) == 0

    def sheet(path: Path) -> list[tuple[object, ...]]:
        return list(load_workbook(path)["Stakeholder"].iter_rows(values_only=True))

    full, handout = sheet(with_contacts), sheet(without)
    assert {"Ansprechperson", "Kontakt", "Notizen"} <= set(full[0])
    assert not {"Ansprechperson", "Kontakt", "Notizen"} & set(handout[0])
    assert [row[:7] for row in handout] == [row[:7] for row in full], "the rest stays"
    assert people <= {str(value) for row in full for value in row}
    everything = "\n".join(_workbook_values(without) + _paper_texts(paper))
    assert not [value for value in people if value in everything]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_in_notice_names_what_art_13_asks(language: str) -> None:
    words = Words(language)
    notice = words.sign_in_notice("Landkreis Musterstadt", "Auftakt", "datenschutz@example.org")
    assert "Art. 13" in notice and "Landkreis Musterstadt" in notice and "Auftakt" in notice
    assert "datenschutz@example.org" in notice
    needed = {
        "de": ["Einwilligung", "Art. 6", "widerrufen", "Auskunft", "Löschung", "Beschwerde"],
        "en": ["consent", "Art. 6", "withdraw", "access", "erasure", "complaint"],
    }[language]
    assert [word for word in needed if word not in notice] == []
    blank = words.sign_in_notice("", " ", "")
    assert blank.count("________________") == 3
    leftover = [name for _, name, _, _ in string.Formatter().parse(blank) if name]
    assert leftover == []
