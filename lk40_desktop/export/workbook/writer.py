"""Writes cells, tables and sheet settings of the workbook: user text never becomes a formula,
table and column names are unique, widths follow what a cell shows, and the print setup, the
protection and the input checks are set the same way on every sheet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lk40_desktop.export.text import clean_text, looks_like_formula
from lk40_desktop.export.vocabulary import Words

HEADER_FILL = "1F4E79"
EURO = '#,##0 "€"'
CELL_LIMIT = 32_767
"""Characters an Excel cell holds; a longer text would make Excel call the file damaged."""
NAME_LIMIT = 255
"""Characters of a table column's name (Excel repairs the file otherwise)."""
TEXT_WIDTH = 40
"""The widest a column gets from its values; a longer text wraps in the cell."""
UPRIGHT_HEIGHT = 170.0
"""The tallest header row (points) of a table with upright headers."""
PAGE_WIDTH = 250.0
"""Column widths (Excel's character units) an A4 landscape page holds at about 55 % scale
(6 pt of 11): a sheet no wider is fitted to the page's width; a wider one prints on several
pages across, readable, with its first columns repeated."""


@dataclass(frozen=True)
class Formula:
    """A formula of ours (never user text), with what the cell shows as the app computes it,
    which sizes the column (the formula text would make it an unreadable strip)."""

    text: str
    shown: str = ""
    array: bool = False
    """Entered as an array formula (``MEDIAN(IF(…))``: Excel 2016 needs Ctrl+Shift+Enter)."""


def unique_names(names: Sequence[str]) -> list[str]:
    """Table column names as Excel needs them: one line, not too long, none twice (compared
    without case, as Excel does): a second "Kosten" becomes "Kosten (2)"."""
    result: list[str] = []
    taken: set[str] = set()
    for name in names:
        base = " ".join(clean_text(name).split())[: NAME_LIMIT - 6] or "–"
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{base} ({number})"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def plain_name(word: str) -> str:
    """A word as the tail of a defined or table name: ASCII letters, digits and "_" only
    (umlauts written out), so every Excel and LibreOffice reads it."""
    word = word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    word = word.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    ascii_word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", ascii_word).strip("_") or "Tabelle"


def column_width(header: str, shown: Sequence[str], upright: bool = False) -> float:
    """A column's width from what it shows: the longest value, and the header's longest word
    (headers wrap; an upright header not at all), between 6 and ``TEXT_WIDTH`` characters
    (longer texts wrap)."""
    words = header.split() or [""]
    head = 0 if upright else min(len(header), max(10, *(len(w) for w in words))) + 2
    body = max((len(line) for text in shown for line in text.split("\n")), default=0)
    return float(min(TEXT_WIDTH, max(6, head, body + 2)))


