"""Edits of the editable lists (stakeholder groups, relation kinds, raters): add, rename,
recolour, delete — the same rules for each list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, change, create, delete, refuse_empty
from lk40_desktop.operations.naming import own_name
from lk40_desktop.services.vocabulary import COLOURED, VocabularyKind
from lk40_desktop.store.models import ENTITY_KINDS, new_id
from lk40_desktop.store.queries import next_position


def add_entry(session: Session, kind: VocabularyKind, name: str) -> Edit:
    """An entry placed last (with the list's default colour); ``created`` is its id, whose
    name the dialog starts editing."""
    refuse_empty({"name": name}, "name")
    entry_id = new_id()
    row = {"name": name, "position": next_position(session, ENTITY_KINDS[kind])}
    return Edit([create(kind, {entry_id: row})], created=[entry_id])


def update_entry(
    session: Session, kind: VocabularyKind, entry_id: str, values: Mapping[str, Any]
) -> Edit:
    """Set fields of an entry (a cell of the list); an empty name is refused, a built-in
    group or relation kind renamed becomes the user's text (``operations.naming``)."""
    refuse_empty(values, "name")
    if kind != "rater":
        values = own_name(session, kind, entry_id, values)
    return Edit([change(session, kind, {entry_id: values})])


def recolour(session: Session, kind: VocabularyKind, ids: Sequence[str], color: str) -> Edit:
    """Give entries one colour; the map and the legend follow."""
    if kind not in COLOURED:
        raise ValueError(f"{kind} entries have no colour")
    return Edit([change(session, kind, {entry_id: {"color": color} for entry_id in ids})])


def delete_entries(session: Session, kind: VocabularyKind, ids: Sequence[str]) -> Edit:
    """Delete entries, and only them: stakeholders, relations and scores keep pointing to
    them (they then read as ungrouped, of no kind, or not counted), so undo restores every
    reference as it was."""
    del session
    return Edit([delete(kind, ids)])
