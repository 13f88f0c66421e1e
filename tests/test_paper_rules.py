"""The strategy paper's rules, read back from the .docx with python-docx: page and paragraph
rules that no template can switch off, widths within the text, accessibility (EN 301 549
clause 10), honest properties, the draft line, the logo, the project's order, and one set of
words and numbers (plural forms, attendances, the voting rounds, quick wins, cost totals)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image

from lk40_desktop.export.docx_paper import DEFAULT_CHAPTERS
from lk40_desktop.export.job import (
    LOGO_UNREADABLE,
    QUICK_WIN_OVERRULED,
    QUICK_WIN_UNFLAGGED,
    ExportJob,
    Severity,
    preflight,
    run_export,
)
from lk40_desktop.export.paper_page import SETTINGS_ORDER
from lk40_desktop.operations import overview, settings
from lk40_desktop.operations import rows as edits
from lk40_desktop.operations.board import capture_cards
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.rounds import start_round, vote
from lk40_desktop.services.demo import load_content
from lk40_desktop.services.report import FINAL_KEY, Report, build_report
from lk40_desktop.services.scoring.portfolio import PortfolioQuadrant, portfolio_quadrant
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import VoterMode
from tests.helpers.office import letter_template

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SHORT = frozenset({"summary", "method"})


@pytest.fixture
def report(demo_document: WorkshopDocument) -> Report:
    with demo_document.reading() as session:
        return build_report(session)


@pytest.fixture
def paper(report: Report, out: Path) -> Document:
    """The demo's whole paper in the shipped template."""
    run_export(report, ExportJob(paper=out / "paper.docx"))
    return Document(str(out / "paper.docx"))


def _text_width(document: Document) -> int:
    """The section's width between the margins, in twips."""
    section = document.sections[-1]
    return int(section.page_width - section.left_margin - section.right_margin) // 635


def test_language_hyphenation_and_settings_in_schema_order(report: Report, out: Path) -> None:
    for language, tag in (("de", "de-DE"), ("en", "en-GB")):
        target = out / f"{language}.docx"
        run_export(report, ExportJob(paper=target, language=language, chapters=SHORT))
        document = Document(str(target))
        defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        assert defaults.get(f"{W}val") == tag
        assert {e.get(f"{W}val") for e in document.styles.element.iter(f"{W}lang")} == {tag}
        assert document.core_properties.language == tag
        settings_element = document.settings.element
        assert settings_element.find(f"{W}autoHyphenation").get(f"{W}val") == "true"
        assert settings_element.find(f"{W}updateFields").get(f"{W}val") == "true"
        names = [str(child.tag).rpartition("}")[2] for child in settings_element]
        ranks = [SETTINGS_ORDER.index(name) for name in names if name in SETTINGS_ORDER]
        assert ranks == sorted(ranks), "Word refuses settings out of the schema's order"


def test_page_rules_hold_whatever_the_template(report: Report, out: Path) -> None:
    """Chapters start a page and headings keep with what follows as direct properties, so a
    county's Heading 1 without a page break changes nothing; table captions keep with their
    table, pictures with their caption; rows never split; header rows repeat."""
    template = letter_template(out / "vorlage.docx")
    plain = Document(str(template))
    heading = next(s for s in plain.styles if s.name == "Heading 1").element
    heading.find(f"{W}pPr").remove(heading.find(f"{W}pPr/{W}pageBreakBefore"))
    plain.save(str(template))
    run_export(report, ExportJob(paper=out / "p.docx", template=template))
    document = Document(str(out / "p.docx"))
    paragraphs = document.paragraphs
    for index, paragraph in enumerate(paragraphs):
        rules = paragraph._p.pPr
        style = paragraph.style.name
        if style.startswith("Heading"):
            assert rules.find(f"{W}keepNext") is not None, paragraph.text
            assert (rules.find(f"{W}pageBreakBefore") is not None) == (style == "Heading 1")
            assert rules.find(f"{W}suppressAutoHyphens") is not None
        if paragraph.text.startswith("Tabelle "):
            assert rules.find(f"{W}keepNext") is not None, paragraph.text
        if paragraph._p.findall(f".//{W}drawing"):
            assert paragraph.paragraph_format.keep_with_next
            assert paragraphs[index + 1].text.startswith("Abbildung "), "the caption follows"
    assert paragraphs[0]._p.pPr is None or paragraphs[0].text, "the title page first"
    for table in document.tables:
        rows = table._tbl.findall(f"{W}tr")
        assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None, "a marked header row"
        assert not any(row.find(f"{W}trPr/{W}tblHeader") is not None for row in rows[1:])


