"""Rating sheets (Bewertungsbögen): one small workbook per rater to fill in at home and send
back (``services.scoring.returned_sheets`` reads it again).

The rating sheet has one yellow input cell per proposal and criterion, validated against the
criterion's scale with an input message in the sheet's language; everything else is locked
(no password: the protection keeps a rater from typing over titles by mistake, it is no
secret). The hidden id sheet records what the reader checks. Printed, the rating sheet is A4
landscape, one page wide, its header row repeated. User text is cleaned and never becomes a
formula, as in the project workbook.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lk40_desktop.export.atomic import PendingFiles
from lk40_desktop.export.text import clean_text, file_stem, format_date, format_euro
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.export.workbook.writer import CELL_LIMIT, HEADER_FILL, put_text
from lk40_desktop.services.scoring.rating_sheets import (
    FIRST_COLUMN,
    FIRST_ROW,
    FORMAT,
    FORMAT_VERSION,
    ID_SHEET,
    ID_TABLE_ROW,
    TITLE_COLUMN,
    RatingSheet,
    SheetCriterion,
)

INPUT_FILL = "FFF2CC"
SUMMARY_LIMIT = 600
"""Characters of a profile field on the sheet: a summary, not the whole profile."""
TITLE_LIMIT = 300


def _put(sheet: Any, row: int, column: int, value: Any, limit: int = CELL_LIMIT) -> Any:
    """Write a value; user text is cleaned, cut to ``limit`` and never becomes a formula."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        put_text(cell, value, limit)
    else:
        cell.value = value
    return cell


def sheet_title(text: str) -> str:
    """A proposal's title as the sheet and its id sheet both write it."""
    title = clean_text(text)
    return title if len(title) <= TITLE_LIMIT else title[: TITLE_LIMIT - 1] + "…"


def describe(words: Words, criterion: SheetCriterion) -> str:
    """What a criterion asks (a built-in one's question) and how its scale reads."""
    about = words.get(f"rs_about_{criterion.builtin_key}", "") if criterion.builtin_key else ""
    scale = words["rs_cost" if criterion.cost else "rs_benefit"].format(
        low=criterion.scale_min, high=criterion.scale_max
    )
    return f"{about} {scale}".strip()


