"""A window at once (issue 23, point 5): started with a file, the main window is painted in
the opening state — the file's name in the title and over a busy bar, the menus, pages and
project actions off — before the ORM and the project load; then the project fills in, or a
file that fails an opening check leaves the window on the welcome page with the message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import MainWindow
from tests.conftest import HELPERS
from tests.gui import answer_dialogs
from tests.test_gui_opening import FAILURES


@dataclass
class Opening:
    """What the window showed when it began to load the project (``MainWindow.prepare``)."""

    painted: bool = False
    states: list[dict[str, object]] = field(default_factory=list)
    picture: QImage | None = None


class _PaintWatch(QObject):
    def __init__(self, seen: Opening) -> None:
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
            self.seen.painted = True
        return False


@pytest.fixture
def opening(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Opening:
    """Records the window's state when it starts loading, and whether it was painted then."""
    seen = Opening()
    watch = _PaintWatch(seen)
    qapp.installEventFilter(watch)
    prepare = MainWindow.prepare

    def watched(window: MainWindow) -> None:
        if not seen.states:
            seen.states.append(_state(window) | {"painted": seen.painted})
            seen.picture = window.grab().toImage()
        prepare(window)

    monkeypatch.setattr(MainWindow, "prepare", watched)
    yield seen
    qapp.removeEventFilter(watch)


def _state(window: MainWindow) -> dict[str, object]:
    busy = window.project_view.opening.busy
    return {
        "title": window.windowTitle(),
        "opening shown": window.pages.currentWidget() is window.project_view.opening
        and window.project_view.opening.isVisible(),
        "name": window.project_view.opening.name.text(),
        "busy": busy.isVisible() and busy.maximum() == busy.minimum() == 0,
        "menus": window.menuBar().isEnabled(),
        "navigation": window.navigation.isEnabled(),
        "project actions": any(a.isEnabled() for a in window.menu_actions.project_actions()),
        "open": window.controller is not None,
    }


def _window(qtbot: QtBot, path: Path | None) -> MainWindow:
    window = create_main_window(path, language="de")
    qtbot.addWidget(window)
    return window


def test_the_window_is_painted_opening_the_file_then_shows_the_project(
    qtbot: QtBot, demo_file: Path, opening: Opening, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_file)
    assert opening.states == [
        {
            "title": f"Musterlandkreis.lk40 – {PRODUCT_NAME}",
            "opening shown": True,
            "name": "„Musterlandkreis.lk40“ wird geöffnet …",
            "busy": True,
            "menus": False,
            "navigation": False,
            "project actions": False,
            "open": False,
            "painted": True,
        }
    ]
    assert opening.picture is not None and opening.picture.save(str(tmp_path / "opening.png"))
    assert window.controller is not None
    assert window.pages.currentWidget() is window.overview
    assert window.menuBar().isEnabled() and window.navigation.isEnabled()
    assert all(action.isEnabled() for action in window.menu_actions.project_actions())
    county = window.overview.form.county
    county.setFocus()
    qtbot.keyClicks(county, " Nord")
    assert county.text().endswith(" Nord"), "the project takes edits once it is open"
    assert window.controller.undo_stack.canUndo()


def test_the_opening_state_is_painted_before_the_orm_loads(demo_file: Path) -> None:
    """In a process of its own: the pytest process has imported SQLAlchemy long ago."""
    result = subprocess.run(
        [sys.executable, str(HELPERS / "first_paint.py"), str(demo_file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {
        "orm_loaded": False,
        "loaded_early": [],
        "title": f"Musterlandkreis.lk40 – {PRODUCT_NAME}",
        "menus_enabled": False,
        "open": True,
    }


@pytest.mark.parametrize("kind", ["newer version", "integrity", "header", "lock"])
def test_a_file_failing_a_check_ends_on_the_welcome_page_with_the_message(
    kind: str, qtbot: QtBot, demo_file: Path, opening: Opening
) -> None:
    spoil, answer, said = FAILURES[kind]
    spoil(demo_file)
    log = answer_dialogs(answer)
    window = _window(qtbot, demo_file)
    assert opening.states[0]["opening shown"] and opening.states[0]["painted"]
    assert len(log.texts) == 1 and said in log.texts[0], log.texts
    assert window.controller is None
    assert window.central.currentWidget() is window.welcome and window.welcome.isVisible()
    assert window.windowTitle() == PRODUCT_NAME
    assert window.menuBar().isEnabled()
    assert not any(action.isEnabled() for action in window.menu_actions.project_actions())
    assert window.statusBar().currentMessage() == "„Musterlandkreis.lk40“ wurde nicht geöffnet."


def _click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_without_a_file_the_welcome_page_opens_the_demo(
    qtbot: QtBot, opening: Opening, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("lk40_desktop.ui.main_window.user_data_dir", lambda: tmp_path)
    window = _window(qtbot, None)
    assert opening.states[0]["painted"] and not opening.states[0]["opening shown"]
    assert window.central.currentWidget() is window.welcome
    assert window.windowTitle() == PRODUCT_NAME and window.menuBar().isEnabled()
    _click(window.welcome.demo_button)
    assert window.controller is not None
    assert window.windowTitle().startswith("Musterlandkreis (Demo).lk40")
    assert window.pages.currentWidget() is window.overview


def test_the_agenda_is_built_when_first_shown(qtbot: QtBot, demo_file: Path) -> None:
    window = _window(qtbot, demo_file)
    window.activateWindow()
    assert window.docks.built_agenda is None, "not built at start-up"
    QTest.keyClick(
        window,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    agenda = window.docks.built_agenda
    assert agenda is not None
    qtbot.waitUntil(agenda.isVisible)
    assert window.menu_actions.agenda.isChecked()
    assert agenda.controller is window.controller
    window.menu_actions.agenda.trigger()
    assert not agenda.isVisible()
