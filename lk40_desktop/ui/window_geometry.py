"""Where the main window opens: fitted to the screen on the first start, afterwards where the
user left it — but only on a screen that is still connected.

A facilitator's laptop is 1366 × 768 one day and docked to a 1920 × 1080 monitor the next, and
the projector comes and goes. Qt's ``restoreGeometry`` would put the window back on a screen
that is gone, or larger than the laptop; so the window's normal geometry, its maximised state
and its screen's name are kept (``Preferences.window_placement``) and checked against the
screens there are now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

DEFAULT_SIZE = QSize(1440, 900)
"""The size on a large screen; on a smaller one the window opens maximised."""
MIN_VISIBLE = 200
"""How much of a restored window must lie on a screen (pixels each way) to be left there."""


@dataclass(frozen=True)
class Placement:
    """A window's normal geometry, whether it is maximised, and on which screen."""

    geometry: QRect
    maximized: bool
    screen: str = ""


@dataclass(frozen=True)
class Screen:
    """A connected screen: its name and the area windows may use (without task bars)."""

    name: str
    available: QRect


def connected_screens() -> list[Screen]:
    """The screens there are now, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    screens = sorted(QGuiApplication.screens(), key=lambda screen: screen is not primary)
    return [Screen(screen.name(), screen.availableGeometry()) for screen in screens]


def first_placement(screen: Screen) -> Placement:
    """The first start: DEFAULT_SIZE centred where it fits with room around it, else the
    whole screen (a laptop), maximised."""
    area = screen.available
    fits = area.width() >= DEFAULT_SIZE.width() + 80 and area.height() >= DEFAULT_SIZE.height() + 60
    size = DEFAULT_SIZE if fits else area.size()
    geometry = QRect(QPoint(0, 0), size)
    geometry.moveCenter(area.center())
    return Placement(geometry, maximized=not fits, screen=screen.name)


def _visible_on(geometry: QRect, area: QRect) -> bool:
    overlap = geometry.intersected(area)
    return overlap.width() >= MIN_VISIBLE and overlap.height() >= MIN_VISIBLE


def _fitted(geometry: QRect, area: QRect) -> QRect:
    """``geometry`` no larger than ``area`` and moved inside it."""
    size = geometry.size().boundedTo(area.size())
    left = min(max(geometry.left(), area.left()), area.right() - size.width() + 1)
    top = min(max(geometry.top(), area.top()), area.bottom() - size.height() + 1)
    return QRect(QPoint(left, top), size)


def restored_placement(saved: Placement | None, screens: Sequence[Screen]) -> Placement:
    """Where a window goes now: where it was, if that screen is connected and shows enough
    of it (shrunk and moved to fit, maximised if it was); else fitted to the first screen
    (the primary) as on a first start, keeping whether it was maximised."""
    if not screens:
        raise ValueError("no screen")
    if saved is None:
        return first_placement(screens[0])
    for screen in screens:
        if screen.name == saved.screen and _visible_on(saved.geometry, screen.available):
            geometry = _fitted(saved.geometry, screen.available)
            return Placement(geometry, saved.maximized, screen.name)
    fresh = first_placement(screens[0])
    return Placement(fresh.geometry, saved.maximized or fresh.maximized, fresh.screen)


def place(window: QMainWindow, saved: Placement | None) -> Placement:
    """Give a window that is about to be shown its geometry; it is shown maximised when the
    returned placement says so (``show_placed``)."""
    placement = restored_placement(saved, connected_screens())
    window.setGeometry(placement.geometry)
    return placement


def show_placed(window: QMainWindow, placement: Placement) -> None:
    """Show a window as ``place`` decided."""
    if placement.maximized:
        window.showMaximized()
    else:
        window.show()


def current_placement(window: QMainWindow) -> Placement:
    """What to remember of a window: its normal geometry (also while maximised), its state,
    its screen."""
    geometry = window.normalGeometry() if window.isMaximized() else window.geometry()
    screen = QGuiApplication.screenAt(geometry.center()) or window.screen()
    return Placement(geometry, window.isMaximized(), screen.name() if screen else "")
