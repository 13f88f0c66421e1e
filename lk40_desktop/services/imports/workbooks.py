"""Workbooks (``.xlsx``, ``.xls``, ``.ods``) read with python-calamine, a maintained reader
in Rust: a formula cell gives the value the spreadsheet last computed and stored (an
``.xlsx`` that openpyxl wrote has none: the cell is empty), never the formula evaluated here;
formula text typed as text stays text. A merged cell's value fills every cell of its range
(an organisation merged over the rows of its three contact persons belongs to each)."""

from __future__ import annotations

from pathlib import Path

import python_calamine

from lk40_desktop.services.imports.table import (
    ReadProblem,
    ReadRefusedError,
    Table,
    cell_text,
    tabulate,
)


def _sheet_names(workbook: python_calamine.CalamineWorkbook) -> list[str]:
    return [
        sheet.name
        for sheet in workbook.sheets_metadata
        if sheet.typ == python_calamine.SheetTypeEnum.WorkSheet
        and sheet.visible == python_calamine.SheetVisibleEnum.Visible
    ]


def _cells(sheet: python_calamine.CalamineSheet) -> list[list[str]]:
    """The sheet's cells as text from A1, merged ranges filled from their first cell."""
    cells = [
        [value if type(value) is str else cell_text(value) for value in row]  # most are text
        for row in sheet.to_python(skip_empty_area=False)
    ]
    for (top, left), (bottom, right) in sheet.merged_cell_ranges or []:
        if top >= len(cells) or left >= len(cells[top]):
            continue
        value = cells[top][left]
        for row in cells[top : bottom + 1]:
            for column in range(left, min(right + 1, len(row))):
                row[column] = row[column] or value
    return cells


def _first_list(
    workbook: python_calamine.CalamineWorkbook, names: list[str]
) -> tuple[str | None, list[list[str]]]:
    """The first of the sheets ``names`` that holds a list (a header and a row below it),
    else the first that holds anything (a sheet of notes before the list is passed over; a
    workbook of only such sheets is refused by ``tabulate``); None: all are empty."""
    found: tuple[str | None, list[list[str]]] = (None, [])
    for name in names:
        cells = _cells(workbook.get_sheet_by_name(name))
        filled = sum(1 for row in cells if any(cell.strip() for cell in row))
        if filled >= 2:
            return name, cells
        if filled and found[0] is None:
            found = (name, cells)
    return found


def read_workbook(path: Path, sheet: str | None = None) -> Table:
    """The first visible worksheet that holds a list (or ``sheet``) as a table."""
    try:
        with python_calamine.CalamineWorkbook.from_path(str(path)) as workbook:
            names = _sheet_names(workbook)
            name, cells = _first_list(workbook, [sheet] if sheet in names else names)
            if name is None:
                raise ReadRefusedError(ReadProblem.EMPTY, path)
    except python_calamine.PasswordError as error:
        raise ReadRefusedError(ReadProblem.ENCRYPTED, path) from error
    except python_calamine.CalamineError as error:
        raise ReadRefusedError(ReadProblem.DAMAGED, path, str(error)) from error
    lines = [(number, row) for number, row in enumerate(cells, start=1)]
    return tabulate(path, lines, sheets=names, sheet=name)
