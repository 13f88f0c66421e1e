"""The board on the projector: full screen, large cards under a title line that names the
action field and the voting round's state; Esc returns and the cards on the laptop are their
usual size again.

With a projector as a second screen (an extended desktop) the board goes there and the
laptop keeps the main window; with one screen (or a mirrored projector) it fills that one.
The window's timer lies over a corner, large, while a timebox is set. Page Down and Page Up
(what a presenter's clicker sends) show the board's clusters large one after the other, in
reading order; Home shows the whole board again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lk40_desktop.ui.board.items import CardLook
from lk40_desktop.ui.board.scene import BoardScene
from lk40_desktop.ui.board.view import BoardView
from lk40_desktop.ui.widgets.timer import WALL_HEIGHT_SHARE, WorkshopTimer, timer_style

TIMER_MARGIN = 16
"""Pixels between the large timer and the board's corner."""
CLUSTER_MARGIN = 24
"""Scene pixels around a cluster shown large: its frame stays in view."""


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
        self.title = QLabel()
        self.title.setObjectName("presentationTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)  # an old 1024 × 768 projector takes it on two lines
        label = QLabel(hint)
        label.setObjectName("presentationHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignRight)
        self.cluster_id: str | None = None
        """The cluster shown large, or None for the whole board."""
        scene.synced.connect(self._synced)
        self._add_cluster_keys()
        self.show_title()
        self.timer = timer
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("presentationTimer")
        self.timer_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setAccessibleName(self.tr("Timer"))
        if timer is not None:
            timer.changed.connect(self.show_time)
        self.show_time()

    def _add_cluster_keys(self) -> None:
        for text, key, step in (
            (self.tr("Nächstes Cluster groß"), Qt.Key.Key_PageDown, 1),
            (self.tr("Voriges Cluster groß"), Qt.Key.Key_PageUp, -1),
            (self.tr("Ganzes Board"), Qt.Key.Key_Home, 0),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, s=step: self.step_cluster(s))
            self.addAction(action)

    def clusters(self) -> list[str]:
        """The shown board's clusters in reading order (rows from the top, then left to right)."""
        shown = [item for item in self.view.board.clusters.values() if item.isVisible()]
        shown.sort(key=lambda item: (round(item.sceneBoundingRect().top()), item.pos().x()))
        return [item.row.id for item in shown]

    def step_cluster(self, step: int) -> None:
        """Show the next (1) or previous (-1) cluster large, or the whole board (0); past the
        last cluster the whole board comes again, then the first."""
        order = self.clusters()
        if step == 0 or not order:
            self.show_cluster(None)
            return
        # the whole board sits before the first cluster and after the last
        before = -1 if step > 0 else len(order)
        target = (order.index(self.cluster_id) if self.cluster_id in order else before) + step
        self.show_cluster(order[target] if 0 <= target < len(order) else None)

    def show_cluster(self, cluster_id: str | None) -> None:
        """Fit the view to a cluster (None: to the whole board) and name it in the title."""
        item = self.view.board.clusters.get(cluster_id or "")
        self.cluster_id = cluster_id if item is not None else None
        self.view.focus = (
            item.sceneBoundingRect().adjusted(
                -CLUSTER_MARGIN, -CLUSTER_MARGIN, CLUSTER_MARGIN, CLUSTER_MARGIN
            )
            if item is not None
            else None
        )
        self.view.fit()
        self.show_title()

    def _synced(self) -> None:
        """After an edit: the cluster shown large follows its frame (or is gone)."""
        if self.cluster_id is not None:
            self.show_cluster(self.cluster_id)
        else:
            self.show_title()

    def show_title(self) -> None:
        """The action field shown (or all of them) and, while the board shows a voting round,
        its name and state: the room reads whether its dots count yet."""
        scene = self.view.board
        data = scene.data
        field = data.field(scene.field_id)
        parts = [field.name if field is not None else self.tr("Alle Handlungsfelder")]
        cluster = scene.clusters.get(self.cluster_id or "")
        if cluster is not None:
            order = self.clusters()
            parts.append(
                self.tr("Cluster „{name}“ ({place} von {count})").format(
                    name=cluster.row.name,
                    place=order.index(cluster.row.id) + 1,
                    count=len(order),
                )
            )
        shown = data.round
        if shown is not None:
            name = shown.name or self.tr("ohne Namen")
            if shown.hides_counts:
                state = self.tr("verdeckt – die Punkte erscheinen beim Aufdecken")
            elif shown.open:
                state = self.tr("offen")
            else:
                state = self.tr("abgeschlossen")
            parts.append(self.tr("Runde „{name}“: {state}").format(name=name, state=state))
        self.title.setText(" · ".join(parts))

    def show_time(self) -> None:
        """The timer's text and colour, in digits a tenth of the window's height, in the board's
        bottom right corner (boards fill from the top left, so it hides the least there);
        hidden while no timebox is set."""
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
        """A title readable from the back of the room: a 28th of the wall's height; the timer
        follows the board's new corner."""
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPixelSize(max(16, self.height() // 28))
        self.title.setFont(font)
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
        self.view.board.synced.disconnect(self._synced)
        if self.timer is not None:
            self.timer.changed.disconnect(self.show_time)
        self.view.board.set_look(CardLook())
        self.closed.emit()
        super().closeEvent(event)


def projector_screen(window: QWidget) -> QScreen:
    """The first screen other than ``window``'s, else ``window``'s own."""
    own = window.screen()
    return next((screen for screen in QGuiApplication.screens() if screen != own), own)
