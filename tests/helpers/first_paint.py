"""Child process: start the app with a project file and report what the window showed at
its first paint, and whether the ORM had been imported by then (it must not have been), nor
what the shell does not need: the printing module (its fonts), ``logging.handlers``, the
welcome page.

Usage: first_paint.py PROJECT_PATH. Prints one JSON object.
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from lk40_desktop.ui import app as gui

seen: dict[str, object] = {}
LATER = ("lk40_desktop.printing.page", "logging.handlers", "lk40_desktop.ui.welcome.page")


class _FirstPaint(QObject):
    """Notes the state of the main window at the first paint event of any of its widgets."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or seen or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if isinstance(window, QMainWindow):
            seen.update(
                orm_loaded="sqlalchemy" in sys.modules,
                loaded_early=[name for name in LATER if name in sys.modules],
                title=window.windowTitle(),
                menus_enabled=window.menuBar().isEnabled(),
            )
        return False


application = gui.create_application("de")
watch = _FirstPaint()
application.installEventFilter(watch)
window = gui.create_main_window(Path(sys.argv[1]))
application.removeEventFilter(watch)
QApplication.processEvents()
print(json.dumps({**seen, "open": window.controller is not None}))
