"""The Excel workbook: every list of the project as a formatted table, and the scoring matrix
computed by formulas from the criteria and the rater sheet, so a controller can change a
weight or a score in Excel or LibreOffice and see the ranking move (``export.workbook``).

User text that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@`` …) is written
as text, never as a formula (spreadsheet formula injection).
"""

from __future__ import annotations

from typing import Any

from lk40_desktop.export.text import PROPERTY_LIMIT, clean_text
from lk40_desktop.export.workbook.lists import list_sheets
from lk40_desktop.export.workbook.scoring import scoring_sheets
from lk40_desktop.export.workbook.writer import Sheets
from lk40_desktop.services.report import Report


def build_workbook(report: Report, language: str | None = None) -> Any:
    """The project workbook as an openpyxl workbook, not yet saved.

    Saving is the export job's (``export.job.run_export``): it saves every file of an export
    beside its target and puts them in place together."""
    sheets = Sheets(language or report.language)
    list_sheets(sheets, report)
    scoring_sheets(sheets, report)
    properties = sheets.book.properties
    properties.title = clean_text(report.title)[:PROPERTY_LIMIT]
    properties.subject = clean_text(report.county)[:PROPERTY_LIMIT]
    properties.creator = clean_text(report.county)[:PROPERTY_LIMIT]
    properties.lastModifiedBy = properties.creator
    return sheets.book
