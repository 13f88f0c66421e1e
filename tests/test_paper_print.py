"""The strategy paper as printed: converted by LibreOffice once per test session (the German
and the English demo paper and one made with a county's letter template that lacks styles)
and read back page by page with pdftotext; the workbook recalculated by LibreOffice in the
same session and compared with every score and rank the paper prints."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from lk40_desktop.export.job import STYLE_ADDED, ExportJob, preflight, run_export
from lk40_desktop.services.numbers import half_up
from lk40_desktop.services.report import Report, build_report
from lk40_desktop.store.document import WorkshopDocument
from tests.helpers.office import (
    HAVE_OFFICE,
    LACKING,
    convert,
    image_pages,
    letter_template,
    pdf_pages,
)

pytestmark = pytest.mark.skipif(not HAVE_OFFICE, reason="needs LibreOffice and poppler-utils")
PAPERS = ("de", "en", "letter")
CONTENTS_LINE = re.compile(r"^\s*(\d+(?:\.\d+)?) (.+?)\s*\.{4,}\s*(\d+)\s*$")


@dataclass
class Printed:
    """The papers of the session, their pages as printed, the recalculated workbook."""

    report: Report
    folder: Path
    papers: dict[str, Path]
    pages: dict[str, list[str]]
    pictures: dict[str, set[int]]
    """The pages that show a picture."""
    workbook: openpyxl.Workbook


@pytest.fixture(scope="session")
def printed(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Printed:
    folder = tmp_path_factory.mktemp("printed")
    document = WorkshopDocument.open(demo_template, read_only=True)
    try:
        with document.reading() as session:
            german = build_report(session, "de")
        with document.reading() as session:
            english = build_report(session, "en")
    finally:
        document.close()
    papers = {name: folder / f"{name}.docx" for name in PAPERS}
    run_export(german, ExportJob(paper=papers["de"], workbook=folder / "Mappe.xlsx"))
    run_export(english, ExportJob(paper=papers["en"], language="en"))
    template = letter_template(folder / "Briefvorlage.docx")
    run_export(german, ExportJob(paper=papers["letter"], template=template))
    pdfs = convert(list(papers.values()), folder / "pdf", "pdf")
    (book,) = convert([folder / "Mappe.xlsx"], folder / "calc", "xlsx")
    return Printed(
        german,
        folder,
        papers,
        {name: pdf_pages(pdf) for name, pdf in zip(PAPERS, pdfs, strict=True)},
        {name: image_pages(pdf) for name, pdf in zip(PAPERS, pdfs, strict=True)},
        openpyxl.load_workbook(book, data_only=True),
    )


def _lines(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def _body(page: str) -> list[str]:
    """A page's lines without its footer (the line with the page number)."""
    lines = _lines(page)
    return lines[:-1] if lines and re.search(r"(Seite|Page) \d+ (von|of) \d+", lines[-1]) else lines


@pytest.mark.parametrize("paper", PAPERS)
def test_every_page_after_the_title_carries_county_title_and_its_number(
    printed: Printed, paper: str
) -> None:
    pages = printed.pages[paper]
    words = "Page {} of {}" if paper == "en" else "Seite {} von {}"
    assert len(pages) >= 40, f"{paper}: {len(pages)} pages"
    assert "Seite" not in pages[0] and "Page" not in pages[0], "no footer on the title page"
    for number, page in enumerate(pages[1:], start=2):
        footer = _lines(page)[-1]
        assert footer.endswith(words.format(number, len(pages))), (paper, number, footer)
        assert footer.startswith("Musterlandkreis – "), footer
    if paper == "letter":  # the county's own footer line stays, above the page line
        assert all("Schlossplatz 1" in page for page in pages[1:])


@pytest.mark.parametrize("paper", PAPERS)
def test_contents_list_chapters_and_fields_with_the_pages_they_are_on(
    printed: Printed, paper: str
) -> None:
    pages = printed.pages[paper]
    entries = [m.groups() for line in pages[1].splitlines() if (m := CONTENTS_LINE.match(line))]
    assert len(entries) >= 17, entries  # 7 chapters, 9 action fields and more
    assert entries[0][0] == "1" and any(number == "6.9" for number, _t, _p in entries)
    for number, text, page in entries:
        heading = f"{number} {text}"
        where = [
            index + 1
            for index, content in enumerate(pages)
            if any(line.startswith(heading) for line in _body(content)[:60]) and index > 1
        ]
        assert int(page) in where, (heading, page, where)


@pytest.mark.parametrize("paper", PAPERS)
def test_no_page_ends_in_a_heading_or_a_table_caption(printed: Printed, paper: str) -> None:
    """A heading and a table's caption keep with what follows; a figure's caption stands
    under its figure, so it never starts a page without its picture above it."""
    document = Document(str(printed.papers[paper]))
    headings = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    table, figure = ("Table", "Figure") if paper == "en" else ("Tabelle", "Abbildung")
    for number, page in enumerate(printed.pages[paper][2:], start=3):
        body = _body(page)
        assert body, f"page {number} is empty"
        last, first = body[-1], body[0]
        assert last not in headings, (number, last)
        assert not re.match(rf"{table} \d+:", last), (number, last)
        if number not in printed.pictures[paper]:
            assert not re.match(rf"{figure} \d+:", first), (number, first)


