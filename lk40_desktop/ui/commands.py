"""Undo commands: the only way the GUI changes a project.

A command is a list of steps, each a generic edit of one entity kind (create, set fields,
delete). Redo applies the steps in order and undo their inverses in reverse order, each in a
single transaction, so an edit that spans kinds (a stakeholder and its relations) is one
undo step and never half done. Editors build commands from steps, not new write paths.
A command whose write fails marks itself obsolete, so the stack never holds a step that
did not happen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from lk40_desktop.services import edits
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController

Values = Mapping[str, Any]

MERGE_TEXT_EDIT = 4001
"""Command id of typing into one field: consecutive keystrokes merge into one undo step."""


@dataclass
class Step:
    """One generic edit of one entity kind and its exact inverse."""

    kind: str
    action: str
    """"create" (``rows``), "set" (``new`` and ``old`` values) or "delete" (``ids``)."""
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    new: dict[str, dict[str, Any]] = field(default_factory=dict)
    old: dict[str, dict[str, Any]] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)

    def apply(self, session: Session, *, forward: bool) -> ChangeSet:
        """Run the step (``forward``) or its inverse."""
        if self.action == "create":
            if forward:
                return edits.create(session, self.kind, self.rows)
            return edits.set_deleted(session, self.kind, self.rows, True)
        if self.action == "set":
            return edits.set_fields(session, self.kind, self.new if forward else self.old)
        return edits.set_deleted(session, self.kind, self.ids, forward)


def create_step(kind: str, rows: Mapping[str, Values]) -> Step:
    """Create rows with fixed ids (redo after undo revives the same rows)."""
    return Step(kind, "create", rows={key: dict(values) for key, values in rows.items()})


def delete_step(kind: str, ids: Sequence[str]) -> Step:
    """Tombstone rows; undo brings them back unchanged."""
    return Step(kind, "delete", ids=list(ids))


def set_step(controller: DocumentController, kind: str, new: Mapping[str, Values]) -> Step:
    """Set fields; the current values are read now so that undo restores them."""
    with controller.document.reading() as session:
        old = edits.read_fields(session, kind, new)
    return Step(kind, "set", new={key: dict(values) for key, values in new.items()}, old=old)


class EditCommand(QUndoCommand):
    """An undoable edit made of steps, applied in one transaction each way."""

    def __init__(
        self,
        controller: DocumentController,
        text: str,
        steps: Sequence[Step],
        *,
        merge: bool = False,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.steps = list(steps)
        self._merge = merge

    def _run(self, change: Callable[[Session], ChangeSet]) -> None:
        if not self.controller.apply(change):
            self.setObsolete(True)

    def redo(self) -> None:
        self._run(lambda session: _apply_all(session, self.steps, forward=True))

    def undo(self) -> None:
        self._run(lambda session: _apply_all(session, self.steps[::-1], forward=False))

    def id(self) -> int:
        return MERGE_TEXT_EDIT if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing into the same field of the same row is one undo step."""
        if not (isinstance(other, EditCommand) and _same_fields(self.steps, other.steps)):
            return False
        for mine, theirs in zip(self.steps, other.steps, strict=True):
            mine.new = theirs.new
        if all(step.new == step.old for step in self.steps):
            self.setObsolete(True)
        return True


def _apply_all(session: Session, steps: Sequence[Step], *, forward: bool) -> ChangeSet:
    changes = ChangeSet()
    for step in steps:
        changes.merge(step.apply(session, forward=forward))
    return changes


def _same_fields(first: Sequence[Step], second: Sequence[Step]) -> bool:
    return len(first) == len(second) and all(
        a.action == b.action == "set"
        and a.kind == b.kind
        and a.new.keys() == b.new.keys()
        and all(a.new[key].keys() == b.new[key].keys() for key in a.new)
        for a, b in zip(first, second, strict=True)
    )


def set_fields_command(
    controller: DocumentController,
    kind: str,
    new_values: Mapping[str, Values],
    text: str,
    *,
    merge: bool = False,
) -> EditCommand:
    """Set fields of rows of one kind."""
    return EditCommand(controller, text, [set_step(controller, kind, new_values)], merge=merge)


def create_command(
    controller: DocumentController,
    kind: str,
    rows: Mapping[str, Values],
    text: str,
) -> EditCommand:
    """Create rows of one kind."""
    return EditCommand(controller, text, [create_step(kind, rows)])


def delete_command(
    controller: DocumentController,
    kind: str,
    ids: Sequence[str],
    text: str,
) -> EditCommand:
    """Delete rows of one kind."""
    return EditCommand(controller, text, [delete_step(kind, ids)])
