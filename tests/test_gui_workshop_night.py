"""The workshop night driven at the keyboard: tonight's workshop on the overview and in the
status bar, cards captured into it, voting rounds (blind, revealed, closed), tallies typed
from paper pinboards, and the projector showing what the room may see."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lk40_desktop.services.project import current_workshop, workshops
from lk40_desktop.store.models import Idea
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = create_main_window(demo_file, language="de")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close_project()


def _tonight(window: MainWindow) -> str | None:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return current_workshop(session)


def test_tonights_workshop_chosen_on_the_overview_files_captured_cards(
    window: MainWindow, qtbot: QtBot
) -> None:
    box = window.overview.workshops.current
    assert box.currentText() == "kein Workshop" and _tonight(window) is None
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)
    assert window.controller is not None
    with window.controller.document.reading() as session:
        last = workshops(session)[-1]
    assert _tonight(window) == last.id and box.currentText() == last.title
    assert window.current_workshop.currentText() == last.title, "the status bar follows"
    window.navigation.setCurrentRow(2)
    page = window.boards
    page.focus_capture()
    qtbot.keyClicks(page.capture, "Carsharing am Bahnhof")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    with window.controller.document.reading() as session:
        filed = session.scalar(
            select(Idea.workshop_id).where(Idea.text == "Carsharing am Bahnhof")
        )
    assert filed == last.id, "captured without a workshop filter, filed under tonight's"
    status = window.current_workshop
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Home)
    assert _tonight(window) is None and box.currentText() == "kein Workshop"
    window.menu_actions.undo.trigger()
    assert _tonight(window) == last.id and status.currentText() == last.title
