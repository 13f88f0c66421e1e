"""The dialog "Personenbezogene Daten…": opened from the file menu, it lists every personal
field in the UI's words with the counts of the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lk40_desktop.services.privacy import PERSONAL_FIELDS
from lk40_desktop.ui.dialogs.privacy import PrivacyDialog
from tests.gui import laptop_window
from tests.test_privacy import _mark_one_row_per_field


def test_the_menu_opens_the_inventory_of_the_file(qtbot: QtBot, demo_file: Path) -> None:
    _mark_one_row_per_field(demo_file)
    window = laptop_window(qtbot, demo_file)
    seen: list[list[tuple[str, str, str]]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PrivacyDialog)
        model = dialog.model
        seen.append(
            [
                tuple(model.index(row, column).data() for column in range(3))  # type: ignore[misc]
                for row in range(model.rowCount())
            ]
        )
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.menu_actions.privacy.trigger()
    (rows,) = seen
    assert len(rows) == len(PERSONAL_FIELDS)
    assert ("Stakeholder: Notizen", "1", "1") in rows
    assert ("Teilnehmende: Name", "1", "0") in rows
    assert all(label and ":" in label for label, _live, _deleted in rows)
    window.close_project()