@pytest.mark.parametrize("template", ["shipped", "letter"])
def test_nothing_is_wider_than_the_text(report: Report, out: Path, template: str) -> None:
    chosen = letter_template(out / "vorlage.docx") if template == "letter" else None
    job = ExportJob(paper=out / "p.docx", template=chosen, chapters=DEFAULT_CHAPTERS | {"boards"})
    run_export(report, job)
    document = Document(str(out / "p.docx"))
    width = _text_width(document)
    assert width == (8504 if template == "letter" else 9072)  # 15 cm, 16 cm
    assert len(document.tables) > 20
    for table in document.tables:
        grid = [int(c.get(f"{W}w")) for c in table._tbl.findall(f"{W}tblGrid/{W}gridCol")]
        assert sum(grid) <= width, (template, grid)
        for row in table._tbl.findall(f"{W}tr"):
            cells = [int(c.get(f"{W}w")) for c in row.iter(f"{W}tcW")]
            assert sum(cells) <= width
    assert len(document.inline_shapes) == 12, "map, portfolio, roadmap and 9 boards"
    for shape in document.inline_shapes:
        assert shape.width <= width * 635, (template, shape.width)
        assert shape.height <= Cm(22.6)


def test_every_picture_says_what_it_shows(paper: Document, report: Report) -> None:
    """Alternative texts from the data; no floating pictures or text boxes, so the reading
    order is the text's; headings only from heading styles."""
    pictures = paper.element.body.findall(f".//{qn('wp:docPr')}")
    assert len(pictures) == 3
    map_text, portfolio, roadmap = (p.get("descr") for p in pictures)
    assert "Eng einbinden: 25 (" in map_text and "Landrätin" not in map_text[:40]
    best = [p.title for p in report.ranked()[:3]]
    assert all(title in portfolio for title in best), portfolio
    assert "Quick Wins: " in portfolio and "Nutzwert 80,5" in portfolio
    assert "Q1 2026" in roadmap and "9 kurzfristig" in roadmap
    assert all(p.get("title") for p in pictures), "a short title too"
    xml = paper.element.xml
    assert "wp:anchor" not in xml and "txbxContent" not in xml
    for paragraph in paper.paragraphs:
        outline = paragraph.style.element.find(f"{W}pPr/{W}outlineLvl")
        is_heading = outline is not None and outline.get(f"{W}val") != "9"
        assert is_heading == paragraph.style.name.startswith("Heading"), paragraph.style.name
        bold = [run for run in paragraph.runs if run.bold]
        assert not (bold and len(bold) == len(paragraph.runs) and paragraph.text), paragraph.text


def test_honest_properties_and_no_tool_name(report: Report, out: Path) -> None:
    moment = dt.datetime.now(dt.UTC).replace(microsecond=0)
    run_export(report, ExportJob(paper=out / "p.docx", workbook=out / "m.xlsx"))
    properties = Document(str(out / "p.docx")).core_properties
    assert properties.title == "Musterlandkreis – Digitalisierungsstrategie Landkreis 4.0"
    assert properties.author == properties.last_modified_by == "Musterlandkreis"
    assert properties.language == "de-DE" and properties.revision == 1
    assert properties.version == f"Entwurf vom {dt.date.today():%d.%m.%Y}"
    created = properties.created.replace(tzinfo=dt.UTC)
    assert abs((created - moment).total_seconds()) < 120, properties.created
    assert properties.comments == "" and properties.keywords == ""
    for target in (out / "p.docx", out / "m.xlsx"):
        with zipfile.ZipFile(target) as package:
            names = package.namelist()
            assert not any("thumbnail" in name for name in names)
            for name in names:
                data = package.read(name)
                for tool in (b"python-docx", b"LK40", b"Workshop-Studio", b"openpyxl"):
                    assert tool not in data, (target.name, name, tool)


def test_draft_until_the_editor_marks_it_final(demo_document: WorkshopDocument, out: Path) -> None:
    def title_page(job: ExportJob) -> tuple[list[str], str]:
        with demo_document.reading() as session:
            run_export(build_report(session), job)
        document = Document(str(job.paper))
        return [p.text for p in document.paragraphs[:8]], str(document.core_properties.version)

    today = f"{dt.date.today():%d.%m.%Y}"
    texts, version = title_page(ExportJob(paper=out / "a.docx", chapters=SHORT))
    assert f"Entwurf – Stand {today}" in texts and version.startswith("Entwurf")
    perform(demo_document, lambda s: settings.set_setting(s, FINAL_KEY, "1"))
    texts, version = title_page(ExportJob(paper=out / "b.docx", chapters=SHORT))
    assert f"Stand {today}" in texts and not any("Entwurf" in t for t in texts)
    assert version == f"Endfassung vom {today}"
    texts, _ = title_page(ExportJob(paper=out / "c.docx", chapters=SHORT, final=False))
    assert f"Entwurf – Stand {today}" in texts, "the export's switch wins"


