"""The workshop timer at the keyboard, on a fake clock: a timebox chosen in the View menu,
started, paused and reset by shortcut while the facilitator types cards, the last minute and
overtime in colour, and the same time large on the projector."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from lk40_desktop.services.timer import Countdown, TimerState
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.page_index import BOARDS
from lk40_desktop.ui.widgets.timer import WALL_HEIGHT_SHARE, TimerDialog
from tests.gui import answer_dialogs, type_text
from tests.test_timer import FakeClock

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path, clock: FakeClock) -> Iterator[MainWindow]:
    main = create_main_window(demo_file, language="de")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    QTest.qWaitForWindowActive(main)
    main.timer.countdown = Countdown(clock)
    yield main
    main.close_project()


def _menu_keys(window: MainWindow, *keys: Qt.Key) -> None:
    """Alt+A opens Ansicht; each key then picks by mnemonic in the open (sub)menu."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(20)
    for key in keys:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu), "a menu is open"
        QTest.keyClick(popup, key)
        QTest.qWait(20)
    assert QApplication.activePopupWidget() is None, "the menu closed on its entry"


def _shows(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.waitUntil(lambda: window.status_timer.text() == text, timeout=2000)


def _colour_pixels(widget: QWidget, rgb: tuple[int, int, int]) -> int:
    """Pixels of (about) ``rgb`` in what the widget shows."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4
    )
    red, green, blue = (pixels[..., i].astype(int) for i in (2, 1, 0))
    near = (abs(red - rgb[0]) < 12) & (abs(green - rgb[1]) < 12) & (abs(blue - rgb[2]) < 12)
    return int(np.count_nonzero(near))


AMBER, RED = (0xFF, 0xB3, 0x00), (0xC6, 0x28, 0x28)


def test_a_timebox_from_the_menu_runs_pauses_and_resets_by_shortcut(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    status = window.status_timer
    assert status.isVisible() and status.text() == "--:--"
    QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.timer.countdown.state is TimerState.UNSET, "nothing to start yet"
    _menu_keys(window, Qt.Key.Key_T, Qt.Key.Key_1)
    assert status.text() == "10:00" and window.timer.countdown.state is TimerState.READY
    QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.timer.countdown.state is TimerState.RUNNING
    clock.now += 30
    _shows(qtbot, window, "09:30")
    QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    clock.now += 120
    QTest.qWait(300)
    assert status.text() == "09:30", "paused keeps the time"
    QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    clock.now += 10
    _shows(qtbot, window, "09:20")
    QTest.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    assert status.text() == "10:00" and window.timer.countdown.state is TimerState.READY
    _menu_keys(window, Qt.Key.Key_T, Qt.Key.Key_5)
    assert status.text() == "05:00"
    _menu_keys(window, Qt.Key.Key_T, Qt.Key.Key_I)
    assert status.text() == "15:00"


def test_the_last_minute_is_amber_and_overtime_red_and_counts_up(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    window.menu_actions.timer_presets[0].trigger()
    QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    status = window.status_timer
    assert _colour_pixels(status, AMBER) == 0 and _colour_pixels(status, RED) == 0
    clock.now += 4 * 60 + 15
    _shows(qtbot, window, "00:45")
    assert _colour_pixels(status, AMBER) > status.width() * status.height() // 3
    clock.now += 50
    _shows(qtbot, window, "+00:05")
    assert _colour_pixels(status, RED) > status.width() * status.height() // 3
    assert _colour_pixels(status, AMBER) == 0


def test_it_keeps_running_across_pages_while_cards_are_typed(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, demo_file: Path
) -> None:
    window.menu_actions.timer_presets[2].trigger()
    QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.boards
    assert window.pages.currentWidget() is page
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert page.capture.hasFocus()
    type_text(qtbot, page.capture, "Bürgerbus am Abend")
    clock.now += 61
    _shows(qtbot, window, "13:59")
    assert page.capture.hasFocus(), "the ticking timer leaves the keyboard alone"
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.overview and window.status_timer.isVisible()
    clock.now += 60
    _shows(qtbot, window, "12:59")
    with sqlite3.connect(demo_file) as db:
        stored = db.execute("select count(*) from idea where text = ?", ("Bürgerbus am Abend",))
        assert stored.fetchone() == (1,)


def test_typed_minutes_set_a_free_timebox(window: MainWindow, qtbot: QtBot) -> None:
    def type_minutes(dialog: QWidget) -> None:
        assert isinstance(dialog, TimerDialog)
        dialog.minutes.selectAll()
        QTest.keyClicks(dialog.minutes, "25")
        QTest.keyClick(dialog.minutes, Qt.Key.Key_Return)

    answer_dialogs(act=type_minutes)
    _menu_keys(window, Qt.Key.Key_T, Qt.Key.Key_A)
    assert window.status_timer.text() == "25:00"


def test_the_projector_shows_the_same_time_large(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    window.navigation.setCurrentRow(BOARDS)
    page = window.boards
    page.present()
    presentation = page.presentation
    assert presentation is not None
    qtbot.waitUntil(presentation.isFullScreen)
    label = presentation.timer_label
    assert not label.isVisible(), "no timer set, none on the wall"
    presentation.activateWindow()
    QTest.qWaitForWindowActive(presentation)
    window.menu_actions.timer_presets[0].trigger()
    QTest.keyClick(presentation, Qt.Key.Key_T, CTRL_SHIFT)  # the shortcut works there too
    assert window.timer.countdown.state is TimerState.RUNNING
    clock.now += 4 * 60 + 50
    _shows(qtbot, window, "00:10")
    assert label.isVisible() and label.text() == "00:10"
    height = presentation.height()
    assert label.font().pixelSize() >= height / 12, (label.font().pixelSize(), height)
    assert label.font().pixelSize() == height // WALL_HEIGHT_SHARE
    geometry = label.geometry()
    assert presentation.rect().contains(geometry), "fully on the wall"
    assert geometry.bottom() > height * 3 // 4 and geometry.right() > presentation.width() * 3 // 4
    assert _colour_pixels(label, AMBER) > label.width() * label.height() // 3
    clock.now += 83
    _shows(qtbot, window, "+01:13")
    assert label.text() == "+01:13"
    assert _colour_pixels(label, RED) > label.width() * label.height() // 3
    qtbot.keyClick(presentation.view, Qt.Key.Key_Escape)
    assert page.presentation is None
