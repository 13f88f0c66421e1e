"""Printing from the pages (issue 22), driven by keyboard at 1366 × 768: the board's Ctrl+P
opens the print dialog, Alt keys choose the sheet and language, "Als PDF speichern…" asks
for a file (answered like a user) and the PDF is read back; a target that cannot be written
is a message; each page offers its own sheets; the privacy contact typed in the settings
dialog reaches the sign-in list."""

from __future__ import annotations

import subprocess
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from lk40_desktop.services.sheets import PRIVACY_CONTACT_KEY, SheetKind, privacy_contact
from lk40_desktop.ui.board.page import BoardPage
from lk40_desktop.ui.dialogs.print_sheet import PrintSheetDialog
from lk40_desktop.ui.dialogs.settings import SettingsDialog
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.scoring.page import ScoringPage
from lk40_desktop.ui.stakeholders.page import StakeholderPage
from tests.gui import ACTIVE, answer_dialogs, laptop_window, save_as, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _answer_file_dialog(target: Path, suggested: list[Path] | None = None) -> list[str]:
    """Answer the next file dialog like a user (``tests.gui.save_as``) while the print dialog,
    itself window-modal, stays open below it; returns the titles answered."""
    answered: list[str] = []
    act = save_as(target, "PDF", suggested if suggested is not None else [])
    timer = QTimer()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            answered.append(dialog.windowTitle())
            timer.stop()
            act(dialog)

    timer.timeout.connect(poll)
    timer.start(50)
    ACTIVE.append(timer)
    return answered


def _print_dialog(qtbot: QtBot) -> PrintSheetDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PrintSheetDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PrintSheetDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _closed(dialog: PrintSheetDialog) -> bool:
    """Whether the dialog was closed (and so deleted, as it deletes itself)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _back(qtbot: QtBot, window: MainWindow) -> None:
    """The keyboard back in the window once a dialog is closed."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _board(qtbot: QtBot, window: MainWindow) -> BoardPage:
    QTest.keyClick(window, Qt.Key.Key_3, CTRL)
    page = window.pages.currentWidget()
    assert isinstance(page, BoardPage)
    qtbot.waitUntil(lambda: page.field_id is not None)
    return page


def test_the_board_prints_its_voting_sheet_as_pdf_by_keyboard(
    qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    window = laptop_window(qtbot, demo_file)
    page = _board(qtbot, window)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_P, CTRL)
    dialog = _print_dialog(qtbot)
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == [
        "Karten zum Ausschneiden – ganzes Board",
        "Stimmzettel (Karten zum Ankreuzen)",
        "Zählbogen (leer, zum Auszählen)",
    ]
    QTest.keyClick(dialog, Qt.Key.Key_L, ALT)  # B&latt
    assert dialog.focusWidget() is dialog.sheet
    QTest.keyClick(dialog.sheet, Qt.Key.Key_Down)
    assert dialog.entry.kind is SheetKind.VOTING
    QTest.keyClick(dialog, Qt.Key.Key_S, ALT)  # &Sprache
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "en"
    assert not dialog.rows.isVisible(), "lines are a sign-in list's"
    suggested: list[Path] = []
    target = tmp_path / "Zettel"
    answered = _answer_file_dialog(target, suggested)
    QTest.keyClick(dialog, Qt.Key.Key_P, ALT)  # Als &PDF speichern… (clicked after 100 ms)
    qtbot.waitUntil(lambda: answered == ["Als PDF speichern"])
    qtbot.waitUntil(lambda: _closed(dialog))  # written off the GUI thread, then closed
    assert suggested == [demo_file.parent / "Voting sheet – Electromobility.pdf"]
    pdf = tmp_path / "Zettel.pdf"  # typed without a suffix
    text = _text(pdf)
    assert "Voting sheet" in text and "Electromobility" in text and "Page 1 of 1" in text
    assert all(
        card.text in text for card in page.source.data.cards if card.field_id == page.field_id
    )
    assert window.statusBar().currentMessage() == f"{pdf} gespeichert (1 Seite(n))"
    window.close_project()


def test_a_folder_that_cannot_be_written_is_a_message(
    qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    window = laptop_window(qtbot, demo_file)
    _board(qtbot, window)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_P, CTRL)
    dialog = _print_dialog(qtbot)
    target = tmp_path / "fehlt" / "Karten.pdf"
    answered = _answer_file_dialog(target)
    log = answer_dialogs(QMessageBox.StandardButton.Ok)
    QTest.keyClick(dialog, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: len(log.texts) == 1)
    assert answered == ["Als PDF speichern"]
    assert log.texts[0].startswith("„Karten.pdf“ wurde nicht gespeichert: ")
    assert not target.parent.exists() and dialog.isVisible(), "the user may choose again"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.close_project()


