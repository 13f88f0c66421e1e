"""The strategy the county writes, in the paper and the workbook: a chapter typed as rich
text (Qt's own Markdown) comes out of Word as real paragraphs, bold and italic runs, links,
bullet and numbered lists in the list styles with Word's numbering; empty chapters are left
out; goals with indicator and target, key figures with source and date, and the complete
measure profile (number, rank, score, financing split, source ideas) are printed and listed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from docx import Document
from docx.oxml.ns import qn
from PySide6.QtGui import QTextDocument

from lk40_desktop.export.job import ExportJob, run_export
from lk40_desktop.export.markdown import Run, inline, parse
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.strategy import set_chapter
from lk40_desktop.services.report import build_report
from lk40_desktop.store.document import WorkshopDocument

RICH = (
    "<p>Der Kreis <b>handelt</b> und <i>misst</i>, siehe "
    '<a href="https://www.example.org/plan">Plan</a>.</p>'
    "<ul><li>erstens Punkt</li><li>zweiter Punkt<ul><li>darunter</li></ul></li></ul>"
    "<p>Dazwischen.</p>"
    "<ol><li>Schritt eins</li><li>Schritt zwei</li></ol>"
    "<p>Und wieder:</p>"
    "<ol><li>Neu eins</li><li>Neu zwei</li></ol>"
)


def _markdown(html: str) -> str:
    """What the Strategiepapier page's editor stores for ``html``."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toMarkdown()


def _chapter_paragraphs(path: Path, heading: str) -> list[object]:
    """The paragraphs after ``heading`` up to the next heading."""
    paragraphs = Document(str(path)).paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text.endswith(heading))
    found = []
    for paragraph in paragraphs[start + 1 :]:
        if paragraph.style.name.startswith("Heading"):
            break
        found.append(paragraph)
    return found


def test_rich_text_becomes_word_paragraphs_lists_and_links(
    qapp: object, demo_document: WorkshopDocument, out: Path
) -> None:
    text = _markdown(RICH)
    perform(demo_document, lambda s: set_chapter(s, "vision", None, {"text": text}))
    perform(demo_document, lambda s: set_chapter(s, "glossary", None, {"text": "  \n\n"}))
    with demo_document.reading() as session:
        report = build_report(session)
    target = out / "p.docx"
    run_export(report, ExportJob(paper=target))
    paragraphs = _chapter_paragraphs(target, "Leitbild und Leitlinien")
    texts = [p.text for p in paragraphs if p.text]  # type: ignore[attr-defined]
    assert texts == [
        "Der Kreis handelt und misst, siehe Plan.",
        "erstens Punkt",
        "zweiter Punkt",
        "darunter",
        "Dazwischen.",
        "Schritt eins",
        "Schritt zwei",
        "Und wieder:",
        "Neu eins",
        "Neu zwei",
    ]
    first = paragraphs[0]
    runs = {run.text: run for run in first.runs}  # type: ignore[attr-defined]
    assert runs["handelt"].bold and not runs["handelt"].italic
    assert runs["misst"].italic and not runs["misst"].bold
    (link,) = first._p.findall(qn("w:hyperlink"))  # type: ignore[attr-defined]
    relation = first.part.rels[link.get(qn("r:id"))]  # type: ignore[attr-defined]
    assert relation.target_ref == "https://www.example.org/plan" and relation.is_external
    styles = [p.style.name for p in paragraphs if p.text]  # type: ignore[attr-defined]
    assert styles == [
        "Normal",
        "List Bullet",
        "List Bullet",
        "List Bullet 2",
        "Normal",
        "List Number",
        "List Number",
        "Normal",
        "List Number",
        "List Number",
    ]
    numbered = [p for p in paragraphs if p.style.name == "List Number"]  # type: ignore[attr-defined]
    ids = [
        p._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
        for p in numbered
    ]  # type: ignore[attr-defined]
    assert ids[0] == ids[1] != ids[2] == ids[3], "each numbered list is its own list"
    numbering = Document(str(target)).part.numbering_part.element
    for num_id in {ids[0], ids[2]}:
        (start,) = numbering.xpath(f"./w:num[@w:numId='{num_id}']//w:startOverride/@w:val")
        assert start == "1", "and starts at 1"
    headings = [p.text for p in Document(str(target)).paragraphs if p.style.name == "Heading 1"]
    assert not any(h.endswith("Glossar") for h in headings), "an empty chapter is left out"
    assert any(h.endswith("Beschlussvorschlag") for h in headings)


