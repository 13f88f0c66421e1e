"""The workshop's agenda at the keyboard, at 1366 × 768 on a fake clock: the panel opened by
shortcut, the start typed, a point added and typed cell by cell, points moved by Alt+Up and
dropped, and the evening run with "Nächster Programmpunkt" — timer, page, board and tonight's
workshop follow; everything read back from the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from lk40_desktop.services.agenda import agenda, current_item
from lk40_desktop.services.project import current_workshop, workshops
from lk40_desktop.services.timer import Countdown, TimerState
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.agenda.model import MINUTES, START, TITLE
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.page_index import BOARDS, OVERVIEW
from tests.gui import laptop_window, type_cells, type_text
from tests.test_timer import FakeClock

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
EVENING = "Ideenwerkstatt Wirtschaft und Energie"


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, demo_file)
    main.timer.countdown = Countdown(FakeClock())
    yield main
    main.close_project()


def _stored(path: Path) -> list[tuple[str, str, int]]:
    """The evening's points as the file holds them: (start, title, minutes)."""
    document = WorkshopDocument.open(path, read_only=True)
    try:
        with document.reading() as session:
            workshop = next(w.id for w in workshops(session) if w.title == EVENING)
            return [(e.start, e.title, e.minutes) for e in agenda(session, workshop)]
    finally:
        document.close()


def _open_evening(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+Shift+G opens the panel; the workshop is chosen with the arrow keys."""
    QTest.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)
    dock = window.agenda_dock
    qtbot.waitUntil(dock.isVisible)
    dock.workshop.setFocus()
    while dock.workshop.currentText() != EVENING:
        QTest.keyClick(dock.workshop, Qt.Key.Key_Down)
    assert dock.model.rowCount() == 8


def _type_start(qtbot: QtBot, window: MainWindow, text: str, leave: Qt.Key) -> None:
    """Type over the workshop's start and leave the field (Tab or Enter)."""
    start = window.agenda_dock.start
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, text)
    qtbot.keyClick(start, leave)


def _shown(window: MainWindow) -> list[tuple[str, str]]:
    model = window.agenda_dock.model
    return [
        (model.index(row, START).data(), model.index(row, TITLE).data())
        for row in range(model.rowCount())
    ]


def test_the_panel_fits_beside_the_page_at_1366_pixels(window: MainWindow, qtbot: QtBot) -> None:
    _open_evening(window, qtbot)
    dock = window.agenda_dock
    qtbot.waitUntil(lambda: dock.width() >= 480)
    assert dock.width() >= 480 and window.pages.width() >= 600
    view = dock.view
    last_column = view.horizontalHeader().sectionViewportPosition(4) + view.columnWidth(4)
    assert last_column <= view.viewport().width(), "every column is seen without scrolling"
    assert view.columnWidth(TITLE) >= 120, "the point's title keeps room"


def test_a_typed_start_and_a_new_point_land_in_the_file(
    window: MainWindow, qtbot: QtBot, demo_file: Path
) -> None:
    _open_evening(window, qtbot)
    dock = window.agenda_dock
    _type_start(qtbot, window, "19.30", Qt.Key.Key_Tab)
    assert dock.start.text() == "19:30"
    assert _stored(demo_file)[0][0] == "19:30"
    assert "Ende 21:45" in dock.summary.text()

    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and dock.view.isAncestorOf(editor)
    type_cells(qtbot, dock.view, ["Blitzlicht: Was nehmen Sie mit?", "5", None, "Alle reihum"])
    stored = _stored(demo_file)
    assert stored[-1] == ("21:45", "Blitzlicht: Was nehmen Sie mit?", 5)
    assert _shown(window)[-1] == ("21:45", "Blitzlicht: Was nehmen Sie mit?")
    assert "9 Punkte" in dock.summary.text() and "Ende 21:50" in dock.summary.text()


def test_a_start_that_is_no_time_is_refused_and_the_old_one_stays(
    window: MainWindow, qtbot: QtBot, demo_file: Path
) -> None:
    _open_evening(window, qtbot)
    dock = window.agenda_dock
    _type_start(qtbot, window, "abends", Qt.Key.Key_Return)
    assert "keine Uhrzeit" in window.statusBar().currentMessage()
    assert dock.start.text() == "18:00" and _stored(demo_file)[0][0] == "18:00"


