"""The workbook's scoring formulas recalculated by LibreOffice: every variant a power user
makes (a rater's score changed on the rater sheet, scores cleared, a scale collapsed, all
weights zero, a criterion turned into a cost criterion, a score off the scale) and the median
mode give the app's totals and ranks, and never an error value. All variants are converted
in one LibreOffice start (each start costs seconds)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest

from lk40_desktop.export.job import ExportJob, run_export
from lk40_desktop.services.report import Report
from lk40_desktop.services.scoring.arithmetic import (
    Aggregation,
    CriterionSpec,
    ScoringInput,
    ScoringResult,
    evaluate,
)
from tests.helpers.office import HAVE_OFFICE, convert
from tests.helpers.workbooks import demo_report, twin_names

pytestmark = pytest.mark.skipif(not HAVE_OFFICE, reason="needs LibreOffice and poppler")

Change = Callable[[openpyxl.Workbook, Report], ScoringInput | None]
"""Edits a written workbook as a user would; returns the input the app would compute from
(None: the app refuses to compute, e.g. all weights zero)."""


def _median(report: Report) -> Report:
    result = evaluate(report.evaluation.input, Aggregation.MEDIAN)
    return dataclasses.replace(report, aggregation=Aggregation.MEDIAN, result=result)


def _rows(book: openpyxl.Workbook, report: Report) -> dict[tuple[int, int, int], Any]:
    """The rater sheet's value cells by (proposal, criterion, rater) index."""
    sheet = book["Einzelbewertungen"]
    raters = {name: r for r, (_id, name) in enumerate(report.evaluation.raters)}
    return {
        (row[0].value - 1, row[2].value - 1, raters[row[4].value]): row[5]
        for row in sheet.iter_rows(min_row=2)
    }


def _criteria(book: openpyxl.Workbook) -> Any:
    return book["Kriterien"]


def _with_specs(data: ScoringInput, specs: list[CriterionSpec]) -> ScoringInput:
    return ScoringInput(data.proposal_ids, specs, data.rater_ids, data.scores)


def rater_changes_a_proposal(book: openpyxl.Workbook, report: Report) -> ScoringInput:
    """One rater gives the app's last proposal the best value on every criterion."""
    data = report.evaluation.input
    assert report.result is not None
    worst = int(np.nanargmax(report.result.ranks))
    scores = data.scores.copy()
    cells = _rows(book, report)
    for c, spec in enumerate(data.criteria):
        best = spec.scale_min if spec.cost else spec.scale_max
        cells[(worst, c, 0)].value = best
        scores[worst, c, 0] = best
    return ScoringInput(data.proposal_ids, data.criteria, data.rater_ids, scores)


def scores_cleared(book: openpyxl.Workbook, report: Report) -> ScoringInput:
    """Every score of the first proposal on criterion 1 cleared, and one rater's on the rest."""
    data = report.evaluation.input
    scores = data.scores.copy()
    cells = _rows(book, report)
    for (p, c, r), cell in cells.items():
        if p == 0 and (c == 0 or r == 0):
            cell.value = None
            scores[p, c, r] = np.nan
    return ScoringInput(data.proposal_ids, data.criteria, data.rater_ids, scores)


def score_off_the_scale(book: openpyxl.Workbook, report: Report) -> ScoringInput:
    """9s on a 0–5 scale (typed past the check, or kept from before the scale changed)."""
    data = report.evaluation.input
    assert report.result is not None
    worst = int(np.nanargmax(report.result.ranks))
    scores = data.scores.copy()
    cells = _rows(book, report)
    for (p, c, r), cell in cells.items():  # every rater: the mean is 9 as well
        if p == worst and not data.criteria[c].cost:
            cell.value = 9
            scores[p, c, r] = 9
    return ScoringInput(data.proposal_ids, data.criteria, data.rater_ids, scores)


def cost_by_direction(book: openpyxl.Workbook, report: Report) -> ScoringInput:
    """The first criterion made a cost criterion in its "Richtung" cell, nothing else."""
    data = report.evaluation.input
    _criteria(book)["G2"].value = "Kosten"
    specs = list(data.criteria)
    specs[0] = dataclasses.replace(specs[0], cost=True)
    return _with_specs(data, specs)


