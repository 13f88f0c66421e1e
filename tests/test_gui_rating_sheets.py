"""File › Bewertungsbögen erstellen… / Bewertungen einlesen… in the window (issue 21): the
folder and the files chosen in Qt's dialogs, the report read, the scores stored and undone with
one Ctrl+Z; a foreign workbook is refused with its reason and nothing changes."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from lk40_desktop.services.scoring.evaluation import load_evaluation
from lk40_desktop.services.scoring.rating_sheets import FIRST_ROW
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.main_window import MainWindow
from tests.gui import answer_dialogs, laptop_window, type_file_name


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, demo_file)
    yield main
    main.close_project()


def _choose(target: Path) -> Callable[[QDialog], None]:
    """Type ``target`` into Qt's file dialog (folder or file) and accept it."""

    def act(dialog: QDialog) -> None:
        type_file_name(dialog, target)

    return act


def _first_score(document: WorkshopDocument) -> float:
    with document.reading() as session:
        return float(load_evaluation(session).input.scores[0, 0, 0])


def test_sheets_made_filled_read_in_and_undone(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "Bögen"
    folder.mkdir()
    log = answer_dialogs(act=_choose(folder))
    window.menu_actions.rating_sheets.trigger()
    qtbot.waitUntil(lambda: bool(log.texts))
    written = sorted(folder.glob("Bewertungsbogen *.xlsx"))
    document = window.controller.document  # type: ignore[union-attr]
    with document.reading() as session:
        raters = [name for _id, name in load_evaluation(session).raters]
    assert [p.name for p in written] == sorted(f"Bewertungsbogen {name}.xlsx" for name in raters)
    assert f"{len(raters)} Bewertungsbögen gespeichert" in window.statusBar().currentMessage()

    first = folder / f"Bewertungsbogen {raters[0]}.xlsx"
    before = _first_score(document)
    typed = "2,5" if before != 2.5 else "1,5"
    book = openpyxl.load_workbook(first)
    book["Bewertung"][f"D{FIRST_ROW}"] = typed
    book["Bewertung"][f"E{FIRST_ROW}"] = 9  # off the scale: skipped with its reason
    book.save(first)
    log = answer_dialogs(QMessageBox.StandardButton.Ok, act=_choose(first), count=2)
    window.menu_actions.import_scores.trigger()
    qtbot.waitUntil(lambda: len(log.texts) >= 2)
    assert "Bewertungen aus 1 Bögen eingelesen, 1 Felder übersprungen." in log.texts[-1]
    assert f"E{FIRST_ROW}: " in log.details[-1] and "außerhalb der Skala 0–5" in log.details[-1]
    assert _first_score(document) == float(typed.replace(",", "."))

    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _first_score(document) == before, "the whole import is one undo step"


def test_a_foreign_workbook_is_refused_with_its_reason(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, demo_file: Path
) -> None:
    foreign = tmp_path / "Haushalt.xlsx"
    openpyxl.Workbook().save(foreign)
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    log = answer_dialogs(QMessageBox.StandardButton.Ok, act=_choose(foreign), count=2)
    window.menu_actions.import_scores.trigger()
    qtbot.waitUntil(lambda: len(log.texts) >= 2)
    assert log.texts[-1] == (
        "„Haushalt.xlsx“ ist kein Bewertungsbogen von LK40 (das Kennungsblatt fehlt oder ist "
        "unvollständig). Es wurde nichts eingelesen."
    )
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
    assert not window.controller.undo_stack.canUndo()  # type: ignore[union-attr]
