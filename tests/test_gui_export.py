"""The export page: a real export in the background, cancelling, and a failure message."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from lk40_desktop.export.atomic import target_error
from lk40_desktop.export.job import STEPS
from lk40_desktop.services.stakeholders.data import StakeholderRow
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.export.page import ExportPage
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.page_index import EXPORT
from tests.disks import fill_up
from tests.gui import answer_dialogs, laptop_window, type_text


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = create_main_window(demo_file, language="de")
    qtbot.addWidget(main)
    main.navigation.setCurrentRow(4)
    yield main
    main.close_project()


@pytest.fixture
def page(window: MainWindow) -> ExportPage:
    return window.export


def test_targets_are_suggested_beside_the_project(page: ExportPage, demo_file: Path) -> None:
    assert page.docx_path.text() == str(
        demo_file.with_name("Musterlandkreis – Strategiepapier.docx")
    )
    assert page.fields.count() == 9
    boards = page.chapters.item(page.chapters.count() - 1)
    assert boards.data(Qt.ItemDataRole.UserRole) == "boards"
    assert boards.checkState() == Qt.CheckState.Unchecked, "board pictures are asked for"


def test_export_runs_in_the_background(page: ExportPage, qtbot: QtBot, tmp_path: Path) -> None:
    page.docx_path.setText(str(tmp_path / "Papier.docx"))
    page.xlsx_path.setText(str(tmp_path / "Mappe.xlsx"))
    appendix = next(
        page.chapters.item(row)
        for row in range(page.chapters.count())
        if page.chapters.item(row).data(Qt.ItemDataRole.UserRole) == "appendix"
    )
    appendix.setCheckState(Qt.CheckState.Unchecked)
    for row in range(1, 9):
        page.fields.item(row).setCheckState(Qt.CheckState.Unchecked)  # only Elektromobilität
    log = answer_dialogs(QMessageBox.StandardButton.Close, seconds=90)
    page.start_export()
    assert not page.export_button.isEnabled(), "one export at a time"
    qtbot.waitUntil(page.export_button.isEnabled, timeout=60_000)
    assert page.last_outputs == [tmp_path / "Mappe.xlsx", tmp_path / "Papier.docx"]
    assert page.task is not None
    task = page.task  # the last step's words arrive queued from the worker thread
    qtbot.waitUntil(lambda: task.dialog.labelText() == "Dateien speichern", timeout=5_000)
    qtbot.waitUntil(lambda: bool(log.texts), timeout=5_000)
    assert str(tmp_path / "Papier.docx") in log.texts[0]
    headings = [
        p.text
        for p in Document(str(tmp_path / "Papier.docx")).paragraphs
        if p.style.name == "Heading 2"
    ]
    assert "6.1 Elektromobilität" in headings and not any(h.startswith("6.2") for h in headings)
    assert not any("Anhang" in p.text for p in Document(str(tmp_path / "Papier.docx")).paragraphs)
    assert "Bewertungsmatrix" in openpyxl.load_workbook(tmp_path / "Mappe.xlsx").sheetnames


def test_cancel_writes_nothing(page: ExportPage, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "ziel"
    target.mkdir()
    page.docx_path.setText(str(target / "Papier.docx"))
    page.xlsx_path.setText(str(target / "Mappe.xlsx"))  # done before the paper, yet not kept
    answer_dialogs(QMessageBox.StandardButton.Close, seconds=90)  # in case it finished first
    page.start_export()
    assert page.task is not None
    cancel_button = page.task.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Abbrechen"
    cancel_button.click()
    qtbot.waitUntil(page.export_button.isEnabled, timeout=60_000)
    assert page.message.text() == "Export abgebrochen – es wurde keine Datei geschrieben."
    assert list(target.iterdir()) == []


def test_failure_explains_and_keeps_the_old_file(
    page: ExportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    old = tmp_path / "Mappe.xlsx"
    old.write_bytes(b"the controller's version")
    page.word.setChecked(False)
    page.xlsx_path.setText(str(tmp_path / "gibt es nicht" / "Mappe.xlsx"))
    log = answer_dialogs(QMessageBox.StandardButton.Ok, seconds=90)
    page.start_export()
    qtbot.waitUntil(page.export_button.isEnabled, timeout=60_000)
    qtbot.waitUntil(lambda: bool(log.texts), timeout=5_000)
    assert log.texts == [
        "„Mappe.xlsx“ wurde nicht geschrieben: den Ordner gibt es nicht. Es wurde keine Datei "
        "geschrieben; vorhandene Dateien blieben unverändert."
    ]
    assert old.read_bytes() == b"the controller's version"


def test_every_step_of_the_job_has_a_label(page: ExportPage) -> None:
    labels = page.step_labels()
    assert set(labels) == set(STEPS) and all(labels.values())
    assert labels["stakeholders"] == "Stakeholder-Analyse"


def test_nothing_chosen_is_explained(page: ExportPage) -> None:
    page.word.setChecked(False)
    page.excel.setChecked(False)
    assert page.job() is None
    assert "Word und/oder Excel" in page.message.text()


def test_a_full_disk_names_the_file_that_was_not_written(
    page: ExportPage, qtbot: QtBot, small_disk: Path
) -> None:
    fill_up(small_disk, leave_pages=2)
    page.docx_path.setText(str(small_disk / "Papier.docx"))
    page.xlsx_path.setText(str(small_disk / "Mappe.xlsx"))
    log = answer_dialogs(QMessageBox.StandardButton.Ok, seconds=90)
    page.start_export()
    qtbot.waitUntil(page.export_button.isEnabled, timeout=60_000)
    qtbot.waitUntil(lambda: bool(log.texts), timeout=5_000)
    assert log.texts == [
        "„Mappe.xlsx“ wurde nicht geschrieben: auf dem Datenträger ist kein Platz mehr. Es wurde "
        "keine Datei geschrieben; vorhandene Dateien blieben unverändert."
    ]
    assert sorted(p.name for p in small_disk.iterdir()) == ["ballast"]


def test_the_message_names_the_files_already_replaced(page: ExportPage, tmp_path: Path) -> None:
    refused = OSError(errno.EACCES, "Permission denied")
    error = target_error(tmp_path / "Papier.docx", refused, [tmp_path / "Mappe.xlsx"])
    log = answer_dialogs(QMessageBox.StandardButton.Ok)
    page.task_failed(error)
    assert log.texts == [
        "„Papier.docx“ wurde nicht geschrieben: die Datei ist in einem anderen Programm "
        "geöffnet, oder der Ordner ist schreibgeschützt; die vorhandene Datei blieb unverändert. "
        "Ersetzt wurde bereits: „Mappe.xlsx“."
    ]
    assert page.message.text() == log.texts[0]


def test_paper_options_are_stored_in_the_project_and_undone(
    window: MainWindow, page: ExportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    """The editor ticks "final" (Space on the focused box, as a keyboard user would), picks a
    coat of arms and a roadmap order; Ctrl+Z takes the final mark back; a file that is no
    picture is refused with its reason and nothing stored."""
    from PySide6.QtTest import QTest

    from lk40_desktop.services.report import build_report, paper_is_final
    from lk40_desktop.ui.export.findings import FindingWords
    from tests.test_paper_rules import _png

    options = page.paper_options
    window.show()
    options.final.setFocus()
    QTest.keyClick(options.final, Qt.Key.Key_Space)
    controller = page.controller
    assert controller is not None
    with controller.document.reading() as session:
        assert paper_is_final(session)
    picture = tmp_path / "wappen.png"
    picture.write_bytes(_png(3000, 3600))
    assert options.load_logo(picture)
    with controller.document.reading() as session:
        report = build_report(session)
    assert report.final and report.logo_png and report.logo_png.startswith(b"\x89PNG")
    assert "gespeichert" in options.logo_state.text() and options.remove_logo.isEnabled()
    bad = tmp_path / "wappen.jpg"
    bad.write_bytes(b"kein Bild")
    log = answer_dialogs(QMessageBox.StandardButton.Ok)
    assert not options.load_logo(bad)
    assert log.texts == ["„wappen.jpg“ wird nicht übernommen: die Datei ist kein lesbares Bild."]
    options.roadmap_order.setCurrentIndex(1)
    job = page.job()
    assert job is not None and job.roadmap_order == "rank" and job.final is None
    for _edit in ("logo", "final mark"):  # Ctrl+Z, the window's shortcut
        window.menu_actions.undo.trigger()
    qtbot.wait(10)
    assert not options.final.isChecked() and options.logo_state.text() == "keines"
    with controller.document.reading() as session:
        assert not paper_is_final(session)
    page.docx_path.setText(str(tmp_path / "Papier.docx"))
    page.excel.setChecked(False)
    answer_dialogs(QMessageBox.StandardButton.Close, seconds=90)
    page.start_export()
    qtbot.waitUntil(page.export_button.isEnabled, timeout=60_000)
    notes = FindingWords(page).lines(page.findings)
    assert any(note.startswith("„Dorf-App“ ist nach der Bewertung ein Quick Win") for note in notes)


def test_a_paper_edited_after_the_export_is_kept_under_a_new_name(
    page: ExportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    """The first export is logged; a second one overwrites it without asking; after an edit
    in Word the question comes and its default writes "Papier (2).docx" beside it."""
    import os

    target = tmp_path / "Papier.docx"
    page.docx_path.setText(str(target))
    page.xlsx_path.setText("")
    log = answer_dialogs(QMessageBox.StandardButton.Close, seconds=180, count=2)
    page.start_export()
    qtbot.waitUntil(lambda: len(log.texts) == 1, timeout=60_000)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=5_000)
    page.start_export()  # again into the file the last export wrote: no question
    qtbot.waitUntil(lambda: len(log.texts) == 2, timeout=60_000)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=5_000)
    assert all("Strategiepapier" not in t and "geändert" not in t for t in log.texts)
    edited = target.stat().st_mtime_ns + 60_000_000_000
    os.utime(target, ns=(edited, edited))  # the editor saved it in Word a minute later
    before = target.read_bytes()
    # the question first, answered with its default button, then the report of the export
    log = answer_dialogs(None, then=(QMessageBox.StandardButton.Close,), seconds=90)
    page.start_export()
    qtbot.waitUntil(lambda: len(log.texts) >= 1, timeout=10_000)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=60_000)
    qtbot.waitUntil(lambda: len(log.texts) >= 2, timeout=10_000)
    assert "nach dem letzten Export geändert" in log.texts[0]
    assert target.read_bytes() == before, "the edited paper is untouched"
    assert (tmp_path / "Papier (2).docx").is_file()
    assert page.docx_path.text() == str(tmp_path / "Papier (2).docx")


def test_an_export_without_contact_details_by_keyboard(qtbot: QtBot, demo_file: Path) -> None:
    """Alt+K ticks "Ohne Kontaktdaten", Alt+E exports: the workbook has no contact column and
    neither file holds a contact person, contact detail or note of a stakeholder."""
    window = laptop_window(qtbot, demo_file)
    people = [(s.contact_person, s.contact_details, s.notes) for s in _stakeholders(window)]
    window.navigation.setCurrentRow(EXPORT)
    page = window.export
    paper, workbook = demo_file.with_name("Handout.docx"), demo_file.with_name("Handout.xlsx")
    for edit, target in ((page.docx_path, paper), (page.xlsx_path, workbook)):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, edit, str(target))
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.without_contacts.isChecked)  # a mnemonic clicks after 100 ms
    log = answer_dialogs(QMessageBox.StandardButton.Close, seconds=90)
    qtbot.keyClick(focused, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(log.texts), timeout=90_000)
    assert page.last_outputs == [workbook, paper]
    sheet = openpyxl.load_workbook(workbook)["Stakeholder"]
    headers = [cell.value for cell in sheet[1]]
    assert "Name" in headers and not {"Ansprechperson", "Kontakt", "Notizen"} & set(headers)
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]
    word = Document(str(paper))
    texts += [p.text for p in word.paragraphs]
    texts += [c.text for table in word.tables for row in table.rows for c in row.cells]
    everything = "\n".join(texts)
    values = {value for row in people for value in row if value.strip()}
    assert len(values) > 5 and not [value for value in values if value in everything]
    window.close_project()


def _stakeholders(window: MainWindow) -> list[StakeholderRow]:
    controller = window.controller
    assert controller is not None
    with controller.document.reading() as session:
        return load_stakeholders(session).stakeholders
