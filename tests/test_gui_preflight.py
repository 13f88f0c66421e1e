"""The pre-flight check on the export page, used by keyboard: Alt+L lists what the paper
lacks, and Enter on an entry goes to where it is fixed — the chapter's text on the
Strategiepapier page, the measure's profile on the boards page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lk40_desktop.operations.proposals import update_proposal
from lk40_desktop.operations.strategy import set_chapter
from lk40_desktop.services.proposals import proposal_list
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.page_index import BOARDS, EXPORT, STRATEGY
from lk40_desktop.ui.strategy.page import StrategyPage
from tests.gui import laptop_window


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, demo_file)
    yield main
    main.close_project()


def _entry(window: MainWindow, words: str) -> int:
    entries = window.export.preflight.entries
    return next(row for row in range(entries.count()) if words in entries.item(row).text())


def test_each_gap_found_before_the_export_leads_to_where_it_is_fixed(
    window: MainWindow, qtbot: QtBot
) -> None:
    controller = window.controller
    assert controller is not None
    with controller.document.reading() as session:
        first = proposal_list(session)[0]
    controller.perform("Leitbild leeren", lambda s: set_chapter(s, "vision", None, {"text": ""}))
    controller.perform("Lead leeren", lambda s: update_proposal(s, first.id, {"lead": ""}))
    window.navigation.setCurrentRow(EXPORT)
    entries = window.export.preflight.entries
    assert entries.item(0).text() == "Noch nicht geprüft."
    QTest.keyClick(window.export.docx_path, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: entries.count() == 2)
    assert [entries.item(row).text() for row in range(2)] == [
        "Kapitel „Leitbild und Leitlinien“ ist leer und fehlt im Papier.",
        f"„{first.title}“ hat keine Federführung.",
    ]
    qtbot.waitUntil(entries.hasFocus)

    entries.setCurrentRow(_entry(window, "Leitbild"))
    QTest.keyClick(entries, Qt.Key.Key_Return)
    assert window.navigation.currentRow() == STRATEGY
    strategy = window.page(STRATEGY)
    assert isinstance(strategy, StrategyPage)
    assert strategy.outline.currentItem().data(Qt.ItemDataRole.UserRole) == ("vision", None)
    assert QApplication.focusWidget() is strategy.editor.text

    window.navigation.setCurrentRow(EXPORT)
    entries.setCurrentRow(_entry(window, "Federführung"))
    QTest.keyClick(entries, Qt.Key.Key_Return)
    assert window.navigation.currentRow() == BOARDS
    shown = window.boards.proposals
    assert window.boards.tabs.currentWidget() is shown
    assert shown.model.id_at(shown.table.currentIndex().row()) == first.id


def test_a_complete_strategy_has_nothing_to_jump_to(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setCurrentRow(EXPORT)
    QTest.keyClick(window.export.docx_path, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    entries = window.export.preflight.entries
    qtbot.waitUntil(lambda: "Nichts fehlt" in entries.item(0).text())
    QTest.keyClick(entries, Qt.Key.Key_Return)
    assert window.navigation.currentRow() == EXPORT, "the entry is no place"
