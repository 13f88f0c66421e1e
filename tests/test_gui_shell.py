"""The application shell: welcome screen, opening, read-only and locked files, dialogs."""

from __future__ import annotations

import re
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lk40_desktop.services.template import ProjectData
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.lock import lock_path_for
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.board.page import BoardPage
from lk40_desktop.ui.dialogs.about import AboutDialog
from lk40_desktop.ui.dialogs.new_project import NewProjectDialog, documents_folder
from lk40_desktop.ui.dialogs.privacy import PrivacyDialog
from lk40_desktop.ui.dialogs.user_guide import UserGuideDialog
from lk40_desktop.ui.main_window import MainWindow
from tests.gui import answer_dialogs


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    main = create_main_window(language="de")
    qtbot.addWidget(main)
    yield main
    main.close_project()


def test_welcome_screen_offers_the_ways_to_start(window: MainWindow) -> None:
    assert window.central.currentWidget() is window.welcome
    texts = [
        b.text()
        for b in (
            window.welcome.template_button,
            window.welcome.blank_button,
            window.welcome.open_button,
            window.welcome.demo_button,
        )
    ]
    assert texts == [
        "&Neues Projekt (Vorlage Landkreis 4.0)",
        "&Leeres Projekt",
        "Projekt ö&ffnen…",
        "D&emo-Projekt öffnen",
    ]
    assert window.windowTitle() == "LK40 Workshop-Studio"
    assert not window.menu_actions.save_as.isEnabled()


