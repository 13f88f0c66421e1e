"""The workbook's lists: the project with its workshops and sums, the stakeholders, the
participants who agreed to be named, the relations, the ideas and the proposals' profiles,
each a formatted table (``tbl_Stakeholder`` …) with its header row printed on every page."""

from __future__ import annotations

from datetime import date
from typing import Any

from lk40_desktop.export.workbook.writer import EURO, HEADER_FILL, Formula, Sheets
from lk40_desktop.services.report import Report
from lk40_desktop.services.roadmap import HORIZONS
from lk40_desktop.services.stakeholders.grid import quadrant

PROJECT_LINE = 90
"""Characters of a line of the project's description (columns B to E, merged, wrap)."""


def list_sheets(sheets: Sheets, report: Report) -> None:
    """Project, stakeholders (participants, relations), ideas and proposals, in this order."""
    _project_sheet(sheets, report)
    _stakeholder_sheets(sheets, report)
    _idea_sheet(sheets, report)
    _proposal_sheet(sheets, report)
    _photo_sheet(sheets, report)


def _photo_sheet(sheets: Sheets, report: Report) -> None:
    """The photos kept in the project, listed (owner, caption, size): only when there are
    any. The pictures themselves are in the paper and the project file; in a workbook of lists
    and formulas they would only make it large."""
    if not report.photos:
        return
    t = sheets.text
    sheet = sheets.sheet("photos")
    rows = [
        [
            t[f"photo_owner_{photo.owner.kind}"],
            report.field_name(photo.owner.id) if photo.owner.kind == "board" else photo.owner_name,
            photo.caption,
            f"{photo.width} × {photo.height}",
            round(len(photo.data) / 1024),
        ]
        for photo in report.photos
    ]
    headers = [t["photo_owner"], t["name"], t["photo_caption"], t["photo_pixels"], t["photo_kb"]]
    sheets.table(sheet, 1, t["photos"], headers, rows, widths={2: 40, 3: 60})
    sheets.print_setup(sheet, 1, freeze="A2")