def test_a_duration_of_zero_minutes_is_refused(
    window: MainWindow, qtbot: QtBot, demo_file: Path
) -> None:
    _open_evening(window, qtbot)
    view = window.agenda_dock.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, MINUTES))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_cells(qtbot, view, ["0"])
    assert "1 bis 600 Minuten" in window.statusBar().currentMessage()
    assert _stored(demo_file)[1][2] == 15


def test_points_move_by_alt_arrows_and_by_a_drop_and_later_starts_follow(
    window: MainWindow, qtbot: QtBot, demo_file: Path
) -> None:
    _open_evening(window, qtbot)
    dock = window.agenda_dock
    view = dock.view
    view.setFocus()
    view.selectRow(4)  # the break, 19:15
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _shown(window)[2] == ("18:25", "Pause")
    assert _shown(window)[3] == ("18:40", "Ideen sammeln: Energie")
    assert [row[1] for row in _stored(demo_file)][2] == "Pause"
    assert view.currentIndex().row() == 2, "the moved point stays chosen"

    model = dock.model
    data = model.mimeData([model.index(7, 0)])  # the closing point dropped first
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _stored(demo_file)[0] == ("18:00", "Abschluss und nächste Schritte", 10)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row[1] for row in _stored(demo_file)][:5] == [
        "Ankommen und Begrüßung",
        "Impuls: Energiewende im ländlichen Raum",
        "Ideen sammeln: Energie",
        "Ideen sammeln: Mittelstand",
        "Pause",
    ]


def test_the_evening_runs_point_by_point_with_timer_page_and_board(
    window: MainWindow, qtbot: QtBot, demo_file: Path
) -> None:
    _open_evening(window, qtbot)
    dock = window.agenda_dock
    window.navigation.setCurrentRow(BOARDS)
    QTest.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)  # the first point: on the overview
    assert window.navigation.currentRow() == OVERVIEW
    assert window.timer.countdown.state is TimerState.RUNNING
    assert window.timer.countdown.duration == 10 * 60
    assert dock.model.index(0, START).data() == "▶ 18:00"
    QTest.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)  # a talk: no page of its own
    assert window.navigation.currentRow() == OVERVIEW
    assert window.timer.countdown.duration == 15 * 60
    QTest.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)  # ideas for "Energie"
    assert window.navigation.currentRow() == BOARDS
    with dock.controller.document.reading() as session:  # type: ignore[union-attr]
        energy = agenda(session, dock.model.workshop_id)[2]
    assert window.boards.field_id == energy.action_field_id
    assert window.timer.countdown.duration == 25 * 60
    assert dock.model.index(2, START).data() == "▶ 18:25"
    assert dock.model.index(0, START).data() == "18:00"
    assert window.current_workshop.currentText() == EVENING, "its workshop runs tonight"

    document = WorkshopDocument.open(demo_file, read_only=True)
    with document.reading() as session:
        assert current_item(session) == energy.id
        tonight = current_workshop(session)
        assert tonight is not None and tonight == dock.model.workshop_id
    document.close()


def test_after_the_last_point_the_panel_says_so(window: MainWindow, qtbot: QtBot) -> None:
    _open_evening(window, qtbot)
    dock = window.agenda_dock
    dock.view.setFocus()
    dock.view.selectRow(7)
    qtbot.mouseClick(dock.start_button, Qt.MouseButton.LeftButton)
    assert window.timer.countdown.duration == 10 * 60
    QTest.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)
    assert "letzte Punkt" in dock.summary.text()
    assert window.timer.countdown.duration == 10 * 60, "the last point's timer keeps running"


def test_a_umlaut_title_is_typed_into_the_table(
    window: MainWindow, qtbot: QtBot, demo_file: Path
) -> None:
    _open_evening(window, qtbot)
    view = window.agenda_dock.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(4, TITLE))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Kaffeepause 🍰 mit Gesprächen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(demo_file)[4][1] == "Kaffeepause 🍰 mit Gesprächen")
