"""Legacy step builders, kept only while pages move to ``lk40_desktop.operations``.

Every function here wraps the new Edit; nothing new may use it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from lk40_desktop.operations import edit as edits
from lk40_desktop.operations.edit import Edit, Step
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.document import EditCommand as _EditCommand

Values = Mapping[str, Any]
create_step = edits.create
delete_step = edits.delete


def set_step(controller: DocumentController, kind: Any, new: Mapping[str, Values]) -> Step:
    """Set fields; the current values are read now so that undo restores them."""
    with controller.document.reading() as session:
        return edits.change(session, kind, new)


def EditCommand(
    controller: DocumentController, text: str, steps: Sequence[Step], *, merge: bool = False
) -> _EditCommand:
    """An undo command of steps."""
    return _EditCommand(controller, text, Edit(list(steps)), merge=merge)


def set_fields_command(
    controller: DocumentController,
    kind: Any,
    new_values: Mapping[str, Values],
    text: str,
    *,
    merge: bool = False,
) -> _EditCommand:
    """Set fields of rows of one kind."""
    return EditCommand(controller, text, [set_step(controller, kind, new_values)], merge=merge)


def create_command(
    controller: DocumentController, kind: Any, rows: Mapping[str, Values], text: str
) -> _EditCommand:
    """Create rows of one kind."""
    return EditCommand(controller, text, [create_step(kind, rows)])


def delete_command(
    controller: DocumentController, kind: Any, ids: Sequence[str], text: str
) -> _EditCommand:
    """Delete rows of one kind."""
    return EditCommand(controller, text, [delete_step(kind, ids)])
