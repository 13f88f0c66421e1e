"""The participant list of a workshop, typed like a person: a row of cells with Tab, the two
consents with Space, read back from the file; the list follows an undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lk40_desktop.services.participants import participants
from lk40_desktop.services.project import workshops
from lk40_desktop.services.stakeholders.data import load
from tests.gui import laptop_window, type_cells


def test_a_participant_is_typed_linked_and_consents(qtbot: QtBot, demo_file: Path) -> None:
    window = laptop_window(qtbot, demo_file)
    controller = window.controller
    assert controller is not None
    section = window.overview.workshops
    assert not section.participants_button.isEnabled()
    section.view.selectRow(0)
    assert section.participants_button.isEnabled()
    dialog = section.participants_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    workshop_id = section.model.id_at(0)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, dialog.view, ["Jürgen Groß", "Handwerkskammer", "Handw", "Kämm"])
    with controller.document.reading() as session:
        (row,) = participants(session, workshop_id)
        data = load(session)
    groups = {group.id: group.name for group in data.groups}
    stakeholders = {stakeholder.id: stakeholder.name for stakeholder in data.stakeholders}
    assert (row.name, row.organisation) == ("Jürgen Groß", "Handwerkskammer")
    assert groups[row.group_id or ""].startswith("Handw")
    assert stakeholders[row.stakeholder_id or ""] == "Kämmerei"
    assert (row.named, row.photographed) == (False, False)  # nothing agreed to by default

    named = dialog.model.index(0, 4)
    dialog.view.setCurrentIndex(named)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    with controller.document.reading() as session:
        assert participants(session, workshop_id)[0].named
        assert workshops(session)[0].id == workshop_id
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: dialog.model.value(0, "named") is False)

    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    with controller.document.reading() as session:
        assert participants(session, workshop_id) == []
    assert QApplication.activeModalWidget() is None
    dialog.close()
    window.close_project()
