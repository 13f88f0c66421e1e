"""Undo commands: the only way the GUI changes a project.

They are generic over entity kinds (set fields, create, delete) so that each editor adds
commands by composing these, not new write paths. A command whose write fails marks
itself obsolete, so the undo stack never holds a step that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from lk40_desktop.services import edits
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController

Values = Mapping[str, Any]

MERGE_TEXT_EDIT = 4001
"""Command id of typing into one field: consecutive keystrokes merge into one undo step."""


class EditCommand(QUndoCommand):
    """Base of every LK40 undo command: runs store functions through the controller."""

    def __init__(self, controller: DocumentController, text: str) -> None:
        super().__init__(text)
        self.controller = controller

    def _run(self, change: Callable[[Session], ChangeSet]) -> None:
        if not self.controller.apply(change):
            self.setObsolete(True)


class SetFieldsCommand(EditCommand):
    """Set fields of one or more rows of one kind; undo restores the previous values."""

    def __init__(
        self,
        controller: DocumentController,
        kind: str,
        new_values: Mapping[str, Values],
        text: str,
        *,
        merge: bool = False,
    ) -> None:
        super().__init__(controller, text)
        self.kind = kind
        self.new_values = {entity_id: dict(values) for entity_id, values in new_values.items()}
        with controller.document.reading() as session:
            self.old_values = {
                entity_id: edits.read_fields(session, kind, entity_id, values)
                for entity_id, values in self.new_values.items()
            }
        self._merge = merge

    def redo(self) -> None:
        self._run(lambda session: edits.set_fields(session, self.kind, self.new_values))

    def undo(self) -> None:
        self._run(lambda session: edits.set_fields(session, self.kind, self.old_values))

    def id(self) -> int:
        return MERGE_TEXT_EDIT if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing into the same field of the same row is one undo step."""
        if not (
            isinstance(other, SetFieldsCommand)
            and other.kind == self.kind
            and _same_shape(other.new_values, self.new_values)
        ):
            return False
        self.new_values = other.new_values
        if self.new_values == self.old_values:
            self.setObsolete(True)
        return True


def _same_shape(first: Mapping[str, Values], second: Mapping[str, Values]) -> bool:
    return first.keys() == second.keys() and all(
        first[key].keys() == second[key].keys() for key in first
    )


class CreateCommand(EditCommand):
    """Create rows (ids fixed up front, so redo after undo revives the same rows)."""

    def __init__(
        self, controller: DocumentController, kind: str, rows: Mapping[str, Values], text: str
    ) -> None:
        super().__init__(controller, text)
        self.kind = kind
        self.rows = {entity_id: dict(values) for entity_id, values in rows.items()}

    def redo(self) -> None:
        self._run(lambda session: edits.create(session, self.kind, self.rows))

    def undo(self) -> None:
        self._run(lambda session: edits.set_deleted(session, self.kind, self.rows, True))


class DeleteCommand(EditCommand):
    """Delete rows (tombstones); undo brings them back unchanged."""

    def __init__(
        self, controller: DocumentController, kind: str, ids: list[str], text: str
    ) -> None:
        super().__init__(controller, text)
        self.kind = kind
        self.ids = list(ids)

    def redo(self) -> None:
        self._run(lambda session: edits.set_deleted(session, self.kind, self.ids, True))

    def undo(self) -> None:
        self._run(lambda session: edits.set_deleted(session, self.kind, self.ids, False))
