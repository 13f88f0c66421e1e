"""The scoring sheets: the criteria (the weights, scales, directions and axes a controller
may change), the rater sheet (every proposal × criterion × rater, a score or empty, for
changing or filling in), the matrix computed from both by formulas (``formulas``), and the
ranking's sensitivity to each weight as data.

Only the inputs are unlocked (weights, scales, directions, axes, scores), each with an input
check and a message in the workbook's language; the sheets are protected without a password.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from lk40_desktop.export.workbook import formulas
from lk40_desktop.export.workbook.writer import Formula, Sheets
from lk40_desktop.services.report import Report
from lk40_desktop.services.scoring.sensitivity import sensitivity

GOOD, NOTE, BAD = "C6EFCE", "FFEB9C", "FFC7CE"
"""Fills of the conditional formats: the top five, quick wins, missing or off-scale scores."""
TOP = 5
"""Ranks marked as the top of the ranking."""


@dataclass(frozen=True)
class _CriteriaSheet:
    """Where the criteria sheet keeps what the matrix and the rater sheet read."""

    sheet: Any
    rows: list[int]

    def cell(self, sheets: Sheets, column: str, row: int) -> str:
        return sheets.reference(self.sheet, f"${column}${row}")

    def column(self, sheets: Sheets, column: str) -> str:
        return sheets.reference(self.sheet, f"${column}$2:${column}${max(self.rows, default=2)}")


def scoring_sheets(sheets: Sheets, report: Report) -> None:
    """Criteria, matrix, rater sheet and (with a result) sensitivity, in this order."""
    criteria = _criteria_sheet(sheets, report)
    matrix = sheets.sheet("matrix")
    raters = _rater_sheet(sheets, report, criteria)
    _matrix_sheet(sheets, report, matrix, criteria, raters)
    _sensitivity_sheet(sheets, report)


def _criteria_sheet(sheets: Sheets, report: Report) -> _CriteriaSheet:
    t = sheets.text
    sheet = sheets.sheet("criteria")
    criteria = report.evaluation.criteria
    last = len(criteria) + 1
    axis_names = {"benefit": t["benefit"], "effort": t["effort"], "none": t["none"]}
    weights = f"$C$2:$C${max(last, 2)}"
    rows = [
        [
            number,
            c.name,
            c.spec.weight,
            Formula(f'=IF(SUM({weights})=0,"",C{number + 1}/SUM({weights}))', "100.0%"),
            c.spec.scale_min,
            c.spec.scale_max,
            t["cost_direction"] if c.spec.cost else t["benefit"],
            axis_names.get(c.spec.axis, c.spec.axis),
        ]
        for number, c in enumerate(criteria, start=1)
    ]
    headers = ["number", "criterion", "weight", "share", "scale_min", "scale_max", "direction"]
    sheets.table(
        sheet,
        1,
        t["criteria"],
        [t[key] for key in headers] + [t["axis"]],
        rows,
        formats={3: "0.0", 4: "0.0%", 5: "0.0", 6: "0.0"},
        centered=frozenset({1}),
    )
    sheets.name(t["weights_name"], sheet, weights)
    for number in range(1, len(criteria) + 1):
        sheets.name(t["weight_name"].format(n=number), sheet, f"$C${number + 1}")
    if criteria:
        _criteria_checks(sheets, sheet, last)
    sheets.protect(sheet, [f"C2:C{last}", f"E2:H{last}"] if criteria else [])
    sheets.print_setup(sheet, 1, freeze="C2")
    return _CriteriaSheet(sheet, list(range(2, last + 1)))


def _criteria_checks(sheets: Sheets, sheet: Any, last: int) -> None:
    t = sheets.text
    sheets.validate(
        sheet,
        f"C2:C{last}",
        "decimal",
        (t["weight"], t["input_weight"]),
        t["refused_weight"],
        operator="greaterThanOrEqual",
        formula1="0",
    )
    sheets.validate(
        sheet,
        f"E2:F{last}",
        "decimal",
        (t["scale"], t["input_scale"]),
        t["refused_number"],
        operator="between",
        formula1="-1E+307",
        formula2="1E+307",
    )
    directions = (t["benefit"], t["cost_direction"])
    sheets.validate(
        sheet,
        f"G2:G{last}",
        "list",
        (t["direction"], t["input_direction"].format(benefit=directions[0], cost=directions[1])),
        t["refused_choice"],
        formula1=_choices(directions),
    )
    sheets.validate(
        sheet,
        f"H2:H{last}",
        "list",
        (t["axis"], t["input_axis"]),
        t["refused_choice"],
        formula1=_choices((t["benefit"], t["effort"], t["none"])),
    )


def _choices(words: tuple[str, ...]) -> str:
    """A list check's choices: quoted, comma-separated (the file's syntax in every locale)."""
    return '"' + ",".join(w.replace('"', "").replace(",", " ") for w in words) + '"'


def _rater_sheet(sheets: Sheets, report: Report, criteria: _CriteriaSheet) -> formulas.RaterColumns:
    """Every proposal × criterion × rater with its score, empty where none was given; returns
    the key and value columns the matrix aggregates."""
    t = sheets.text
    evaluation = report.evaluation
    sheet = sheets.sheet("scores")
    scores = evaluation.input.scores
    rows = []
    for p, info in enumerate(evaluation.proposals):
        for c, criterion in enumerate(evaluation.criteria):
            for r, (_rater_id, rater) in enumerate(evaluation.raters):
                value = scores[p, c, r]
                score = None if math.isnan(value) else float(value)
                rows.append([p + 1, info.title, c + 1, criterion.name, rater, score])
    headers = ["number", "proposal", "criterion_number", "criterion", "rater", "value"]
    sheets.table(
        sheet,
        1,
        t["scores"],
        [t[key] for key in headers],
        rows,
        formats={6: "0.0"},
        centered=frozenset({1, 3}),
    )
    last = max(len(rows), 1) + 1
    if evaluation.criteria:
        numbers = criteria.column(sheets, "A")
        low = f"INDEX({criteria.column(sheets, 'E')},MATCH($C2,{numbers},0))"
        high = f"INDEX({criteria.column(sheets, 'F')},MATCH($C2,{numbers},0))"
        sheets.validate(
            sheet,
            f"F2:F{last}",
            "decimal",
            (t["value"], t["input_score"]),
            t["refused_score"],
            operator="between",
            formula1=low,
            formula2=high,
        )
        sheets.highlight(sheet, f"F2:F{last}", f"AND(ISNUMBER(F2),OR(F2<{low},F2>{high}))", BAD)
        sheets.highlight(sheet, f"F2:F{last}", "ISBLANK(F2)", NOTE)
    sheets.protect(sheet, [f"F2:F{last}"])
    sheets.print_setup(sheet, 1, freeze="A2")
    return formulas.RaterColumns(
        *(sheets.reference(sheet, f"${column}$2:${column}${last}") for column in "ACF")
    )


@dataclass(frozen=True)
class _Matrix:
    """The matrix's layout: a note, the weights row, the header, one row per proposal with
    title, field, number, the aggregated scores, the utilities, then the results."""

    count: int
    """Criteria."""
    proposals: int
    weights_row: int = 2
    header_row: int = 3
    first: int = 4
    score_start: int = 4

    @property
    def last(self) -> int:
        return self.first + max(self.proposals, 1) - 1

    @property
    def utility_start(self) -> int:
        return self.score_start + self.count

    @property
    def total(self) -> int:
        """The total's column; rank, missing, benefit, effort, quadrant, quick win follow."""
        return self.utility_start + self.count

    def at(self, column: int, row: int) -> str:
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(column)}{row}"

    def column(self, column: int) -> str:
        """A whole column of proposals, absolute: ``$T$4:$T$22``."""
        return f"{_absolute(self.at(column, self.first))}:{_absolute(self.at(column, self.last))}"

    def fixed_column(self, column: int) -> str:
        """The first proposal's cell of ``column``, the column fixed (``$T4``): a conditional
        format's formula for the whole column."""
        return "$" + self.at(column, self.first)

    @property
    def weights(self) -> str:
        from openpyxl.utils import get_column_letter as letter

        row = self.weights_row
        return f"${letter(self.utility_start)}${row}:${letter(self.total - 1)}${row}"


