"""Breakout groups in the window, at 1366 × 768: a group file handed out from the File menu,
edited on "the group's laptop", and merged back with real conflicts decided in the conflict
dialog; the merge is one undo step, its report is shown, a foreign file is refused."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.overview import update_workshop
from lk40_desktop.services.project import workshops
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.dialogs.conflicts import CHOICE, ConflictDialog
from lk40_desktop.ui.dialogs.groups import HandOutDialog, merge_group
from lk40_desktop.ui.main_window import MainWindow
from tests.gui import answer_dialogs, laptop_window


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, demo_file)
    yield main
    main.close_project()


def _places(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        rows = dict(connection.execute("SELECT title, place FROM workshop"))
    connection.close()
    return rows


def _hand_out(window: MainWindow, target: Path, group: str) -> None:
    """File › Gruppendatei erstellen…: the group typed, then the file named in Qt's dialog."""

    def act(dialog: QDialog) -> None:
        if isinstance(dialog, HandOutDialog):
            dialog.name.selectAll()
            QTest.keyClicks(dialog.name, group)
            QTest.keyClick(dialog.name, Qt.Key.Key_Return)
        elif isinstance(dialog, QFileDialog):
            name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name_edit is not None
            name_edit.setText(str(target))
            dialog.accept()

    answer_dialogs(act=act, count=2)
    window.menu_actions.hand_out.trigger()
    assert target.exists()


def test_a_group_file_comes_back_with_its_conflicts_decided_in_the_dialog(
    window: MainWindow, qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    group = tmp_path / "Gruppe Nord.lk40"
    _hand_out(window, group, "Gruppe Nord")
    assert "Gruppe Nord" in window.statusBar().currentMessage()
    with window.controller.document.reading() as session:  # type: ignore[union-attr]
        first, second = [w.title for w in workshops(session)][:2]
        ids = {w.title: w.id for w in workshops(session)}
    laptop = WorkshopDocument.open(group)
    try:
        perform(laptop, lambda s: update_workshop(s, ids[first], {"place": "Aula"}))
        perform(laptop, lambda s: update_workshop(s, ids[second], {"place": "Turnhalle"}))
    finally:
        laptop.close()
    window.controller.perform(  # type: ignore[union-attr]  # the project changed it too
        "Ort", lambda s: update_workshop(s, ids[second], {"place": "Rathaus"})
    )
    seen: list[str] = []

    def decide(dialog: QDialog) -> None:
        if isinstance(dialog, QFileDialog):
            name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name_edit is not None
            name_edit.setText(str(group))
            dialog.accept()
        elif isinstance(dialog, ConflictDialog):
            table = dialog.table
            seen.extend(table.item(0, column).text() for column in range(CHOICE))
            button = next(b for b in dialog.findChildren(QPushButton) if "aus der" in b.text())
            button.click()
            dialog.accept()

    log = answer_dialogs(QMessageBox.StandardButton.Ok, act=decide, count=3)
    window.menu_actions.merge.trigger()
    qtbot.waitUntil(lambda: len(log.texts) >= 3)
    assert seen == ["Workshops", second, "Ort", "Rathaus", "Turnhalle"]
    assert any("Übernommen: Workshops (1)" in text for text in log.texts), log.texts
    places = _places(demo_file)
    assert places[first] == "Aula" and places[second] == "Turnhalle"
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    places = _places(demo_file)
    assert places[second] == "Rathaus" and places[first] != "Aula", "one undo step"
    assert list(tmp_path.glob("Musterlandkreis (vor Zusammenführung *).lk40"))


def test_a_file_of_another_project_is_refused_with_a_message(
    window: MainWindow, tmp_path: Path, new_file: Path, demo_file: Path
) -> None:
    before = demo_file.read_bytes()
    log = answer_dialogs(QMessageBox.StandardButton.Ok)
    assert not merge_group(window, new_file)
    assert "anderen Projekt" in log.texts[0] and "nichts zusammengeführt" in log.texts[0]
    assert demo_file.read_bytes() == before
