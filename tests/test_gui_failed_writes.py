"""Failed writes in the GUI (issue 14, F6): on a real full disk and against a real second
process holding SQLite's write lock, an edit that cannot be written leaves no step on the
undo stack, shows one message saying what was not saved and why, the views show what is
stored, and the session goes on once the disk has room or the file is free again."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lk40_desktop.services.board.data import load_board
from lk40_desktop.services.project import get_project
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.board.page import BoardPage
from lk40_desktop.ui.main_window import MainWindow
from tests.disks import fill_up
from tests.gui import answer_dialogs

FULL = (
    "Auf dem Datenträger von „projekt.lk40“ ist kein Platz mehr. Die letzte Änderung wurde "
    "nicht gespeichert; alles davor ist sicher. Bitte Platz schaffen."
)
HOLD_WRITE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
"""


@pytest.fixture
def window(qtbot: QtBot, small_disk: Path, demo_template: Path) -> Iterator[MainWindow]:
    path = small_disk / "projekt.lk40"
    shutil.copy(demo_template, path)
    main = create_main_window(path, language="de")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    yield main
    main.close_project()


def _county(window: MainWindow) -> str:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return get_project(session).county


def _cards(window: MainWindow) -> list[str]:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return [card.text for card in load_board(session, None).cards]


def test_f6_typing_and_capturing_on_a_full_disk(
    window: MainWindow, qtbot: QtBot, small_disk: Path
) -> None:
    assert window.controller is not None
    stack = window.controller.undo_stack
    county = window.overview.form.county
    before = county.text()
    fill_up(small_disk)
    log = answer_dialogs(QMessageBox.StandardButton.Ok, count=5, seconds=10)
    qtbot.keyClicks(county, "XYZ")  # three keystrokes, three failed writes
    qtbot.waitUntil(lambda: bool(log.texts), timeout=5000)
    qtbot.wait(300)
    assert log.texts == [FULL], "one message, not one per keystroke"
    assert stack.count() == 0 and not stack.canUndo(), "no phantom step"
    assert county.text() == before == _county(window), "the field shows what is stored"
    window.navigation.setCurrentRow(2)
    page = window.pages.currentWidget()
    assert isinstance(page, BoardPage)
    cards = len(page.scene.cards)
    for text in ("Erste", "Zweite", "Dritte"):  # three captures, as in the finding
        qtbot.keyClicks(page.capture, text)
        qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(log.texts) == 2, timeout=5000)
    assert stack.count() == 0 and len(page.scene.cards) == cards
    stack.undo()  # nothing to undo, and nothing raises
    (small_disk / "ballast").unlink()
    qtbot.keyClicks(page.capture, "Danach")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    assert stack.count() == 1 and "Danach" in _cards(window)
    stack.undo()
    assert "Danach" not in _cards(window) and "Erste" not in _cards(window)
    assert window.controller.document.integrity_check() == "ok"


def test_f6_a_file_another_program_holds_waits_a_bounded_time_with_feedback(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.controller is not None
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(window.controller.document.path), "8"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    log = answer_dialogs(QMessageBox.StandardButton.Ok, seconds=10)
    started = time.perf_counter()
    qtbot.keyClicks(window.overview.form.county, "Q")
    blocked = time.perf_counter() - started
    qtbot.waitUntil(lambda: bool(log.texts), timeout=5000)
    assert 2.5 < blocked < 4.5, "waits for the other program, but not for ever"
    assert any("von einem anderen Programm gesperrt – es wird kurz gewartet" in s for s in said)
    assert log.texts == [
        "„projekt.lk40“ ist gerade von einem anderen Programm gesperrt. Die letzte Änderung "
        "wurde nicht gespeichert; bitte gleich noch einmal versuchen."
    ]
    assert window.controller.undo_stack.count() == 0
    holder.kill()
    holder.wait(timeout=10)
    qtbot.keyClicks(window.overview.form.county, "Q")
    assert _county(window).endswith("Q") and window.controller.undo_stack.count() == 1