def test_long_words_are_hyphenated(printed: Printed) -> None:
    """Automatic hyphenation in the document's language: some line ends in a word broken
    with a hyphen that the text itself does not hold."""
    text = " ".join(p.text for p in Document(str(printed.papers["de"])).paragraphs)
    broken = []
    for page in printed.pages["de"]:
        lines = _lines(page)
        for line, following in itertools.pairwise(lines):
            if match := re.search(r"(\w+)-$", line):
                word = match.group(1) + following.split()[0].rstrip(".,;:")
                if word in text and f"{match.group(1)}-" not in text:
                    broken.append(word)
    assert len(broken) >= 3, broken


def _matrix(book: openpyxl.Workbook) -> dict[str, dict[str, object]]:
    sheet = book["Bewertungsmatrix"]
    header = [c.value for c in sheet[3]]
    return {
        str(row[0]): dict(zip(header, row, strict=True))
        for row in sheet.iter_rows(min_row=4, values_only=True)
        if row[0]
    }


def _printed(value: object) -> str:
    """A number as the paper must print it: the spreadsheet's value rounded half up to one
    place as Excel shows it (worked out here with decimal, not with the app's function)."""
    if not isinstance(value, int | float):
        return "–"
    rounded = Decimal(f"{value:.15g}").quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{rounded:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def test_every_printed_score_and_rank_equals_the_recalculated_workbook(printed: Printed) -> None:
    calculated = _matrix(printed.workbook)
    document = Document(str(printed.papers["de"]))
    ranking = next(t for t in document.tables if t.rows[0].cells[0].text == "Nr.")
    header = [c.text for c in ranking.rows[0].cells]
    rows = [dict(zip(header, (c.text for c in row.cells), strict=True)) for row in ranking.rows[1:]]
    assert len(rows) == len(calculated) == 19
    for row in rows:
        book = calculated[row["Projektvorschlag"]]
        assert row["Nutzwert"] == _printed(book["Nutzwert"]), row
        assert row["Rang"] == str(book["Rang"]), row
        assert row["Nutzen"] == _printed(book["Nutzen"]) and row["Aufwand"] == _printed(
            book["Aufwand"]
        ), row
        assert (row["Quick Win"] == "ja") == (book["Quick Win"] == "ja"), row
    totals = [float(book["Nutzwert"]) for book in calculated.values()]  # type: ignore[arg-type]
    ties = [v for v in totals if f"{v:.2f}".endswith("5") and f"{v:.1f}" != f"{half_up(v, 1):.1f}"]
    assert ties, "the demo has totals where rounding half to even would print another digit"
    texts = [p.text for p in document.paragraphs]
    for row in rows[:5]:  # the summary's five best say the same
        assert any(
            t.startswith(row["Projektvorschlag"]) and t.endswith(f"Nutzwert {row['Nutzwert']}")
            for t in texts
        ), row
    for table in document.tables:  # and so does every profile
        cells = {r.cells[0].text: r.cells[1].text for r in table.rows if len(r.cells) == 2}
        if "Nutzwert" in cells and table.rows[0].cells[0].text == "Merkmal":
            title = next(r["Projektvorschlag"] for r in rows if r["Nutzwert"] == cells["Nutzwert"])
            assert cells["Rang"] == str(calculated[title]["Rang"])


def test_cost_totals_equal_the_workbook(printed: Printed) -> None:
    project = printed.workbook["Projekt"]
    sums = [row for row in project.iter_rows(values_only=True) if row[0] == "Summe"]
    assert [row[3] for row in sums[:1]] == [13_955_000] and sums[1][2] == 13_955_000
    texts = [
        c.text for t in Document(str(printed.papers["de"])).tables for r in t.rows for c in r.cells
    ]
    assert texts.count("13.955.000 €") >= 3, "key figures, by field, by horizon"


def test_a_template_that_lacks_styles_gets_them_and_says_so(printed: Printed) -> None:
    document = Document(str(printed.papers["letter"]))
    names = {style.name.casefold() for style in document.styles}
    assert {name.casefold() for name in LACKING} <= names
    grid = next(s for s in document.styles if s.name == "Table Grid")
    assert grid.element.xpath(".//w:tblBorders/w:insideH"), "tables keep their borders"
    bullet = next(s for s in document.styles if s.name == "List Bullet")
    (num_id,) = bullet.element.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    numbering = document.part.numbering_part.element
    assert numbering.xpath(f"./w:num[@w:numId='{num_id}']"), "and lists their bullets"
    assert document.sections[0].header.paragraphs[0].text == "Landkreis Muster – Briefkopf"
    bullets = [
        line
        for page in printed.pages["letter"]
        for line in _lines(page)
        if line.startswith(("\uf0b7", "•"))  # Symbol's bullet, as Word's lists write it
    ]
    assert len(bullets) > 100, "bullets as printed"
    template = printed.folder / "Briefvorlage.docx"
    findings = preflight(
        printed.report, ExportJob(paper=printed.papers["letter"], template=template)
    )
    added = [f.subject for f in findings if f.key == STYLE_ADDED]
    assert added == [
        "Caption",
        "List Bullet",
        "List Bullet 2",
        "List Number",
        "List Number 2",
        "TOC Heading",
        "TOC 1",
        "TOC 2",
        "Table Grid",
    ]


def test_english_paper(printed: Printed) -> None:
    pages = printed.pages["en"]
    assert "Contents" in pages[1] and "Draft – as of" in pages[0]
    document = Document(str(printed.papers["en"]))
    assert document.core_properties.language == "en-GB"
    assert "Foreword" in pages[2] and "1 Management summary" in pages[3]


def test_page_counts(printed: Printed) -> None:
    """How long the papers are (for the report): each well over twenty pages."""
    counts = {name: len(pages) for name, pages in printed.pages.items()}
    assert all(40 <= count <= 70 for count in counts.values()), counts
