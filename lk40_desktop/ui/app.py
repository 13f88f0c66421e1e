"""Creating the QApplication and the main window; the GUI side of the ``lk40`` command."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from lk40_desktop import ORGANIZATION_DOMAIN, PRODUCT_NAME, PUBLISHER, __version__
from lk40_desktop.i18n import install_translators, system_language
from lk40_desktop.logging_setup import route_qt_messages_to_log
from lk40_desktop.paths import resource
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.preferences import Preferences
from lk40_desktop.ui.window_geometry import place, show_placed


def create_application(language: str | None = None) -> QApplication:
    """The one QApplication, set up with names, icon, style sheet and translations (the
    shipped fonts, for printed sheets only, come with ``register_fonts`` after the first
    paint)."""
    app = QApplication.instance()
    if app is None:
        route_qt_messages_to_log()
        app = QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(PUBLISHER)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationName(PRODUCT_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "lk40.svg"))))
    if not app.property("lk40_styled"):  # once: re-styling polishes every live widget again
        app.setStyleSheet(resource("style", "app.qss").read_text(encoding="utf-8"))
        app.setProperty("lk40_styled", True)
    preferences = Preferences()
    if language is None:
        language = preferences.language
        if language is None:  # first start: follow the system, and remember it
            language = system_language()
            preferences.language = language
    install_translators(language)
    return app


def register_fonts() -> None:
    """Make the shipped fonts known (once): the printed sheets use them, the window does not,
    so this waits until it is painted (the printing module and the fonts cost ≈ 10 ms)."""
    app = QApplication.instance()
    if app is None or app.property("lk40_fonts"):
        return
    from lk40_desktop.printing.page import register_fonts as register

    register()
    app.setProperty("lk40_fonts", True)


FIRST_PAINT_WAIT = 2.0
"""Seconds to wait for the window's first paint before loading the rest anyway (a platform
that never exposes the window, a minimised start)."""


class _PaintWatch(QObject):
    """Notes the first paint event of the widget it watches."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return super().eventFilter(watched, event)


def show_painted(window: QWidget) -> None:
    """Process events until ``window`` has been painted (and its backing store flushed),
    without taking user input: what follows may block the event loop for a while."""
    watch = _PaintWatch(window)
    deadline = time.monotonic() + FIRST_PAINT_WAIT
    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    while not watch.painted and time.monotonic() < deadline:
        QCoreApplication.processEvents(flags, 20)
    QCoreApplication.processEvents(flags)  # the children's paint and the flush after it
    window.removeEventFilter(watch)
    watch.deleteLater()


def create_main_window(path: Path | None = None, language: str | None = None) -> MainWindow:
    """The application with its main window shown, and ``path`` opened if given.

    The window is painted first, in the opening state when a file is given (its name, a busy
    bar, nothing to edit); only then are the ORM and the project loaded, in the GUI thread
    (most of it is importing, which a thread would not speed up). A file that fails a check
    leaves the window on the welcome page, with the opener's message."""
    create_application(language)
    preferences = Preferences()
    window = MainWindow(preferences, opening=path)
    show_placed(window, place(window, preferences.window_placement))
    show_painted(window)
    register_fonts()
    window.prepare()
    if path is not None:
        window.open_path(path)
    return window


def run_gui(path: Path | None = None, language: str | None = None) -> int:
    """Run the GUI until the last window closes; returns the exit code."""
    window = create_main_window(path, language)
    app = QApplication.instance()
    assert app is not None
    code = app.exec()
    del window
    return code