def test_each_page_offers_its_sheets(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> None:
    window = laptop_window(qtbot, demo_file)
    page = _board(qtbot, window)
    cluster = next(c for c in page.source.data.clusters if c.field_id == page.field_id)
    page.scene.select_cards([c.id for c in page.source.data.cards if c.cluster_id == cluster.id])
    page.actions_by_name["print"].trigger()
    dialog = _print_dialog(qtbot)
    assert dialog.sheet.currentText() == f"Karten zum Ausschneiden – Cluster „{cluster.name}“"
    assert dialog.hint.text() == "Drei Karten je A4-Seite, zum Ausschneiden."
    dialog.reject()

    _back(qtbot, window)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_4, CTRL)
    scoring = window.pages.currentWidget()
    assert isinstance(scoring, ScoringPage)
    qtbot.waitUntil(lambda: scoring.editor is not None and scoring.editor.print_button.isVisible())
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_U, ALT)  # Bögen dr&ucken…
    dialog = _print_dialog(qtbot)
    labels = [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())]
    assert labels[0] == "Bewertungsbögen aller Bewertenden"
    assert "Bewertungsbogen – Gruppe Wirtschaft" in labels
    assert labels[-1] == "Bewertungsbogen ohne Namen"
    dialog.reject()

    window.menu_actions.agenda.setChecked(True)
    dock = window.agenda_dock
    dock.print_button.click()
    dialog = _print_dialog(qtbot)
    assert dialog.entry.kind is SheetKind.SIGN_IN and dialog.rows.isVisible()
    assert "kein Kontakt für Datenschutzfragen hinterlegt" in dialog.hint.text()
    dialog.sheet.setCurrentIndex(1)
    assert dialog.entry.kind is SheetKind.AGENDA and not dialog.hint.isVisible()
    dialog.reject()

    _back(qtbot, window)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_2, CTRL)
    stakeholders = window.pages.currentWidget()
    assert isinstance(stakeholders, StakeholderPage)
    stakeholders.tools.print_requested.emit()
    dialog = _print_dialog(qtbot)
    assert dialog.entry.kind is SheetKind.POSTER
    target = tmp_path / "Poster.pdf"
    _answer_file_dialog(target)
    assert dialog.save_pdf() == target
    qtbot.waitUntil(lambda: _closed(dialog))
    assert "Stakeholder-Landkarte" in _text(target)
    window.close_project()


def test_the_privacy_contact_is_typed_in_the_settings(
    qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    window = laptop_window(qtbot, demo_file)
    controller = window.controller
    assert controller is not None
    typed: list[str] = []

    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        QTest.keyClick(dialog, Qt.Key.Key_T, ALT)  # Kon&takt für Datenschutzfragen
        assert dialog.focusWidget() is dialog.contact
        type_text(qtbot, dialog.contact, "Datenschutzbeauftragte, datenschutz@kreis.example")
        typed.append(dialog.contact.text())
        QTest.keyClick(dialog.contact, Qt.Key.Key_Return)

    log = answer_dialogs(act=fill_in)
    QTest.keyClick(window, Qt.Key.Key_Comma, CTRL)  # Bearbeiten › Einstellungen…
    assert log.texts == ["Einstellungen"] and typed
    with controller.document.reading() as session:
        assert privacy_contact(session) == "Datenschutzbeauftragte, datenschutz@kreis.example"
    window.menu_actions.agenda.setChecked(True)
    window.agenda_dock.print_button.click()
    printing = _print_dialog(qtbot)
    assert not printing.hint.isVisible(), "a contact is named: nothing to warn of"
    target = tmp_path / "Liste.pdf"
    _answer_file_dialog(target)
    assert printing.save_pdf() == target
    qtbot.waitUntil(lambda: _closed(printing))
    assert "datenschutz@kreis.example" in _text(target)
    controller.undo_stack.undo()
    with controller.document.reading() as session:
        assert privacy_contact(session) == ""
    assert PRIVACY_CONTACT_KEY == "privacy.contact"
    window.close_project()


def test_the_overview_prints_the_chosen_workshops_sign_in_list(
    qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    window = laptop_window(qtbot, demo_file)
    workshops = window.overview.workshops
    assert not workshops.print_button.isEnabled(), "no workshop chosen yet"
    row = next(
        r
        for r in range(workshops.model.rowCount())
        if workshops.model.value(r, "title") == "Stakeholder-Werkstatt"
    )
    workshops.view.setFocus()
    workshops.view.setCurrentIndex(workshops.model.index(row, 0))
    assert workshops.print_button.isEnabled()
    workshops.print_button.click()
    dialog = _print_dialog(qtbot)
    assert dialog.entry.kind is SheetKind.SIGN_IN
    QTest.keyClick(dialog, Qt.Key.Key_Z, ALT)  # &Zeilen
    assert dialog.focusWidget() is dialog.rows
    dialog.rows.selectAll()
    QTest.keyClicks(dialog.rows, "35")
    target = tmp_path / "Liste.pdf"
    _answer_file_dialog(target)
    QTest.keyClick(dialog.rows, Qt.Key.Key_Return)  # the default button: Als PDF speichern…
    qtbot.waitUntil(lambda: _closed(dialog))
    text = _text(target)
    assert "Anwesenheitsliste: Stakeholder-Werkstatt" in text and " 35 " in f" {text} "
    window.close_project()
