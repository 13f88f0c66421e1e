"""Where the main window opens (issue 15): fitted to the screen on the first start, then where
it was left — size and maximised state — but only on a screen that is still connected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.preferences import Preferences
from lk40_desktop.ui.window_geometry import (
    Placement,
    Screen,
    first_placement,
    restored_placement,
)

LAPTOP = Screen("laptop", QRect(0, 0, 1366, 728))  # 1366 × 768 less a 40 px task bar
SMALL = Screen("small", QRect(0, 0, 1280, 680))  # 1280 × 720, or 1920 × 1080 at 150 %
MONITOR = Screen("monitor", QRect(1366, 0, 1920, 1040))


@pytest.mark.parametrize("screen", [LAPTOP, SMALL])
def test_first_start_on_a_laptop_fills_the_screen(screen: Screen) -> None:
    placement = first_placement(screen)
    assert placement.maximized and placement.screen == screen.name
    assert screen.available.contains(placement.geometry)


def test_first_start_on_a_large_screen_is_centred_with_room_around() -> None:
    placement = first_placement(MONITOR)
    assert not placement.maximized
    assert MONITOR.available.contains(placement.geometry)
    assert placement.geometry.center() == MONITOR.available.center()


def test_a_window_comes_back_where_it_was_if_that_screen_is_there() -> None:
    saved = Placement(QRect(1500, 100, 1200, 800), maximized=False, screen="monitor")
    assert restored_placement(saved, [LAPTOP, MONITOR]) == saved
    maximized = Placement(QRect(1500, 100, 1200, 800), maximized=True, screen="monitor")
    assert restored_placement(maximized, [LAPTOP, MONITOR]).maximized


def test_a_window_of_a_screen_that_is_gone_opens_on_the_primary_screen() -> None:
    """Docked yesterday, on the train today: the window is on the laptop, whole."""
    saved = Placement(QRect(1500, 100, 1700, 950), maximized=False, screen="monitor")
    placement = restored_placement(saved, [LAPTOP])
    assert placement.screen == "laptop" and LAPTOP.available.contains(placement.geometry)


def test_a_window_larger_than_its_screen_now_is_shrunk_into_it() -> None:
    saved = Placement(QRect(-50, -20, 1600, 1000), maximized=False, screen="laptop")
    placement = restored_placement(saved, [LAPTOP])
    assert LAPTOP.available.contains(placement.geometry)
    assert placement.geometry.size() == LAPTOP.available.size()


def test_the_main_window_remembers_size_and_state_across_starts(qtbot: QtBot) -> None:
    """The offscreen test platform has a laptop and a projector side by side."""
    QSettings().remove("window")  # as on a first start
    window = create_main_window(language="de")
    qtbot.addWidget(window)
    laptop = QGuiApplication.primaryScreen().availableGeometry()
    assert laptop.contains(window.geometry()), "the first start fits the screen"
    projector = next(s for s in QGuiApplication.screens() if s.name() == "projector")
    window.setGeometry(projector.availableGeometry().adjusted(100, 100, -300, -200))
    wanted = window.geometry()
    window.close()
    assert Preferences().window_placement == Placement(wanted, False, "projector")
    again = create_main_window(language="de")
    qtbot.addWidget(again)
    assert again.geometry() == wanted and again.screen().name() == "projector"
    again.showMaximized()
    again.close()
    saved = Preferences().window_placement
    assert saved is not None and saved.maximized and saved.geometry == wanted
    third = create_main_window(language="de")
    qtbot.addWidget(third)
    assert third.isMaximized()
    third.close()