def _png(width: int, height: int) -> bytes:
    stream = io.BytesIO()
    Image.new("RGB", (width, height), "#a01010").save(stream, format="png")
    return stream.getvalue()


def test_the_logo_on_the_title_page_and_in_the_header(
    demo_document: WorkshopDocument, out: Path
) -> None:
    perform(demo_document, lambda s: overview.update_project(s, {"logo_png": _png(400, 480)}))
    with demo_document.reading() as session:
        report = build_report(session)
    run_export(report, ExportJob(paper=out / "p.docx", chapters=SHORT))
    document = Document(str(out / "p.docx"))
    logo = document.inline_shapes[0]
    assert logo._inline.docPr.get("descr") == "Wappen von Musterlandkreis"
    assert logo.width == Cm(4) and logo.height <= Cm(5)
    assert document.paragraphs[0]._p.findall(f".//{W}drawing"), "first on the title page"
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header = section.header._element
    assert header.findall(f".//{W}drawing") and "Wappen" in header.xml
    assert not section.first_page_header._element.findall(f".//{W}drawing")
    assert preflight(report, ExportJob(paper=out / "p.docx")) == [
        f for f in preflight(report, ExportJob(paper=out / "p.docx")) if f.key != LOGO_UNREADABLE
    ]
    broken = dataclasses.replace(report, logo_png=b"\x89PNG not really")
    run_export(broken, ExportJob(paper=out / "q.docx", chapters=SHORT))
    assert not Document(str(out / "q.docx")).inline_shapes, "left out, the paper is written"
    findings = preflight(broken, ExportJob(paper=out / "q.docx"))
    assert any(f.key == LOGO_UNREADABLE and f.severity is Severity.WARNING for f in findings)


