"""The Word strategy paper, read back with python-docx and converted by LibreOffice."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm, Pt

from lk40_desktop.export.docx_paper import DEFAULT_CHAPTERS
from lk40_desktop.export.job import ExportJob, run_export
from lk40_desktop.export.progress import ExportCancelledError
from lk40_desktop.export.word_template import TemplateError
from lk40_desktop.operations import rows as edits
from lk40_desktop.services.report import Report, build_report
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import Idea
from lk40_desktop.store.queries import live


@pytest.fixture
def report(demo_document: WorkshopDocument) -> Report:
    with demo_document.reading() as session:
        return build_report(session)


def _texts(path: Path) -> list[str]:
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return texts


def test_paper_structure(report: Report, out: Path) -> None:
    target = out / "Strategiepapier.docx"
    run_export(report, ExportJob(paper=target))
    document = Document(str(target))
    paragraphs = [p.text for p in document.paragraphs]
    assert (
        paragraphs[0] == "Musterlandkreis"
        and paragraphs[1] == "Digitalisierungsstrategie Landkreis 4.0"
    )
    assert "Zeitraum: 15.01.2026 – 30.09.2026" in paragraphs
    body = document.element.body.xml
    assert "PAGEREF _Toc0001" in body and "w:updateFields" in document.settings.element.xml
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings == [
        "Vorwort",
        "1 Management-Zusammenfassung",
        "2 Ausgangslage",
        "3 Leitbild und Leitlinien",
        "4 Vorgehen und Beteiligung",
        "5 Stakeholder-Analyse",
        "6 Handlungsfelder",
        "7 Priorisierung",
        "8 Roadmap",
        "9 Einbettung in bestehende Strategien",
        "10 Organisation und Steuerung",
        "11 Umsetzung und Monitoring",
        "12 Finanzierung",
        "13 Beschlussvorschlag",
        "14 Glossar",
        "15 Anhang: Alle Ideen",
    ]
    fields = [
        p.text
        for p in document.paragraphs
        if p.style.name == "Heading 2" and p.text.startswith("6.")
    ]
    assert len(fields) == 9 and fields[1] == "6.2 Breitband"
    contents = paragraphs[paragraphs.index("Inhaltsverzeichnis") :][:50]
    assert "6.2 Breitband\t" in contents, "contents pre-filled, a tab before the page number"
    assert body.count("SEQ Abbildung") == 3 and body.count("SEQ Tabelle") >= 20
    assert len(document.inline_shapes) == 3, "map, portfolio and roadmap"
    texts = _texts(target)
    assert "1.200.000 €" in texts and "Kostenschätzung" in texts
    assert any(text.startswith("„Klimadaten-Plattform“ bleibt nur auf Rang 4,") for text in texts)
    appendix = document.tables[-1]
    assert len(appendix.rows) == 153 and appendix.rows[0].cells[2].text == "Idee"


def test_english_paper_and_chosen_content(report: Report, out: Path) -> None:
    broadband = next(f.id for f in report.fields if f.name == "Breitband")
    target = out / "paper.docx"
    run_export(
        report,
        ExportJob(
            paper=target,
            language="en",
            chapters=frozenset({"fields", "prioritisation"}),
            field_ids=frozenset({broadband}),
        ),
    )
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "1 Action fields" and headings[1] == "1.1 Breitband"
    assert "2 Prioritisation" in headings and not any("Appendix" in h for h in headings)
    assert "€4,800,000" in _texts(target)


def test_board_pictures_are_an_appendix_on_request(report: Report, out: Path) -> None:
    chosen = {f.id for f in report.fields if f.name in ("Breitband", "Tourismus")}
    target = out / "boards.docx"
    run_export(
        report,
        ExportJob(
            paper=target, chapters=DEFAULT_CHAPTERS | {"boards"}, field_ids=frozenset(chosen)
        ),
    )
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings[-1].endswith("Anhang: Ideenboards")
    captions = [p.text.split(": ", 1)[1] for p in document.paragraphs if p.text.startswith("Abb")]
    assert captions[-2:] == ["Ideenboard Breitband", "Ideenboard Tourismus"]
    picture = document.inline_shapes[-1]
    assert picture.width <= Cm(16.01) and picture.height <= Cm(22.5)
    run_export(report, ExportJob(paper=out / "default.docx", field_ids=frozenset(chosen)))
    assert not any("Ideenboard" in text for text in _texts(out / "default.docx")), "asked for"


def test_long_roadmaps_continue_on_page_sized_figures_and_tables_repeat_headers(
    report: Report, out: Path
) -> None:
    many = [
        dataclasses.replace(proposal, title=f"{proposal.title} {copy}\nzweite Zeile")
        for copy in range(5)
        for proposal in report.proposals
    ]
    target = out / "roadmap.docx"
    run_export(
        dataclasses.replace(report, proposals=many),
        ExportJob(paper=target, chapters=frozenset({"fields", "roadmap"})),
    )
    document = Document(str(target))
    figures = [  # the number itself is a SEQ field, outside the paragraph's runs
        p.text.split(": ", 1)[1] for p in document.paragraphs if p.text.startswith("Abbildung")
    ]
    assert len(many) == 95 and figures == [
        f"Projektvorschläge nach Zeithorizont ({n}/3)" for n in (1, 2, 3)
    ]
    assert all(
        shape.height <= Cm(22.5) and shape.width <= Cm(16.01) for shape in document.inline_shapes
    )
    profile = next(t for t in document.tables if t.rows[0].cells[0].text == "Merkmal")
    assert profile.rows[1].cells[0].paragraphs[0].runs[0].bold, "profile labels are bold"
    assert not profile.rows[1].cells[1].paragraphs[0].runs[0].bold
    assert profile.rows[1].cells[0].paragraphs[0].runs[0].font.size == Pt(9)
    counts = document.tables[-1]
    assert counts.rows[0]._tr.xpath("./w:trPr/w:tblHeader"), "header repeats on each page"
    assert [c.text for c in counts.rows[0].cells] == [
        "Zeithorizont",
        "Projektvorschläge",
        "Kostenschätzung",
    ]
    line_break = next(
        p for p in document.paragraphs if p.style.name == "Heading 3" and "\n" in p.text
    )
    assert line_break.text.endswith("0\nzweite Zeile"), "line breaks in titles stay breaks"


def test_text_word_cannot_store_is_cleaned_only_in_the_paper(
    demo_document: WorkshopDocument, out: Path
) -> None:
    with demo_document.reading() as session:
        idea = session.scalars(
            live(Idea).where(Idea.text == "Rufbus auf Abruf per App für die Dörfer")
        ).one()
    demo_document.write(
        lambda s: edits.set_fields(s, "idea", {idea.id: {"text": "Rufbus\x07 per App 🚌 =1+1"}})
    )
    with demo_document.reading() as session:
        report = build_report(session)
        assert session.get(Idea, idea.id).text == "Rufbus\x07 per App 🚌 =1+1"  # type: ignore[union-attr]
    run_export(report, ExportJob(paper=out / "p.docx"))
    assert any("Rufbus per App 🚌 =1+1" in text for text in _texts(out / "p.docx"))


def test_county_template_styles_header_and_page_are_used(report: Report, out: Path) -> None:
    template = Document()
    template.styles["Normal"].font.name = "Arial"
    template.styles["Normal"].font.size = Pt(12)
    template.sections[0].header.paragraphs[0].text = "Landkreis Muster – Corporate Design"
    template.add_paragraph("Beispieltext der Vorlage, der nicht im Papier landen soll")
    template.save(str(out / "vorlage.docx"))
    run_export(report, ExportJob(paper=out / "p.docx", template=out / "vorlage.docx"))
    paper = Document(str(out / "p.docx"))
    assert paper.sections[0].header.paragraphs[0].text == "Landkreis Muster – Corporate Design"
    assert paper.styles["Normal"].font.name == "Arial" and paper.styles["Normal"].font.size == Pt(
        12
    )
    assert not any("Beispieltext" in p.text for p in paper.paragraphs)


def test_cancel_and_failure_leave_no_file_and_keep_the_old_one(report: Report, out: Path) -> None:
    target = out / "p.docx"
    target.write_bytes(b"previous paper")
    seen: list[int] = []

    def cancel_halfway(percent: int, _step: str) -> bool:
        seen.append(percent)
        return percent < 50

    with pytest.raises(ExportCancelledError):
        run_export(report, ExportJob(paper=target), cancel_halfway)
    assert seen and seen == sorted(seen)
    with pytest.raises(TemplateError):
        run_export(report, ExportJob(paper=target, template=out / "p.docx"))
    assert target.read_bytes() == b"previous paper"
    assert sorted(p.name for p in out.iterdir()) == ["p.docx"]


def test_command_line(demo_file: Path, out: Path) -> None:
    run = [sys.executable, "-m", "lk40_desktop", "export", str(demo_file)]
    done = subprocess.run(
        [
            *run,
            *("--docx", str(out / "p.docx"), "--xlsx", str(out / "w.xlsx"), "--lang", "de"),
            *("--final", "--roadmap-order", "rank"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [str(out / "w.xlsx"), str(out / "p.docx")], "job order"
    assert "lk40: note: 'Dorf-App' is a quick win by the evaluation" in done.stderr
    title_page = [p.text for p in Document(str(out / "p.docx")).paragraphs[:8]]
    assert any(t.startswith("Stand ") for t in title_page), "--final"
    assert not any("Entwurf" in t for t in title_page)
    assert any(t.endswith("Sortiert nach Rang.") for t in _texts(out / "p.docx"))
    assert (out / "p.docx").stat().st_size > 100_000 and (out / "w.xlsx").exists()
    assert not any("Ideenboard" in text for text in _texts(out / "p.docx"))
    pictures = subprocess.run(
        [*run, "--docx", str(out / "b.docx"), "--board-pictures"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert pictures.returncode == 0, pictures.stderr
    assert any(text.endswith("Ideenboard Elektromobilität") for text in _texts(out / "b.docx"))
    for extra in (
        ["--docx", str(out / "x.docx"), "--template", str(out / "fehlt.docx")],
        ["--docx", str(out / "x.docx"), "--template", str(out / "w.xlsx")],
        [],
    ):
        failed = subprocess.run(
            [*run, *extra], capture_output=True, text=True, timeout=300, check=False
        )
        assert failed.returncode == 1, (extra, failed.stderr)
        assert len(failed.stderr.strip().splitlines()) == 1
    assert not (out / "x.docx").exists()
