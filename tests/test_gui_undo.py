"""Undo and redo show where they act: from any page, Ctrl+Z brings the page of the undone
edit to the front, selects what it changed and says so in the status bar; the history panel
opens wide enough to read and can be widened on a laptop screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lk40_desktop.ui.main_window import (
    BOARDS,
    OVERVIEW,
    SCORING,
    STAKEHOLDERS,
    MainWindow,
)
from lk40_desktop.ui.scoring.matrix import LEADING
from lk40_desktop.ui.side_docks import HISTORY_WIDTH
from tests.gui import answer_dialogs, laptop_window


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, demo_file)
    yield main
    main.close_project()


def _press(qtbot: QtBot, window: MainWindow, *keys: str) -> None:
    """Ctrl+Z or Ctrl+Shift+Z where the focus is (the shortcut belongs to the window)."""
    for key in keys:
        action = window.menu_actions.undo if key == "undo" else window.menu_actions.redo
        action.trigger()
    qtbot.wait(10)  # the page is shown once every view has taken the edit in


def test_undo_on_another_page_shows_the_board_and_the_card_it_brings_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.navigation.setCurrentRow(BOARDS)
    board = window.boards
    board.show_field(board.source.data.fields[2].id)
    card = board.source.data.cards[0]
    board.scene.select_cards([card.id])
    answer_dialogs(QMessageBox.StandardButton.Yes)  # its dots of the demo's closed rounds
    board.delete_selection()
    assert card.id not in board.scene.cards
    board.show_field(board.source.data.fields[0].id)  # look at another board, then leave
    window.navigation.setCurrentRow(SCORING)
    _press(qtbot, window, "undo")
    assert window.navigation.currentRow() == BOARDS, "the page where the undo acted"
    assert board.field_id == card.field_id, "on the card's own board"
    assert board.scene.selected_card_ids() == [card.id], "what came back is selected"
    assert window.statusBar().currentMessage().startswith("Rückgängig gemacht: ")
    window.navigation.setCurrentRow(OVERVIEW)
    _press(qtbot, window, "redo")
    assert window.navigation.currentRow() == BOARDS
    assert window.statusBar().currentMessage().startswith("Wiederhergestellt: ")


def test_undoing_a_score_shows_the_raters_cell(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setCurrentRow(SCORING)
    editor = window.scoring.ensure_editor()
    editor.rater_choice.setCurrentIndex(2)
    editor.rater_choice.activated.emit(2)
    rater = editor.rater_choice.currentData()
    matrix = editor.matrix
    matrix.setFocus()
    matrix.setCurrentIndex(editor.matrix_model.index(1, LEADING + 2))
    qtbot.keyClicks(matrix, "4")
    qtbot.keyClick(matrix.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.undo_group.activeStack().count() == 1)
    editor.rater_choice.setCurrentIndex(0)  # everyone, combined
    editor.rater_choice.activated.emit(0)
    window.navigation.setCurrentRow(STAKEHOLDERS)
    _press(qtbot, window, "undo")
    assert window.navigation.currentRow() == SCORING
    assert editor.tabs.currentIndex() == 0 and editor.rater_choice.currentData() == rater
    selected = [(i.row(), i.column()) for i in matrix.selectionModel().selectedIndexes()]
    assert selected == [(1, LEADING + 2)]


def test_undo_selects_the_stakeholder_it_brings_back(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setCurrentRow(STAKEHOLDERS)
    page = window.stakeholders
    page.table.selectRow(3)
    (chosen,) = page.selected_ids()
    answer_dialogs(QMessageBox.StandardButton.Yes)  # "1 Stakeholder … löschen?"
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.row_of(chosen) < 0)
    window.navigation.setCurrentRow(OVERVIEW)
    _press(qtbot, window, "undo")
    assert window.navigation.currentRow() == STAKEHOLDERS
    assert page.selected_ids() == [chosen]
    assert page.scene.nodes[chosen].isSelected(), "on the map as well"


def test_the_history_opens_readable_and_can_be_widened(window: MainWindow, qtbot: QtBot) -> None:
    for row in (STAKEHOLDERS, SCORING):  # the widest pages
        window.navigation.setCurrentRow(row)
        window.menu_actions.history.trigger()
        dock = window.history_dock
        qtbot.waitUntil(dock.isVisible)
        qtbot.wait(10)
        assert dock.width() >= HISTORY_WIDTH - 10, "readable when it opens"
        window.resizeDocks([dock], [560], Qt.Orientation.Horizontal)  # the splitter's drag
        qtbot.wait(10)
        assert dock.width() >= 540, "and wider when pulled"
        assert window.width() <= 1366, "the window stays on the laptop screen"
        window.menu_actions.history.trigger()