def scale_collapsed(book: openpyxl.Workbook, report: Report) -> ScoringInput:
    """The first criterion's scale from 3 to 3."""
    data = report.evaluation.input
    _criteria(book)["E2"].value = _criteria(book)["F2"].value = 3
    specs = list(data.criteria)
    specs[0] = dataclasses.replace(specs[0], scale_min=3, scale_max=3)
    return _with_specs(data, specs)


def weight_raised(book: openpyxl.Workbook, report: Report) -> ScoringInput:
    """A controller raises the weight of "Kosten" to 400."""
    data = report.evaluation.input
    names = [c.name for c in report.evaluation.criteria]
    _criteria(book).cell(row=2 + names.index("Kosten"), column=3).value = 400
    specs = list(data.criteria)
    specs[names.index("Kosten")] = dataclasses.replace(specs[names.index("Kosten")], weight=400)
    return _with_specs(data, specs)


def weights_zero(book: openpyxl.Workbook, report: Report) -> None:
    """Every weight 0: the app computes nothing (None); the workbook shows empty cells."""
    for row in range(2, 2 + len(report.evaluation.criteria)):
        _criteria(book).cell(row=row, column=3).value = 0


def unchanged(book: openpyxl.Workbook, report: Report) -> ScoringInput:
    return report.evaluation.input


CHANGES: dict[str, Change] = {
    "unchanged": unchanged,
    "weight": weight_raised,
    "rater": rater_changes_a_proposal,
    "cleared": scores_cleared,
    "off_scale": score_off_the_scale,
    "cost": cost_by_direction,
    "collapsed": scale_collapsed,
    "zero_weights": weights_zero,
}


@dataclasses.dataclass
class Recalculated:
    report: Report
    books: dict[str, openpyxl.Workbook]
    inputs: dict[str, ScoringInput | None]
    median: Report


