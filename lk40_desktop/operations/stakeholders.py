"""Edits of the stakeholder analysis: stakeholders with their workshops, their place on the
influence/interest map, and the relations drawn between them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import (
    Edit,
    EditRefusedError,
    Refusal,
    change,
    create,
    delete,
    refuse_empty,
)
from lk40_desktop.services.project import current_workshop
from lk40_desktop.services.stakeholders.data import deletion_plan, read_stakeholders, workshop_links
from lk40_desktop.services.stakeholders.grid import SCALE_MAX, SCALE_MIN, snap
from lk40_desktop.store.models import Attitude, new_id

SCALES = ("influence", "interest")
COPIED_FIELDS = (
    "organisation",
    "group_id",
    "influence",
    "interest",
    "attitude",
    "contact_person",
    "contact_details",
    "notes",
)
"""What a duplicate takes over besides its (changed) name and its workshops."""


def add_stakeholder(session: Session, name: str, group_id: str | None) -> Edit:
    """A neutral stakeholder in the middle of the grid, attending tonight's workshop if one is
    chosen (``services.project.current_workshop``); ``created`` is its id."""
    refuse_empty({"name": name}, "name")
    stakeholder_id = new_id()
    row = {
        "name": name,
        "group_id": group_id,
        "influence": 3.0,
        "interest": 3.0,
        "attitude": Attitude.NEUTRAL.value,
    }
    workshop_id = current_workshop(session)
    attendance = (
        {new_id(): {"stakeholder_id": stakeholder_id, "workshop_id": workshop_id}}
        if workshop_id
        else {}
    )
    return Edit(
        [create("stakeholder", {stakeholder_id: row}), create("stakeholder_workshop", attendance)],
        created=[stakeholder_id],
    )


def duplicate_stakeholders(session: Session, ids: Sequence[str], name_pattern: str) -> Edit:
    """Copies of stakeholders with their workshop links; a copy is named by
    ``name_pattern`` (the UI's wording, e.g. "{name} (Kopie)"). ``created`` are the copies,
    in the order of ``ids``."""
    copies: dict[str, dict[str, Any]] = {}
    links: dict[str, dict[str, Any]] = {}
    for row in read_stakeholders(session, ids):
        copy_id = new_id()
        copies[copy_id] = {
            "name": name_pattern.format(name=row.name),
            **{name: getattr(row, name) for name in COPIED_FIELDS},
        }
        for workshop_id in sorted(row.workshop_ids):
            links[new_id()] = {"stakeholder_id": copy_id, "workshop_id": workshop_id}
    return Edit(
        [create("stakeholder", copies), create("stakeholder_workshop", links)],
        created=list(copies),
    )


def delete_stakeholders(session: Session, ids: Sequence[str]) -> Edit:
    """Delete stakeholders with their relations (to and from them) and their workshop links,
    as one edit: undo brings all of it back."""
    if not ids:
        return Edit()
    plan = deletion_plan(session, ids)
    return Edit([delete(kind, plan[kind]) for kind in plan])


def set_workshops(session: Session, stakeholder_id: str, workshop_ids: Sequence[str]) -> Edit:
    """Make a stakeholder's participations in live workshops exactly ``workshop_ids``: new
    links for new workshops, the links of the others deleted."""
    current = workshop_links(session, stakeholder_id)
    chosen = set(workshop_ids)
    added = {
        new_id(): {"stakeholder_id": stakeholder_id, "workshop_id": workshop_id}
        for workshop_id in sorted(chosen - set(current))
    }
    removed = [link for workshop_id, link in current.items() if workshop_id not in chosen]
    return Edit([create("stakeholder_workshop", added), delete("stakeholder_workshop", removed)])


def move_on_map(session: Session, values: Mapping[str, tuple[float, float]]) -> Edit:
    """Place stakeholders at {id: (interest, influence)}, snapped to the scale's steps."""
    new = {
        key: {"interest": snap(interest), "influence": snap(influence)}
        for key, (interest, influence) in values.items()
    }
    return Edit([change(session, "stakeholder", new)])


def update_stakeholder(session: Session, stakeholder_id: str, values: Mapping[str, Any]) -> Edit:
    """Set fields of a stakeholder (a cell of the table). An empty name is refused; influence
    and interest are kept on the scale (as the table's spin box does), not rounded to its
    steps."""
    refuse_empty(values, "name")
    new = {
        name: min(SCALE_MAX, max(SCALE_MIN, float(value))) if name in SCALES else value
        for name, value in values.items()
    }
    return Edit([change(session, "stakeholder", {stakeholder_id: new})])


def add_relation(
    session: Session, source_id: str, target_id: str, kind_id: str | None, label: str = ""
) -> Edit:
    """A directed relation between two different stakeholders; ``created`` is its id."""
    del session
    if source_id == target_id:
        raise EditRefusedError(Refusal.SELF_RELATION)
    relation_id = new_id()
    row = {"source_id": source_id, "target_id": target_id, "kind_id": kind_id, "label": label}
    return Edit([create("stakeholder_relation", {relation_id: row})], created=[relation_id])


RELATION_FIELDS = frozenset({"kind_id", "label"})
"""What can be changed of a drawn relation (its ends are the stakeholders it joins)."""


def update_relation(session: Session, relation_id: str, values: Mapping[str, Any]) -> Edit:
    """Another kind or label for a drawn relation (from the map or the list of relations);
    spaces around a label are dropped, an empty label clears it."""
    unknown = set(values) - RELATION_FIELDS
    if unknown:
        raise ValueError(f"a relation's {sorted(unknown)} cannot be changed")
    new = {name: str(value).strip() if name == "label" else value for name, value in values.items()}
    return Edit([change(session, "stakeholder_relation", {relation_id: new})])


def delete_relations(session: Session, ids: Sequence[str]) -> Edit:
    """Delete relations; the stakeholders stay."""
    del session
    return Edit([delete("stakeholder_relation", ids)])
