"""Every text on screen went through the translator (issue 15): with the pseudo language
every translated string is shown in ⟦…⟧; a walk over every page, tab, dialog, menu, canvas and
chart (``tests/walk.py``) fails on any text with letters outside the marks. The demo's own
data, the starter vocabulary, file names, numbers and dates are exempt."""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from pprint import pformat

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.text import Text
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lk40_desktop import PRODUCT_NAME, __version__
from lk40_desktop.i18n import PSEUDO, PSEUDO_MARKS, install_translators
from lk40_desktop.services.starter import NAMES
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.preferences import Preferences
from lk40_desktop.ui.stakeholders.map_scene import StakeholderScene
from tests.walk import everything, menus, visible_widgets

OPEN, CLOSE = (re.escape(mark) for mark in PSEUDO_MARKS)
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
"""A translated text (innermost first: a translation may hold a translated placeholder)."""
ELIDED = re.compile(r"([^\s⟦⟧][^⟦⟧…]*)…")
TAGS = re.compile(r"<[^>]+>")
FILE_NAME = re.compile(r"[^⟦⟧\s]+\.(?:lk40|docx|xlsx|png|svg)")
"""File names and paths are the user's data (the recent list, a window's title)."""
ENDONYMS = {"Deutsch", "English"}
"""Language names are shown in their own language, whatever the UI's."""


def _data_texts(demo: Path) -> set[str]:
    """Every text the demo file holds: user data, shown as it is."""
    texts: set[str] = set()
    with sqlite3.connect(demo) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
        for table in tables:
            try:
                rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            except sqlite3.DatabaseError:
                continue
            texts |= {value for row in rows for value in row if isinstance(value, str)}
    connection.close()
    return {text for text in texts if len(text) > 2}  # not codes such as "de"


def _exempt(demo: Path) -> list[str]:
    starter = {
        name for kind in NAMES.values() for names in kind.values() for name in names.values()
    }
    recent = {
        str(text)
        for path in Preferences().recent_files()
        for text in (path, path.parent, path.name, path.stem)
    }
    files = {demo.name, str(demo), PRODUCT_NAME, __version__}
    exempt = _data_texts(demo) | starter | ENDONYMS | recent | files
    return sorted(exempt, key=len, reverse=True)


def _starts_data(start: str, exempt: list[str]) -> bool:
    """Whether ``start`` (a text elided with "…") begins a data text."""
    start = start.strip()
    return bool(start) and any(known.startswith(start) for known in exempt)


def untranslated(text: str, exempt: list[str]) -> str:
    """What of ``text`` has letters and is neither marked nor data ("" when nothing)."""
    rest = html.unescape(TAGS.sub(" ", text))
    while MARKED.search(rest):
        rest = MARKED.sub(" ", rest)
    rest = ELIDED.sub(lambda m: " " if _starts_data(m.group(1), exempt) else m.group(0), rest)
    for known in exempt:
        if known in rest:
            rest = rest.replace(known, " ")
    rest = " ".join(w for w in rest.split() if "/" not in w and not FILE_NAME.fullmatch(w))
    rest = re.sub(r"[^\w]|[\d_]", " ", rest)
    words = rest.split()  # a lone letter is a key of a shortcut (Ctrl+G), not prose
    return " ".join(word for word in words if len(word) > 1 and any(c.isalpha() for c in word))


def _model_texts(model: QAbstractItemModel, rows: int = 25) -> Iterator[str]:
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list widget's model keeps it private: one column
        columns = 1
    for section in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if value:
                yield str(value)
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    yield value


def _own_texts(widget: QWidget) -> Iterator[str]:
    """The texts a control shows itself."""
    if isinstance(widget, QLabel | QAbstractButton | QAbstractSpinBox):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()  # its text is what the user typed (or a file name)
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, QListWidget):
        yield from (widget.item(row).text() for row in range(min(25, widget.count())))


def texts_of(widget: QWidget) -> Iterator[str]:
    """Everything ``widget`` shows or tells a screen reader."""
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if widget.isWindow():
        yield widget.windowTitle()
    yield from _own_texts(widget)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())
    scene = widget.scene() if isinstance(widget, QGraphicsView) else None
    if isinstance(scene, StakeholderScene):
        yield from scene.quadrant_labels
        yield from scene.axis_labels
    if isinstance(widget, FigureCanvasQTAgg):
        for artist in widget.figure.findobj(Text):
            if artist.get_visible():
                yield artist.get_text()


def _report(
    found: dict[str, set[str]], where: str, texts: Iterable[str], exempt: list[str]
) -> None:
    for text in texts:
        if text and (left := untranslated(text, exempt)):
            found.setdefault(where, set()).add(f"{left!r} in {text[:80]!r}")


@pytest.fixture
def pseudo_window(qtbot: QtBot) -> Iterator[MainWindow]:
    install_translators(PSEUDO)
    window = create_main_window(language=PSEUDO)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    yield window
    window.close_project()
    install_translators("de")


def test_every_text_on_screen_went_through_the_translator(
    pseudo_window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    window = pseudo_window
    exempt = [*_exempt(demo_file), str(demo_file.parent), str(tmp_path)]
    found: dict[str, set[str]] = {}
    for screen in everything(window, demo_file, tmp_path):
        widgets = visible_widgets(screen.window)
        if isinstance(screen.window, QMainWindow):
            widgets += [screen.window.menuBar()]
            _report(
                found, screen.name, (a.text() for a in screen.window.menuBar().actions()), exempt
            )
        for widget in widgets:
            _report(found, f"{screen.name}: {type(widget).__name__}", texts_of(widget), exempt)
    for name, menu in menus(window):
        texts = [t for a in menu.actions() for t in (a.text(), a.toolTip())]
        _report(found, f"menu {name}", texts, exempt)
    assert not found, pformat(found, width=110)


def _read_and_close_dialogs(seen: list[str]) -> QTimer:
    """Read each modal dialog that comes up, then close it as Esc would (until stopped)."""
    timer = QTimer()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            seen.extend(text for widget in visible_widgets(dialog) for text in texts_of(widget))
            if isinstance(dialog, QMessageBox) and dialog.escapeButton() is not None:
                dialog.escapeButton().click()
            elif isinstance(dialog, QDialog):
                dialog.reject()

    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def test_messages_of_opening_and_exporting_went_through_the_translator(
    pseudo_window: MainWindow, demo_file: Path, out: Path, qtbot: QtBot
) -> None:
    """The lock dialog (a colleague has the file open), and the end of an export."""
    window = pseudo_window
    exempt = [*_exempt(demo_file), str(demo_file.parent), str(out)]
    seen: list[str] = []
    timer = _read_and_close_dialogs(seen)
    other = WorkshopDocument.open(demo_file)
    try:
        assert not window.open_path(demo_file), "cancelled"
    finally:
        other.close()
    lock = len(seen)
    assert lock and window.open_path(demo_file)
    window.navigation.setCurrentRow(4)
    page = window.export
    page.word.setChecked(False)
    page.xlsx_path.setText(str(out / "book.xlsx"))
    page.start_export()
    qtbot.waitUntil(lambda: len(seen) > lock and (out / "book.xlsx").exists(), timeout=20000)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=20000)
    timer.stop()
    found: dict[str, set[str]] = {}
    _report(found, "lock and export", [*seen, page.message.text()], exempt)
    assert not found, pformat(found, width=110)
