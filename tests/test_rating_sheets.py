"""Rating sheets out and back: the sheets read back with openpyxl (validation, protection, id
sheet, print set-up), filled as raters would and read in — every refusal with its reason, one
undo step — re-saved by LibreOffice, and the round trip into the recalculated workbook."""

from __future__ import annotations

import random
import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from lk40_desktop.export.job import ExportJob, run_export
from lk40_desktop.export.rating_sheet import write_rating_sheets
from lk40_desktop.operations.edit import EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.proposals import delete_proposals
from lk40_desktop.operations.scoring import import_scores, update_criterion
from lk40_desktop.services.report import build_report
from lk40_desktop.services.scoring.arithmetic import evaluate
from lk40_desktop.services.scoring.evaluation import aggregation_setting, load_evaluation
from lk40_desktop.services.scoring.rating_sheets import (
    FIRST_COLUMN,
    FIRST_ROW,
    ID_SHEET,
    load_rating_sheets,
)
from lk40_desktop.services.scoring.returned_sheets import (
    CellProblem,
    FileProblem,
    ReturnedSheetError,
    check_returned,
    read_returned,
    score_value,
)
from lk40_desktop.store.document import WorkshopDocument
from tests.helpers.office import convert

HAVE_OFFICE = shutil.which("soffice") is not None


def _sheets(document: WorkshopDocument, folder: Path, language: str = "de") -> list[Path]:
    folder.mkdir(exist_ok=True)
    with document.reading() as session:
        sheets = load_rating_sheets(session, language, datetime(2027, 3, 1, 9, 30))
    return write_rating_sheets(sheets, folder, language)


def _scores(document: WorkshopDocument) -> dict[tuple[str, str, str], float]:
    with document.reading() as session:
        evaluation = load_evaluation(session)
    scores = evaluation.input.scores
    return {
        (p.id, c.spec.id, r): float(scores[i, k, j])
        for i, p in enumerate(evaluation.proposals)
        for k, c in enumerate(evaluation.criteria)
        for j, (r, _name) in enumerate(evaluation.raters)
        if scores[i, k, j] == scores[i, k, j]
    }


