"""The open document as the GUI sees it: the store document, its undo stack, one signal, and
the thin undo command every edit travels in.

Every edit goes one way (as in Anki's operations): a page asks ``perform`` for a named
operation of ``lk40_desktop.operations``; the operation reads the file and returns an Edit;
the controller pushes it in an ``EditCommand``, whose redo and undo apply it in one
transaction each; the controller emits ``changed`` with the ChangeSet, and each view
refreshes only if the record concerns it. No widget refreshes another widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from lk40_desktop.i18n import describe_error, ui_language
from lk40_desktop.operations.edit import Edit, EditRefusedError
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.document import ReadSession, WorkshopDocument, WriteSession
from lk40_desktop.store.errors import DocumentError, ReadOnlyError

log = logging.getLogger(__name__)

MERGE_TEXT_EDIT = 4001
"""Command id of typing into one field: consecutive keystrokes merge into one undo step."""


class DocumentController(QObject):
    """Owns one WorkshopDocument and its QUndoStack for the lifetime of a window's project."""

    changed = Signal(object)
    """Emitted with the ChangeSet of every applied edit (and ChangeSet.reload() on open)."""
    failed = Signal(str)
    """Emitted with a user-facing message when an edit could not be written."""
    trimmed = Signal()
    """Emitted when an edit's text was longer than ``store.limits.TEXT_LIMIT`` and was cut."""
    waiting = Signal()
    """Emitted when a write waits for another program that holds the file (it then waits
    a bounded time, ``store.document.BUSY_TIMEOUT_MS``)."""
    refused = Signal(object)
    """Emitted with the EditRefusedError of an operation the rules do not allow."""

    def __init__(self, document: WorkshopDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        document.language = ui_language()  # the pages name built-in rows in the UI language
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        """Whether edits are refused (write-protected media, or opened read-only)."""
        return self.document.read_only

    def perform(
        self,
        text: str,
        build: Callable[[ReadSession], Edit],
        *,
        initiator: object | None = None,
        merge: bool = False,
    ) -> Edit | None:
        """Build an operation's edit from the current state and push it as one undo step
        named ``text``. Returns the edit, or None when it was refused (``refused`` tells
        why), changed nothing, or could not be made (read-only: ``failed`` tells)."""
        if self.read_only:
            self.failed.emit(describe_error(ReadOnlyError(self.document.path)))
            return None
        try:
            with self.document.reading() as session:
                edit = build(session)
        except EditRefusedError as refusal:
            self.refused.emit(refusal)
            return None
        if not edit:
            return None
        if edit.trimmed:  # the view that made it shows the text as kept, not as pasted
            self.trimmed.emit()
            initiator = None
        self.undo_stack.push(EditCommand(self, text, edit, initiator=initiator, merge=merge))
        return edit

    def apply(
        self, change: Callable[[WriteSession], ChangeSet], initiator: object | None = None
    ) -> bool:
        """Run one store change in a transaction and announce it; False if it failed."""
        try:
            changes = self.document.write(change, on_wait=self.waiting.emit)
        except DocumentError as error:
            log.warning("edit failed: %s", error)
            self.failed.emit(describe_error(error))
            self.changed.emit(ChangeSet.reload())  # views show what is stored, not the typing
            return False
        changes.initiator = initiator
        self.changed.emit(changes)
        return True

    def erase(self, change: Callable[[WriteSession], ChangeSet]) -> bool:
        """Run a removal that is not undoable (``WorkshopDocument.erase``) and forget the undo
        history, whose steps hold the old values; False if it failed (``failed`` tells)."""
        if self.read_only:
            self.failed.emit(describe_error(ReadOnlyError(self.document.path)))
            return False
        try:
            self.document.erase(change)
        except DocumentError as error:
            log.warning("removal failed: %s", error)
            self.failed.emit(describe_error(error))
            return False
        finally:  # undoing an older step must not write old values back
            self.undo_stack.clear()
            self.changed.emit(ChangeSet.reload())
        return True

    def close(self) -> None:
        """Forget the undo history and close the file."""
        self.undo_stack.clear()
        self.document.close()


@dataclass(frozen=True)
class Replay:
    """The initiator of an edit undone or redone (not the first time it was done): the main
    window then shows where it acted (``ui/undo_navigation.py``)."""

    text: str
    undone: bool


class EditCommand(QUndoCommand):
    """One operation's edit on the undo stack: redo applies it, undo its inverse.

    A command whose write fails marks itself obsolete, so the stack never holds a step that
    did not happen. The first redo (the push) names the view that made the edit."""

    def __init__(
        self,
        controller: DocumentController,
        text: str,
        edit: Edit,
        *,
        initiator: object | None = None,
        merge: bool = False,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.edit = edit
        self._initiator = initiator
        self._merge = merge
        self._done_once = False

    def _run(self, forward: bool) -> None:
        if not self.edit:  # nothing to do: Qt drops an obsolete command instead of keeping it
            self.setObsolete(True)
            return
        initiator = self._initiator if not self._done_once else Replay(self.text(), not forward)
        self._done_once = True
        if not self.controller.apply(lambda s: self.edit.apply(s, forward=forward), initiator):
            self.setObsolete(True)

    def redo(self) -> None:
        self._run(True)

    def undo(self) -> None:
        self._run(False)

    def id(self) -> int:
        return MERGE_TEXT_EDIT if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing into the same field of the same row is one undo step."""
        if not (isinstance(other, EditCommand) and self.edit.absorb(other.edit)):
            return False
        if self.edit.undoes_itself():
            self.setObsolete(True)
        return True


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
