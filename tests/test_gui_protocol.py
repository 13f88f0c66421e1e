"""File › Protokoll exportieren… (issue 22.3): the workshop and the language chosen by
keyboard in the dialog, the file named in Qt's save dialog, the protocol read back; a template
that is no Word document is refused with a message and nothing is written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from lk40_desktop.ui.dialogs.protocol import ProtocolDialog
from lk40_desktop.ui.main_window import MainWindow
from tests.gui import answer_dialogs, laptop_window, type_file_name


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, demo_file)
    yield main
    main.close_project()


def _answer(
    workshop_steps: int, language_steps: int, target: Path, template: str = ""
) -> Callable[[QDialog], None]:
    """Down ``workshop_steps`` times on the workshop, ``language_steps`` on the language,
    the template typed, Enter; then ``target`` typed into the save dialog."""

    def act(dialog: QDialog) -> None:
        if isinstance(dialog, ProtocolDialog):
            dialog.workshop.setFocus()
            QTest.keyClick(dialog.workshop, Qt.Key.Key_Home)
            for _ in range(workshop_steps):
                QTest.keyClick(dialog.workshop, Qt.Key.Key_Down)
            QTest.keyClick(dialog.workshop, Qt.Key.Key_Tab)
            for _ in range(language_steps):
                QTest.keyClick(dialog.language, Qt.Key.Key_Down)
            QTest.keyClicks(dialog.template, template)
            QTest.keyClick(dialog.template, Qt.Key.Key_Return)
        elif isinstance(dialog, QFileDialog):
            suggested.append(Path(dialog.selectedFiles()[0]).name)
            type_file_name(dialog, target)

    suggested: list[str] = []
    act.suggested = suggested  # type: ignore[attr-defined]
    return act


def test_a_protocol_chosen_by_keyboard_and_saved(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "Protokoll Ideenwerkstatt.docx"
    act = _answer(2, 1, target)  # the third workshop, in English
    log = answer_dialogs(act=act, count=2)
    window.menu_actions.protocol.trigger()
    qtbot.waitUntil(lambda: len(log.texts) >= 2)
    assert act.suggested == ["Minutes Ideenwerkstatt Wirtschaft und Energie.docx"]  # type: ignore[attr-defined]
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "Minutes: Ideenwerkstatt Wirtschaft und Energie" in paragraphs
    assert "Time: 18:00 to 20:15" in paragraphs
    assert str(target) in window.statusBar().currentMessage()


def test_a_template_that_is_no_word_document_is_refused(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    template = tmp_path / "Vorlage.docx"
    template.write_bytes(b"%PDF-1.4 not a template")
    target = tmp_path / "nie.docx"
    log = answer_dialogs(
        QMessageBox.StandardButton.Ok, act=_answer(0, 0, target, str(template)), count=2
    )
    window.menu_actions.protocol.trigger()
    qtbot.waitUntil(lambda: len(log.texts) >= 2)
    assert log.texts[-1] == (
        "„Vorlage.docx“ ist keine Word-Vorlage, die sich verwenden lässt. Es wurde nichts "
        "gespeichert."
    )
    assert not target.exists()