def test_demo_button_opens_the_demo_and_it_becomes_recent(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.controller is not None
    assert window.windowTitle().startswith("Musterlandkreis (Demo).lk40 – ")
    assert window.overview.fields.model.rowCount() == 9
    assert window.overview.form.county.text() == "Musterlandkreis"
    path = window.controller.document.path
    window.close_project()
    assert window.welcome.recent.count() >= 1
    assert window.welcome.recent.item(0).toolTip() == str(path)
    assert not lock_path_for(path).exists()


def test_pages_switch_by_shortcut(window: MainWindow, demo_file: Path, qtbot: QtBot) -> None:
    assert window.open_path(demo_file)
    window.activateWindow()
    for row in range(5):
        window.menu_actions.pages[row].trigger()
        assert window.pages.currentIndex() == row
    window.menu_actions.pages[2].trigger()
    page = window.pages.currentWidget()
    assert isinstance(page, BoardPage) and len(page.scene.cards) > 0


def test_new_project_dialog_validates_then_creates(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = NewProjectDialog(True, str(tmp_path), window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != NewProjectDialog.DialogCode.Accepted
    assert "Landkreis" in dialog.error.text()
    qtbot.keyClicks(dialog.county, "Landkreis Nord/S")  # QTest types ASCII only
    dialog.county.insert("üd")
    assert dialog.target_path() == tmp_path / "Landkreis Nord_Süd.lk40"
    dialog.accept()
    assert dialog.result() == NewProjectDialog.DialogCode.Accepted
    assert window.create_project(dialog.target_path(), dialog.project_data(), template=True)
    assert window.overview.fields.model.rowCount() == 9
    assert window.overview.form.county.text() == "Landkreis Nord/Süd"


def test_new_project_dialog_proposes_a_folder_that_exists_and_clears_its_error(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, config = tmp_path / "frisch", tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n')
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert not (home / "Dokumente").exists(), "a fresh German desktop"
    assert documents_folder() == home / "Dokumente" and (home / "Dokumente").is_dir()

    dialog = NewProjectDialog(True, str(documents_folder()), window)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels and all(label.buddy() is not None for label in labels), "no literal &"
    assert dialog.target_path().parent == home / "Dokumente"
    qtbot.keyClicks(dialog.county, "Landkreis Nord")
    dialog.path_edit.setText(str(tmp_path / "gibt es nicht" / "Nord.lk40"))
    dialog.accept()
    assert "gibt es nicht" in dialog.error.text()
    dialog.path_edit.setText(str(home / "Dokumente" / "Nord.lk40"))  # as Durchsuchen… does
    assert dialog.error.text() == "", "the message goes with its problem"
    dialog.accept()
    assert dialog.result() == NewProjectDialog.DialogCode.Accepted


def test_blank_project_has_no_action_fields(window: MainWindow, tmp_path: Path) -> None:
    assert window.create_project(
        tmp_path / "leer.lk40", ProjectData(county="Leerkreis"), template=False
    )
    assert window.overview.fields.model.rowCount() == 0
    assert window.overview.form.county.text() == "Leerkreis"


def test_bad_file_shows_a_clear_error_and_stays_on_welcome(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "bild.lk40"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    log = answer_dialogs(QMessageBox.StandardButton.Ok)
    assert not window.open_path(path)
    assert log.texts == ["„bild.lk40“ ist kein LK40-Projekt. Die Datei wurde nicht verändert."]
    assert window.central.currentWidget() is window.welcome


def test_write_protected_file_shows_banner(window: MainWindow, demo_file: Path) -> None:
    demo_file.chmod(stat.S_IRUSR)
    try:
        assert window.open_path(demo_file)
        assert window.banner.isVisibleTo(window)
        assert "schreibgeschützten Datenträger" in window.banner.message.text()
        assert window.windowTitle().startswith("Musterlandkreis.lk40 [schreibgeschützt]")
        assert window.overview.form.county.isReadOnly()
        assert not window.overview.fields.add_button.isEnabled()
        assert not window.overview.workshops.add_button.isEnabled()
        index = window.overview.fields.model.index(0, 0)
        assert not window.overview.fields.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    finally:
        window.close_project()
        demo_file.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_file_open_elsewhere_can_be_opened_read_only(window: MainWindow, demo_file: Path) -> None:
    other = WorkshopDocument.open(demo_file)
    try:
        log = answer_dialogs("Schreibgeschützt öffnen")
        assert window.open_path(demo_file)
        assert "wird gerade von" in log.texts[0] and "schreibgeschützt ansehen" in log.texts[0]
        assert window.controller is not None and window.controller.read_only
        assert "an anderer Stelle bearbeitet" in window.banner.message.text()
        window.close_project()
        assert lock_path_for(demo_file).exists(), "the other writer still holds its lock"
    finally:
        other.close()


def test_file_open_elsewhere_can_be_left_alone(window: MainWindow, demo_file: Path) -> None:
    other = WorkshopDocument.open(demo_file)
    try:
        answer_dialogs(QMessageBox.StandardButton.Cancel)
        assert not window.open_path(demo_file)
        assert window.controller is None
    finally:
        other.close()


def test_save_as_continues_in_the_copy(window: MainWindow, demo_file: Path, tmp_path: Path) -> None:
    assert window.open_path(demo_file)
    target = tmp_path / "kopie.lk40"
    assert window.save_copy_to(target)
    assert window.open_path(target)
    assert window.windowTitle().startswith("kopie.lk40 – ")
    assert not lock_path_for(demo_file).exists(), "the original was closed"


def test_ctrl_s_only_reassures(window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    before = demo_file.stat().st_mtime_ns
    window.menu_actions.save.trigger()
    assert window.statusBar().currentMessage() == "Alle Änderungen sind bereits gespeichert."
    assert demo_file.stat().st_mtime_ns == before


def test_about_names_version_and_licences(window: MainWindow, qtbot: QtBot) -> None:
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    for name in (
        "Qt",
        "PySide6-Essentials",
        "SQLAlchemy",
        "alembic",
        "matplotlib",
        "openpyxl",
        "python-docx",
    ):
        assert name in text
    assert "LGPL-3.0-only" in text and "MIT" in text


@pytest.mark.parametrize(
    ("language", "heading"), [("de", "Benutzerhandbuch"), ("en", "User guide")]
)
def test_user_guide_ships_offline(
    window: MainWindow, qtbot: QtBot, language: str, heading: str
) -> None:
    dialog = UserGuideDialog(language, window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert heading in text and "Strg+Z" in text if language == "de" else "Ctrl+Z" in text
    assert dialog.browser.source().isLocalFile()


def _mnemonics(root: QWidget, menus: list[str]) -> dict[str, list[str]]:
    """Alt+letter keys that more than one control shown in ``root`` claims, or a control and
    one of the window's ``menus`` (whose Alt keys win: Alt+H opened "Hilfe")."""
    claims: dict[str, list[str]] = {}
    controls = [*root.findChildren(QAbstractButton), *root.findChildren(QLabel)]
    texts = [*menus, *(w.text() for w in controls if w.isVisibleTo(root))]
    texts += [box.title() for box in root.findChildren(QGroupBox) if box.isVisibleTo(root)]
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for text in texts:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            claims.setdefault(found.group(1).lower(), []).append(text)
    return {key: shown for key, shown in claims.items() if len(shown) > 1}


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_two_controls_of_a_page_share_an_alt_key(
    qtbot: QtBot, demo_file: Path, language: str
) -> None:
    """An Alt key two controls claim only moves the focus between them (Alt+H on the overview
    went to the action fields' "Hinzufügen" instead of adding a workshop), and one the menu
    bar claims opens the menu (Alt+H opened "Hilfe" instead of adding a stakeholder)."""
    window = create_main_window(demo_file, language=language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    states: list[tuple[int, QTabWidget | None, int]] = [(row, None, 0) for row in range(5)]
    board_tabs, scoring_tabs = window.boards.tabs, window.scoring.ensure_editor().tabs
    states += [(2, board_tabs, i) for i in range(board_tabs.count())]
    profile_tabs = window.boards.proposals.editor.form.tabs  # on the last board tab, left shown
    states += [(2, profile_tabs, i) for i in range(profile_tabs.count())]
    states += [(3, scoring_tabs, i) for i in range(scoring_tabs.count())]
    for row, tabs, index in states:
        window.navigation.setCurrentRow(row)
        if tabs is not None:
            tabs.setCurrentIndex(index)
        page = window.pages.currentWidget()
        assert page is not None
        menus = [action.text() for action in window.menuBar().actions()]
        assert _mnemonics(page, menus) == {}, (row, index)
    window.close_project()


def test_a_saved_copy_is_named_by_the_inventory_and_not_undone(
    window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    assert window.open_path(demo_file)
    assert window.controller is not None
    steps = window.controller.undo_stack.count()
    first, second = tmp_path / "für Kreistag.lk40", tmp_path / "Sicherung.lk40"
    assert window.save_copy_to(first) and window.save_copy_to(second)
    assert window.controller.undo_stack.count() == steps, "a copy written stays written"
    dialog = PrivacyDialog(window.controller, window)
    assert [c.path for c in dialog.inventory.copies] == [str(first), str(second)]
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(str(first) in text and str(second) in text for text in shown), "named on screen"
    dialog.close()
    window.close_project()
    with sqlite3.connect(demo_file) as connection:
        stored = connection.execute("SELECT path, kind FROM file_copy ORDER BY created_at")
        assert stored.fetchall() == [(str(first), "copy"), (str(second), "copy")]
    with sqlite3.connect(first) as connection:
        assert connection.execute("SELECT COUNT(*) FROM file_copy").fetchone() == (0,)
