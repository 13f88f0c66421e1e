"""The Strategiepapier page, typed like a person: a chapter's text with bold and a list
through the toolbar's keys is stored as Markdown and printed as Word lists; a chapter
unchecked with the space bar leaves the paper; a chapter moved up changes the outline;
undo takes each back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from lk40_desktop.services.strategy import chapter, goals, key_figures, outline
from lk40_desktop.ui.main_window import STRATEGY, MainWindow
from lk40_desktop.ui.strategy.page import StrategyPage
from tests.gui import laptop_window, type_cells


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


def test_key_figures_typed_beside_the_ausgangslage_are_stored_as_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = _page(window)
    page.outline.setCurrentRow(_row(page, "status_quo"))
    assert page.figures.isVisible() and not page.goals.isVisible()
    typed = [
        ("Einwohner", "128.400", "Statistisches Landesamt", "31.12.25"),
        ("Gigabit-Haushalte", "41 %", "Breitbandatlas", "1.6.2026"),
    ]
    for row in typed:
        page.outline.setFocus()
        QTest.keyClick(page.outline, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: page.figures.view.state() == QAbstractItemView.State.EditingState)
        type_cells(qtbot, page.figures.view, row)
    assert window.controller is not None
    with window.controller.document.reading() as session:
        stored = [(f.label, f.value, f.source, f.as_of) for f in key_figures(session)]
    assert stored == [
        ("Einwohner", "128.400", "Statistisches Landesamt", date(2025, 12, 31)),
        ("Gigabit-Haushalte", "41 %", "Breitbandatlas", date(2026, 6, 1)),
    ]
    page.figures.view.setCurrentIndex(page.figures.model.index(0, 0))
    QTest.keyClick(page.figures.view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.figures.model.rowCount() == 1)
    with window.controller.document.reading() as session:
        assert [f.label for f in key_figures(session)] == ["Gigabit-Haushalte"]
    window.controller.undo_stack.undo()
    with window.controller.document.reading() as session:
        assert len(key_figures(session)) == 2


def test_a_fields_goals_are_typed_and_an_impossible_year_is_refused(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = _page(window)
    row = next(
        r
        for r in range(page.outline.count())
        if page.outline.item(r).data(Qt.ItemDataRole.UserRole)[0] == "field_goals"
    )
    page.outline.setCurrentRow(row)
    field_id = page.outline.item(row).data(Qt.ItemDataRole.UserRole)[1]
    assert page.goals.isVisible() and not page.figures.isVisible()
    page.outline.setFocus()
    QTest.keyClick(page.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.goals.view.state() == QAbstractItemView.State.EditingState)
    type_cells(qtbot, page.goals.view, ["Jede Schule am Glasfasernetz", "Anteil", "100 %", "2030"])
    assert window.controller is not None

    def stored() -> list[tuple[str, str, str, int | None]]:
        assert window.controller is not None
        with window.controller.document.reading() as session:
            return [
                (g.text, g.indicator, g.target_value, g.target_year)
                for g in goals(session, field_id)
            ]

    assert stored() == [("Jede Schule am Glasfasernetz", "Anteil", "100 %", 2030)]
    for impossible in ("20x0", "1850"):
        page.goals.view.setCurrentIndex(page.goals.model.index(0, 3))
        QTest.keyClick(page.goals.view, Qt.Key.Key_F2)
        type_cells(qtbot, page.goals.view, [impossible])
        assert "Zieljahr zwischen 2000 und 2100" in window.statusBar().currentMessage()
        assert stored()[0][3] == 2030, impossible
    page.goals.view.setCurrentIndex(page.goals.model.index(0, 3))
    QTest.keyClick(page.goals.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    type_cells(qtbot, page.goals.view, [None])
    assert stored()[0][3] is None, "no year is a year left open"
