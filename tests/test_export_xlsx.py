"""The Excel workbook, read back with openpyxl and recalculated by LibreOffice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from lk40_desktop.export.atomic import ExportTargetError
from lk40_desktop.export.job import ExportJob, run_export
from lk40_desktop.operations import rows as edits
from lk40_desktop.services.report import Report, build_report
from lk40_desktop.store.document import WorkshopDocument

DANGEROUS = ["=cmd|' /C calc'!A0", "+49 170 1234567", "-Gefahr", "@SUM(A1:A9)"]


@pytest.fixture
def report(demo_document: WorkshopDocument) -> Report:
    with demo_document.reading() as session:
        return build_report(session)


def _sheet_rows(sheet) -> list[tuple]:  # type: ignore[no-untyped-def]
    return list(sheet.iter_rows(min_row=2, values_only=True))


def test_every_list_is_a_formatted_table(report: Report, out: Path) -> None:
    target = out / "strategie.xlsx"
    run_export(report, ExportJob(workbook=target))
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "Projekt",
        "Stakeholder",
        "Beziehungen",
        "Ideen",
        "Projektvorschläge",
        "Kriterien",
        "Bewertungsmatrix",
        "Einzelbewertungen",
        "Sensitivität",
    ]
    stakeholders = book["Stakeholder"]
    assert stakeholders["A1"].value == "Name" and stakeholders["A1"].font.bold
    assert stakeholders.freeze_panes == "B2" and len(stakeholders.tables) == 1
    assert (
        stakeholders.page_setup.orientation == "landscape"
        and stakeholders.page_setup.fitToWidth == 1
    )
    assert stakeholders.print_title_rows == "$1:$1"
    assert len(_sheet_rows(stakeholders)) == 46
    assert len(_sheet_rows(book["Beziehungen"])) == 22
    assert len(_sheet_rows(book["Ideen"])) == 152
    proposals = book["Projektvorschläge"]
    header = [c.value for c in proposals[1]]
    assert header[:3] == ["Handlungsfeld", "Titel", "Ziel"] and "Kosten (EUR)" in header
    cost = proposals.cell(row=2, column=header.index("Kosten (EUR)") + 1)
    assert cost.value == 1_200_000 and "€" in cost.number_format
    assert proposals["A2"].fill.fgColor.rgb not in (None, "00000000"), "action-field colour"
    evaluation = report.evaluation
    every = len(evaluation.proposals) * len(evaluation.criteria) * len(evaluation.raters)
    scores = _sheet_rows(book["Einzelbewertungen"])
    assert len(scores) == every > 446, "every score, and an empty cell for each missing one"
    assert sum(row[5] is not None for row in scores) == 446
    assert book["Projekt"]["B3"].value == "Musterlandkreis"


def test_english_workbook(report: Report, out: Path) -> None:
    run_export(report, ExportJob(workbook=out / "strategy.xlsx", language="en"))
    book = openpyxl.load_workbook(out / "strategy.xlsx")
    assert book.sheetnames[-3:] == ["Scoring matrix", "Rater scores", "Sensitivity"]
    assert book["Stakeholders"]["F1"].value == "Quadrant"
    assert book["Stakeholders"]["F2"].value in {
        "Manage closely",
        "Keep satisfied",
        "Keep informed",
        "Monitor",
    }


def test_user_text_never_becomes_a_formula(demo_document: WorkshopDocument, out: Path) -> None:
    rows = {
        f"x{i}": {"title": text, "notes": text, "place": "Rathaus\x07 😀"}
        for i, text in enumerate(DANGEROUS)
    }
    demo_document.write(lambda s: edits.create(s, "workshop", rows))
    with demo_document.reading() as session:
        report = build_report(session)
    run_export(report, ExportJob(workbook=out / "x.xlsx"))
    sheet = openpyxl.load_workbook(out / "x.xlsx")["Projekt"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    for text in DANGEROUS:
        assert text in cells, text
        assert cells[text].data_type == "s", f"{text!r} must stay text"
    assert "Rathaus 😀" in cells, "control characters are dropped, emoji kept"
    with demo_document.reading() as session:  # the project file keeps the text whole
        assert build_report(session).workshops[-1][2] == "Rathaus\x07 😀"


def test_scoring_matrix_has_live_formulas(report: Report, out: Path) -> None:
    run_export(report, ExportJob(workbook=out / "m.xlsx"))
    book = openpyxl.load_workbook(out / "m.xlsx")
    sheet = book["Bewertungsmatrix"]
    header = [c.value for c in sheet[3]]
    total, rank = header.index("Nutzwert") + 1, header.index("Rang") + 1
    assert str(sheet.cell(row=4, column=total).value).startswith("=IF(SUMPRODUCT(")
    assert "RANK(" in str(sheet.cell(row=4, column=rank).value)
    assert sheet.cell(row=4, column=4).value.startswith("=IF(COUNTIFS('Einzelbewertungen'!")
    assert "AVERAGEIFS(" in sheet.cell(row=4, column=4).value, "the mean, as the demo chose"
    cost = header.index("Nutzen: Kosten") + 1
    assert sheet.cell(row=2, column=cost).value == "=Gewicht_5"
    assert "'Kriterien'!$G$6=\"Kosten\"" in sheet.cell(row=4, column=cost).value
    assert str(book["Kriterien"]["D2"].value).startswith("=IF(SUM($C$2:$C$7)=0")
    assert "Kostenkriterium" not in [c.value for c in book["Kriterien"][1]], "one direction"


def test_failed_export_leaves_the_old_file(report: Report, out: Path) -> None:
    target = out / "alt.xlsx"
    target.write_bytes(b"previous version")
    with pytest.raises(ExportTargetError):
        run_export(report, ExportJob(workbook=out / "fehlt" / "neu.xlsx"))
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in out.iterdir()) == ["alt.xlsx"]


def test_command_line_export(demo_file: Path, out: Path) -> None:
    target = out / "aus der Kommandozeile.xlsx"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lk40_desktop",
            "export",
            str(demo_file),
            "--xlsx",
            str(target),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(target).sheetnames[0] == "Project"
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "lk40_desktop",
            "export",
            str(out / "fehlt.lk40"),
            "--xlsx",
            str(out / "x.xlsx"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
