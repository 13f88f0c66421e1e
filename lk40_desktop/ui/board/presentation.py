"""The board on the projector: full screen, large cards, nothing else; Esc returns and the
cards on the laptop are their usual size again.

With a projector as a second screen (an extended desktop) the board goes there and the
laptop keeps the main window; with one screen (or a mirrored projector) it fills that one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lk40_desktop.ui.board.items import CardLook
from lk40_desktop.ui.board.scene import BoardScene
from lk40_desktop.ui.board.view import BoardView


class PresentationWindow(QWidget):
    """A second view of the same scene, so that edits and dots show at once on the wall."""

    closed = Signal()

    def __init__(self, scene: BoardScene, hint: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(hint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        scene.set_look(CardLook(presentation=True))
        self.view = BoardView(scene)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        label = QLabel(hint)
        label.setObjectName("presentationHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignRight)

    def present_beside(self, window: QWidget) -> None:
        """Show full screen on another screen than ``window``'s, if there is one."""
        screen = projector_screen(window)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.view.fit()  # and again whenever the window manager resizes it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.board.set_look(CardLook())
        self.closed.emit()
        super().closeEvent(event)


def projector_screen(window: QWidget) -> QScreen:
    """The first screen other than ``window``'s, else ``window``'s own."""
    own = window.screen()
    return next((screen for screen in QGuiApplication.screens() if screen != own), own)