def _project_sheet(sheets: Sheets, report: Report) -> None:
    from openpyxl.styles import Alignment, Font

    t = sheets.text
    sheet = sheets.sheet("project")
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
        label = sheets.put(sheet, row, 1, t[key])
        label.font, label.alignment = Font(bold=True), Alignment(vertical="top")
        cell = sheets.put(sheet, row, 2, value, "DD.MM.YYYY" if isinstance(value, date) else None)
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        if isinstance(value, str) and len(value) > PROJECT_LINE:  # merged cells do not grow
            sheet.row_dimensions[row].height = 15.0 * (len(value) // PROJECT_LINE + 1)
    next_row = sheets.table(
        sheet,
        11,
        t["workshops"],
        [t["workshop"], t["date"], t["place"], t["facilitator"], t["participants"]],
        [list(w) for w in report.workshops],
        formats={2: "DD.MM.YYYY"},
    )
    idea_counts = {f.id: sum(1 for i in report.ideas if i.field_id == f.id) for f in report.fields}
    proposal_counts = {
        f.id: sum(1 for p in report.proposals if p.field_id == f.id) for f in report.fields
    }
    proposals = "'" + t["proposals"][:31] + "'"
    by_field = f"SUMIFS({proposals}!$H:$H,{proposals}!$A:$A,A{{row}})"
    rows = [
        [
            f.name,
            idea_counts[f.id],
            proposal_counts[f.id],
            Formula("=" + by_field.format(row=row), "99.999.999 €"),
            t["yes"] if f.archived else "",
        ]
        for row, f in enumerate(report.fields, start=next_row + 1)
    ]
    headers = [t["field"], t["ideas"], t["proposals"], t["cost_eur"], t["archived"]]
    after = sheets.table(sheet, next_row, t["chapter_fields"], headers, rows, formats={4: EURO})
    for offset, action_field in enumerate(report.fields, start=1):
        sheets.tint(sheet.cell(row=next_row + offset, column=1), action_field.color)
    _sum_row(sheets, sheet, next_row + len(report.fields) + 1, next_row + 1, (2, 3, 4))
    rows = [
        [
            t.horizon(h),
            Formula(f"=COUNTIFS({proposals}!$I:$I,A{row})", "999"),
            Formula(f"=SUMIFS({proposals}!$H:$H,{proposals}!$I:$I,A{row})", "99.999.999 €"),
        ]
        for row, h in enumerate(HORIZONS, start=after + 2)
    ]
    headers = [t["horizon"], t["proposals"], t["cost_eur"]]
    sheets.table(sheet, after + 1, t["horizon"], headers, rows, formats={3: EURO})
    _sum_row(sheets, sheet, after + 2 + len(HORIZONS), after + 2, (2, 3))
    sheet.column_dimensions["A"].width = max(18.0, sheet.column_dimensions["A"].width)
    sheets.protect(sheet)
    sheets.print_setup(sheet, 11)


def _sum_row(sheets: Sheets, sheet: Any, row: int, first: int, columns: tuple[int, ...]) -> None:
    """A line below a table with the sums of ``columns`` (outside the table, so sorting or
    filtering the table leaves it in place); the last column holds euros."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheets.put(sheet, row, 1, sheets.text["sum"]).font = Font(bold=True)
    for column in columns:
        letter = get_column_letter(column)
        total = Formula(f"=SUM({letter}{first}:{letter}{row - 1})")
        cell = sheets.put(sheet, row, column, total, EURO if column == columns[-1] else None)
        cell.font = Font(bold=True)


def _stakeholder_sheets(sheets: Sheets, report: Report) -> None:
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
    sheet = sheets.sheet("stakeholders")
    columns = [t[key] for key in headers]
    sheets.table(sheet, 1, t["stakeholders"], columns, rows, formats={4: "0.0", 5: "0.0"})
    sheets.print_setup(sheet, 1, freeze="B2")
    if report.participants:  # only who agreed to be named; nobody else reaches the report
        sheet = sheets.sheet("participants")
        sheets.table(
            sheet,
            1,
            t["participants"],
            [t["workshop"], t["name"], t["organisation"]],
            [list(participant) for participant in report.participants],
        )
        sheets.print_setup(sheet, 1, freeze="A2")
    sheet = sheets.sheet("relations")
    columns = [t["from"], t["to"], t["kind"], t["label"]]
    sheets.table(sheet, 1, t["relations"], columns, report.relation_rows())
    sheets.print_setup(sheet, 1, freeze="A2")


def _idea_sheet(sheets: Sheets, report: Report) -> None:
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
        t["ideas"],
        [t["field"], t["cluster"], t["idea"], t["details"], t["votes"], t["workshop"], t["author"]],
        rows,
        widths={3: 50, 4: 40},
    )
    sheets.print_setup(sheet, 1, freeze="A2")
    colors = {f.id: f.color for f in report.fields}
    for offset, idea in enumerate(ideas, start=2):
        sheets.tint(sheet.cell(row=offset, column=1), colors.get(idea.field_id, "#808080"))


def _proposal_sheet(sheets: Sheets, report: Report) -> None:
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
        t["proposals"],
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
    last = max(len(report.proposals), 1) + 1
    for column in "HRST":  # the euro columns: cost, own share, grants, follow-up costs
        sheets.validate(
            sheet,
            f"{column}2:{column}{last}",
            "decimal",
            (t["cost_eur"], t["input_cost"]),
            t["refused_cost"],
            operator="greaterThanOrEqual",
            formula1="0",
        )
    sheets.print_setup(sheet, 1, freeze="C2", title_columns="A:B")
    colors = {f.id: f.color for f in report.fields}
    for offset, proposal in enumerate(report.proposals, start=2):
        sheets.tint(
            sheet.cell(row=offset, column=1), colors.get(proposal.field_id or "", "#808080")
        )
