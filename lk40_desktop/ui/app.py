"""Creating the QApplication and the main window; the GUI side of the ``lk40`` command."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from lk40_desktop import ORGANIZATION_DOMAIN, PRODUCT_NAME, PUBLISHER, __version__
from lk40_desktop.i18n import install_translators, system_language
from lk40_desktop.logging_setup import route_qt_messages_to_log
from lk40_desktop.paths import resource
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.preferences import Preferences
from lk40_desktop.ui.window_geometry import place, show_placed


def create_application(language: str | None = None) -> QApplication:
    """The one QApplication, set up with names, icon, fonts and translations."""
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
        for font in sorted(resource("fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
        app.setProperty("lk40_styled", True)
    preferences = Preferences()
    if language is None:
        language = preferences.language
        if language is None:  # first start: follow the system, and remember it
            language = system_language()
            preferences.language = language
    install_translators(language)
    return app


def create_main_window(path: Path | None = None, language: str | None = None) -> MainWindow:
    """The application with its main window shown, and ``path`` opened if given."""
    create_application(language)
    preferences = Preferences()
    window = MainWindow(preferences)
    show_placed(window, place(window, preferences.window_placement))
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