@pytest.fixture(scope="module")
def recalculated(
    demo_template: Path, new_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Recalculated:
    folder = tmp_path_factory.mktemp("workbooks")
    report = demo_report(demo_template)
    run_export(report, ExportJob(workbook=folder / "base.xlsx"))
    sources, inputs = [], {}
    for name, change in CHANGES.items():
        book = openpyxl.load_workbook(folder / "base.xlsx")
        inputs[name] = change(book, report)
        book.save(folder / f"{name}.xlsx")
        sources.append(folder / f"{name}.xlsx")
    median = _median(report)
    run_export(median, ExportJob(workbook=folder / "median.xlsx"))
    run_export(twin_names(report), ExportJob(workbook=folder / "twins.xlsx"))
    run_export(demo_report(new_template), ExportJob(workbook=folder / "new.xlsx"))
    sources += [folder / "median.xlsx", folder / "twins.xlsx", folder / "new.xlsx"]
    converted = convert(sources, folder / "calc", "xlsx")
    books = {path.stem: openpyxl.load_workbook(path, data_only=True) for path in converted}
    return Recalculated(report, books, inputs, median)


def _matrix(book: openpyxl.Workbook) -> tuple[list[Any], list[Any]]:
    sheet = book["Bewertungsmatrix"]
    header = [c.value for c in sheet[3]]
    total, rank = header.index("Nutzwert"), header.index("Rang")
    rows = [row for row in sheet.iter_rows(min_row=4, values_only=True) if row[0]]
    return [row[total] for row in rows], [row[rank] for row in rows]


def _assert_like_the_app(book: openpyxl.Workbook, expected: ScoringResult) -> None:
    totals, ranks = _matrix(book)
    assert len(totals) == len(expected.totals)
    for got, want in zip(totals, expected.totals, strict=True):
        assert got == pytest.approx(float(want), abs=1e-9)
    assert ranks == [int(r) for r in expected.ranks]


def _errors(book: openpyxl.Workbook) -> list[str]:
    return [
        f"{sheet.title}!{cell.coordinate}={cell.value}"
        for sheet in book
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and (cell.value.startswith("#") or "Err:" in cell.value)
    ]


@pytest.mark.parametrize("name", [n for n in CHANGES if n != "zero_weights"])
def test_every_change_gives_the_apps_totals_and_ranks(
    recalculated: Recalculated, name: str
) -> None:
    data = recalculated.inputs[name]
    assert data is not None
    expected = evaluate(data, recalculated.report.aggregation)
    _assert_like_the_app(recalculated.books[name], expected)
    assert _errors(recalculated.books[name]) == []


def test_a_weight_moves_the_ranking(recalculated: Recalculated) -> None:
    assert _matrix(recalculated.books["weight"])[1] != _matrix(recalculated.books["unchanged"])[1]


def test_a_raters_scores_move_the_matrix(recalculated: Recalculated) -> None:
    """Changing one rater's scores on the rater sheet changes the total and the rank."""
    before_totals, before_ranks = _matrix(recalculated.books["unchanged"])
    after_totals, after_ranks = _matrix(recalculated.books["rater"])
    assert recalculated.report.result is not None
    worst = int(np.nanargmax(recalculated.report.result.ranks))
    assert after_totals[worst] > before_totals[worst]
    assert after_ranks[worst] < before_ranks[worst]


def test_missing_scores_are_not_zero(recalculated: Recalculated) -> None:
    data = recalculated.inputs["cleared"]
    assert data is not None
    zeros = ScoringInput(
        data.proposal_ids, data.criteria, data.rater_ids, np.nan_to_num(data.scores, nan=0.0)
    )
    totals, _ranks = _matrix(recalculated.books["cleared"])
    assert totals[0] != pytest.approx(float(evaluate(zeros).totals[0]))
    sheet = recalculated.books["cleared"]["Bewertungsmatrix"]
    header = [c.value for c in sheet[3]]
    assert sheet.cell(row=4, column=4).value is None, "no score at all: an empty cell"
    assert sheet.cell(row=4, column=header.index("Fehlend") + 1).value == 1


def test_a_score_off_the_scale_is_clipped_as_the_app_does(recalculated: Recalculated) -> None:
    """The 9s on a 0–5 scale rank the proposal as the app ranks it (their mean clipped to 5),
    not as a raw 9 would."""
    data = recalculated.inputs["off_scale"]
    assert data is not None and recalculated.report.result is not None
    worst = int(np.nanargmax(recalculated.report.result.ranks))
    widened = [dataclasses.replace(c, scale_max=9) for c in data.criteria]
    raw = evaluate(_with_specs(data, widened)).totals[worst]
    totals, _ranks = _matrix(recalculated.books["off_scale"])
    assert totals[worst] == pytest.approx(float(evaluate(data).totals[worst]))
    assert totals[worst] != pytest.approx(float(raw))


def test_the_direction_column_alone_makes_a_cost_criterion(recalculated: Recalculated) -> None:
    before, _ = _matrix(recalculated.books["unchanged"])
    after, _ = _matrix(recalculated.books["cost"])
    assert before != after


def test_zero_weights_and_a_collapsed_scale_give_no_error_values(
    recalculated: Recalculated,
) -> None:
    book = recalculated.books["zero_weights"]
    assert _errors(book) == []
    totals, ranks = _matrix(book)
    assert set(totals) == {None} and set(ranks) == {None}, "no total without a weight"
    shares = [row[3] for row in book["Kriterien"].iter_rows(min_row=2, values_only=True)]
    assert set(shares) == {None}
    assert _errors(recalculated.books["collapsed"]) == []


def test_median_mode_gives_the_apps_median_ranking(recalculated: Recalculated) -> None:
    median = recalculated.median
    assert median.result is not None and recalculated.report.result is not None
    assert median.result.ranks.tolist() != recalculated.report.result.ranks.tolist(), (
        "the demo's median ranking differs from the mean's, so the test can tell them apart"
    )
    _assert_like_the_app(recalculated.books["median"], median.result)
    assert _errors(recalculated.books["median"]) == []


def test_twin_criteria_and_formula_like_names_compute_the_same(recalculated: Recalculated) -> None:
    """Two criteria of one name and names like formulas: the file opens (unique table
    columns) and ranks as the app does."""
    assert recalculated.report.result is not None
    _assert_like_the_app(recalculated.books["twins"], recalculated.report.result)
    assert _errors(recalculated.books["twins"]) == []


def test_a_new_project_without_proposals_or_raters_has_no_error_values(
    recalculated: Recalculated,
) -> None:
    book = recalculated.books["new"]
    assert _errors(book) == []
    assert "Sensitivität" not in book.sheetnames, "nothing scored, nothing to be sensitive"
    assert book["Kriterien"]["D2"].value == pytest.approx(0.25), "the template's shares"
