"""Undo and redo show where they act: the page that shows the undone or redone rows comes to
the front, the rows are selected there, and the status bar says what was undone.

Before, Ctrl+Z on the scoring page silently undid a card deletion on a board nobody looked
at. The edit's ChangeSet names the kinds and ids it touched (``ui.page_index`` maps kinds to
pages) and carries a ``Replay`` as its initiator when it was undone or redone; each page's
``reveal`` selects what it shows of those ids."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController, Replay, follow_changes
from lk40_desktop.ui.page_index import page_of

if TYPE_CHECKING:
    from lk40_desktop.ui.main_window import MainWindow


class UndoNavigator(QObject):
    """Follows one window's document and shows each undo and redo where it acts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller: DocumentController | None = None
        self._pending: ChangeSet | None = None

    def set_controller(self, controller: DocumentController | None) -> None:
        """Follow another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self._pending = None

    def _on_changed(self, changes: ChangeSet) -> None:
        if not isinstance(changes.initiator, Replay):
            return
        if self._pending is None:  # after every view has taken the edit in, once per burst
            QTimer.singleShot(0, self, self._show_pending)
        self._pending = changes  # a jump in the history undoes many steps: show the last

    def _show_pending(self) -> None:
        changes, self._pending = self._pending, None
        if changes is None or self.controller is None:
            return
        replay = changes.initiator
        assert isinstance(replay, Replay)
        row = page_of(changes)
        if row is not None:
            self.window.navigation.setCurrentRow(row)
            self.window.page(row).reveal(changes)
        message = (
            self.tr("Rückgängig gemacht: {step}")
            if replay.undone
            else self.tr("Wiederhergestellt: {step}")
        )
        self.window.statusBar().showMessage(message.format(step=replay.text), 8000)