def build_rating_sheet(content: RatingSheet, language: str) -> Any:
    """One rater's workbook, not yet saved."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    words = Words(language)
    book = Workbook()
    book.remove(book.active)
    _rating(book.create_sheet(words["rs_sheet"]), content, words)
    _profiles(book.create_sheet(words["rs_profiles"]), content, words)
    _criteria(book.create_sheet(words["criteria"]), content, words)
    _ids(book.create_sheet(ID_SHEET), content, words["rs_sheet"])
    book.active = 0
    book.security = WorkbookProtection(lockStructure=True)  # the id sheet stays hidden
    title = words["rs_title"].format(rater=content.rater_name)
    book.properties.title = clean_text(title)[:255]
    book.properties.creator = clean_text(content.county)[:255]
    book.properties.language = words["language_tag"]
    return book


def _print_setup(sheet: Any, words: Words, title_rows: str | None = None) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = words["rs_footer"]
    sheet.oddFooter.center.size = 8
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # a rater may widen a column or a row
    sheet.protection.formatRows = False


def _header(cell: Any) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _rating(sheet: Any, content: RatingSheet, words: Words) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    last_column = FIRST_COLUMN + len(content.criteria) - 1
    title = _put(sheet, 1, 1, words["rs_title"].format(rater=content.rater_name), 200)
    title.font = Font(bold=True, size=14, color=HEADER_FILL)
    project = f"{content.county} – {content.project_title}".strip(" –")
    made = words["rs_made"].format(
        project=project, date=format_date(content.made_at.date(), words.language)
    )
    _put(sheet, 2, 1, made, 400).font = Font(italic=True)
    intro = _put(sheet, 3, 1, words["rs_intro"])
    intro.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=max(last_column, 6))
    sheet.row_dimensions[3].height = 48
    header_row = FIRST_ROW - 1
    for column, text in enumerate((words["rs_number"], words["proposal"], words["field"]), 1):
        _header(_put(sheet, header_row, column, text))
    longest = 0
    for offset, criterion in enumerate(content.criteria):
        scale = words["rs_scale"].format(low=criterion.scale_min, high=criterion.scale_max)
        name = clean_text(criterion.name)[:200]
        _header(_put(sheet, header_row, FIRST_COLUMN + offset, f"{name}\n({scale})"))
        longest = max(longest, len(name))
    sheet.row_dimensions[header_row].height = 15 * min(8, 2 + longest // 12)
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor=INPUT_FILL)
    unlocked = Protection(locked=False)
    wrapped = Alignment(wrap_text=True, vertical="center")  # level with the score cells
    for index, proposal in enumerate(content.proposals):
        row = FIRST_ROW + index
        _put(sheet, row, 1, index + 1).alignment = Alignment(vertical="center")
        _put(sheet, row, TITLE_COLUMN, sheet_title(proposal.title)).alignment = wrapped
        _put(sheet, row, 3, proposal.field, 200).alignment = wrapped
        for offset, criterion in enumerate(content.criteria):
            cell = sheet.cell(row=row, column=FIRST_COLUMN + offset)
            cell.value = content.scores.get((proposal.id, criterion.id))
            cell.fill, cell.border, cell.protection = fill, border, unlocked
            cell.alignment = Alignment(horizontal="center", vertical="center")
        lines = max(1, len(proposal.title) // 38 + 1, len(proposal.field) // 18 + 1)
        sheet.row_dimensions[row].height = 15 * min(lines, 6) + 3
    last_row = FIRST_ROW + len(content.proposals) - 1
    for offset, criterion in enumerate(content.criteria):
        letter = get_column_letter(FIRST_COLUMN + offset)
        low, high = criterion.scale_min, criterion.scale_max
        validation = DataValidation(
            type="decimal",
            operator="between",
            formula1=str(low),
            formula2=str(high),
            allow_blank=True,
            showInputMessage=True,
            showErrorMessage=True,
            errorStyle="stop",
            promptTitle=clean_text(criterion.name)[:32],
            prompt=words["rs_prompt"].format(low=low, high=high)[:255],
            errorTitle=words["rs_error_title"][:32],
            error=words["rs_error"].format(low=low, high=high)[:255],
        )
        validation.add(f"{letter}{FIRST_ROW}:{letter}{max(last_row, FIRST_ROW)}")
        sheet.add_data_validation(validation)
        sheet.column_dimensions[letter].width = 14
    sheet.column_dimensions["A"].width = 5
    sheet.column_dimensions["B"].width = 42
    sheet.column_dimensions["C"].width = 20
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=FIRST_COLUMN)
    sheet.print_title_cols = "A:B"
    _print_setup(sheet, words, f"{header_row}:{header_row}")


def _profiles(sheet: Any, content: RatingSheet, words: Words) -> None:
    from openpyxl.styles import Alignment

    headers = [
        words["rs_number"],
        words["proposal"],
        words["field"],
        words["goal"],
        words["target_groups"],
        words["measures"],
        words["lead"],
        words["cost_estimate"],
        words["horizon"],
    ]
    widths = [5, 30, 16, 38, 24, 38, 18, 17, 13]  # "Kostenschätzung" unbroken
    for column, (text, width) in enumerate(zip(headers, widths, strict=True), 1):
        _header(_put(sheet, 1, column, text))
        sheet.column_dimensions[chr(64 + column)].width = width
    sheet.row_dimensions[1].height = 32
    wrapped = Alignment(wrap_text=True, vertical="top")
    for index, p in enumerate(content.proposals):
        values = [
            index + 1,
            sheet_title(p.title),
            p.field,
            p.goal,
            p.target_groups,
            p.measures,
            p.lead,
            format_euro(p.cost_eur, words.language),
            words.horizon(p.time_horizon),
        ]
        longest = max(len(str(v)) / w for v, w in zip(values, widths, strict=True))
        for column, value in enumerate(values, 1):
            _put(sheet, index + 2, column, value, SUMMARY_LIMIT).alignment = wrapped
        sheet.row_dimensions[index + 2].height = 15 * min(int(longest) + 1, 14) + 3
    sheet.freeze_panes = "C2"
    _print_setup(sheet, words, "1:1")


def _criteria(sheet: Any, content: RatingSheet, words: Words) -> None:
    from openpyxl.styles import Alignment

    headers = [words["criterion"], words["rs_description"], words["scale"], words["direction"]]
    for column, (text, width) in enumerate(zip(headers, (30, 70, 12, 28), strict=True), 1):
        _header(_put(sheet, 1, column, text))
        sheet.column_dimensions[chr(64 + column)].width = width
    wrapped = Alignment(wrap_text=True, vertical="top")
    for row, criterion in enumerate(content.criteria, 2):
        description = describe(words, criterion)
        values = [
            criterion.name,
            description,
            words["rs_scale"].format(low=criterion.scale_min, high=criterion.scale_max),
            words["rs_direction_cost" if criterion.cost else "rs_direction_benefit"],
        ]
        for column, value in enumerate(values, 1):
            _put(sheet, row, column, value, 400).alignment = wrapped
        sheet.row_dimensions[row].height = (
            15 * (max(len(description) // 85, len(criterion.name) // 26) + 1) + 3
        )
    sheet.freeze_panes = "A2"
    _print_setup(sheet, words, "1:1")


def _ids(sheet: Any, content: RatingSheet, rating_sheet: str) -> None:
    """What the reader checks: keys and values, then one line per criterion and proposal."""
    pairs = (
        ("format", FORMAT),
        ("version", FORMAT_VERSION),
        ("project", content.project_id),
        ("rater", content.rater_id),
        ("rater_name", content.rater_name),
        ("made", content.made_at.isoformat(timespec="seconds")),
        ("sheet", rating_sheet),
    )
    for row, (key, value) in enumerate(pairs, 1):
        _put(sheet, row, 1, key)
        _put(sheet, row, 2, value, 400)
    for column, key in enumerate(("kind", "id", "place", "fingerprint", "text"), 1):
        _put(sheet, ID_TABLE_ROW, column, key)
    lines: list[tuple[str, str, int, str, str]] = [
        ("criterion", c.id, FIRST_COLUMN + offset, c.fingerprint, clean_text(c.name))
        for offset, c in enumerate(content.criteria)
    ]
    lines += [
        ("proposal", p.id, FIRST_ROW + index, "", sheet_title(p.title))
        for index, p in enumerate(content.proposals)
    ]
    for row, line in enumerate(lines, ID_TABLE_ROW + 1):
        for column, value in enumerate(line, 1):
            _put(sheet, row, column, value)
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True


def file_name(words: Words, rater: str) -> str:
    """A rater's file name: their name with what a file name cannot hold left out."""
    return file_stem(words["rs_file"].format(rater=rater)) + ".xlsx"


def write_rating_sheets(sheets: Sequence[RatingSheet], folder: Path, language: str) -> list[Path]:
    """Write one workbook per sheet into ``folder``, all or none. A file that exists already
    (perhaps a filled sheet that came back) is never replaced: the new one is "Name (2)"."""
    words = Words(language)
    targets: list[Path] = []
    for content in sheets:
        first = Path(folder) / file_name(words, content.rater_name)
        target, number = first, 2
        while target.exists() or target in targets:
            target = first.with_name(f"{first.stem} ({number}){first.suffix}")
            number += 1
        targets.append(target)
    with PendingFiles(targets) as pending:
        for target, content in zip(targets, sheets, strict=True):
            data = io.BytesIO()
            build_rating_sheet(content, language).save(data)
            pending.write(target, data.getvalue())
        return pending.put_in_place()
