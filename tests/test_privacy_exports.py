"""Privacy by default in the exports: a participant without consent is in no export while one
with consent is; "without contact details" leaves the contact persons and details out."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from lk40_desktop import cli
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.participants import add_participant, update_participant
from lk40_desktop.services.project import workshops
from lk40_desktop.store.document import WorkshopDocument

AGREED, REFUSED = "Zustimmend Zora", "Verweigernd Veit"


def _texts(paper: Path, workbook: Path) -> str:
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


def test_only_a_participant_who_agreed_is_exported(demo_file: Path, tmp_path: Path) -> None:
    document = WorkshopDocument.open(demo_file)
    with document.reading() as session:
        workshop_id = workshops(session)[0].id
    for name, organisation in ((AGREED, "Org Zora"), (REFUSED, "Org Veit")):
        (participant_id,) = perform(
            document, lambda s, n=name: add_participant(s, workshop_id, n)
        ).created
        values = {"organisation": organisation, "named": name == AGREED, "photographed": True}
        perform(document, lambda s, p=participant_id, v=values: update_participant(s, p, v))
    document.close()
    paper, workbook = tmp_path / "p.docx", tmp_path / "m.xlsx"
    assert cli.main(["export", str(demo_file), "--docx", str(paper), "--xlsx", str(workbook)]) == 0
    texts = _texts(paper, workbook)
    assert AGREED in texts and "Org Zora" in texts
    assert REFUSED not in texts and "Org Veit" not in texts
    sheet = load_workbook(workbook)["Teilnehmende"]
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=2)] == [
        ["Auftaktworkshop Landkreis 4.0", AGREED, "Org Zora"]
    ] or AGREED in [c.value for row in sheet.iter_rows() for c in row]


def test_without_contact_details(demo_file: Path, tmp_path: Path) -> None:
    with_contacts, without = tmp_path / "mit.xlsx", tmp_path / "ohne.xlsx"
    assert cli.main(["export", str(demo_file), "--xlsx", str(with_contacts)]) == 0
    arguments = ["export", str(demo_file), "--xlsx", str(without), "--without-contact-details"]
    assert cli.main(arguments) == 0

    def headers_and_values(path: Path) -> tuple[list[object], set[object]]:
        sheet = load_workbook(path)["Stakeholder"]
        rows = list(sheet.iter_rows(values_only=True))
        return [value for value in rows[0] if value], {v for row in rows for v in row}

    headers, values = headers_and_values(with_contacts)
    assert "Ansprechperson" in headers
    connection_values = values
    headers, values = headers_and_values(without)
    assert "Ansprechperson" not in headers and "Kontakt" not in headers
    document = WorkshopDocument.open(demo_file, read_only=True)
    with document.reading() as session:
        from lk40_desktop.services.stakeholders.data import load

        persons = {row.contact_person for row in load(session).stakeholders} - {""}
    document.close()
    assert persons & connection_values and not persons & values
