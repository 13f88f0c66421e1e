"""The open document as the GUI sees it: the store document, its undo stack and one signal.

Every edit goes one way (STYLE.md, the Anki example): an undo command asks the controller
to ``apply`` a store/service function; the function changes rows in one transaction and
returns a ChangeSet; the controller emits ``changed`` with it, and each view refreshes
only if the record concerns it. No widget refreshes another widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from lk40_desktop.i18n import describe_error
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.errors import DocumentError, ReadOnlyError

log = logging.getLogger(__name__)


class DocumentController(QObject):
    """Owns one WorkshopDocument and its QUndoStack for the lifetime of a window's project."""

    changed = Signal(object)
    """Emitted with the ChangeSet of every applied edit (and ChangeSet.reload() on open)."""
    failed = Signal(str)
    """Emitted with a user-facing message when an edit could not be written."""

    def __init__(self, document: WorkshopDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        """Whether edits are refused (write-protected media, or opened read-only)."""
        return self.document.read_only

    def apply(self, change: Callable[[Session], ChangeSet]) -> bool:
        """Run one store change in a transaction and announce it; False if it failed."""
        try:
            changes = self.document.write(change)
        except DocumentError as error:
            log.warning("edit failed: %s", error)
            self.failed.emit(describe_error(error))
            return False
        self.changed.emit(changes)
        return True

    def push(self, command: QUndoCommand) -> None:
        """Execute an undoable edit; refused with a message on a read-only document."""
        if self.read_only:
            self.failed.emit(describe_error(ReadOnlyError(self.document.path)))
            return
        self.undo_stack.push(command)

    def close(self) -> None:
        """Forget the undo history and close the file."""
        self.undo_stack.clear()
        self.document.close()


def follow_changes(
    old: DocumentController | None,
    new: DocumentController | None,
    slot: Callable[[ChangeSet], None],
) -> None:
    """Move a view's subscription to the ``changed`` signal from one document to another."""
    if old is not None:
        old.changed.disconnect(slot)
    if new is not None:
        new.changed.connect(slot)
