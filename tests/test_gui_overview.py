"""The overview page: every edit is stored at once, undoable, and survives reopening."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lk40_desktop.operations.overview import update_project
from lk40_desktop.services.project import action_fields, get_project, workshops
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import ActionField
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import MainWindow
from tests.gui import answer_dialogs


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = create_main_window(demo_file, language="de")
    qtbot.addWidget(main)
    assert main.controller is not None
    yield main
    main.close_project()


def _stored(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.controller is not None
    return window.controller.document.reading()


def _field_names(window: MainWindow) -> list[str]:
    with _stored(window) as session:
        return [field.name for field in action_fields(session)]


def _undo(window: MainWindow) -> None:
    window.menu_actions.undo.trigger()


def _redo(window: MainWindow) -> None:
    window.menu_actions.redo.trigger()


def test_typing_is_stored_per_keystroke_and_undone_in_one_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    county = window.overview.form.county
    county.setFocus()
    county.end(False)
    qtbot.keyClicks(county, " Nord")
    with _stored(window) as session:
        assert get_project(session).county == "Musterlandkreis Nord"
    assert window.undo_group.activeStack().count() == 1, "the keystrokes merged into one step"
    _undo(window)
    assert county.text() == "Musterlandkreis"
    with _stored(window) as session:
        assert get_project(session).county == "Musterlandkreis"
    _redo(window)
    assert county.text() == "Musterlandkreis Nord"


def test_description_dates_and_language(window: MainWindow, qtbot: QtBot) -> None:
    form = window.overview.form
    form.description.setFocus()
    form.description.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(form.description, " Mehr.")
    form.end_date.setFocus()
    qtbot.keyClick(form.end_date, Qt.Key.Key_Down)  # a day earlier, as in Qt's date fields
    with _stored(window) as session:
        project = get_project(session)
        assert project.description.endswith("Handlungsfelder. Mehr.")
        assert project.end_date == date(2026, 9, 29)
    form.language.setCurrentIndex(1)
    form.language.activated.emit(1)
    with _stored(window) as session:
        assert get_project(session).language == "en"
    _undo(window)
    _undo(window)
    _undo(window)
    with _stored(window) as session:
        project = get_project(session)
        assert project.language == "de" and project.end_date == date(2026, 9, 30)
        assert project.description.endswith("Handlungsfelder.")


def test_add_and_rename_an_action_field(window: MainWindow, qtbot: QtBot) -> None:
    section = window.overview.fields
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert _field_names(window)[-1] == "Neues Handlungsfeld"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "the new name is being edited"
    editor.selectAll()
    qtbot.keyClicks(editor, "Digitale Verwaltung")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits the editor from the event loop
    qtbot.waitUntil(lambda: _field_names(window)[-1] == "Digitale Verwaltung")
    assert section.model.rowCount() == 10
    _undo(window)
    assert _field_names(window)[-1] == "Neues Handlungsfeld"
    _undo(window)
    assert len(_field_names(window)) == 9 and section.model.rowCount() == 9
    _redo(window)
    _redo(window)
    assert _field_names(window)[-1] == "Digitale Verwaltung"


def test_empty_name_is_refused(window: MainWindow) -> None:
    model = window.overview.fields.model
    assert not model.setData(model.index(0, 0), "   ")
    assert _field_names(window)[0] == "Elektromobilität"


def test_reorder_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    section = window.overview.fields
    section.view.setFocus()
    section.view.selectRow(0)
    qtbot.keyClick(section.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(section.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _field_names(window)[:3] == ["Breitband", "Umwelt und Klima", "Elektromobilität"]
    assert section.selected_ids() == [section.model.id_at(2)], "the moved field stays selected"
    qtbot.keyClick(section.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _field_names(window)[:3] == ["Breitband", "Elektromobilität", "Umwelt und Klima"]
    for _step in range(3):
        _undo(window)
    assert _field_names(window)[0] == "Elektromobilität"


def test_reorder_by_drag_and_drop(window: MainWindow) -> None:
    model = window.overview.fields.model
    data: QMimeData = model.mimeData([model.index(7, 0), model.index(8, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert _field_names(window)[:4] == [
        "Elektromobilität",
        "Mittelstand",
        "Soziales Netzwerk Landkreis",
        "Breitband",
    ]
    _undo(window)
    assert _field_names(window)[-1] == "Soziales Netzwerk Landkreis"


def test_archive_and_colour(window: MainWindow, qtbot: QtBot) -> None:
    section = window.overview.fields
    section.view.selectRow(3)
    qtbot.mouseClick(section.archive_button, Qt.MouseButton.LeftButton)
    assert section.archive_button.text() == "Reakti&vieren"
    section.set_color(section.selected_ids(), "#123456")
    with _stored(window) as session:
        tourism = session.scalars(select(ActionField).where(ActionField.name == "Tourismus")).one()
        assert tourism.archived and tourism.color == "#123456"
    assert section.model.data(section.model.index(3, 1)) == "#123456"
    _undo(window)
    _undo(window)
    with _stored(window) as session:
        tourism = session.scalars(select(ActionField).where(ActionField.name == "Tourismus")).one()
        assert not tourism.archived and tourism.color == "#e6a100"


def test_workshops_add_edit_delete(window: MainWindow, qtbot: QtBot) -> None:
    section = window.overview.workshops
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Abschlusskonferenz")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    model = section.model
    qtbot.waitUntil(
        lambda: "Abschlusskonferenz" in [model.value(r, "title") for r in range(model.rowCount())]
    )
    row = next(
        r for r in range(model.rowCount()) if model.value(r, "title") == "Abschlusskonferenz"
    )
    assert model.setData(model.index(row, 1), date(2026, 10, 1))
    assert model.setData(model.index(row, 4), 42)
    with _stored(window) as session:
        final = next(w for w in workshops(session) if w.title == "Abschlusskonferenz")
        assert final.date == date(2026, 10, 1) and final.participant_count == 42
    assert model.data(model.index(model.row_of(final.id), 1)) == "01.10.2026"
    answer_dialogs(QMessageBox.StandardButton.Yes)
    section.view.selectRow(model.row_of(final.id))
    section.delete_selected()
    with _stored(window) as session:
        assert "Abschlusskonferenz" not in [w.title for w in workshops(session)]
    _undo(window)
    with _stored(window) as session:
        assert "Abschlusskonferenz" in [w.title for w in workshops(session)]


def test_everything_is_there_after_reopening(
    window: MainWindow, qtbot: QtBot, demo_file: Path
) -> None:
    form = window.overview.form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "Strategie 2030")
    window.overview.fields.view.selectRow(0)
    window.overview.fields.move_selected(+1)
    window.overview.workshops.add_workshop()
    QApplication.focusWidget().clearFocus()  # leave the cell editor untouched
    expected_fields = _field_names(window)
    window.close_project()

    reopened = WorkshopDocument.open(demo_file)
    with reopened.reading() as session:
        assert get_project(session).title == "Strategie 2030"
        assert [f.name for f in action_fields(session)] == expected_fields
        assert "Neuer Workshop" in [w.title for w in workshops(session)]
    reopened.close()
    assert window.open_path(demo_file)
    assert window.overview.form.title_edit.text() == "Strategie 2030"
    assert window.undo_group.activeStack().count() == 0, "a reopened file starts a fresh history"


def test_history_view_lists_the_steps(window: MainWindow) -> None:
    window.overview.fields.view.selectRow(0)
    window.overview.fields.move_selected(+1)
    window.overview.fields.toggle_archived()
    stack = window.undo_group.activeStack()
    assert [stack.text(i) for i in range(stack.count())] == [
        "Handlungsfelder umsortieren",
        "Handlungsfeld archivieren",
    ]
    assert window.menu_actions.undo.text() == "&Rückgängig Handlungsfeld archivieren"


def test_the_typing_form_is_not_refilled_but_undo_and_other_edits_refill_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = window.overview.form
    refills: list[str] = []
    refresh = form._refresh

    def counting_refresh() -> None:
        refills.append(form.client.text())
        refresh()

    monkeypatch.setattr(form, "_refresh", counting_refresh)
    client = form.client.text()
    form.client.setFocus()
    form.client.end(False)
    qtbot.keyClicks(form.client, " GmbH")
    assert refills == [], "the form that typed already shows what it wrote"
    assert window.undo_group.activeStack().count() == 1, "the keystrokes merged into one step"
    _undo(window)
    assert len(refills) == 1 and form.client.text() == client
    assert window.controller is not None
    window.controller.perform("Titel", lambda s: update_project(s, {"title": "Von anderswo"}))
    assert form.title_edit.text() == "Von anderswo" and len(refills) == 2