def _matrix_sheet(
    sheets: Sheets,
    report: Report,
    sheet: Any,
    criteria: _CriteriaSheet,
    raters: formulas.RaterColumns,
) -> None:
    """Aggregated scores, utilities, weighted totals, ranks, the portfolio's axes, quadrant and
    quick win, all as formulas over the criteria and the rater sheet."""
    from openpyxl.styles import Alignment, Font

    t = sheets.text
    evaluation, result = report.evaluation, report.result
    layout = _Matrix(len(evaluation.criteria), len(evaluation.proposals))
    median = report.aggregation.value == "median"
    note = t["matrix_note"].format(method=t["median"] if median else t["mean"])
    cells = [
        formulas.CriterionCells(
            _absolute(layout.at(layout.utility_start + number - 1, layout.weights_row)),
            criteria.cell(sheets, "E", row),
            criteria.cell(sheets, "F", row),
            criteria.cell(sheets, "G", row),
            criteria.cell(sheets, "H", row),
        )
        for number, row in enumerate(criteria.rows, start=1)
    ]
    rows: list[list[Any]] = []
    for index, info in enumerate(evaluation.proposals):
        row, number = layout.first + index, index + 1
        scores = [
            Formula(
                formulas.aggregate(raters, number, k + 1, median),
                _shown(result.aggregated[index, k]) if result else "0.0",
                array=median,
            )
            for k in range(layout.count)
        ]
        utilities = [
            Formula(
                formulas.utility(
                    layout.at(layout.score_start + k, row), cells[k], t["cost_direction"]
                ),
                "0.00",
            )
            for k in range(layout.count)
        ]
        results = _results(sheets, layout, row, cells, info.quick_win_flag)
        rows.append([info.title, info.field_name, number, *scores, *utilities, *results])
    headers = (
        [t["proposal"], t["field"], t["number"]]
        + [c.name for c in evaluation.criteria]
        + [f"{t['utility']}: {c.name}" for c in evaluation.criteria]
        + [t["score"], t["rank"], t["missing"], t["benefit"], t["effort"]]
        + [t["portfolio_quadrant"], t["quick_win"]]
    )
    formats = dict.fromkeys(range(layout.score_start, layout.utility_start), "0.0")
    formats.update(dict.fromkeys(range(layout.utility_start, layout.total), "0.00"))
    formats.update(dict.fromkeys((layout.total, layout.total + 3, layout.total + 4), "0.0"))
    sheets.table(
        sheet,
        layout.header_row,
        t["matrix"],
        headers,
        rows,
        formats=formats,
        widths={1: 34},
        upright=frozenset(range(layout.score_start, layout.total + 5)),
        centered=frozenset({3}),
    )
    sheets.note(sheet, 1, note)
    label = sheets.put(sheet, layout.weights_row, layout.utility_start - 1, t["weights_row"])
    label.font, label.alignment = Font(italic=True), Alignment(horizontal="right")
    for number in range(1, layout.count + 1):
        weight = Formula("=" + t["weight_name"].format(n=number))
        sheets.put(sheet, layout.weights_row, layout.utility_start + number - 1, weight, "0.0")
    indented = Alignment(horizontal="left", indent=1)  # the quadrant apart from the effort
    for index, info in enumerate(evaluation.proposals):
        sheets.tint(sheet.cell(row=layout.first + index, column=2), info.field_color)
        sheet.cell(row=layout.first + index, column=layout.total + 5).alignment = indented
    _matrix_highlights(sheets, sheet, layout)
    sheets.protect(sheet)
    sheets.print_setup(sheet, layout.header_row, freeze=f"B{layout.first}")


