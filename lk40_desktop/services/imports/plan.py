"""What an import will do, decided before anything is written: which rows become new
stakeholders or cards, which merge into one the project has, which are skipped and why, and
the stakeholder groups the list names that the project lacks. The operation
``operations.imports.import_list`` writes a plan; the dialog and ``lk40 import`` report it.

Merging fills what the project leaves empty (contact person, group; a card's author) and
adds to the contact details and notes (a card's details and tags) what they lack; everything
else stays as the project has it — a workshop's view of a stakeholder is not overwritten by
an address list."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.services import matching
from lk40_desktop.services.bulk import bulk
from lk40_desktop.services.imports.duplicates import (
    Choice,
    Match,
    existing_rows,
    find_matches,
    key_of,
)
from lk40_desktop.services.imports.mapping import JOINERS, Kind
from lk40_desktop.services.imports.records import Noted, Record, Skip, Skipped
from lk40_desktop.services.participants import group_choices
from lk40_desktop.services.starter import LANGUAGES, language_of, names_in
from lk40_desktop.store.limits import TEXT_LIMIT
from lk40_desktop.store.models import new_id

FILLED: dict[Kind, tuple[str, ...]] = {
    "stakeholder": ("contact_person", "group_id"),
    "idea": ("author_group",),
}
"""Fields a merge sets where the project's row leaves them empty."""
ADDED: dict[Kind, tuple[str, ...]] = {
    "stakeholder": ("contact_details", "notes"),
    "idea": ("details", "tags"),
}
"""Fields a merge adds the list's text to, where the project's row lacks it."""


@dataclass(frozen=True)
class ImportRequest:
    """The read list and the user's choices."""

    kind: Kind
    records: list[Record]
    skipped: list[Skipped] = field(default_factory=list)
    noted: list[Noted] = field(default_factory=list)
    choices: dict[int, Choice] = field(default_factory=dict)
    """Row number → what to do with a duplicate; rows not named take ``default``."""
    default: Choice = "skip"
    field_id: str | None = None
    """For ideas: the action field whose board gets the cards."""


@dataclass
class ImportPlan:
    """What the import writes, and what it leaves out and why."""

    kind: Kind
    new: dict[str, dict[str, Any]] = field(default_factory=dict)
    """New id → values (a stakeholder's group as ``group_id``)."""
    numbers: dict[str, int] = field(default_factory=dict)
    """New id → the row of the list it comes from."""
    groups: dict[str, str] = field(default_factory=dict)
    """New stakeholder groups the list names: id → name."""
    merged: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The project's rows that take values of the list: id → the new values."""
    merges: list[Match] = field(default_factory=list)
    kept: list[Match] = field(default_factory=list)
    """Duplicates imported as rows of their own."""
    skipped: list[Skipped] = field(default_factory=list)
    noted: list[Noted] = field(default_factory=list)

    @property
    def cut(self) -> int:
        """How many texts are longer than ``store.limits.TEXT_LIMIT``: the edit cuts them."""
        rows = [*self.new.values(), *self.merged.values()]
        return sum(isinstance(v, str) and len(v) > TEXT_LIMIT for row in rows for v in row.values())


def _merged(kind: Kind, old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``old`` that take values of ``new``."""
    changed: dict[str, Any] = {}
    for name in FILLED[kind]:
        if new.get(name) and not old.get(name):
            changed[name] = new[name]
    for name in ADDED[kind]:
        text, there = new.get(name) or "", old.get(name) or ""
        if text and matching.normal(text) not in matching.normal(there):
            changed[name] = f"{there}{JOINERS[name]}{text}" if there else text
    return changed


def _with_groups(session: Session, plan: ImportPlan, found: list[Record]) -> list[Record]:
    """The records with their group named by id: a group of the project by its name in
    this read's language or in any other (compared as loose keys: a German county's list says
    "Handwerk" to an English facilitator, whose starter group reads "Crafts"), else a new
    group, one per distinct name."""
    known: dict[str, str] = {}
    for language in (language_of(session), *LANGUAGES):
        with names_in(session, language):
            for key, name in group_choices(session):
                known.setdefault(matching.normal(name), key)
    resolved = []
    for record in found:
        values = dict(record.values)
        name = values.pop("group", "")
        if name:
            key = matching.normal(name)
            if key not in known:
                known[key] = new_id()
                plan.groups[known[key]] = name
            values["group_id"] = known[key]
        resolved.append(Record(record.number, values))
    return resolved


@bulk()
def plan_import(session: Session, request: ImportRequest) -> ImportPlan:
    """Decide the import of ``request`` against what the file holds now."""
    kind = request.kind
    plan = ImportPlan(kind, skipped=list(request.skipped), noted=list(request.noted))
    found = (
        _with_groups(session, plan, request.records) if kind == "stakeholder" else request.records
    )
    existing = existing_rows(session, kind, request.field_id)
    keys = [key_of(kind, record.values) for record in found]
    matches = find_matches(kind, found, keys, existing)
    by_key: dict[matching.Key, str] = {}
    for record, key in zip(found, keys, strict=True):
        match = matches.get(record.number)
        choice = request.choices.get(record.number, request.default) if match else "keep"
        if match is not None and choice == "skip":
            reason, detail = (
                (Skip.DUPLICATE, match.label)
                if match.existing_id
                else (Skip.REPEATED, str(match.earlier))
            )
            plan.skipped.append(Skipped(record.number, reason, detail))
            continue
        if match is not None and choice == "merge":
            if match.existing_id is not None:
                old = existing[match.existing_id] | plan.merged.get(match.existing_id, {})
                plan.merged.setdefault(match.existing_id, {}).update(
                    _merged(kind, old, record.values)
                )
            else:
                earlier = by_key[key]  # type: ignore[index]  # a repeat has a key
                plan.new[earlier].update(_merged(kind, plan.new[earlier], record.values))
            plan.merges.append(match)
            continue
        if match is not None:
            plan.kept.append(match)
        row_id = new_id()
        plan.new[row_id] = dict(record.values)
        plan.numbers[row_id] = record.number
        if key is not None:
            by_key.setdefault(key, row_id)
    plan.merged = {key: values for key, values in plan.merged.items() if values}
    plan.skipped.sort(key=lambda skipped: skipped.number)
    return plan
