"""What the window says when a write does not go through as typed: one message for a failed
write (however many keystrokes failed after it), a word in the status bar with a busy cursor
while a write waits for another program that holds the file, and a word when a pasted text
was longer than a field holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.store.limits import TEXT_LIMIT
from lk40_desktop.ui.document import DocumentController

FAILURE_SHOWN_MS = 15000
"""How long the status bar repeats a failure after its message box was closed."""


class WriteFeedback(QObject):
    """Shows a window's failed and waiting writes; follows the window's open document."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None

    def follow(self, controller: DocumentController) -> None:
        """Report the writes of ``controller`` (disconnected when it is deleted)."""
        controller.failed.connect(self.show_failure)
        controller.waiting.connect(lambda: self.show_waiting(controller))
        controller.trimmed.connect(self.show_trimmed)

    def show_trimmed(self) -> None:
        """A pasted text was longer than a field holds: say what was kept."""
        self.window.statusBar().showMessage(
            self.tr(
                "Der Text war länger als {limit} Zeichen; gespeichert sind die ersten {limit}."
            ).format(limit=QLocale().toString(TEXT_LIMIT)),
            FAILURE_SHOWN_MS,
        )

    def show_failure(self, message: str) -> None:
        """One message box says what was not saved and why; while it is open, further
        failures only update its text, so typing on a full disk does not pile up boxes. The
        box does not block: the session stays usable."""
        self.window.statusBar().showMessage(message, FAILURE_SHOWN_MS)
        if self.box is not None and self.box.isVisible():
            self.box.setText(message)
            return
        self.box = QMessageBox(QMessageBox.Icon.Warning, PRODUCT_NAME, message, parent=self.window)
        self.box.setWindowModality(Qt.WindowModality.WindowModal)
        self.box.open()

    def show_waiting(self, controller: DocumentController) -> None:
        """The write waits for another program: say so and show a busy cursor until the
        write is done (the cursor is restored by the first event after it)."""
        self.window.statusBar().showMessage(
            self.tr(
                "„{name}“ ist gerade von einem anderen Programm gesperrt – es wird kurz gewartet …"
            ).format(name=controller.document.path.name)
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QTimer.singleShot(0, QGuiApplication.restoreOverrideCursor)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
