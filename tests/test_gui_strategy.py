"""The Strategiepapier page, typed like a person: a chapter's text with bold and a list
through the toolbar's keys is stored as Markdown and printed as Word lists; a chapter
unchecked with the space bar leaves the paper; a chapter moved up changes the outline;
undo takes each back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from lk40_desktop.services.strategy import chapter, outline
from lk40_desktop.ui.main_window import STRATEGY, MainWindow
from lk40_desktop.ui.strategy.page import StrategyPage
from tests.gui import laptop_window


@pytest.fixture
def window(qtbot: QtBot, new_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, new_file)
    main.navigation.setCurrentRow(STRATEGY)
    yield main
    main.close_project()


def _page(window: MainWindow) -> StrategyPage:
    page = window.page(STRATEGY)
    assert isinstance(page, StrategyPage)
    return page


def _row(page: StrategyPage, key: str) -> int:
    return next(
        row
        for row in range(page.outline.count())
        if page.outline.item(row).data(Qt.ItemDataRole.UserRole) == (key, None)
    )


def test_typing_a_chapter_stores_markdown(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    page.outline.setCurrentRow(_row(page, "vision"))
    page.outline.setFocus()
    QTest.keyClick(page.outline, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Text
    editor = page.editor.text
    qtbot.waitUntil(editor.hasFocus)
    QTest.keyClicks(editor, "Wir wollen ")
    QTest.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "gemeinsam")
    QTest.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, " handeln.")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClick(
        editor,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    QTest.keyClicks(editor, "erstens")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "zweitens")
    controller = window.controller
    assert controller is not None
    qtbot.waitUntil(lambda: bool(_stored(window, "vision")), timeout=3_000)
    text = _stored(window, "vision")
    assert "**gemeinsam**" in text and "- erstens" in text and "- zweitens" in text
    controller.undo_stack.undo()
    assert _stored(window, "vision") == ""


def _stored(window: MainWindow, key: str) -> str:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return chapter(session, key, None).text


def test_space_leaves_a_chapter_out_and_moving_changes_the_outline(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = _page(window)
    assert window.controller is not None
    page.outline.setCurrentRow(_row(page, "glossary"))
    page.outline.setFocus()
    QTest.keyClick(page.outline, Qt.Key.Key_Space)
    with window.controller.document.reading() as session:
        assert not chapter(session, "glossary", None).included
    QTest.keyClick(page.outline, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Nach &oben

    def keys_now() -> list[str]:
        assert window.controller is not None
        with window.controller.document.reading() as session:
            return [c.key for c in outline(session)]

    qtbot.waitUntil(lambda: keys_now().index("glossary") < keys_now().index("resolution"))
    keys = keys_now()
    assert keys.index("glossary") == keys.index("resolution") - 1
    assert page.outline.currentItem().data(Qt.ItemDataRole.UserRole) == ("glossary", None)
    window.controller.undo_stack.undo()
    window.controller.undo_stack.undo()
    with window.controller.document.reading() as session:
        glossary = chapter(session, "glossary", None)
        keys = [c.key for c in outline(session)]
    assert glossary.included and keys.index("glossary") == keys.index("resolution") + 1
