"""The self-test an IT department runs after deploying (``lk40 --self-test``, Hilfe ›
Selbsttest), from the source tree; tests/test_installers.py runs it from the installed .deb
and tests/test_windows_installers.py from the Windows installation under Wine."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from lk40_desktop import PRODUCT_NAME, __version__
from lk40_desktop.cli import main
from lk40_desktop.selftest import CHECKS, run_self_test, watch_network
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.dialogs.self_test import SelfTestDialog


def _folder(detail: str) -> Path:
    found = re.search(r"(\S*lk40-selftest-\S+)", detail)
    assert found, detail
    return Path(found[1])


def test_every_check_passes_and_nothing_is_left_behind() -> None:
    seen = []
    checks = run_self_test(seen.append)
    assert [check.key for check in checks] == list(CHECKS) == [check.key for check in seen]
    assert all(check.passed for check in checks), [c.line() for c in checks if not c.passed]
    assert not _folder(checks[-1].detail).exists()
    assert "1 edit undone" in checks[1].detail and "cards kept as text" in checks[5].detail


def test_a_failing_check_stops_the_ones_after_it_and_still_cleans_up(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from lk40_desktop.export import job

    def full_disk(*_args: object, **_kwargs: object) -> list[Path]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(job, "run_export", full_disk)
    checks = {check.key: check for check in run_self_test()}
    assert [key for key, check in checks.items() if not check.passed] == [
        "export",
        "read_docx",
        "read_xlsx",
    ]
    assert "No space left on device" in checks["export"].detail
    assert checks["read_docx"].detail == "not run: 'export' failed"
    assert checks["read_docx"].blocked_by == checks["read_xlsx"].blocked_by == "export"
    assert checks["network"].passed and checks["cleanup"].passed
    assert not _folder(checks["cleanup"].detail).exists()

    dialog = SelfTestDialog(list(checks.values()))
    qtbot.addWidget(dialog)
    assert "3 von 8 Prüfungen sind fehlgeschlagen." in dialog.summary.text()
    lines = dialog.lines.toPlainText().splitlines()
    assert lines[3] == (
        "✗ Strategiepapier (Word) und Arbeitsmappe (Excel) exportieren – "
        "OSError: [Errno 28] No space left on device"
    )
    assert lines[4] == (
        "✗ Strategiepapier wieder einlesen – nicht ausgeführt, da „Strategiepapier (Word) und "
        "Arbeitsmappe (Excel) exportieren“ fehlschlug"
    )


def test_the_network_watch_sees_an_internet_socket() -> None:
    with watch_network() as seen:
        socket.socket(socket.AF_UNIX).close()
        assert seen == [], "a local socket is no network"
        socket.socket(socket.AF_INET).close()
    assert seen == ["socket(AF_INET)"]
    socket.socket(socket.AF_INET).close()
    assert seen == ["socket(AF_INET)"], "only inside the block"


def test_command_line_prints_one_line_per_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{PRODUCT_NAME} {__version__} self-test, Python 3.")
    assert [line.split()[:2] for line in lines[1:-1]] == [["ok", key] for key in CHECKS]
    assert lines[-1] == f"{len(CHECKS)} passed, 0 failed"


def test_help_menu_runs_it_and_shows_every_check(qtbot: QtBot) -> None:
    window = create_main_window(language="de")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    help_entry = next(a for a in window.menuBar().actions() if a.text() == "&Hilfe")
    help_menu = help_entry.menu()
    assert isinstance(help_menu, QMenu)
    window.menuBar().setActiveAction(help_entry)  # as a click on "Hilfe" opens it
    qtbot.waitUntil(help_menu.isVisible)
    QTest.keyClick(help_menu, Qt.Key.Key_S)  # the entry's mnemonic: "&Selbsttest"

    def shown() -> SelfTestDialog:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SelfTestDialog)]
        assert dialogs and dialogs[0].isVisible()
        return dialogs[0]

    qtbot.waitUntil(lambda: bool(shown()), timeout=60_000)
    dialog = shown()
    assert "Alle 8 Prüfungen bestanden: Diese Installation arbeitet." in dialog.summary.text()
    lines = dialog.lines.toPlainText().splitlines()
    assert len(lines) == 8 and all(line.startswith("✓ ") for line in lines)
    assert lines[0].startswith("✓ Projekt in einem temporären Ordner anlegen (")
    assert lines[6] == "✓ Keine Netzwerkverbindung geöffnet"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    report = QGuiApplication.clipboard().text().splitlines()
    assert report[0].startswith(f"{PRODUCT_NAME} {__version__} self-test")
    assert report[1].startswith("ok   create")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
