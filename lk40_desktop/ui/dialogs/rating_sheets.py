"""Rating sheets in the window (File menu): "Bewertungsbögen erstellen…" writes one workbook
per rater into a chosen folder, "Bewertungen einlesen…" reads the returned ones — several
files at once, their scores one undo step — and shows what was read and what was skipped."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.i18n import describe_failure
from lk40_desktop.operations.scoring import import_scores
from lk40_desktop.services.project import get_project
from lk40_desktop.services.scoring.rating_sheets import load_rating_sheets
from lk40_desktop.services.scoring.returned_sheets import (
    CellProblem,
    FileProblem,
    ImportCheck,
    ReturnedSheet,
    ReturnedSheetError,
    SkippedCell,
    check_returned,
    read_returned,
)
from lk40_desktop.ui.widgets.display import shown

if TYPE_CHECKING:
    from lk40_desktop.ui.main_window import MainWindow

SHOWN_CELLS = 200
"""Skipped cells listed in the report's details (the rest are counted)."""


def make_rating_sheets(window: MainWindow) -> list[Path]:
    """Ask for a folder and write one rating sheet per rater into it (in the project's
    language); returns the files written."""
    from lk40_desktop.export.atomic import ExportTargetError
    from lk40_desktop.export.rating_sheet import write_rating_sheets

    controller = window.controller
    if controller is None:
        return []
    with controller.document.reading() as session:
        language = get_project(session).language
        sheets = load_rating_sheets(session, language, datetime.now())
    missing = (
        QCoreApplication.translate(
            "RatingSheets", "Das Projekt hat noch keine Bewertenden (Bewertung › Bewertende…)."
        )
        if not sheets
        else QCoreApplication.translate("RatingSheets", "Das Projekt hat noch keine Kriterien.")
        if not sheets[0].criteria
        else QCoreApplication.translate(
            "RatingSheets", "Das Projekt hat noch keine Projektvorschläge."
        )
        if not sheets[0].proposals
        else ""
    )
    if missing:
        QMessageBox.information(window, PRODUCT_NAME, missing)
        return []
    folder = QFileDialog.getExistingDirectory(
        window,
        QCoreApplication.translate("RatingSheets", "Ordner für die Bewertungsbögen"),
        str(controller.document.path.parent),
    )
    if not folder:
        return []
    try:
        written = write_rating_sheets(sheets, Path(folder), language)
    except ExportTargetError as error:
        QMessageBox.critical(window, PRODUCT_NAME, describe_failure(error))
        return []
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "RatingSheets", "{count} Bewertungsbögen gespeichert in {folder}"
        ).format(count=len(written), folder=folder),
        8000,
    )
    return written


def file_problem_text(error: ReturnedSheetError) -> str:
    """Why a returned file is refused, and that nothing was read in."""
    texts = {
        FileProblem.UNREADABLE: QCoreApplication.translate(
            "RatingSheets",
            "„{name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx): beschädigt, ein anderes "
            "Format oder mit einem Kennwort geschützt.",
        ),
        FileProblem.NOT_A_SHEET: QCoreApplication.translate(
            "RatingSheets",
            "„{name}“ ist kein Bewertungsbogen von LK40 (das Kennungsblatt fehlt oder ist "
            "unvollständig).",
        ),
        FileProblem.NEWER_FORMAT: QCoreApplication.translate(
            "RatingSheets", "„{name}“ stammt aus einer neueren Version von LK40."
        ),
        FileProblem.OTHER_PROJECT: QCoreApplication.translate(
            "RatingSheets", "„{name}“ ist ein Bewertungsbogen eines anderen Projekts."
        ),
        FileProblem.UNKNOWN_RATER: QCoreApplication.translate(
            "RatingSheets",
            "„{name}“: Die bewertende Person oder Gruppe „{detail}“ gibt es im Projekt nicht mehr.",
        ),
        FileProblem.SAME_RATER_TWICE: QCoreApplication.translate(
            "RatingSheets",
            "„{name}“ ist schon der zweite Bogen von „{detail}“ – bitte nur einen je "
            "Person oder Gruppe wählen.",
        ),
    }
    return " ".join(
        (
            texts[error.problem].format(name=error.path.name, detail=shown(error.detail)),
            QCoreApplication.translate("RatingSheets", "Es wurde nichts eingelesen."),
        )
    )


