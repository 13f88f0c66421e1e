"""The board on the projector: full screen, large cards, nothing else; Esc returns and the
cards on the laptop are their usual size again.

With a projector as a second screen (an extended desktop) the board goes there and the
laptop keeps the main window; with one screen (or a mirrored projector) it fills that one.
The window's timer lies over a corner, large, while a timebox is set."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lk40_desktop.ui.board.items import CardLook
from lk40_desktop.ui.board.scene import BoardScene
from lk40_desktop.ui.board.view import BoardView
from lk40_desktop.ui.widgets.timer import WALL_HEIGHT_SHARE, WorkshopTimer, timer_style

TIMER_MARGIN = 16
"""Pixels between the large timer and the screen's corner."""


class PresentationWindow(QWidget):
    """A second view of the same scene, so that edits and dots show at once on the wall."""

    closed = Signal()

    def __init__(self, scene: BoardScene, hint: str, timer: WorkshopTimer | None = None) -> None:
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
        self.timer = timer
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("presentationTimer")
        self.timer_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setAccessibleName(self.tr("Timer"))
        if timer is not None:
            timer.changed.connect(self.show_time)
        self.show_time()

    def show_time(self) -> None:
        """The timer's text and colour, in digits a tenth of the window's height, in the bottom
        right corner (boards fill from the top left, so it hides the least there); hidden
        while no timebox is set."""
        countdown = self.timer.countdown if self.timer is not None else None
        if countdown is None or countdown.duration == 0:
            self.timer_label.hide()
            return
        pixels = max(24, self.height() // WALL_HEIGHT_SHARE)
        self.timer_label.setText(countdown.text())
        self.timer_label.setStyleSheet(
            f"QLabel#presentationTimer {{ {timer_style(countdown.phase(), wall=True)}"
            f" font-size: {pixels}px; font-weight: bold; padding: 0 {pixels // 4}px; }}"
        )
        self.timer_label.adjustSize()
        corner = self.view.geometry().bottomRight()
        self.timer_label.move(
            corner.x() - self.timer_label.width() - TIMER_MARGIN,
            corner.y() - self.timer_label.height() - TIMER_MARGIN,
        )
        self.timer_label.show()
        self.timer_label.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_time()

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
        if self.timer is not None:
            self.timer.changed.disconnect(self.show_time)
        self.view.board.set_look(CardLook())
        self.closed.emit()
        super().closeEvent(event)


def projector_screen(window: QWidget) -> QScreen:
    """The first screen other than ``window``'s, else ``window``'s own."""
    own = window.screen()
    return next((screen for screen in QGuiApplication.screens() if screen != own), own)
