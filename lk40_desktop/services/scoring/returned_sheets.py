"""Reading rating sheets that came back, and checking every cell against the project now.

A returned sheet is read with openpyxl in read-only mode, values only: a formula a rater typed
counts with the value the spreadsheet saved for it and is never evaluated here. Nothing is
guessed. A whole file is refused when it is no rating sheet, belongs to another project or to
a rater who no longer exists; a single cell is skipped, with its reason, when its criterion
was changed or deleted since the sheet was made, its proposal is gone, its value lies off the
scale or is text that is not a number ("3,5" and "3.5" typed as text are numbers, "drei" is
not, nor is a date a spreadsheet made of "3.5"). An empty cell changes nothing.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.services.project import get_project
from lk40_desktop.services.scoring.criteria import load_criteria
from lk40_desktop.services.scoring.evaluation import raters
from lk40_desktop.services.scoring.rating_sheets import (
    FORMAT,
    FORMAT_VERSION,
    ID_SHEET,
    ID_TABLE_ROW,
    TITLE_COLUMN,
    criterion_fingerprints,
)
from lk40_desktop.services.scoring.scores import Cell
from lk40_desktop.store.models import Proposal
from lk40_desktop.store.queries import live_columns

MAX_FILE_BYTES = 20_000_000
"""A rating sheet is a few kilobytes; anything this large is not one."""
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")


class FileProblem(StrEnum):
    """Why a whole returned file is refused (nothing of any file is read in then)."""

    UNREADABLE = "unreadable"
    """No .xlsx that can be opened (another format, damaged, protected by a password)."""
    NOT_A_SHEET = "not_a_sheet"
    """A workbook, but no LK40 rating sheet (no id sheet, or one that lost its values)."""
    NEWER_FORMAT = "newer_format"
    OTHER_PROJECT = "other_project"
    UNKNOWN_RATER = "unknown_rater"
    """The rater was deleted since the sheet was made."""
    SAME_RATER_TWICE = "same_rater_twice"
    """Two files of one rater in one import: which of them counts is not guessed."""


class CellProblem(StrEnum):
    """Why one cell of a returned sheet is skipped."""

    CHANGED_CRITERION = "changed_criterion"
    """The criterion's name, scale or direction changed after the sheet was made."""
    UNKNOWN_CRITERION = "unknown_criterion"
    UNKNOWN_PROPOSAL = "unknown_proposal"
    ROW_MOVED = "row_moved"
    """The row no longer names the proposal the id sheet recorded for it."""
    OFF_SCALE = "off_scale"
    NOT_A_NUMBER = "not_a_number"


class ReturnedSheetError(ValueError):
    """A file refused as a whole."""

    def __init__(self, path: Path, problem: FileProblem, detail: str = "") -> None:
        super().__init__(f"{path}: {problem.value}{': ' + detail if detail else ''}")
        self.path = path
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class ReturnedCell:
    """One input cell as the returned file holds it."""

    proposal_id: str
    proposal_title: str
    """What the id sheet recorded for the row."""
    criterion_id: str
    criterion_name: str
    fingerprint: str
    value: Any
    """What the cell holds (number, text, date, bool) or None when empty."""
    shown_title: Any
    """What the row's title cell holds now."""
    reference: str
    """Where on the sheet ("D7"), for the report."""


@dataclass(frozen=True)
class ReturnedSheet:
    """What a returned file says: whose sheet, of which project, and its cells."""

    path: Path
    project_id: str
    rater_id: str
    rater_name: str
    cells: list[ReturnedCell]


@dataclass(frozen=True)
class SkippedCell:
    """A cell not read in, and why (``detail``: the scale, or what the cell held)."""

    cell: ReturnedCell
    problem: CellProblem
    detail: str = ""


@dataclass
class SheetResult:
    """What one file gives: the scores to store and the cells skipped."""

    sheet: ReturnedSheet
    values: dict[Cell, float] = field(default_factory=dict)
    skipped: list[SkippedCell] = field(default_factory=list)
    empty: int = 0


@dataclass
class ImportCheck:
    """The check of a set of returned files against the project: refused files (then nothing
    is read in) or, per file, its scores and skipped cells."""

    results: list[SheetResult] = field(default_factory=list)
    refused: list[ReturnedSheetError] = field(default_factory=list)

    @property
    def score_count(self) -> int:
        """Scores the import stores."""
        return sum(len(result.values) for result in self.results)


