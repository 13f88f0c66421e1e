"""The panels on the right of the main window: the undo history and the workshop's agenda,
hidden until asked for. Each opens at a useful width, or as wide as it was last. The agenda
is built when first shown (≈ 55 ms, and its module loads the ORM: the window is painted
before that)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QUndoView

if TYPE_CHECKING:
    from lk40_desktop.ui.agenda.dock import AgendaDock
    from lk40_desktop.ui.document import DocumentController
    from lk40_desktop.ui.main_window import MainWindow

HISTORY_WIDTH, HISTORY_MIN_WIDTH = 320, 200
"""The undo history's width when it opens, and below which it cannot be squeezed."""
AGENDA_WIDTH = 500
"""Wide enough for the agenda's start, point, minutes and place at 1366 px."""


class SideDocks(QObject):
    """The history (built with the window) and the agenda (built when first wanted)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.built_agenda: AgendaDock | None = None
        self.history = QDockWidget(self.tr("Verlauf"), window)
        self.history.setObjectName("history")
        view = QUndoView(window.undo_group)
        view.setEmptyLabel(self.tr("Projekt geöffnet"))
        view.setMinimumWidth(HISTORY_MIN_WIDTH)
        self.history.setWidget(view)
        self._add(self.history, HISTORY_WIDTH)

    @property
    def agenda(self) -> AgendaDock:
        """The agenda, built now if it was not yet, following the window's project."""
        if self.built_agenda is None:
            from lk40_desktop.ui.agenda.dock import AgendaDock

            dock = self.built_agenda = AgendaDock(self.window)
            dock.started.connect(self.window.point_started)
            self._add(dock, AGENDA_WIDTH)
            self.window.menu_actions.follow_agenda(dock)
            dock.set_controller(self.window.controller)
        return self.built_agenda

    def show_agenda(self, shown: bool) -> None:
        """Show or hide the agenda (hiding one never built builds nothing)."""
        if shown or self.built_agenda is not None:
            self.agenda.setVisible(shown)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Follow another project (or none: both panels close)."""
        if self.built_agenda is not None:
            self.built_agenda.set_controller(controller)
        if controller is None:
            self.history.hide()
            self.show_agenda(False)

    def _add(self, dock: QDockWidget, width: int) -> None:
        """A panel on the right, hidden; it opens at least ``width`` wide, or as wide as it
        was last (its splitter widens it further)."""
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        dock.setProperty("opening_width", width)
        dock.visibilityChanged.connect(self._shown)  # a method: gone with the window

    def _shown(self, shown: bool) -> None:
        dock = self.sender()
        if not isinstance(dock, QDockWidget) or dock.isFloating():
            return
        if not shown:
            dock.setProperty("width", dock.width())
            return
        wide = max(int(dock.property("opening_width")), int(dock.property("width") or 0))
        window = self.window
        window.resizeDocks([dock], [wide], Qt.Orientation.Horizontal)
        # and again once the layout has placed a dock shown for the first time (it would keep
        # its size hint); the dock as context drops the call if the window closes first
        QTimer.singleShot(
            0, dock, lambda: window.resizeDocks([dock], [wide], Qt.Orientation.Horizontal)
        )