def skipped_text(skipped: SkippedCell) -> str:
    """One skipped cell: where, what and why."""
    reasons = {
        CellProblem.CHANGED_CRITERION: QCoreApplication.translate(
            "RatingSheets", "das Kriterium wurde seit dem Erstellen des Bogens geändert"
        ),
        CellProblem.UNKNOWN_CRITERION: QCoreApplication.translate(
            "RatingSheets", "das Kriterium gibt es nicht mehr"
        ),
        CellProblem.UNKNOWN_PROPOSAL: QCoreApplication.translate(
            "RatingSheets", "den Projektvorschlag gibt es nicht mehr"
        ),
        CellProblem.ROW_MOVED: QCoreApplication.translate(
            "RatingSheets", "die Zeile nennt ihren Vorschlag nicht mehr („{detail}“)"
        ),
        CellProblem.OFF_SCALE: QCoreApplication.translate(
            "RatingSheets", "außerhalb der Skala {detail}"
        ),
        CellProblem.NOT_A_NUMBER: QCoreApplication.translate(
            "RatingSheets", "„{detail}“ ist keine Zahl"
        ),
    }
    cell = skipped.cell
    return QCoreApplication.translate(
        "RatingSheets", "{where}: „{proposal}“ – „{criterion}“: {reason}"
    ).format(
        where=cell.reference,
        proposal=shown(cell.proposal_title),
        criterion=shown(cell.criterion_name),
        reason=reasons[skipped.problem].format(detail=shown(skipped.detail)),
    )


def report_box(window: MainWindow, check: ImportCheck) -> QMessageBox:
    """The report of an import: a line per file, every skipped cell in the details."""
    box = QMessageBox(QMessageBox.Icon.Information, PRODUCT_NAME, "", parent=window)
    skipped = sum(len(result.skipped) for result in check.results)
    box.setText(
        QCoreApplication.translate(
            "RatingSheets",
            "{scores} Bewertungen aus {files} Bögen eingelesen, {skipped} Felder übersprungen.",
        ).format(scores=check.score_count, files=len(check.results), skipped=skipped)
    )
    lines = [
        QCoreApplication.translate(
            "RatingSheets",
            "{name} ({file}): {scores} Bewertungen, {skipped} übersprungen, {empty} leer",
        ).format(
            name=shown(result.sheet.rater_name),
            file=shown(result.sheet.path.name),
            scores=len(result.values),
            skipped=len(result.skipped),
            empty=result.empty,
        )
        for result in check.results
    ]
    lines.append(
        QCoreApplication.translate(
            "RatingSheets", "Leere Felder ändern nichts. Rückgängig mit Strg+Z."
        )
    )
    box.setInformativeText("\n".join(lines))
    cells = [skipped_text(s) for result in check.results for s in result.skipped]
    if len(cells) > SHOWN_CELLS:
        more = QCoreApplication.translate("RatingSheets", "… und {n} weitere")
        cells = [*cells[:SHOWN_CELLS], more.format(n=len(cells) - SHOWN_CELLS)]
    if cells:
        box.setDetailedText("\n".join(cells))
    return box


def import_rating_sheets(window: MainWindow, paths: list[Path] | None = None) -> bool:
    """Read returned rating sheets (asked for when not given) into the open project, as one
    undo step, and show the report: True when scores were read in."""
    controller = window.controller
    if controller is None or controller.read_only:
        return False
    if paths is None:
        names, _ = QFileDialog.getOpenFileNames(
            window,
            QCoreApplication.translate("RatingSheets", "Bewertungen einlesen"),
            str(controller.document.path.parent),
            QCoreApplication.translate("RatingSheets", "Bewertungsbögen (*.xlsx)"),
        )
        paths = [Path(name) for name in names]
    if not paths:
        return False
    try:
        sheets: list[ReturnedSheet] = [read_returned(path) for path in paths]
    except ReturnedSheetError as error:
        QMessageBox.warning(window, PRODUCT_NAME, file_problem_text(error))
        return False
    with controller.document.reading() as session:
        check = check_returned(session, sheets)
    if check.refused:
        QMessageBox.warning(window, PRODUCT_NAME, file_problem_text(check.refused[0]))
        return False
    edit = None
    if check.score_count:
        edit = controller.perform(
            QCoreApplication.translate("RatingSheets", "Bewertungen einlesen"),
            lambda session: import_scores(session, sheets),
        )
    report_box(window, check).exec()
    return edit is not None