def read_returned(path: Path) -> ReturnedSheet:
    """Read a returned rating sheet; raises ReturnedSheetError for a file that is none."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES or not zipfile.is_zipfile(path):
            raise ReturnedSheetError(path, FileProblem.UNREADABLE)
        book = load_workbook(path, read_only=True, data_only=True)
    except ReturnedSheetError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ReturnedSheetError(path, FileProblem.UNREADABLE, type(error).__name__) from error
    try:
        if ID_SHEET not in book.sheetnames:
            raise ReturnedSheetError(path, FileProblem.NOT_A_SHEET)
        ids = [list(row) for row in book[ID_SHEET].iter_rows(values_only=True)]
        return _parse(path, book, ids)
    finally:
        book.close()


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _parse(path: Path, book: Any, ids: list[list[Any]]) -> ReturnedSheet:
    pairs = {_text(row[0]): row[1] for row in ids[: ID_TABLE_ROW - 1] if row and len(row) > 1}
    if _text(pairs.get("format")) != FORMAT:
        raise ReturnedSheetError(path, FileProblem.NOT_A_SHEET)
    try:
        version = int(float(_text(pairs.get("version"))))
    except ValueError as error:
        raise ReturnedSheetError(path, FileProblem.NOT_A_SHEET) from error
    if version > FORMAT_VERSION:
        raise ReturnedSheetError(path, FileProblem.NEWER_FORMAT, str(version))
    sheet_name = _text(pairs.get("sheet"))
    if sheet_name not in book.sheetnames or not _text(pairs.get("project")):
        raise ReturnedSheetError(path, FileProblem.NOT_A_SHEET)
    criteria: list[tuple[str, int, str, str]] = []
    proposals: list[tuple[str, int, str]] = []
    try:
        for row in ids[ID_TABLE_ROW:]:
            kind, key, place, print_, text = (list(row) + [None] * 5)[:5]
            if _text(kind) == "criterion":
                criteria.append((_text(key), int(place), _text(print_), _text(text)))
            elif _text(kind) == "proposal":
                proposals.append((_text(key), int(place), _text(text)))
    except (TypeError, ValueError) as error:
        raise ReturnedSheetError(path, FileProblem.NOT_A_SHEET) from error
    grid = _grid(book[sheet_name])
    cells = [
        ReturnedCell(
            proposal,
            title,
            criterion,
            name,
            print_,
            _at(grid, row, column),
            _at(grid, row, TITLE_COLUMN),
            f"{_letter(column)}{row}",
        )
        for proposal, row, title in proposals
        for criterion, column, print_, name in criteria
    ]
    return ReturnedSheet(
        path, _text(pairs["project"]), _text(pairs.get("rater")), _text(pairs.get("rater_name")),
        cells,
    )  # fmt: skip


def _grid(sheet: Any) -> list[tuple[Any, ...]]:
    """The sheet's values row by row (read-only sheets are read front to back once)."""
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def _at(grid: list[tuple[Any, ...]], row: int, column: int) -> Any:
    if row - 1 < len(grid) and column - 1 < len(grid[row - 1]):
        return grid[row - 1][column - 1]
    return None


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))


def score_value(value: Any) -> float | None:
    """The number a cell holds, "3,5" and "3.5" typed as text included; None for anything
    else (a word, a date, TRUE, an error value such as #DIV/0!)."""
    if isinstance(value, bool | datetime | date | time):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if _NUMBER.fullmatch(text):
            return float(text.replace(",", "."))
    return None


def is_empty(value: Any) -> bool:
    """An empty cell (or one holding only spaces): it changes nothing."""
    return value is None or (isinstance(value, str) and not value.strip())


def check_returned(session: Session, sheets: Sequence[ReturnedSheet]) -> ImportCheck:
    """Check returned files against the project as it is now: which scores they give, which
    cells are skipped and why, which files are refused."""
    check = ImportCheck()
    project_id = get_project(session).id
    live_raters = dict(raters(session))
    prints = criterion_fingerprints(session)
    scales = {c.id: (c.scale_min, c.scale_max) for c in load_criteria(session)}
    proposals = set(session.scalars(live_columns(Proposal, Proposal.id)))
    seen: set[str] = set()
    for sheet in sheets:
        if sheet.project_id != project_id:
            check.refused.append(ReturnedSheetError(sheet.path, FileProblem.OTHER_PROJECT))
        elif sheet.rater_id not in live_raters:
            check.refused.append(
                ReturnedSheetError(sheet.path, FileProblem.UNKNOWN_RATER, sheet.rater_name)
            )
        elif sheet.rater_id in seen:
            check.refused.append(
                ReturnedSheetError(sheet.path, FileProblem.SAME_RATER_TWICE, sheet.rater_name)
            )
        else:
            seen.add(sheet.rater_id)
            check.results.append(_check_cells(sheet, prints, scales, proposals))
    return check


def _check_cells(
    sheet: ReturnedSheet,
    prints: dict[str, str],
    scales: dict[str, tuple[int, int]],
    proposals: set[str],
) -> SheetResult:
    result = SheetResult(sheet)
    for cell in sheet.cells:
        if is_empty(cell.value):
            result.empty += 1
            continue
        problem, detail = _cell_problem(cell, prints, scales, proposals)
        if problem is not None:
            result.skipped.append(SkippedCell(cell, problem, detail))
        else:
            value = score_value(cell.value)
            assert value is not None
            result.values[(cell.proposal_id, cell.criterion_id)] = value
    return result


def _cell_problem(
    cell: ReturnedCell,
    prints: dict[str, str],
    scales: dict[str, tuple[int, int]],
    proposals: set[str],
) -> tuple[CellProblem | None, str]:
    """The first reason a filled cell is not read in, with its detail."""
    if cell.criterion_id not in prints:
        return CellProblem.UNKNOWN_CRITERION, ""
    if prints[cell.criterion_id] != cell.fingerprint:
        return CellProblem.CHANGED_CRITERION, ""
    if cell.proposal_id not in proposals:
        return CellProblem.UNKNOWN_PROPOSAL, ""
    if _text(cell.shown_title) != cell.proposal_title:
        return CellProblem.ROW_MOVED, _text(cell.shown_title)
    value = score_value(cell.value)
    if value is None:
        return CellProblem.NOT_A_NUMBER, _text(cell.value)
    low, high = scales[cell.criterion_id]
    if not low <= value <= high:
        return CellProblem.OFF_SCALE, f"{low}–{high}"
    return None, ""
