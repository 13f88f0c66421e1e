"""The dialog "Personenbezogene Daten…": opened from the file menu, it lists every personal
field in the UI's words with the counts of the file; its removal asks for the project's title
and leaves no undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from lk40_desktop.operations.participants import add_participant
from lk40_desktop.services.participants import participants
from lk40_desktop.services.privacy import PERSONAL_FIELDS
from lk40_desktop.services.project import workshops
from lk40_desktop.services.summary import summarize
from lk40_desktop.ui.dialogs.privacy import PrivacyDialog
from tests.gui import laptop_window
from tests.helpers.old_files import file_at
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


def test_removal_asks_for_the_title_and_cannot_be_undone(qtbot: QtBot, demo_file: Path) -> None:
    window = laptop_window(qtbot, demo_file)
    controller = window.controller
    assert controller is not None
    with controller.document.reading() as session:
        workshop_id = workshops(session)[0].id
        title = summarize(session).title
    controller.perform("", lambda s: add_participant(s, workshop_id, "Ohne Einwilligung"))
    assert controller.undo_stack.count() == 1
    inventory = PrivacyDialog(controller, window)
    qtbot.addWidget(inventory)
    dialog = inventory.removal_dialog()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.scope() == "without_consent" and not dialog.remove_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, title[:-1])
    assert not dialog.remove_button.isEnabled()  # almost the title is not the title
    qtbot.keyClick(dialog.remove_button, Qt.Key.Key_Space)
    with controller.document.reading() as session:
        assert [p.name for p in participants(session, workshop_id)] == ["Ohne Einwilligung"]
    qtbot.keyClicks(dialog.confirmation, title[-1])
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with controller.document.reading() as session:
        assert [p.name for p in participants(session, workshop_id)] == [""]
    assert controller.undo_stack.count() == 0
    assert b"Ohne Einwilligung" not in demo_file.read_bytes()
    window.close_project()


def test_the_backup_taken_before_migrating_is_named_as_a_backup(
    qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    """An old file opened in the app is migrated with a backup beside it; the inventory and
    the removal dialog name that backup as one, among the copies that keep the old data."""
    path = tmp_path / "alt.lk40"
    file_at(path, "0003_builtin_keys", demo_file)
    backup = tmp_path / "alt (Sicherung 0003_builtin_keys).lk40"
    window = laptop_window(qtbot, path)
    assert window.controller is not None and backup.exists()
    named = f"Sicherung vor der Umstellung auf die neue Version: {backup}"
    inventory = PrivacyDialog(window.controller, window)
    qtbot.addWidget(inventory)
    shown = "\n".join(label.text() for label in inventory.findChildren(QLabel))
    assert named in shown.splitlines()
    assert "Bekannte Kopien und Sicherungen dieser Datei" in shown
    dialog = inventory.removal_dialog()
    qtbot.addWidget(dialog)
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    (copies,) = [text for text in notes if str(backup) in text]
    assert copies.splitlines() == [
        "Diese Kopien und Sicherungen enthalten die alten Daten weiterhin:",
        named,
    ]
    window.close_project()