def test_fields_and_clusters_in_the_projects_order(
    demo_document: WorkshopDocument, out: Path
) -> None:
    with demo_document.reading() as session:
        report = build_report(session)
    fields = [f.id for f in report.fields]
    energy = next(f for f in report.fields if f.name == "Energie")
    frames = [c for c in report.clusters if c.field_id == energy.id]
    last = next(c for c in report.board.clusters if c.id == frames[-1].id)
    perform(demo_document, lambda s: overview.reorder_action_fields(s, fields[::-1]))
    demo_document.write(lambda s: edits.set_fields(s, "cluster", {last.id: {"y": -500.0}}))
    with demo_document.reading() as session:
        report = build_report(session)
    run_export(report, ExportJob(paper=out / "p.docx", workbook=out / "m.xlsx"))
    document = Document(str(out / "p.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name in ("Heading 2", "Heading 3")]
    chapter = [h.split(" ", 1)[1] for h in headings if h.startswith("6.") and h.count(".") == 1]
    assert chapter[0] == "Soziales Netzwerk Landkreis" and chapter[-1] == "Elektromobilität"
    energy_clusters = [
        h.split(" ", 1)[1]
        for h in headings
        if h.startswith(f"6.{chapter.index('Energie') + 1}.")
        and "Maßnahme" not in h
        and h.split(" ", 1)[1] not in ("Ausgangslage", "Ziele")
    ]
    assert energy_clusters[0] == last.name, "the frame now at the top comes first"
    import openpyxl

    ideas = openpyxl.load_workbook(out / "m.xlsx")["Ideen"]
    column = [row[0] for row in ideas.iter_rows(min_row=2, values_only=True)]
    assert list(dict.fromkeys(column)) == [f.name for f in report.fields]
    assert column[0] == "Soziales Netzwerk Landkreis"


def test_counts_in_singular_and_plural(new_file: Path, out: Path) -> None:
    document = WorkshopDocument.open(new_file)
    try:
        added = perform(
            document, lambda s: overview.add_workshop(s, "Auftakt", dt.date(2027, 1, 5))
        )
        (workshop,) = added.created
        perform(
            document,
            lambda s: overview.update_workshop(s, workshop, {"participant_count": 1}),
        )
        with document.reading() as session:
            field = build_report(session).fields[0]
        card = perform(
            document,
            lambda s: capture_cards(s, field.id, [{"text": "Ladesäulen am Rathaus"}], workshop),
        ).created[0]
        perform(document, lambda s: overview.set_current_workshop(s, workshop))
        (round_id,) = perform(
            document, lambda s: start_round(s, "Auftakt", voter_mode=VoterMode.GROUP)
        ).created
        perform(document, lambda s: vote(s, round_id, card, "Gruppe 1", 1))
        with document.reading() as session:
            report = build_report(session)
    finally:
        document.close()
    run_export(report, ExportJob(paper=out / "p.docx"))
    texts = [p.text for p in Document(str(out / "p.docx")).paragraphs]
    summary = next(t for t in texts if t.startswith("Die Strategie entstand"))
    assert summary.startswith("Die Strategie entstand in 1 Workshop mit insgesamt 1 Teilnahme.")
    assert "Gesammelt wurde 1 Idee in 1 Handlungsfeld; daraus wurden 0 Projektvorschläge" in summary
    assert "Ladesäulen am Rathaus (1 Punkt)" in texts
    assert any(
        "in 1 Punktabfrage gewichtet: „Auftakt“ (1 Punkt von 1 abstimmenden Person)" in t
        for t in texts
    )
    assert any(
        t.startswith("Die Punkte in Klammern stammen aus der Punktabfrage „Auftakt“") for t in texts
    )


def test_attendances_rounds_costs_and_quick_wins_are_one_set_of_numbers(
    report: Report, paper: Document
) -> None:
    texts = [p.text for p in paper.paragraphs]
    summary = next(t for t in texts if t.startswith("Die Strategie entstand"))
    assert "mit insgesamt 139 Teilnahmen" in summary and "Teilnehmende" not in summary
    assert report.participation.count == 139 and not report.participation.distinct
    rounds = next(t for t in texts if t.startswith("Die Ideen wurden in 4 Punktabfragen"))
    assert "„Auftaktworkshop Landkreis 4.0“ (134 Punkte von 5 Abstimmenden)" in rounds
    notes = [t for t in texts if t.startswith("Die Punkte in Klammern stammen aus")]
    assert len(notes) == 1, "every field's dots come from the same rounds: said once"
    assert not any("(1 Punkte)" in t or " 1 Workshops" in t for t in texts)
    cells = [[c.text for c in row.cells] for table in paper.tables for row in table.rows]
    by_field = {row[0]: row for row in cells if len(row) == 3}
    assert by_field["Breitband"] == ["Breitband", "2", "5.180.000 €"]
    assert by_field["langfristig"] == ["langfristig", "2", "6.300.000 €"]
    assert ["Summe", "19", "13.955.000 €"] in cells
    assert ["Geschätzte Kosten gesamt", "13.955.000 €"] in cells
    shipped = load_content()["proposals"]
    own, grants = (sum(p[key] or 0 for p in shipped) for key in ("own_share_eur", "grants_eur"))
    assert own + grants == 13_955_000, "the demo's shares add up to its total"
    assert ["davon Eigenanteil", "4.376.500 €"] in cells and own == 4_376_500
    assert ["davon Fördermittel", "9.578.500 €"] in cells
    assert ["Folgekosten pro Jahr", "1.050.000 €"] in cells
    assert sum(p["follow_up_eur"] or 0 for p in shipped) == 1_050_000
    assert ["Personal (VZÄ)", "13,8"] in cells
    # quick wins: the summary's list is the portfolio's quadrant, and the chart marks them
    start = texts.index("1.2 Quick Wins")
    listed = [p.text for p in paper.paragraphs[start:] if p.style.name == "List Bullet"][:20]
    in_quadrant = [
        p.title
        for p in report.ranked()
        if portfolio_quadrant(p.benefit, p.effort) is PortfolioQuadrant.QUICK_WINS
    ]
    assert listed[: len(in_quadrant)] == in_quadrant and "Gigabit-Gewerbegebiete" in in_quadrant
    assert "Rufbus Digital" not in in_quadrant, "flagged, but among the money pits"
    disagreeing = [t for t in texts if "Steckbrief" in t and "Quick Win" in t]
    assert disagreeing == [], "a flag the evaluation overrules is the editor's: export findings"
    findings = preflight(report, ExportJob(paper=Path("p.docx")))
    keys = {(f.key, f.subject) for f in findings}
    assert (QUICK_WIN_UNFLAGGED, "Dorf-App") in keys and (
        QUICK_WIN_OVERRULED,
        "Rufbus Digital",
    ) in keys