class Sheets:
    """Writes one workbook; keeps the styles and the table names unique."""

    def __init__(self, language: str) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Protection

        self.text = Words(language)
        self.book = Workbook()
        self.book.remove(self.book.active)
        self._tables: set[str] = set()
        self._fills: dict[str, Any] = {}
        self._wrapped = Alignment(wrap_text=True, vertical="top")
        self._centered = Alignment(horizontal="center")
        self._unlocked = Protection(locked=False)

    def sheet(self, key: str, color: str = HEADER_FILL) -> Any:
        """A new sheet named by the vocabulary, A4 landscape."""
        sheet = self.book.create_sheet(self.text[key][:31])
        sheet.sheet_properties.tabColor = color
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        return sheet

    def reference(self, sheet: Any, cells: str) -> str:
        """``cells`` of ``sheet`` as another sheet's formula names them: ``'Kriterien'!$C$2``."""
        return f"'{sheet.title}'!{cells}"

    def put(
        self, sheet: Any, row: int, column: int, value: Any, number_format: str | None = None
    ) -> Any:
        """Write a value; user text is cleaned and never becomes a formula, a ``Formula`` is
        written as one."""
        from openpyxl.worksheet.formula import ArrayFormula

        cell = sheet.cell(row=row, column=column)
        if isinstance(value, Formula):
            cell.value = ArrayFormula(cell.coordinate, value.text) if value.array else value.text
            if not value.array:
                cell.data_type = "f"
        elif isinstance(value, str):
            put_text(cell, value)
        else:
            cell.value = value
        if number_format:
            cell.number_format = number_format
        return cell

    def table(
        self,
        sheet: Any,
        first_row: int,
        name: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        formats: dict[int, str] | None = None,
        widths: dict[int, float] | None = None,
        upright: frozenset[int] = frozenset(),
        centered: frozenset[int] = frozenset(),
    ) -> int:
        """A formatted Excel table ``tbl_<name>`` (header style, filters) with unique column
        names and widths from the shown values (``widths`` where given; ``upright`` columns
        with their header turned, so a matrix of numbers stays narrow; ``centered`` columns,
        numbers that key a row, apart from the text beside them); returns the next free
        row."""
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.table import Table, TableStyleInfo

        formats = formats or {}
        names = unique_names(headers)
        for column, header in enumerate(names, start=1):
            cell = self.put(sheet, first_row, column, header)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(
                vertical="center" if column not in upright else "bottom",
                horizontal=None if column not in upright else "center",
                wrap_text=True,
                text_rotation=90 if column in upright else 0,
            )
        for offset, values in enumerate(rows, start=1):
            for column, value in enumerate(values, start=1):
                cell = self.put(sheet, first_row + offset, column, value, formats.get(column))
                if isinstance(value, str) and len(value) > TEXT_WIDTH:
                    cell.alignment = self._wrapped
                elif column in centered:
                    cell.alignment = self._centered
        last_row = first_row + max(len(rows), 1)
        table = Table(
            displayName=self._table_name(name),
            ref=f"A{first_row}:{get_column_letter(len(names))}{last_row}",
        )
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        sheet.add_table(table)
        for column, header in enumerate(names, start=1):
            key = get_column_letter(column)
            before = sheet.column_dimensions[key].width if key in sheet.column_dimensions else 0
            width = (widths or {}).get(column) or column_width(
                header, [_shown(r[column - 1]) for r in rows], column in upright
            )
            sheet.column_dimensions[key].width = max(width, before)
        if upright:
            longest = max(len(names[column - 1]) for column in upright)
            sheet.row_dimensions[first_row].height = min(UPRIGHT_HEIGHT, 7.0 * longest + 6)
        return last_row + 2

    def _table_name(self, word: str) -> str:
        name, number = f"tbl_{plain_name(word)}", 1
        while name.casefold() in self._tables:
            number += 1
            name = f"tbl_{plain_name(word)}_{number}"
        self._tables.add(name.casefold())
        return name

    def note(self, sheet: Any, row: int, text: str) -> None:
        """An italic note above a table, wrapped over the table's width (merged), so that it
        neither runs off the printed page nor widens it."""
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        columns = max(sheet.max_column, 1)
        cell = self.put(sheet, row, 1, text)
        cell.font = Font(italic=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
        width = sum(
            sheet.column_dimensions[get_column_letter(c)].width or 9.0
            for c in range(1, columns + 1)
        )
        sheet.row_dimensions[row].height = 15.0 * (int(len(text) * 1.1 // max(width, 1)) + 1)

    def print_setup(
        self, sheet: Any, header_row: int, *, freeze: str | None = None, title_columns: str = "A:A"
    ) -> None:
        """Print titles (the header row, and ``title_columns`` when the sheet is too wide for
        one page); fitted to the page's width when that stays readable; panes frozen at
        ``freeze`` (the cell below the header and right of what stays in view), if given."""
        from openpyxl.utils import get_column_letter

        sheet.print_title_rows = f"{header_row}:{header_row}"
        total = sum(
            sheet.column_dimensions[get_column_letter(c)].width or 9.0
            for c in range(1, sheet.max_column + 1)
        )
        if total <= PAGE_WIDTH:
            sheet.page_setup.fitToWidth = 1
            sheet.page_setup.fitToHeight = 0
            sheet.sheet_properties.pageSetUpPr.fitToPage = True
        else:
            sheet.print_title_cols = title_columns
        if freeze:
            sheet.freeze_panes = freeze

    def protect(self, sheet: Any, inputs: Sequence[str] = ()) -> None:
        """Lock the formulas (no password: it guards against slips, not people), leave the
        ``inputs`` ranges editable; filtering, sorting and widening columns stay allowed."""
        for cells in inputs:
            for row in sheet[cells]:
                for cell in row if isinstance(row, tuple) else (row,):
                    cell.protection = self._unlocked
        protection = sheet.protection
        protection.sheet = True
        protection.autoFilter = protection.sort = False
        protection.formatColumns = protection.formatRows = protection.formatCells = False

    def validate(
        self,
        sheet: Any,
        cells: str,
        kind: str,
        prompt: tuple[str, str],
        error: str,
        **rule: Any,
    ) -> None:
        """An input check on ``cells``: ``kind`` as openpyxl names it ("decimal", "list"),
        the ``rule`` (operator, formula1, formula2), a message while typing (title, text) and
        one when a value is refused; an empty cell is allowed (a missing score)."""
        from openpyxl.worksheet.datavalidation import DataValidation

        title, text = prompt
        check = DataValidation(
            type=kind,
            allow_blank=True,
            showInputMessage=True,
            showErrorMessage=True,
            promptTitle=title[:32],
            prompt=text[:255],
            errorTitle=title[:32],
            error=error[:255],
            errorStyle="stop",
            **rule,
        )
        check.add(cells)
        sheet.add_data_validation(check)

    def highlight(
        self, sheet: Any, cells: str, formula: str, color: str, bold: bool = False
    ) -> None:
        """Conditional formatting: ``cells`` filled with ``color`` where ``formula`` (written
        for the range's first cell) is true."""
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.styles import Font, PatternFill

        sheet.conditional_formatting.add(
            cells,
            FormulaRule(
                formula=[formula],
                fill=PatternFill("solid", fgColor=color, bgColor=color),
                font=Font(bold=True) if bold else None,
            ),
        )

    def name(self, name: str, sheet: Any, cells: str) -> None:
        """A defined name for ``cells`` (weights: ``Gewichte``, ``Gewicht_1`` …)."""
        from openpyxl.workbook.defined_name import DefinedName

        self.book.defined_names[name] = DefinedName(name, attr_text=self.reference(sheet, cells))

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


def _shown(value: Any) -> str:
    """What a cell shows, for its column's width (a formula: what the app computed)."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        return value.shown + " "
    if isinstance(value, float):  # a space more: a number (right) never touches a text (left)
        return f"{value:,.1f} "
    if isinstance(value, int):
        return f"{value:,} "
    return str(value)


def put_text(cell: Any, value: str, limit: int = CELL_LIMIT) -> None:
    """User text into a cell: cleaned of what Excel cannot store, cut to ``limit`` and never
    read as a formula (``=cmd|…`` stays text)."""
    value = clean_text(value)
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    cell.value = value
    if looks_like_formula(value):
        cell.data_type = "s"