def _absolute(cell: str) -> str:
    """``D2`` as ``$D$2``."""
    from openpyxl.utils.cell import absolute_coordinate

    return str(absolute_coordinate(cell))


def _shown(value: float, places: int = 1) -> str:
    return "" if math.isnan(value) else f"{value:.{places}f}"


def _results(
    sheets: Sheets, layout: _Matrix, row: int, cells: list[formulas.CriterionCells], flagged: bool
) -> list[Any]:
    """One matrix row's total, rank, missing count, axes, quadrant and quick win."""
    t = sheets.text
    if not layout.count:  # nothing to compute: the profile's flag stands
        return [None, None, 0, None, None, None, t["yes"] if flagged else t["no"]]
    quadrants = {
        key: t[f"portfolio_{key}"] for key in ("quick_wins", "big_bets", "fill_ins", "money_pits")
    }
    column = layout.total
    utilities = [layout.at(layout.utility_start + k, row) for k in range(layout.count)]
    scores = f"{layout.at(layout.score_start, row)}:{layout.at(layout.utility_start - 1, row)}"
    benefit, effort = layout.at(column + 3, row), layout.at(column + 4, row)
    return [
        Formula(formulas.total(f"{utilities[0]}:{utilities[-1]}", layout.weights), "100.0"),
        Formula(formulas.rank(layout.at(column, row), layout.column(column)), "100"),
        Formula(f"={layout.count}-COUNT({scores})", "0"),
        Formula(formulas.axis(utilities, cells, t["benefit"], False), "100.0"),
        Formula(formulas.axis(utilities, cells, t["effort"], True), "100.0"),
        Formula(formulas.quadrant(benefit, effort, quadrants), max(quadrants.values(), key=len)),
        Formula(
            formulas.quick_win(
                layout.at(column + 5, row), quadrants["quick_wins"], t["yes"], t["no"], flagged
            ),
            t["yes"],
        ),
    ]


