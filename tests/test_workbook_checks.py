"""The workbook for power users, read back with openpyxl: input checks with messages in the
export's language, protected formulas and unlocked inputs, table and defined names,
conditional formats, print setup, widths from what the cells show, unique column names, and
user text that looks like a formula kept as text on the scoring sheets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from lk40_desktop.export.job import ExportJob, run_export
from lk40_desktop.export.workbook.writer import PAGE_WIDTH, unique_names
from lk40_desktop.services.report import Report
from tests.helpers.workbooks import INJECTION, demo_report, twin_names


@pytest.fixture(scope="module")
def report(demo_template: Path) -> Report:
    return demo_report(demo_template)


@pytest.fixture(scope="module")
def book(report: Report, tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    target = tmp_path_factory.mktemp("book") / "Mappe.xlsx"
    run_export(report, ExportJob(workbook=target))
    return openpyxl.load_workbook(target)


def _checks(sheet: Any) -> dict[str, Any]:
    return {str(check.sqref): check for check in sheet.data_validations.dataValidation}


def test_every_input_cell_is_checked_with_a_german_message(book: openpyxl.Workbook) -> None:
    criteria = _checks(book["Kriterien"])
    weight = criteria["C2:C7"]
    assert (weight.type, weight.operator, weight.formula1) == ("decimal", "greaterThanOrEqual", "0")
    assert weight.showInputMessage and weight.prompt.startswith("Eine Zahl ab 0")
    assert weight.showErrorMessage and weight.errorStyle == "stop" and weight.allow_blank
    assert criteria["E2:F7"].type == "decimal"
    assert criteria["G2:G7"].formula1 == '"Nutzen,Kosten"'
    assert criteria["H2:H7"].formula1 == '"Nutzen,Aufwand,–"'
    scores = _checks(book["Einzelbewertungen"])
    (cells,) = scores
    value = scores[cells]
    assert cells.startswith("F2:F") and value.type == "decimal" and value.operator == "between"
    assert value.formula1 == "INDEX('Kriterien'!$E$2:$E$7,MATCH($C2,'Kriterien'!$A$2:$A$7,0))"
    assert value.formula2.startswith("INDEX('Kriterien'!$F$2:$F$7,")
    assert "nicht als 0" in value.prompt and "Skala" in value.error
    cost = _checks(book["Projektvorschläge"])["H2:H20"]
    assert cost.operator == "greaterThanOrEqual" and "Euro" in cost.prompt


def test_formulas_are_protected_and_inputs_unlocked(book: openpyxl.Workbook) -> None:
    for title in ("Projekt", "Kriterien", "Bewertungsmatrix", "Einzelbewertungen"):
        protection = book[title].protection
        assert protection.sheet and not protection.password, title
        assert not protection.autoFilter and not protection.sort, "filtering stays allowed"
    criteria = book["Kriterien"]
    assert not criteria["C2"].protection.locked and not criteria["G7"].protection.locked
    assert criteria["D2"].protection.locked, "the share is a formula"
    assert criteria["A2"].protection.locked and criteria["B2"].protection.locked
    scores = book["Einzelbewertungen"]
    assert not scores["F2"].protection.locked and not scores[f"F{scores.max_row}"].protection.locked
    assert scores["A2"].protection.locked and scores["C2"].protection.locked, "the keys"
    matrix = book["Bewertungsmatrix"]
    assert all(cell.protection.locked for cell in matrix[4])
    assert not book["Stakeholder"].protection.sheet, "a list without formulas stays open"


def test_tables_and_weights_have_meaningful_names(book: openpyxl.Workbook) -> None:
    tables = {name for sheet in book for name in sheet.tables}
    assert {
        "tbl_Stakeholder",
        "tbl_Beziehungen",
        "tbl_Ideen",
        "tbl_Projektvorschlaege",
        "tbl_Kriterien",
        "tbl_Bewertungsmatrix",
        "tbl_Einzelbewertungen",
        "tbl_Sensitivitaet",
        "tbl_Workshops",
        "tbl_Handlungsfelder",
        "tbl_Zeithorizont",
    } <= tables
    assert not any(name.startswith("Tabelle") for name in tables)
    names = book.defined_names
    assert names["Gewichte"].attr_text == "'Kriterien'!$C$2:$C$7"
    assert [names[f"Gewicht_{n}"].attr_text for n in (1, 6)] == [
        "'Kriterien'!$C$2",
        "'Kriterien'!$C$7",
    ]


def _formats(sheet: Any) -> dict[str, list[str]]:
    return {
        str(area.sqref): [formula for rule in rules for formula in rule.formula]
        for area, rules in sheet.conditional_formatting._cf_rules.items()
    }


def test_conditional_formats_mark_top_five_quick_wins_and_missing_scores(
    book: openpyxl.Workbook,
) -> None:
    matrix = _formats(book["Bewertungsmatrix"])
    header = [c.value for c in book["Bewertungsmatrix"][3]]
    rank = openpyxl.utils.get_column_letter(header.index("Rang") + 1)
    quick = openpyxl.utils.get_column_letter(header.index("Quick Win") + 1)
    assert matrix["A4:A22"] == [f"AND(ISNUMBER(${rank}4),${rank}4<=5)"]
    assert matrix[f"{quick}4:{quick}22"] == [f'${quick}4="ja"']
    assert matrix["D4:I22"] == ["NOT(ISNUMBER(D4))"], "a criterion without any score"
    scores = _formats(book["Einzelbewertungen"])
    (cells,) = scores
    assert "ISBLANK(F2)" in scores[cells] and any("OR(F2<INDEX(" in f for f in scores[cells])


def test_print_setup_panes_and_widths(book: openpyxl.Workbook) -> None:
    for sheet in book:
        assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4), sheet.title
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.print_title_rows, sheet.title
    assert book["Projekt"].freeze_panes is None, "no frozen rows above the workshops"
    matrix = book["Bewertungsmatrix"]
    assert matrix.freeze_panes == "B4" and matrix.print_title_rows == "$3:$3"
    widths = {
        letter: matrix.column_dimensions[letter].width
        for letter in (openpyxl.utils.get_column_letter(c) for c in range(1, matrix.max_column + 1))
    }
    assert sum(widths.values()) <= PAGE_WIDTH and matrix.page_setup.fitToWidth == 1
    assert max(widths[c] for c in "DEFGHIJKLMNOPQRST") <= 8, "numbers under upright headers"
    assert matrix["D3"].alignment.text_rotation == 90
    proposals = book["Projektvorschläge"]
    assert proposals.print_title_cols == "$A:$B", "too wide for one page: field and title repeat"
    assert not proposals.sheet_properties.pageSetUpPr or not (
        proposals.sheet_properties.pageSetUpPr.fitToPage
    )


def test_unique_column_names() -> None:
    assert unique_names(["Kosten", "kosten", "Kosten", "Zeile\neins", ""]) == [
        "Kosten",
        "kosten (2)",
        "Kosten (3)",
        "Zeile eins",
        "–",
    ]


def test_twin_criteria_and_formula_like_names_stay_text(report: Report, out: Path) -> None:
    run_export(twin_names(report), ExportJob(workbook=out / "twins.xlsx"))
    book = openpyxl.load_workbook(out / "twins.xlsx")
    matrix = book["Bewertungsmatrix"]
    (table,) = matrix.tables.values()
    names = [column.name for column in table.tableColumns]
    assert len({n.casefold() for n in names}) == len(names)
    first = report.evaluation.criteria[0].name
    assert names[3:6] == [first, f"{first.upper()} (2)", INJECTION]
    third = 2 + 2 * len(report.evaluation.raters)  # the rater sheet's first row of criterion 3
    for sheet, cells in (
        (matrix, ["A4", "F3"]),
        (book["Einzelbewertungen"], ["B2", f"D{third}"]),
        (book["Kriterien"], ["B4"]),
    ):
        for cell in cells:
            assert sheet[cell].value == INJECTION and sheet[cell].data_type == "s", cell


def test_english_workbook_speaks_english(report: Report, out: Path) -> None:
    run_export(report, ExportJob(workbook=out / "en.xlsx", language="en"))
    book = openpyxl.load_workbook(out / "en.xlsx")
    criteria = _checks(book["Criteria"])
    assert criteria["C2:C7"].prompt.startswith("A number of 0 or more")
    assert criteria["G2:G7"].formula1 == '"Benefit,Cost"'
    assert "Weights" in book.defined_names and "Weight_1" in book.defined_names
    matrix = book["Scoring matrix"]
    assert matrix["J2"].value == "=Weight_1"
    assert '="Cost"' in matrix["J4"].value
    assert "tbl_Scoring_matrix" in matrix.tables
