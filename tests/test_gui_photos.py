"""Photos driven like a facilitator after the workshop: add them to a board through the file
dialog, drop them onto a proposal, caption one by keyboard, look at it large, undo, and read
the stored rows back; a file that is no picture is named with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from lk40_desktop.services.photos import Owner, photos_of
from lk40_desktop.ui.board.page import BoardPage
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.widgets.photo_strip import PhotoStrip
from tests.gui import laptop_window, type_text
from tests.helpers.photos import camera_jpeg


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, demo_file)
    main.navigation.setCurrentRow(2)
    yield main
    main.close_project()


@pytest.fixture
def page(window: MainWindow) -> BoardPage:
    widget = window.pages.currentWidget()
    assert isinstance(widget, BoardPage)
    return widget


def _stored(window: MainWindow, owner: Owner) -> list[tuple[str, int, int]]:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return [(row.caption, row.width, row.height) for row in photos_of(session, owner)]


def _back_to(qtbot: QtBot, window: MainWindow) -> None:
    """The window has the keyboard again after a dialog closed (the offscreen platform has no
    window manager that gives it back)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _drop(strip: PhotoStrip, paths: list[Path]) -> None:
    """Drag files from a file manager and let go over the strip, as Qt delivers it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = strip.rect().center()
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(strip, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(strip, drop)


def test_photos_added_through_the_file_dialog_are_captioned_by_keyboard_and_undone(
    qtbot: QtBot, window: MainWindow, page: BoardPage, tmp_path: Path
) -> None:
    files = [
        camera_jpeg(tmp_path / "pinnwand.jpg", (4000, 3000), orientation=6),
        camera_jpeg(tmp_path / "flipchart.jpg", (3000, 2000)),
    ]
    page.tabs.setCurrentWidget(page.photos)
    strip = page.photos
    assert page.field_id is not None
    owner = Owner("board", page.field_id)
    assert strip.hint.isVisible()
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    dialog = strip.file_dialog
    assert dialog is not None and dialog.isVisible()
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None
    dialog.setDirectory(str(tmp_path))
    name_edit.setText(" ".join(f'"{path.name}"' for path in files))
    dialog.accept()
    _back_to(qtbot, window)
    qtbot.waitUntil(lambda: strip.progress.isVisible() or len(strip.model.rows) == 2)
    qtbot.waitUntil(lambda: len(strip.model.rows) == 2, timeout=20_000)
    assert _stored(window, owner) == [("", 1800, 2400), ("", 2400, 1600)]
    assert window.controller is not None
    assert window.controller.undo_stack.undoText() == "2 Fotos hinzufügen"
    assert not strip.progress.isVisible() and not strip.hint.isVisible()

    strip.view.setFocus()
    strip.view.setCurrentIndex(strip.model.index(0))
    qtbot.keyClick(strip.view, Qt.Key.Key_Tab)  # the buttons, then the caption
    strip.caption.setFocus()
    type_text(qtbot, strip.caption, "Pinnwand Gruppe Süd")
    qtbot.keyClick(strip.caption, Qt.Key.Key_Return)
    assert _stored(window, owner)[0][0] == "Pinnwand Gruppe Süd"
    assert strip.model.data(strip.model.index(0)) == "Pinnwand Gruppe Süd"

    qtbot.keyClick(strip.view, Qt.Key.Key_Return)  # Enter on a thumbnail opens it large
    viewer = strip.viewer
    assert viewer is not None and viewer.isVisible()
    assert not viewer.pixmap.isNull() and viewer.pixmap.height() == 2400
    assert viewer.caption.text() == "Pinnwand Gruppe Süd"
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.index == 1 and viewer.pixmap.width() == 2400
    viewer.reject()

    _back_to(qtbot, window)
    strip.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(window, owner)[0][0] == ""
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(window, owner) == []
    assert strip.model.rows == [] and strip.hint.isVisible()
    QTest.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(_stored(window, owner)) == 2


def test_photos_dropped_on_a_proposal_and_a_file_that_is_none_named(
    qtbot: QtBot, window: MainWindow, page: BoardPage, tmp_path: Path
) -> None:
    page.tabs.setCurrentWidget(page.proposals)
    editor = page.proposals.editor
    qtbot.waitUntil(lambda: editor.proposal_id is not None)
    assert editor.proposal_id is not None
    owner = Owner("proposal", editor.proposal_id)
    editor.form.tabs.setCurrentIndex(3)  # "Quellen": the cards and photos it came from
    text = tmp_path / "protokoll.jpg"
    text.write_text("Kein Bild")
    photo = camera_jpeg(tmp_path / "gruppe.jpg", (1600, 1200))
    _drop(editor.photos, [photo, text])
    qtbot.waitUntil(lambda: len(editor.photos.model.rows) == 1, timeout=20_000)
    assert _stored(window, owner) == [("", 1600, 1200)]
    assert editor.photos.message.isVisible()
    assert "protokoll.jpg" in editor.photos.message.text()
    assert "kein Foto" in editor.photos.message.text()
    editor.photos.view.setFocus()
    qtbot.keyClick(editor.photos.view, Qt.Key.Key_Home)  # the keyboard chooses the first photo
    qtbot.keyClick(editor.photos.view, Qt.Key.Key_Delete)
    assert _stored(window, owner) == []
    assert window.controller is not None
    assert window.controller.undo_stack.undoText() == "Foto entfernen"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(window, owner) == [("", 1600, 1200)]


def test_a_workshop_has_its_photos_in_a_dialog_of_the_overview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.navigation.setCurrentRow(0)
    section = window.pages.currentWidget().workshops  # type: ignore[attr-defined]
    section.view.setCurrentIndex(section.model.index(0, 0))
    qtbot.mouseClick(section.photos_button, Qt.MouseButton.LeftButton)
    dialog = section.photos_dialog
    assert dialog is not None and dialog.isVisible()
    owner = Owner("workshop", section.model.id_at(0))
    _drop(dialog.strip, [camera_jpeg(tmp_path / "saal.jpg", (1200, 900))])
    qtbot.waitUntil(lambda: len(dialog.strip.model.rows) == 1, timeout=20_000)
    assert _stored(window, owner) == [("", 1200, 900)]


def test_the_boards_of_all_fields_show_no_photos_and_say_why(
    window: MainWindow, page: BoardPage
) -> None:
    page.tabs.setCurrentWidget(page.photos)
    page.show_field(None)
    assert page.photos.owner is None and not page.photos.add_button.isEnabled()
    assert page.photos.hint.isVisible() and "Handlungsfeld" in page.photos.hint.text()