def _matrix_highlights(sheets: Sheets, sheet: Any, layout: _Matrix) -> None:
    """The top five (title, total, rank), quick wins, and missing scores."""
    first, last, total = layout.first, layout.last, layout.total

    def span(column: int, to: int | None = None) -> str:
        return f"{layout.at(column, first)}:{layout.at(to or column, last)}"

    rank = layout.fixed_column(total + 1)
    top = f"AND(ISNUMBER({rank}),{rank}<={TOP})"
    sheets.highlight(sheet, span(1), top, GOOD, bold=True)
    sheets.highlight(sheet, span(total, total + 1), top, GOOD, bold=True)
    quick = layout.fixed_column(total + 6)
    yes = sheets.text["yes"].replace('"', '""')
    sheets.highlight(sheet, span(total + 6), f'{quick}="{yes}"', NOTE)
    if layout.count:
        first_score = layout.at(layout.score_start, first)
        sheets.highlight(
            sheet,
            span(layout.score_start, layout.utility_start - 1),
            f"NOT(ISNUMBER({first_score}))",
            BAD,
        )
        missing = layout.fixed_column(total + 2)
        sheets.highlight(sheet, span(total + 2), f"{missing}>0", BAD)


def _sensitivity_sheet(sheets: Sheets, report: Report) -> None:
    """Per proposal and criterion: the share of the total weight within which the proposal
    keeps its rank (``services.scoring.sensitivity``), as the app computed it at export."""

    evaluation, result = report.evaluation, report.result
    if result is None or not evaluation.proposals:  # nothing scored, nothing to be sensitive
        return
    t = sheets.text
    sheet = sheets.sheet("sensitivity")
    weights = [c.spec.weight for c in evaluation.criteria]
    total_weight = sum(weights)
    ranges = sensitivity(result.utility, weights)
    rows = []
    for index, info in enumerate(evaluation.proposals):
        for column, stable in enumerate(ranges[index]):
            if stable is not None:
                rows.append(
                    [
                        index + 1,
                        info.title,
                        int(result.ranks[index]),
                        evaluation.criteria[column].name,
                        weights[column] / total_weight,
                        stable.low,
                        stable.high,
                    ]
                )
    headers = ["number", "proposal", "rank", "criterion", "share_now", "stable_from", "stable_to"]
    sheets.table(
        sheet,
        3,
        t["sensitivity"],
        [t[key] for key in headers],
        rows,
        formats={5: "0.0%", 6: "0.0%", 7: "0.0%"},
        widths={2: 34},
        centered=frozenset({1, 3}),
    )
    sheets.note(sheet, 1, t["sensitivity_note"])
    sheets.print_setup(sheet, 3, freeze="A4")