def _fill(path: Path, values: dict[str, object]) -> None:
    """A rater types into the rating sheet (cell reference → value) and saves it."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for reference, value in values.items():
        sheet[reference] = value
    book.save(path)


def _import(document: WorkshopDocument, paths: list[Path]):  # type: ignore[no-untyped-def]
    sheets = [read_returned(path) for path in paths]
    with document.reading() as session:
        check = check_returned(session, sheets)
    edit = (
        perform(document, lambda session: import_scores(session, sheets))
        if not check.refused
        else None
    )
    return check, edit


def test_a_sheet_per_rater_with_validated_unlocked_inputs_and_a_hidden_id_sheet(
    demo_document: WorkshopDocument, out: Path
) -> None:
    paths = _sheets(demo_document, out / "de")
    with demo_document.reading() as session:
        evaluation = load_evaluation(session)
    assert [p.name for p in paths] == [
        f"Bewertungsbogen {name}.xlsx" for _id, name in evaluation.raters
    ]
    book = openpyxl.load_workbook(paths[0])
    assert book.sheetnames == ["Bewertung", "Steckbriefe", "Kriterien", ID_SHEET]
    assert book[ID_SHEET].sheet_state == "hidden" and book[ID_SHEET].protection.sheet
    assert book.security.lockStructure  # nobody unhides the id sheet by mistake
    sheet = book["Bewertung"]
    proposals, criteria = evaluation.proposals, evaluation.criteria
    assert sheet.cell(row=FIRST_ROW, column=2).value == proposals[0].title
    assert (
        sheet.cell(row=FIRST_ROW - 1, column=FIRST_COLUMN).value == f"{criteria[0].name}\n(0 bis 5)"
    )
    # the rater's own scores so far are in the sheet (a sheet sent again shows them)
    first_rater = evaluation.raters[0][0]
    assert (
        sheet.cell(row=FIRST_ROW, column=FIRST_COLUMN).value
        == _scores(demo_document)[(proposals[0].id, criteria[0].spec.id, first_rater)]
    )
    # protection: titles locked, every input cell unlocked, no password
    assert sheet.protection.sheet and not sheet.protection.password
    assert sheet.cell(row=FIRST_ROW, column=2).protection.locked
    last_row, last_column = FIRST_ROW + len(proposals) - 1, FIRST_COLUMN + len(criteria) - 1
    for row in range(FIRST_ROW, last_row + 1):
        for column in range(FIRST_COLUMN, last_column + 1):
            assert not sheet.cell(row=row, column=column).protection.locked
    # validation: a decimal on the criterion's scale, German input message, stop on error
    validations = sheet.data_validations.dataValidation
    assert len(validations) == len(criteria)
    first = validations[0]
    assert (first.type, first.operator, first.formula1, first.formula2) == (
        "decimal",
        "between",
        "0",
        "5",
    )
    assert first.showInputMessage and first.showErrorMessage and first.errorStyle == "stop"
    assert (
        first.prompt.startswith("Eine Zahl von 0 bis 5") and first.promptTitle == criteria[0].name
    )
    assert str(first.sqref) == f"D{FIRST_ROW}:D{last_row}"
    # print: A4 landscape, one page wide, header row repeated, input cells frozen in view
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == f"${FIRST_ROW - 1}:${FIRST_ROW - 1}"
    assert sheet.freeze_panes == f"D{FIRST_ROW}"
    # the profiles and the criteria with what they mean
    assert book["Steckbriefe"].cell(row=2, column=2).value == proposals[0].title
    criteria_sheet = book["Kriterien"]
    assert criteria_sheet["B2"].value.startswith("Wie sehr profitieren Bürgerinnen und Bürger")
    assert "Höhere Werte sind schlechter" in next(
        criteria_sheet.cell(row=r, column=2).value
        for r in range(2, 2 + len(criteria))
        if criteria_sheet.cell(row=r, column=1).value == "Kosten"
    )
    ids = {row[0]: row[1] for row in book[ID_SHEET].iter_rows(max_row=8, values_only=True)}
    with demo_document.reading() as session:
        from lk40_desktop.services.project import get_project

        assert ids["project"] == get_project(session).id
    assert ids["rater"] == first_rater and ids["format"] == "lk40-rating-sheet"


def test_english_sheets_speak_english(demo_document: WorkshopDocument, out: Path) -> None:
    book = openpyxl.load_workbook(_sheets(demo_document, out / "en", "en")[0])
    assert book.sheetnames == ["Rating", "Profiles", "Criteria", ID_SHEET]
    validation = book["Rating"].data_validations.dataValidation[0]
    assert validation.prompt.startswith("A number from 0 to 5") and validation.promptTitle == (
        "Benefit for citizens"
    )
    assert book["Criteria"]["A2"].value == "Benefit for citizens"


def test_user_text_never_becomes_a_formula_in_a_sheet(
    demo_document: WorkshopDocument, out: Path
) -> None:
    with demo_document.reading() as session:
        first = load_evaluation(session).proposals[0].id
    from lk40_desktop.operations.proposals import update_proposal

    perform(
        demo_document,
        lambda s: update_proposal(s, first, {"title": "=cmd|' /C calc'!A0\x07", "goal": "+49 170"}),
    )
    paths = _sheets(demo_document, out / "x")
    book = openpyxl.load_workbook(paths[0])
    cell = book["Bewertung"].cell(row=FIRST_ROW, column=2)
    assert cell.value == "=cmd|' /C calc'!A0" and cell.data_type == "s"
    assert book["Steckbriefe"]["D2"].data_type == "s"
    _fill(paths[0], {f"D{FIRST_ROW}": 2})
    check, edit = _import(demo_document, paths[:1])
    assert edit is not None and not check.results[0].skipped


def test_texts_that_are_numbers_and_texts_that_are_not() -> None:
    assert score_value("3,5") == score_value("3.5") == score_value(" 3,5 ") == 3.5
    assert score_value(4) == 4.0 and score_value("4") == 4.0 and score_value(",5") == 0.5
    for text in ("drei", "3,5,1", "1.000,5", "3 Punkte", "#DIV/0!", True, datetime(2027, 5, 3)):
        assert score_value(text) is None


def test_filled_sheets_land_as_each_raters_scores_in_one_undo_step(
    demo_document: WorkshopDocument, out: Path
) -> None:
    before = _scores(demo_document)
    paths = _sheets(demo_document, out / "s")
    with demo_document.reading() as session:
        evaluation = load_evaluation(session)
    rater = evaluation.raters[1][0]
    p0, p1 = evaluation.proposals[0].id, evaluation.proposals[1].id
    c0, c1 = evaluation.criteria[0].spec.id, evaluation.criteria[1].spec.id
    _fill(
        paths[1],
        {
            f"D{FIRST_ROW}": "3,5",
            f"E{FIRST_ROW}": "2.5",
            f"D{FIRST_ROW + 1}": 1,
            f"E{FIRST_ROW + 1}": None,
        },
    )
    check, edit = _import(demo_document, [paths[1]])
    assert edit is not None and not check.results[0].skipped
    after = _scores(demo_document)
    assert after[(p0, c0, rater)] == 3.5 and after[(p0, c1, rater)] == 2.5
    assert after[(p1, c0, rater)] == 1.0
    assert after[(p1, c1, rater)] == before[(p1, c1, rater)], "an empty cell changes nothing"
    changed = {key for key in after if after[key] != before.get(key)}
    assert changed and changed <= {(p0, c0, rater), (p0, c1, rater), (p1, c0, rater)}
    revert(demo_document, edit)
    assert _scores(demo_document) == before


def test_each_bad_cell_is_skipped_with_its_reason(
    demo_document: WorkshopDocument, out: Path
) -> None:
    paths = _sheets(demo_document, out / "bad")
    with demo_document.reading() as session:
        evaluation = load_evaluation(session)
    criteria = evaluation.criteria
    cost = next(k for k, c in enumerate(criteria) if c.name == "Kosten")
    cost_letter = chr(ord("A") + FIRST_COLUMN - 1 + cost)
    gone = evaluation.proposals[2].id
    _fill(
        paths[0],
        {
            f"D{FIRST_ROW}": 9,  # off the scale 0–5
            f"E{FIRST_ROW}": "drei",  # text that is no number
            f"F{FIRST_ROW}": "4,5",  # fine
            f"{cost_letter}{FIRST_ROW + 1}": 3,  # the criterion's scale changes below
            f"D{FIRST_ROW + 2}": 2,  # the proposal is deleted below
        },
    )
    perform(demo_document, lambda s: update_criterion(s, criteria[cost].spec.id, {"scale_max": 10}))
    perform(demo_document, lambda s: delete_proposals(s, [gone]))
    check, edit = _import(demo_document, paths[:1])
    reasons = {(s.cell.reference, s.problem, s.detail) for s in check.results[0].skipped}
    assert (f"D{FIRST_ROW}", CellProblem.OFF_SCALE, "0–5") in reasons
    assert (f"E{FIRST_ROW}", CellProblem.NOT_A_NUMBER, "drei") in reasons
    assert (f"{cost_letter}{FIRST_ROW + 1}", CellProblem.CHANGED_CRITERION, "") in reasons
    assert (f"D{FIRST_ROW + 2}", CellProblem.UNKNOWN_PROPOSAL, "") in reasons
    assert edit is not None
    rater = evaluation.raters[0][0]
    assert _scores(demo_document)[(evaluation.proposals[0].id, criteria[2].spec.id, rater)] == 4.5
    assert (evaluation.proposals[0].id, criteria[0].spec.id, rater) not in check.results[0].values


def test_a_sheet_of_another_project_is_refused_whole(
    demo_document: WorkshopDocument, new_file: Path, out: Path
) -> None:
    paths = _sheets(demo_document, out / "other")
    other = WorkshopDocument.open(new_file)
    try:
        with other.reading() as session:
            check = check_returned(session, [read_returned(paths[0])])
        assert [e.problem for e in check.refused] == [FileProblem.OTHER_PROJECT]
        with other.reading() as session, pytest.raises(EditRefusedError) as refused:
            import_scores(session, [read_returned(paths[0])])
        assert refused.value.refusal is Refusal.SHEET_REFUSED
    finally:
        other.close()


def test_files_that_are_no_rating_sheets_are_refused(
    demo_document: WorkshopDocument, out: Path
) -> None:
    (out / "kaputt.xlsx").write_bytes(b"PK\x03\x04 not really")
    (out / "text.xlsx").write_text("Bewertung;3", encoding="utf-8")
    book = openpyxl.Workbook()
    book.active["A1"] = 3
    book.save(out / "fremd.xlsx")
    for name, problem in (
        ("kaputt.xlsx", FileProblem.UNREADABLE),
        ("text.xlsx", FileProblem.UNREADABLE),
        ("fremd.xlsx", FileProblem.NOT_A_SHEET),
    ):
        with pytest.raises(ReturnedSheetError) as refused:
            read_returned(out / name)
        assert refused.value.problem is problem
    paths = _sheets(demo_document, out / "twice")
    twice = out / "twice" / "Kopie.xlsx"
    shutil.copy(paths[0], twice)
    check, edit = _import(demo_document, [paths[0], twice])
    assert [e.problem for e in check.refused] == [FileProblem.SAME_RATER_TWICE] and edit is None


@pytest.mark.skipif(not HAVE_OFFICE, reason="needs LibreOffice")
def test_a_sheet_saved_again_by_libreoffice_reads_the_same(
    demo_document: WorkshopDocument, out: Path
) -> None:
    paths = _sheets(demo_document, out / "lo")
    _fill(
        paths[0],
        {f"D{FIRST_ROW}": "3,5", f"E{FIRST_ROW}": 4.5, f"F{FIRST_ROW}": "drei", f"G{FIRST_ROW}": 9},
    )
    (resaved,) = convert([paths[0]], out / "resaved", "xlsx")
    assert resaved.exists() and resaved.read_bytes() != paths[0].read_bytes()
    original, again = read_returned(paths[0]), read_returned(resaved)
    assert [(c.reference, c.value, c.fingerprint) for c in again.cells] == [
        (c.reference, c.value, c.fingerprint) for c in original.cells
    ]
    with demo_document.reading() as session:
        first, second = (
            check_returned(session, [original]).results[0],
            check_returned(session, [again]).results[0],
        )
    assert first.values == second.values
    assert (
        [(s.cell.reference, s.problem) for s in first.skipped]
        == [(s.cell.reference, s.problem) for s in second.skipped]
        == [(f"F{FIRST_ROW}", CellProblem.NOT_A_NUMBER), (f"G{FIRST_ROW}", CellProblem.OFF_SCALE)]
    )


@pytest.mark.skipif(not HAVE_OFFICE, reason="needs LibreOffice")
def test_three_raters_round_trip_into_the_recalculated_workbook(
    demo_document: WorkshopDocument, out: Path
) -> None:
    """Sheets made, filled by three raters (whole numbers, decimals, "3,5" as text, a gap),
    read in; the workbook LibreOffice recalculates ranks the proposals as the app does."""
    paths = _sheets(demo_document, out / "trip")
    with demo_document.reading() as session:
        evaluation = load_evaluation(session)
    chance = random.Random(21)
    typed: dict[tuple[str, str, str], float] = {}
    for number, path in enumerate(paths[:3]):
        rater = evaluation.raters[number][0]
        values: dict[str, object] = {}
        for i, proposal in enumerate(evaluation.proposals):
            for k, criterion in enumerate(evaluation.criteria):
                reference = f"{chr(ord('A') + FIRST_COLUMN - 1 + k)}{FIRST_ROW + i}"
                if chance.random() < 0.05:
                    values[reference] = None  # not rated: the score so far stays
                    continue
                value = chance.choice([0, 1, 2, 3, 4, 5, 2.5, 3.5])
                values[reference] = f"{value}".replace(".", ",") if chance.random() < 0.2 else value
                typed[(proposal.id, criterion.spec.id, rater)] = float(value)
        _fill(path, values)
    check, edit = _import(demo_document, paths[:3])
    assert edit is not None and check.score_count == len(typed)
    assert not any(result.skipped for result in check.results)
    scores = _scores(demo_document)
    assert all(scores[key] == value for key, value in typed.items())
    with demo_document.reading() as session:
        report = build_report(session)
        method = aggregation_setting(session)
        expected = evaluate(load_evaluation(session).input, method)
    assert report.result is not None and report.result.ranks.tolist() == expected.ranks.tolist()
    target = out / "Arbeitsmappe.xlsx"
    run_export(report, ExportJob(workbook=target))
    (computed,) = convert([target], out / "recalculated", "xlsx")
    matrix = openpyxl.load_workbook(computed, data_only=True)["Bewertungsmatrix"]
    header_row = next(r for r in range(1, 10) if "Rang" in [c.value for c in matrix[r]])
    header = [c.value for c in matrix[header_row]]
    rank, title = header.index("Rang") + 1, header.index("Projektvorschlag") + 1
    ranks = {
        matrix.cell(row=row, column=title).value: matrix.cell(row=row, column=rank).value
        for row in range(header_row + 1, header_row + 1 + len(evaluation.proposals))
    }
    assert ranks == {
        p.title: int(r) for p, r in zip(evaluation.proposals, expected.ranks.tolist(), strict=True)
    }
