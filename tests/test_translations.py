"""Every UI string is translated to English, the .ts file is in sync with the code, and the
English UI really shows English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lk40_desktop.i18n import install_translators
from lk40_desktop.paths import resource
from lk40_desktop.ui.app import create_main_window

TS_FILE = Path(__file__).parent.parent / "resources" / "translations" / "lk40_en.ts"
PACKAGE = Path(__file__).parent.parent / "lk40_desktop"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message.find(
            "translation"
        )
        for context in tree.iter("context")
        for message in context.iter("message")
    }  # type: ignore[misc]


def test_every_string_has_an_english_translation() -> None:
    messages = _messages(TS_FILE)
    assert len(messages) > 100
    assert not [source for context, source in messages if not context], (
        "strings without a context are never found at run time: call self.tr() or "
        "QCoreApplication.translate() with a literal context, not a helper of your own"
    )
    for (context, source), translation in messages.items():
        assert translation is not None and translation.text, (
            f"{context}: {source!r} is untranslated"
        )
        assert translation.get("type") not in {"unfinished", "vanished", "obsolete"}, source
        assert re.findall(r"\{\w+\}", source) == re.findall(r"\{\w+\}", translation.text), source
        assert source.count("&") == translation.text.count("&"), f"mnemonic lost in {source!r}"


def test_ts_file_is_in_sync_with_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS_FILE, fresh)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)
    subprocess.run(
        [
            str(lupdate),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "de",
            "-target-language",
            "en",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert set(_messages(fresh)) == set(_messages(TS_FILE)), "run `make translations` and translate"


def test_compiled_translation_is_shipped() -> None:
    assert resource("translations", "lk40_en.qm").stat().st_size > 1000


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[None]:
    yield
    install_translators("de")


def test_english_ui(english: None, qtbot: QtBot, demo_file: Path) -> None:
    window = create_main_window(demo_file, language="en")
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert [window.navigation.item(i).text() for i in range(5)] == [
        "Overview",
        "Stakeholders",
        "Idea boards",
        "Evaluation",
        "Export",
    ]
    assert window.overview.fields.title() == "Action fields"
    assert window.overview.workshops.model.headerData(2, Qt.Orientation.Horizontal) == "Place"
    window.overview.fields.view.selectRow(0)
    window.overview.fields.toggle_archived()
    assert window.menu_actions.undo.text() == "&Undo Archive action field"
    window.close_project()
    assert window.welcome.demo_button.text() == "Open de&mo project"
