"""Opening a file that fails a check after the window exists (issue 14, point 10): started
with the file (a double-click), the window shows the message and stays on the welcome page,
never a half-opened project; where the user has a choice (repair, take over, restore) the
chosen way opens the project."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.overview import update_project
from lk40_desktop.store import schema, validation
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.files import journal_of
from lk40_desktop.store.lock import lock_path_for
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import MainWindow
from tests.gui import answer_dialogs
from tests.test_file_safety import SPOILERS, _crash_mid_transaction, _old_file, _vacuumed

Button = QMessageBox.StandardButton
COLLEAGUE = {
    "user": "kollegin",
    "host": "rathaus-pc-7",
    "pid": 4242,
    "since": "2026-12-02T08:15:00+00:00",
    "session": "3",
    "token": "abc",
}


def _not_a_project(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)


def _damaged(path: Path) -> None:
    _vacuumed(path)
    path.write_bytes(path.read_bytes()[:-1])


def _locked(path: Path) -> None:
    lock_path_for(path).write_text(json.dumps(COLLEAGUE))


def _lock_folder(path: Path) -> None:
    lock_path_for(path).mkdir()


def _newer(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()


def _half_migrated(path: Path) -> None:
    path.unlink()
    _old_file(path)
    shutil.copy(path, path.with_name(f"{path.stem} (Sicherung 0001_core 20261201-100000).lk40"))
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE criterion (id VARCHAR(36) PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()


FAILURES: dict[str, tuple[Callable[[Path], None], Button | str, str]] = {
    "header": (_not_a_project, Button.Ok, "ist kein LK40-Projekt"),
    "schema": (SPOILERS["dropped column"], Button.Ok, "kein vollständiges LK40-Projekt mehr"),  # type: ignore[dict-item]
    "integrity": (_damaged, Button.No, "ist beschädigt"),
    "lock": (_locked, Button.Cancel, "wird gerade von kollegin auf dem Rechner rathaus-pc-7"),
    "lock folder": (_lock_folder, Button.Ok, "Die Sperrdatei"),
    "newer version": (_newer, Button.Ok, "neueren Version"),
    "half migrated": (_half_migrated, Button.No, "nur zum Teil umgestellt"),
}


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    window = create_main_window(path, language="de")
    qtbot.addWidget(window)
    return window


def _on_welcome(window: MainWindow) -> bool:
    return (
        window.controller is None
        and window.central.currentWidget() is window.welcome
        and window.windowTitle() == PRODUCT_NAME
        and not any(action.isEnabled() for action in window.menu_actions.project_actions())
    )


@pytest.mark.parametrize("kind", sorted(FAILURES))
def test_point10_a_failing_file_leaves_the_window_on_the_welcome_page(
    kind: str, qtbot: QtBot, demo_file: Path
) -> None:
    spoil, answer, said = FAILURES[kind]
    spoil(demo_file)
    log = answer_dialogs(answer)
    window = _window(qtbot, demo_file)
    assert len(log.texts) == 1 and said in log.texts[0], log.texts
    assert _on_welcome(window)
    assert not lock_path_for(demo_file).is_file() or kind == "lock", "no lock of ours is left"


def test_point10_a_damaged_file_opens_as_its_repaired_copy(qtbot: QtBot, demo_file: Path) -> None:
    _damaged(demo_file)
    damaged = demo_file.read_bytes()
    log = answer_dialogs(Button.Yes, then=(Button.Ok,))
    window = _window(qtbot, demo_file)
    assert window.controller is not None
    assert window.controller.document.path.name == "Musterlandkreis (repariert).lk40"
    assert "ist geöffnet. Bitte prüfen Sie" in log.texts[1]
    assert demo_file.read_bytes() == damaged
    window.close_project()


def test_point10_a_colleagues_lock_is_taken_over_after_confirming(
    qtbot: QtBot, demo_file: Path
) -> None:
    _locked(demo_file)
    log = answer_dialogs("Übernehmen …", then=(Button.Yes,))
    window = _window(qtbot, demo_file)
    assert "gesperrt seit 02.12.2026, " in log.texts[1], "who and since when, in local time"
    assert window.controller is not None and not window.controller.read_only
    window.close_project()
    assert not lock_path_for(demo_file).exists()


def test_point10_a_half_migrated_file_is_restored_on_request(qtbot: QtBot, demo_file: Path) -> None:
    _half_migrated(demo_file)
    answer_dialogs(Button.Yes)
    window = _window(qtbot, demo_file)
    assert window.controller is not None
    window.close_project()
    assert schema.current_revision_of(demo_file) == schema.head_revision()
    assert demo_file.with_name("Musterlandkreis (unvollständig migriert).lk40").exists()


def test_point2_a_large_file_gets_the_full_check_in_the_background(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the limit of the full check on opening (lowered here to the demo's size, instead
    of writing 50 MB), a file whose quick check passes opens at once; the full check then
    finds the missing index entry and offers a repaired copy."""
    monkeypatch.setattr(validation, "FULL_CHECK_LIMIT", 100_000)
    _damaged(demo_file)  # short by one byte: only the full check sees it
    log = answer_dialogs(Button.Yes, then=(Button.Ok,), seconds=20)
    window = _window(qtbot, demo_file)
    assert window.controller is not None, "opened after the quick check"
    qtbot.waitUntil(lambda: len(log.texts) == 2, timeout=15_000)
    assert (
        "Die vollständige Prüfung von „Musterlandkreis.lk40“ hat Schäden gefunden" in (log.texts[0])
    )
    assert "„Musterlandkreis (repariert).lk40“" in log.texts[1]
    assert demo_file.with_name("Musterlandkreis (repariert).lk40").exists()
    window.close_project()


