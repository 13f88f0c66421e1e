"""Rows of a list that the project already has: a stakeholder of the same name and
organisation (``services.matching``, the loose key the merge of group files offers as "the
same as …?"), a card of the same text on the board it goes to — or that an earlier row of the
same list repeats. The user decides each: skip it, merge it into the one there, or keep both."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.orm import Session

from lk40_desktop.services import matching
from lk40_desktop.services.imports.mapping import Kind
from lk40_desktop.services.imports.records import Record
from lk40_desktop.store.models import Idea, Stakeholder
from lk40_desktop.store.queries import live_columns

Choice = Literal["skip", "merge", "keep"]
CHOICES: tuple[Choice, ...] = ("skip", "merge", "keep")

STAKEHOLDER_FIELDS = (
    "name",
    "organisation",
    "group_id",
    "contact_person",
    "contact_details",
    "notes",
)
CARD_FIELDS = ("text", "details", "author_group", "tags")


@dataclass(frozen=True)
class Match:
    """A row of the list that names what the project (or an earlier row) has."""

    number: int
    existing_id: str | None
    """The project's row it names; None when it repeats an earlier row of the list."""
    earlier: int | None
    """The earlier row of the list it repeats (None: it names a row of the project)."""
    label: str
    """What both name, as the user recognises it: "Name (Organisation)", a card's text."""


def key_of(kind: Kind, values: dict[str, Any]) -> matching.Key | None:
    """The loose key of a row's values: a stakeholder's name and organisation, a card's text."""
    if kind == "stakeholder":
        return matching.loose_key("stakeholder", values)
    text = matching.normal(values.get("text"))
    return (text,) if text else None


def existing_rows(session: Session, kind: Kind, field_id: str | None) -> dict[str, dict[str, Any]]:
    """The project's live stakeholders, or the live cards of ``field_id``, by id."""
    if kind == "stakeholder":
        columns = [getattr(Stakeholder, name) for name in STAKEHOLDER_FIELDS]
        query = live_columns(Stakeholder, Stakeholder.id, *columns).order_by(Stakeholder.created_at)
        names: tuple[str, ...] = STAKEHOLDER_FIELDS
    else:
        columns = [getattr(Idea, name) for name in CARD_FIELDS]
        query = live_columns(Idea, Idea.id, *columns).where(Idea.action_field_id == field_id)
        names = CARD_FIELDS
    return {row[0]: dict(zip(names, row[1:], strict=True)) for row in session.execute(query)}


def label(kind: Kind, values: dict[str, Any]) -> str:
    """How the dialog and the report name a row."""
    if kind == "idea":
        return str(values.get("text") or "")
    organisation = values.get("organisation") or ""
    return f"{values['name']} ({organisation})" if organisation else str(values["name"])


def find_matches(
    kind: Kind,
    found: Sequence[Record],
    keys: Sequence[matching.Key | None],
    existing: dict[str, dict[str, Any]],
) -> dict[int, Match]:
    """Row number → what it names, for every record (with its loose key in ``keys``) that
    names a row of the project or repeats an earlier record."""
    here: dict[matching.Key, str] = {}
    for row_id, values in existing.items():
        key = key_of(kind, values)
        if key is not None:
            here.setdefault(key, row_id)
    earlier: dict[matching.Key, int] = {}
    matches: dict[int, Match] = {}
    for record, key in zip(found, keys, strict=True):
        if key is None:
            continue
        if key in here:
            there = here[key]
            matches[record.number] = Match(record.number, there, None, label(kind, existing[there]))
        elif key in earlier:
            matches[record.number] = Match(
                record.number, None, earlier[key], label(kind, record.values)
            )
        else:
            earlier[key] = record.number
    return matches