def test_an_excluded_chapter_is_left_out(demo_document: WorkshopDocument, out: Path) -> None:
    perform(demo_document, lambda s: set_chapter(s, "resolution", None, {"included": False}))
    with demo_document.reading() as session:
        report = build_report(session)
    run_export(report, ExportJob(paper=out / "p.docx"))
    headings = [
        p.text for p in Document(str(out / "p.docx")).paragraphs if p.style.name == "Heading 1"
    ]
    assert not any(h.endswith("Beschlussvorschlag") for h in headings)
    assert headings[0] == "Vorwort", "the foreword stands before chapter 1, unnumbered"


def test_goals_key_figures_and_complete_profiles_in_paper_and_workbook(
    demo_document: WorkshopDocument, out: Path
) -> None:
    with demo_document.reading() as session:
        report = build_report(session)
    run_export(report, ExportJob(paper=out / "p.docx", workbook=out / "m.xlsx"))
    document = Document(str(out / "p.docx"))
    tables = {t.rows[0].cells[0].text: t for t in document.tables}
    figures = tables["Kennzahl"]
    assert [c.text for c in figures.rows[1].cells] == [
        "Einwohnerinnen und Einwohner",
        "182.400",
        "Statistisches Landesamt",
        "31.12.2025",
    ]
    goals = [t for t in document.tables if t.rows[0].cells[0].text == "Ziel"]
    assert len(goals) == 9
    assert [c.text for c in goals[1].rows[1].cells] == [
        "Gigabit für alle Gewerbegebiete",
        "Anteil Betriebe mit Glasfaser",
        "100 %",
        "2028",
    ]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    assert any(h.endswith("Maßnahme BB-01: Gigabit-Gewerbegebiete") for h in headings)
    ladenetz = next(p for p in report.proposals if p.title == "Ladenetz Musterland")
    profile = next(
        t
        for t in document.tables
        if t.rows[0].cells[0].text == "Merkmal" and "Lieferzeiten" in t._tbl.xml
    )
    cells = {r.cells[0].text: r.cells[1].text for r in profile.rows[1:]}
    assert cells["davon Eigenanteil"] == "360.000 €" and cells["davon Fördermittel"] == "840.000 €"
    assert cells["Folgekosten pro Jahr"] == "45.000 €" and cells["Personal (VZÄ)"] == "0,5"
    assert cells["Beginn"] == "1. Quartal 2027" and cells["Rang"] == str(ladenetz.rank)
    assert cells["Beitrag zu den Zielen"] == "Schnellladen in jeder Gemeinde"
    assert cells["Meilensteine"].count("\n") == 2
    assert "Punkt" in cells["Herkunft (Ideen)"] and "Ideenwerkstatt" in cells["Herkunft (Ideen)"]
    texts = [p.text for p in document.paragraphs]
    assert f"Rang {ladenetz.rank} von 19 · Nutzwert 66,8 · geplant" in texts
    sheet = openpyxl.load_workbook(out / "m.xlsx")["Projektvorschläge"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == ladenetz.title)
    values = dict(zip(header, row, strict=True))
    assert values["Maßnahmennummer"] == "EM-01" and values["davon Eigenanteil"] == 360_000
    assert values["Status"] == "geplant" and values["Personal (VZÄ)"] == 0.5
    assert values["Beginn"] == "2027-Q1", "sortable as stored"


def test_an_empty_profile_field_is_left_out(demo_document: WorkshopDocument, out: Path) -> None:
    from lk40_desktop.operations.proposals import update_proposal

    with demo_document.reading() as session:
        report = build_report(session)
    first = report.proposals[0]
    perform(demo_document, lambda s: update_proposal(s, first.id, {"risks": "", "lead": ""}))
    with demo_document.reading() as session:
        report = build_report(session)
    run_export(report, ExportJob(paper=out / "p.docx"))
    profile = next(
        t
        for t in Document(str(out / "p.docx")).tables
        if t.rows[0].cells[0].text == "Merkmal" and first.problem in t._tbl.xml
    )
    names = [r.cells[0].text for r in profile.rows]
    assert "Risiken" not in names and "Federführung" not in names and "Problem" in names


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("5 * 3 = 15", [Run("5 * 3 = 15")]),
        ("snake_case_name", [Run("snake_case_name")]),
        ("**a *b* c**", [Run("a ", True), Run("b", True, True), Run(" c", True)]),
        ("\\*kein\\* Stern", [Run("*kein* Stern")]),
        ("[x](javascript:alert)", [Run("x", link="javascript:alert")]),
    ],
)
def test_markdown_runs(text: str, runs: list[Run]) -> None:
    assert inline(text) == runs


def test_markdown_blocks_of_hand_typed_text() -> None:
    blocks = parse("# Titel\n\n* a\n* b\n\n1) eins\nweiter\n\nzeile  \nzwei")
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Titel"),
        ("bullet", "a"),
        ("bullet", "b"),
        ("number", "eins weiter"),
        ("paragraph", "zeile\nzwei"),
    ]
    assert parse("") == [] and parse(" \n\n ") == []