def test_point3_a_file_in_a_synced_folder_gets_a_hint_once_and_a_local_copy(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # the documents folder of the copy
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "home" / "Dokumente"))
    synced = tmp_path / "OneDrive - Landkreis" / "Projekt.lk40"
    synced.parent.mkdir()
    shutil.copy(demo_template, synced)
    log = answer_dialogs("Lokale Kopie verwenden")
    window = _window(qtbot, synced)
    assert len(log.texts) == 1 and "in einem synchronisierten Ordner" in log.texts[0]
    assert window.controller is not None
    local = window.controller.document.path
    assert local.name == "Projekt.lk40" and "OneDrive" not in str(local)
    assert local.is_relative_to(tmp_path / "home")
    window.close_project()
    quiet = answer_dialogs(Button.Ok, seconds=1)
    window.open_path(synced)
    qtbot.wait(1100)
    assert quiet.texts == [], "the hint comes once per file"
    assert window.controller is not None and window.controller.document.path == synced
    window.close_project()


def test_point2_a_journal_that_is_not_the_files_is_set_aside_and_said(
    qtbot: QtBot, demo_file: Path, demo_template: Path
) -> None:
    """A backup copied over a crashed file: the crashed session's journal is not played into
    it; the window says where it went and opens the backup as it is."""
    document = WorkshopDocument.open(demo_file)
    for number in range(5):  # the session before the crash: newer than the backup
        perform(document, lambda s, n=number: update_project(s, {"title": f"Stand {n}"}))
    document.close()
    _crash_mid_transaction(demo_file)
    shutil.copy(demo_template, demo_file)
    log = answer_dialogs(Button.Ok)
    window = _window(qtbot, demo_file)
    assert len(log.texts) == 1 and "beiseitegelegt" in log.texts[0]
    assert window.controller is not None
    assert window.controller.document.integrity_check() == "ok"
    assert not journal_of(demo_file).exists()
    assert list(demo_file.parent.glob("Musterlandkreis.lk40-journal (beiseitegelegt *)"))
    window.close_project()
