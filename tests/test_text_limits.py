"""Size limits (issue 14, F11): every text field holds at most 100,000 characters. Edits are
cut to it in the operations (so the command line and the GUI share it, a paste says so), and
a text another program wrote longer (a 1,000,000-character word, a 50 MB description) is
read trimmed: the file opens at once and exports, and keeps the text until it is edited."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from lk40_desktop.cli import main as lk40
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.overview import update_project
from lk40_desktop.services.project import get_project
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.limits import TEXT_LIMIT
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import STAKEHOLDERS
from tests.gui import answer_dialogs, laptop_window

WORD = "Donaudampfschifffahrt" * 47_620  # a single word of 1,000,020 characters
HUGE = 50 * 1024 * 1024


def _description(document: WorkshopDocument) -> str:
    with document.reading() as session:
        return get_project(session).description


def test_f11_an_edit_is_cut_to_the_limit(demo_document: WorkshopDocument) -> None:
    edit = perform(demo_document, lambda s: update_project(s, {"description": "ä" * 150_000}))
    assert edit.trimmed
    assert _description(demo_document) == "ä" * TEXT_LIMIT
    edit = perform(demo_document, lambda s: update_project(s, {"county": "Kreis \ud800"}))
    assert not edit.trimmed
    with demo_document.reading() as session:
        assert get_project(session).county == "Kreis \ufffd", "half a pair cannot be stored"


def _write_raw(path: Path, description: str | bytes) -> None:
    connection = sqlite3.connect(path)
    value = description if isinstance(description, str) else sqlite3.Binary(description)
    sql = (
        "UPDATE project SET description = ?"
        if isinstance(description, str)
        else ("UPDATE project SET description = CAST(? AS TEXT)")
    )
    connection.execute(sql, (value,))
    connection.commit()
    connection.close()


@pytest.mark.parametrize("text", ["word", "50 MB"])
def test_f11_a_file_with_an_overlong_text_opens_and_exports_quickly(
    text: str, demo_file: Path, out: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    _write_raw(demo_file, WORD if text == "word" else b"Ausgangslage " * (HUGE // 13))
    started = time.perf_counter()
    document = WorkshopDocument.open(demo_file)
    opened = time.perf_counter() - started
    shown = _description(document)
    assert len(shown) == TEXT_LIMIT and document.long_texts() == 1
    document.close()
    assert opened < 2.0, f"opened in {opened:.2f} s"
    capfd.readouterr()
    started = time.perf_counter()
    assert lk40(["export", str(demo_file), "--docx", str(out / "p.docx")]) == 0
    exported = time.perf_counter() - started
    assert exported < 10.0, f"exported in {exported:.2f} s"
    assert "1 texts longer than 100,000 characters" in capfd.readouterr().err
    paragraphs = [p.text for p in Document(str(out / "p.docx")).paragraphs]
    assert any(p.startswith(shown[:1000]) and len(p) == TEXT_LIMIT for p in paragraphs)
    raw = sqlite3.connect(demo_file)
    length = raw.execute("SELECT length(CAST(description AS BLOB)) FROM project").fetchone()[0]
    raw.close()
    assert length >= len(WORD), "the file keeps the whole text"


def test_f11_the_gui_says_when_a_file_holds_overlong_texts_and_trims_a_paste(
    qtbot: QtBot, demo_file: Path
) -> None:
    _write_raw(demo_file, WORD)
    log = answer_dialogs(QMessageBox.StandardButton.Ok)
    window = create_main_window(demo_file, language="de")
    qtbot.addWidget(window)
    assert log.texts == [
        "„Musterlandkreis.lk40“ enthält 1 Texte mit mehr als 100.000 Zeichen, vermutlich von "
        "einem anderen Programm geschrieben. Sie werden gekürzt angezeigt und exportiert; die "
        "Datei behält sie vollständig, bis Sie einen davon bearbeiten."
    ]
    assert window.controller is not None
    description = window.overview.form.description
    QGuiApplication.clipboard().setText("Ausgangslage " * 10_000)  # 130,000 characters
    description.selectAll()
    description.paste()
    qtbot.waitUntil(lambda: "gespeichert sind" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "Der Text war länger als 100.000 Zeichen; gespeichert sind die ersten 100.000."
    )
    assert len(_description(window.controller.document)) == TEXT_LIMIT
    assert len(description.toPlainText()) == TEXT_LIMIT, "the field shows what was kept"
    window.close_project()


def test_f11_line_editors_take_the_whole_limit(qtbot: QtBot, demo_file: Path) -> None:
    """Qt's line editors stop at 32,767 characters without a word; the project form's fields
    take a field's whole limit, so a long paste is kept whole (and one beyond it said)."""
    window = create_main_window(demo_file, language="de")
    qtbot.addWidget(window)
    county = window.overview.form.county
    assert county.maxLength() == TEXT_LIMIT
    QGuiApplication.clipboard().setText("Landkreis " * 4_000)  # 40,000 characters
    county.selectAll()
    county.paste()
    assert window.controller is not None
    with window.controller.document.reading() as session:
        assert get_project(session).county == "Landkreis " * 4_000
    window.close_project()


def test_f11_table_cells_take_the_whole_limit(qtbot: QtBot, demo_file: Path) -> None:
    """A text pasted into a table cell is kept whole beyond Qt's 32,767 characters: in the
    stakeholder table (its own delegate) and in the workshops table (the records' delegate)."""
    from PySide6.QtCore import Qt

    from lk40_desktop.services.project import workshops
    from lk40_desktop.services.stakeholders.data import load

    window = laptop_window(qtbot, demo_file)
    assert window.controller is not None
    window.navigation.setCurrentRow(STAKEHOLDERS)  # the stakeholder page is built when first shown
    notes = "Notiz " * 7_000  # 42,000 characters
    tables = [
        (window.stakeholders.table, 8, window.stakeholders.proxy),
        (window.overview.workshops.view, 6, window.overview.workshops.view.model()),
    ]
    for view, column, model in tables:
        view.setCurrentIndex(model.index(0, column))
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        QGuiApplication.clipboard().setText(notes)
        editor.selectAll()
        editor.paste()
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda view=view: view.state() != view.State.EditingState)
    with window.controller.document.reading() as session:
        assert notes in {s.notes for s in load(session).stakeholders}
        assert notes in {w.notes for w in workshops(session)}
    window.close_project()
