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
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from lk40_desktop.operations.board import capture_cards, update_card
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.groups import prepare_merge
from lk40_desktop.operations.overview import update_workshop
from lk40_desktop.operations.stakeholders import add_relation, add_stakeholder, delete_stakeholders
from lk40_desktop.services.board.data import load_board
from lk40_desktop.services.project import action_fields, workshops
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.board.page import BoardPage
from lk40_desktop.ui.dialogs.conflicts import (
    FIELD,
    MINE,
    MINE_AT,
    ROW,
    THEIRS_AT,
    ConflictDialog,
)
from lk40_desktop.ui.dialogs.groups import HandOutDialog, merge_group
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.page_index import BOARDS, STAKEHOLDERS
from lk40_desktop.ui.stakeholders.page import StakeholderPage
from lk40_desktop.ui.stakeholders.table import NAME, ORIGIN
from tests.gui import answer_dialogs, laptop_window, type_file_name
from tests.helpers.groups import group_file, on_laptop


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
            type_file_name(dialog, target)

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
            type_file_name(dialog, group)
        elif isinstance(dialog, ConflictDialog):
            table = dialog.table
            seen.extend(table.item(0, column).text() for column in range(MINE_AT))
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


def test_the_conflict_dialog_asks_each_row_compares_long_texts_and_words_lost_references(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    document = window.controller.document  # type: ignore[union-attr]
    with document.reading() as session:
        field_id = action_fields(session)[0].id
        card = load_board(session, field_id).cards[0].id
        first, second = [s.id for s in load_stakeholders(session).stakeholders][:2]
        name = next(s.name for s in load_stakeholders(session).stakeholders if s.id == second)
    group = group_file(document, tmp_path, "Gruppe Süd")
    mine = "Wir bauen bis 2028 einen Radweg von Talhausen zur Gesamtschule, beleuchtet."
    theirs = "Wir bauen bis 2030 einen Radweg von Talhausen zur Gesamtschule und zum Bahnhof."
    on_laptop(
        group,
        lambda s: update_card(s, card, {"details": theirs}),
        lambda s: add_relation(s, first, second, None, "berät"),
    )
    window.controller.perform("Details", lambda s: update_card(s, card, {"details": mine}))  # type: ignore[union-attr]
    window.controller.perform("Löschen", lambda s: delete_stakeholders(s, [second]))  # type: ignore[union-attr]
    dialog = ConflictDialog(prepare_merge(document, group), window)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    assert not dialog.merge_button.isEnabled(), "nothing is decided for the user"
    rows = {dialog.table.item(r, FIELD).text(): r for r in range(dialog.table.rowCount())}
    text_row, reference_row = rows["Details"], rows["Verweis"]
    assert dialog.table.item(reference_row, MINE).text() == f"„{name}“ gelöscht"
    reference = dialog.choices[reference_row]
    release, restore = reference.itemText(1), reference.itemText(2)
    assert release == "Beziehungen: Eintrag weglassen"
    assert restore.startswith(f"„{name[:20]}") and restore.endswith("“ wiederherstellen")
    assert dialog.table.item(text_row, THEIRS_AT).text().count(":") == 1, "a time"
    QTest.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualItemRect(dialog.table.item(text_row, ROW)).center(),
    )
    assert dialog.diff.isVisible(), "a long text is compared side by side"
    assert (
        "2028" in dialog.diff.mine.toPlainText() and "Bahnhof" in dialog.diff.theirs.toPlainText()
    )
    assert "underline" in dialog.diff.theirs.toHtml()
    combo = dialog.choices[text_row]
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert "Noch 1 zu entscheiden" in dialog.open_label.text()
    reference.setFocus()
    QTest.keyClick(reference, Qt.Key.Key_Down)
    assert dialog.merge_button.isEnabled() and dialog.open_label.text() == ""
    sides = {conflict.field: side for conflict, side in dialog.sides().items()}
    assert sides.pop("details") == "theirs" and list(sides.values()) == ["mine"]
    dialog.activateWindow()
    QTest.qWaitForWindowActive(dialog)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    # Alt+H, "Alle hier behalten" (a mnemonic clicks after 100 ms)
    qtbot.waitUntil(lambda: set(dialog.sides().values()) == {"mine"})


def test_after_merging_three_groups_board_and_table_show_and_filter_each_groups_work(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    document = window.controller.document  # type: ignore[union-attr]
    with document.reading() as session:
        field_id = action_fields(session)[0].id
    for group in ("Nord", "Mitte", "Süd"):
        path = group_file(document, tmp_path, group)
        on_laptop(
            path,
            lambda s, g=group: capture_cards(s, field_id, [{"text": f"Idee aus {g}"}]),
            lambda s, g=group: add_stakeholder(s, f"Verein {g}", None),
        )
        answer_dialogs(QMessageBox.StandardButton.Ok)
        assert merge_group(window, path)
    window.navigation.setCurrentRow(BOARDS)
    board = window.pages.currentWidget()
    assert isinstance(board, BoardPage)
    board.fields.setCurrentRow(
        next(
            row
            for row in range(board.fields.count())
            if board.fields.item(row).data(Qt.ItemDataRole.UserRole) == field_id
        )
    )
    feet = {item.row.text: item.meta for item in board.scene.cards.values()}
    assert feet["Idee aus Mitte"].startswith("aus Mitte"), feet["Idee aus Mitte"]
    origin = board.filter_bar.origin_filter
    assert origin.isVisible()
    assert [origin.itemText(i) for i in range(origin.count())] == [
        "Alle Herkünfte",
        "hier erfasst",
        "Mitte",
        "Nord",
        "Süd",
    ]
    origin.setFocus()
    QTest.keyClick(origin, Qt.Key.Key_End)  # the last entry: "Süd"
    shown = [item.row.text for item in board.scene.cards.values() if item.isVisible()]
    assert shown == ["Idee aus Süd"]
    window.navigation.setCurrentRow(STAKEHOLDERS)
    people = window.pages.currentWidget()
    assert isinstance(people, StakeholderPage)
    header = people.model.headerData(ORIGIN, Qt.Orientation.Horizontal)
    assert header == "Herkunft"
    combo = people.filters.origin_filter
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)
    names = [people.proxy.index(r, NAME).data() for r in range(people.proxy.rowCount())]
    assert names == ["Verein Süd"]
    QTest.keyClick(combo, Qt.Key.Key_Home)
    assert people.proxy.rowCount() > 3, "all origins again"
