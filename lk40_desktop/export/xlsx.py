"""The Excel workbook: every list of the project as a formatted table, and the scoring matrix
with live formulas, so a controller can change a weight in Excel and see the ranking move.

User text that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@`` …) is written
as text, never as a formula (spreadsheet formula injection).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from lk40_desktop.export.text import PROPERTY_LIMIT, clean_text, looks_like_formula
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services.report import Report
from lk40_desktop.services.roadmap import HORIZONS
from lk40_desktop.services.scoring.portfolio import MIDPOINT
from lk40_desktop.services.stakeholders.grid import quadrant

HEADER_FILL = "1F4E79"
EURO = '#,##0 "€"'


CELL_LIMIT = 32_767
"""Characters an Excel cell holds; a longer text would make Excel call the file damaged."""


class _Sheets:
    """Writes one workbook; keeps the styles and the table names unique."""

    def __init__(self, language: str) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment

        self.text = Words(language)
        self.book = Workbook()
        self.book.remove(self.book.active)
        self._tables = 0
        self._fills: dict[str, Any] = {}
        self._wrapped = Alignment(wrap_text=True, vertical="top")

    def sheet(self, key: str, color: str = HEADER_FILL) -> Any:
        sheet = self.book.create_sheet(self.text[key][:31])
        sheet.sheet_properties.tabColor = color
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        return sheet

    def put(
        self, sheet: Any, row: int, column: int, value: Any, number_format: str | None = None
    ) -> Any:
        """Write a value; user text is cleaned, and never becomes a formula."""
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str):
            value = clean_text(value)
            if len(value) > CELL_LIMIT:
                value = value[: CELL_LIMIT - 1] + "…"
            cell.value = value
            if looks_like_formula(value):
                cell.data_type = "s"
        else:
            cell.value = value
        if number_format:
            cell.number_format = number_format
        return cell

    def table(
        self,
        sheet: Any,
        first_row: int,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        formats: dict[int, str] | None = None,
        widths: dict[int, float] | None = None,
    ) -> int:
        """A formatted Excel table (header style, filters, frozen header); returns the next row."""
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.table import Table, TableStyleInfo

        formats = formats or {}
        for column, header in enumerate(headers, start=1):
            cell = self.put(sheet, first_row, column, header)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        for offset, values in enumerate(rows, start=1):
            for column, value in enumerate(values, start=1):
                cell = self.put(sheet, first_row + offset, column, value, formats.get(column))
                if isinstance(value, str) and len(value) > 60:
                    cell.alignment = self._wrapped
        last_row = first_row + max(len(rows), 1)
        self._tables += 1
        reference = f"A{first_row}:{get_column_letter(len(headers))}{last_row}"
        table = Table(displayName=f"Tabelle{self._tables}", ref=reference)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        sheet.add_table(table)
        if sheet.freeze_panes is None:
            sheet.freeze_panes = sheet.cell(row=first_row + 1, column=1)
            sheet.print_title_rows = f"{first_row}:{first_row}"
        for column, header in enumerate(headers, start=1):
            longest = max(
                [len(str(header))]
                + [len(str(r[column - 1])) for r in rows if r[column - 1] is not None]
            )
            width = (widths or {}).get(column, min(60.0, max(9.0, longest * 1.1 + 2)))
            current = sheet.column_dimensions[get_column_letter(column)].width or 0
            sheet.column_dimensions[get_column_letter(column)].width = max(width, current)
        return last_row + 2

    def formula(
        self, sheet: Any, row: int, column: int, text: str, number_format: str | None = None
    ) -> Any:
        """A formula of ours (never user text): written as a formula on purpose."""
        cell = sheet.cell(row=row, column=column)
        cell.value = text
        cell.data_type = "f"
        if number_format:
            cell.number_format = number_format
        return cell

    def tint(self, cell: Any, color: str) -> None:
        """Colour a cell with an action field's colour, lightened so text stays readable.

        One fill object per colour: openpyxl looks every new style object up by value, which
        made a thousand tinted rows cost a third of the workbook's time."""
        from openpyxl.styles import PatternFill

        if color not in self._fills:
            red, green, blue = (int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
            light = "".join(f"{round(c + (255 - c) * 0.65):02X}" for c in (red, green, blue))
            self._fills[color] = PatternFill("solid", fgColor=light)
        cell.fill = self._fills[color]


def build_workbook(report: Report, language: str | None = None) -> Any:
    """The project workbook as an openpyxl workbook, not yet saved.

    Saving is the export job's (``export.job.run_export``): it saves every file of an export
    beside its target and puts them in place together."""
    sheets = _Sheets(language or report.language)
    _project_sheet(sheets, report)
    _stakeholder_sheets(sheets, report)
    _idea_sheet(sheets, report)
    _proposal_sheet(sheets, report)
    criteria_rows = _criteria_sheet(sheets, report)
    _matrix_sheet(sheets, report, criteria_rows)
    _scores_sheet(sheets, report)
    sheets.book.properties.title = clean_text(report.title)[:PROPERTY_LIMIT]
    sheets.book.properties.subject = clean_text(report.county)[:PROPERTY_LIMIT]
    sheets.book.properties.creator = clean_text(report.county)[:PROPERTY_LIMIT]
    sheets.book.properties.lastModifiedBy = sheets.book.properties.creator
    return sheets.book


def _project_sheet(sheets: _Sheets, report: Report) -> None:
    from openpyxl.styles import Font

    t = sheets.text
    sheet = sheets.sheet("project")
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 70
    title = sheets.put(sheet, 1, 1, f"{report.county} – {report.title}")
    title.font = Font(bold=True, size=14, color=HEADER_FILL)
    for row, (key, value) in enumerate(
        (
            ("county", report.county),
            ("title", report.title),
            ("client", report.client),
            ("start", report.start_date),
            ("end", report.end_date),
            ("description", report.description),
        ),
        start=3,
    ):
        sheets.put(sheet, row, 1, t[key]).font = Font(bold=True)
        sheets.put(sheet, row, 2, value, "DD.MM.YYYY" if isinstance(value, date) else None)
    next_row = sheets.table(
        sheet,
        11,
        [t["workshop"], t["date"], t["place"], t["facilitator"], t["participants"]],
        [list(w) for w in report.workshops],
        formats={2: "DD.MM.YYYY"},
    )
    idea_counts = {f.id: sum(1 for i in report.ideas if i.field_id == f.id) for f in report.fields}
    proposal_counts = {
        f.id: sum(1 for p in report.proposals if p.field_id == f.id) for f in report.fields
    }
    rows = [
        [f.name, idea_counts[f.id], proposal_counts[f.id], None, t["yes"] if f.archived else ""]
        for f in report.fields
    ]
    headers = [t["field"], t["ideas"], t["proposals"], t["cost_eur"], t["archived"]]
    after = sheets.table(sheet, next_row, headers, rows, formats={4: EURO})
    proposals = "'" + t["proposals"][:31] + "'"
    for offset, action_field in enumerate(report.fields, start=1):
        row = next_row + offset
        sheets.tint(sheet.cell(row=row, column=1), action_field.color)
        sheets.formula(sheet, row, 4, f"=SUMIFS({proposals}!$H:$H,{proposals}!$A:$A,A{row})", EURO)
    _sum_row(sheets, sheet, next_row + len(report.fields) + 1, next_row + 1, (2, 3, 4))
    rows = [[t.horizon(h), None, None] for h in HORIZONS]
    sheets.table(sheet, after + 1, [t["horizon"], t["proposals"], t["cost_eur"]], rows)
    for offset in range(1, len(HORIZONS) + 1):
        row = after + 1 + offset
        sheets.formula(sheet, row, 2, f"=COUNTIFS({proposals}!$I:$I,A{row})")
        sheets.formula(sheet, row, 3, f"=SUMIFS({proposals}!$H:$H,{proposals}!$I:$I,A{row})", EURO)
    _sum_row(sheets, sheet, after + 2 + len(HORIZONS), after + 2, (2, 3))


def _sum_row(sheets: _Sheets, sheet: Any, row: int, first: int, columns: tuple[int, ...]) -> None:
    """A line below a table with the sums of ``columns`` (outside the table, so sorting or
    filtering the table leaves it in place); the last column holds euros."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheets.put(sheet, row, 1, sheets.text["sum"]).font = Font(bold=True)
    for column in columns:
        letter = get_column_letter(column)
        total = f"=SUM({letter}{first}:{letter}{row - 1})"
        cell = sheets.formula(sheet, row, column, total, EURO if column == columns[-1] else None)
        cell.font = Font(bold=True)


def _stakeholder_sheets(sheets: _Sheets, report: Report) -> None:
    t = sheets.text
    data = report.stakeholders
    titles = dict(data.workshops)
    people = ("contact_person", "contact", "notes")  # left out without contact details
    headers = [
        "name",
        "organisation",
        "group",
        "influence",
        "interest",
        "quadrant",
        "attitude",
        *people,
        "workshops",
    ]
    if not report.with_contacts:
        headers = [key for key in headers if key not in people]
    rows = []
    for row in data.stakeholders:
        group = data.group(row.group_id)
        values = {
            "name": row.name,
            "organisation": row.organisation,
            "group": group.name if group else "",
            "influence": row.influence,
            "interest": row.interest,
            "quadrant": t.quadrant(quadrant(row.influence, row.interest)),
            "attitude": t.attitude(row.attitude),
            "contact_person": row.contact_person,
            "contact": row.contact_details,
            "notes": row.notes,
            "workshops": ", ".join(titles[w] for w in titles if w in row.workshop_ids),
        }
        rows.append([values[key] for key in headers])
    sheets.table(
        sheets.sheet("stakeholders"),
        1,
        [t[key] for key in headers],
        rows,
        formats={4: "0.0", 5: "0.0"},
    )
    if report.participants:  # only who agreed to be named; nobody else reaches the report
        sheets.table(
            sheets.sheet("participants"),
            1,
            [t["workshop"], t["name"], t["organisation"]],
            [list(participant) for participant in report.participants],
        )
    relations = report.relation_rows()
    sheets.table(
        sheets.sheet("relations"), 1, [t["from"], t["to"], t["kind"], t["label"]], relations
    )


def _idea_sheet(sheets: _Sheets, report: Report) -> None:
    t = sheets.text
    sheet = sheets.sheet("ideas")
    ideas = report.ideas  # in the project's order: field, cluster, most dots first
    rows = [
        [
            report.field_name(i.field_id),
            i.cluster,
            i.text,
            i.details,
            i.votes,
            i.workshop,
            i.author_group,
        ]
        for i in ideas
    ]
    sheets.table(
        sheet,
        1,
        [t["field"], t["cluster"], t["idea"], t["details"], t["votes"], t["workshop"], t["author"]],
        rows,
        widths={3: 50, 4: 40},
    )
    colors = {f.id: f.color for f in report.fields}
    for offset, idea in enumerate(ideas, start=2):
        sheets.tint(sheet.cell(row=offset, column=1), colors.get(idea.field_id, "#808080"))


def _proposal_sheet(sheets: _Sheets, report: Report) -> None:
    t = sheets.text
    sheet = sheets.sheet("proposals")
    rows = [
        [
            report.field_name(p.field_id),
            p.title,
            p.goal,
            p.target_groups,
            p.measures,
            p.lead,
            p.partners,
            p.cost_eur,
            t.horizon(p.time_horizon),
            p.funding_programmes,
            p.kpis,
            t["yes"] if p.flagged_quick_win else t["no"],
            ", ".join(p.depends_on),
            p.code,
            p.problem,
            p.effect,
            "\n".join(p.goals),
            p.own_share_eur,
            p.grants_eur,
            p.follow_up_eur,
            p.staff_fte,
            p.start_quarter,
            p.milestones,
            p.risks,
            t.status(p.status),
            "\n".join(f"{s.text} ({t.count('n_votes', s.votes)})" for s in p.sources),
        ]
        for p in report.proposals
    ]
    sheets.table(
        sheet,
        1,
        [
            t["field"],
            t["title"],
            t["goal"],
            t["target_groups"],
            t["measures"],
            t["lead"],
            t["partners"],
            t["cost_eur"],
            t["horizon"],
            t["funding"],
            t["kpis"],
            t["quick_win_flag"],
            t["depends"],
            t["measure_number"],
            t["problem"],
            t["effect"],
            t["linked_goals"],
            t["own_share"],
            t["grants"],
            t["follow_up"],
            t["staff"],
            t["start"],
            t["milestones"],
            t["risks"],
            t["status"],
            t["sources"],
        ],
        rows,
        formats={8: EURO, 18: EURO, 19: EURO, 20: EURO},
        widths={3: 40, 5: 40, 15: 40, 16: 40, 23: 40, 26: 50},
    )
    colors = {f.id: f.color for f in report.fields}
    for offset, proposal in enumerate(report.proposals, start=2):
        sheets.tint(
            sheet.cell(row=offset, column=1), colors.get(proposal.field_id or "", "#808080")
        )


def _criteria_sheet(sheets: _Sheets, report: Report) -> list[int]:
    """The criteria with weights; returns the row of each criterion (for the matrix formulas)."""
    t = sheets.text
    sheet = sheets.sheet("criteria")
    criteria = report.evaluation.criteria
    last = len(criteria) + 1
    axis_names = {"benefit": t["benefit"], "effort": t["effort"], "none": t["none"]}
    rows = [
        [
            c.name,
            c.spec.weight,
            f"=B{index}/SUM($B$2:$B${last})",
            c.spec.scale_min,
            c.spec.scale_max,
            t["cost_direction"] if c.spec.cost else t["benefit"],
            1 if c.spec.cost else 0,
            axis_names.get(c.spec.axis, c.spec.axis),
        ]
        for index, c in enumerate(criteria, start=2)
    ]
    sheets.table(
        sheet,
        1,
        [
            t["criterion"],
            t["weight"],
            t["share"],
            t["scale_min"],
            t["scale_max"],
            t["direction"],
            t["is_cost"],
            t["axis"],
        ],
        rows,
        formats={2: "0.0", 3: "0.0%"},
    )
    for row in range(2, last + 1):  # the share is a formula of ours, not user text
        sheet.cell(row=row, column=3).data_type = "f"
    return list(range(2, last + 1))


def _matrix_sheet(sheets: _Sheets, report: Report, criteria_rows: list[int]) -> None:
    """Scores as values; utilities, weighted totals (SUMPRODUCT), ranks (RANK), the portfolio's
    benefit and effort and the quick win (``services.scoring.portfolio``) as formulas."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter as letter

    t = sheets.text
    sheet = sheets.sheet("matrix")
    evaluation, result = report.evaluation, report.result
    criteria = evaluation.criteria
    count = len(criteria)
    criteria_sheet = "'" + t["criteria"][:31] + "'"
    method = t["median"] if report.aggregation.value == "median" else t["mean"]
    sheets.put(sheet, 1, 1, t["matrix_note"].format(method=method)).font = Font(italic=True)
    header_row, weights_row, first = 3, 2, 4
    score_start, utility_start = 3, 3 + count
    total_col, missing_col = utility_start + count, utility_start + count + 2
    benefit_col, effort_col, quick_col = missing_col + 1, missing_col + 2, missing_col + 3
    headers = (
        [t["proposal"], t["field"]]
        + [c.name for c in criteria]
        + [f"{t['utility']}: {c.name}" for c in criteria]
        + [t["score"], t["rank"], t["missing"], t["benefit"], t["effort"], t["quick_win"]]
    )
    last = first + len(evaluation.proposals) - 1
    rows: list[list[Any]] = []
    for index, info in enumerate(evaluation.proposals):
        row = first + index
        values: list[Any] = [info.title, info.field_name]
        if result is not None:
            values += [
                None
                if math.isnan(result.aggregated[index, k])
                else float(result.aggregated[index, k])
                for k in range(count)
            ]
        else:
            values += [None] * count
        for k, criterion_row in enumerate(criteria_rows):
            score = f"{letter(score_start + k)}{row}"
            low, high, cost = (
                f"{criteria_sheet}!${col}${criterion_row}" for col in ("D", "E", "G")
            )
            values.append(
                f"=IF(ISNUMBER({score}),IF({cost}=1,({high}-{score})/({high}-{low}),"
                f'({score}-{low})/({high}-{low})),"")'
            )
        utilities = f"{letter(utility_start)}{row}:{letter(utility_start + count - 1)}{row}"
        first_weight, last_weight = letter(utility_start), letter(utility_start + count - 1)
        weights = f"${first_weight}${weights_row}:${last_weight}${weights_row}"
        values.append(
            f'=IF(SUMPRODUCT(--ISNUMBER({utilities}),{weights})=0,"",'
            f"100*SUMPRODUCT({utilities},{weights})/SUMPRODUCT(--ISNUMBER({utilities}),{weights}))"
        )
        total = f"{letter(total_col)}{row}"
        values.append(
            f'=IF(ISNUMBER({total}),RANK({total},${letter(total_col)}${first}:${letter(total_col)}${last},0),"")'
        )
        values.append(
            f"=COUNTBLANK({letter(score_start)}{row}:{letter(score_start + count - 1)}{row})"
        )
        cells = [
            (f"{letter(utility_start + k)}{row}", f"${letter(utility_start + k)}${weights_row}")
            for k in range(count)
        ]
        values.append(_axis_formula(cells, [c.spec.axis == "benefit" for c in criteria], False))
        values.append(_axis_formula(cells, [c.spec.axis == "effort" for c in criteria], True))
        benefit, effort = f"{letter(benefit_col)}{row}", f"{letter(effort_col)}{row}"
        flag = t["yes"] if info.quick_win_flag else t["no"]
        values.append(
            f"=IF(AND(ISNUMBER({benefit}),ISNUMBER({effort})),IF(AND(ROUND({benefit},1)>="
            f'{MIDPOINT:g},ROUND({effort},1)<{MIDPOINT:g}),"{t["yes"]}","{t["no"]}"),"{flag}")'
        )
        rows.append(values)
    formats = dict.fromkeys(range(score_start, score_start + count), "0.0")
    formats.update(dict.fromkeys(range(utility_start, utility_start + count), "0.00"))
    formats[total_col] = formats[benefit_col] = formats[effort_col] = "0.0"
    sheets.table(sheet, header_row, headers, rows, formats=formats, widths={1: 34})
    sheets.put(sheet, weights_row, utility_start - 1, t["weights_row"]).font = Font(italic=True)
    for k, criterion_row in enumerate(criteria_rows):
        weight = sheet.cell(row=weights_row, column=utility_start + k)
        weight.value = f"={criteria_sheet}!$B${criterion_row}"
        weight.number_format = "0.0"
    for row in range(first, last + 1):  # the formulas are ours, written as formulas on purpose
        for column in range(utility_start, quick_col + 1):
            if isinstance(sheet.cell(row=row, column=column).value, str):
                sheet.cell(row=row, column=column).data_type = "f"
    colors = {p.id: p.field_color for p in evaluation.proposals}
    for index, info in enumerate(evaluation.proposals):
        sheets.tint(sheet.cell(row=first + index, column=2), colors[info.id])


def _axis_formula(cells: list[tuple[str, str]], on_axis: list[bool], effort: bool) -> str | None:
    """A portfolio axis (0–100) as the app computes it: the weighted mean of the utilities
    of the axis' scored criteria — for effort of one minus the utility — or empty; written
    term by term (``N`` reads an empty utility as 0, ``ISNUMBER`` counts only scored ones), so
    that it follows a weight changed in the criteria sheet. None without such a criterion."""
    terms = [pair for pair, chosen in zip(cells, on_axis, strict=True) if chosen]
    if not terms:
        return None
    weights = "+".join(f"ISNUMBER({u})*{w}" for u, w in terms)
    if effort:
        values = "+".join(f"(ISNUMBER({u})-N({u}))*{w}" for u, w in terms)
    else:
        values = "+".join(f"N({u})*{w}" for u, w in terms)
    return f'=IF(({weights})=0,"",100*({values})/({weights}))'


def _scores_sheet(sheets: _Sheets, report: Report) -> None:
    t = sheets.text
    evaluation = report.evaluation
    scores = evaluation.input.scores
    rows = []
    for p, info in enumerate(evaluation.proposals):
        for c, criterion in enumerate(evaluation.criteria):
            for r, (_rater_id, rater) in enumerate(evaluation.raters):
                value = scores[p, c, r]
                if not math.isnan(value):  # a missing score is not listed
                    rows.append([info.title, criterion.name, rater, float(value)])
    sheets.table(
        sheets.sheet("scores"),
        1,
        [t["proposal"], t["criterion"], t["rater"], t["value"]],
        rows,
        formats={4: "0.0"},
    )
