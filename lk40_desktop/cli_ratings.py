"""``lk40 rating-sheets`` and ``lk40 import-scores``: rating sheets out to raters who rate at
home, and their scores back in (the File menu's "Bewertungsbögen erstellen…" and "Bewertungen
einlesen…" without the GUI). A refused file is one line on stderr and exit code 1; nothing of
any file is read in then."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from lk40_desktop.services.scoring.returned_sheets import (
    CellProblem,
    FileProblem,
    ImportCheck,
    ReturnedSheetError,
    SkippedCell,
)


class RatingsRefusedError(ValueError):
    """Nothing was written or read in; the message is the one line to print."""


FILE_PROBLEMS = {
    FileProblem.UNREADABLE: "no Excel workbook (.xlsx) that can be read (damaged, another "
    "format or protected by a password)",
    FileProblem.NOT_A_SHEET: "not an LK40 rating sheet (its id sheet is missing or incomplete)",
    FileProblem.NEWER_FORMAT: "a rating sheet of a newer version of LK40",
    FileProblem.OTHER_PROJECT: "a rating sheet of another project",
    FileProblem.UNKNOWN_RATER: "the rater '{detail}' no longer exists in the project",
    FileProblem.SAME_RATER_TWICE: "a second file of the rater '{detail}' in one import",
}
CELL_PROBLEMS = {
    CellProblem.CHANGED_CRITERION: "the criterion was changed since the sheet was made",
    CellProblem.UNKNOWN_CRITERION: "the criterion no longer exists",
    CellProblem.UNKNOWN_PROPOSAL: "the proposal no longer exists",
    CellProblem.ROW_MOVED: "the row no longer names its proposal ('{detail}')",
    CellProblem.OFF_SCALE: "outside the scale {detail}",
    CellProblem.NOT_A_NUMBER: "'{detail}' is not a number",
}


def rating_sheets_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The arguments of ``lk40 rating-sheets``."""
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the sheets")
    parser.add_argument(
        "--lang", choices=("de", "en"), help="language of the sheets (default: the project's)"
    )
    return parser


def import_scores_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The arguments of ``lk40 import-scores``."""
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    parser.add_argument("files", type=Path, nargs="+", help="returned rating sheets (.xlsx)")
    return parser


def run_rating_sheets(args: argparse.Namespace) -> list[Path]:
    """Write one sheet per rater; returns the files written."""
    from lk40_desktop.export.rating_sheet import write_rating_sheets
    from lk40_desktop.services.project import get_project
    from lk40_desktop.services.scoring.rating_sheets import load_rating_sheets
    from lk40_desktop.store.document import WorkshopDocument

    if not args.out.is_dir():
        raise RatingsRefusedError(f"rating-sheets: {args.out} is no folder")
    document = WorkshopDocument.open(args.path, read_only=True)
    try:
        with document.reading() as session:
            language = args.lang or get_project(session).language
            sheets = load_rating_sheets(session, language, datetime.now())
    finally:
        document.close()
    missing = [
        what
        for what, present in (
            ("raters", sheets),
            ("criteria", sheets and sheets[0].criteria),
            ("proposals", sheets and sheets[0].proposals),
        )
        if not present
    ]
    if missing:
        raise RatingsRefusedError(f"rating-sheets: the project has no {missing[0]}")
    return write_rating_sheets(sheets, args.out, language)


def refusal_line(error: ReturnedSheetError) -> str:
    """Why a file was refused, as the one line of a failed import."""
    reason = FILE_PROBLEMS[error.problem].format(detail=error.detail)
    return f"import-scores: {error.path}: {reason}; nothing was imported"


def skipped_line(skipped: SkippedCell) -> str:
    """One skipped cell and its reason."""
    cell = skipped.cell
    reason = CELL_PROBLEMS[skipped.problem].format(detail=skipped.detail)
    return (
        f"  skipped {cell.reference} ('{cell.proposal_title}' / '{cell.criterion_name}'): {reason}"
    )


def report_lines(check: ImportCheck) -> list[str]:
    """What was read in, file by file, with every skipped cell."""
    lines = []
    for result in check.results:
        lines.append(
            f"{result.sheet.path.name}: {len(result.values)} scores of '{result.sheet.rater_name}'"
            f", {len(result.skipped)} skipped, {result.empty} empty"
        )
        lines += [skipped_line(skipped) for skipped in result.skipped]
    return lines


def run_import_scores(args: argparse.Namespace) -> list[str]:
    """Read the returned sheets into the project as one edit; returns the report's lines."""
    from lk40_desktop.operations.edit import perform
    from lk40_desktop.operations.scoring import import_scores
    from lk40_desktop.services.scoring.returned_sheets import check_returned, read_returned
    from lk40_desktop.store.document import WorkshopDocument

    try:
        sheets = [read_returned(path) for path in args.files]
    except ReturnedSheetError as error:
        raise RatingsRefusedError(refusal_line(error)) from error
    document = WorkshopDocument.open(args.path)
    try:
        with document.reading() as session:
            check = check_returned(session, sheets)
        if check.refused:
            raise RatingsRefusedError(refusal_line(check.refused[0]))
        perform(document, lambda session: import_scores(session, sheets))
    finally:
        document.close()
    return report_lines(check)
