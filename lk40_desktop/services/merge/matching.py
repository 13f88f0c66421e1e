"""Loose natural keys: rows both sides made separately that may name the same thing — a
stakeholder typed on two laptops, the same rater, a workshop, a criterion, a vocabulary entry,
a measure number two groups both gave. A merge offers them as "the same as …?" instead of
deciding (two "Müller" may be two people); the offer starts ticked only where everything that
names the row agrees (two proposals numbered "BI-04" with different titles are two proposals,
and the group's one is numbered anew: ``renumbered``).

Names compare without case, surrounding space and doubled spaces."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lk40_desktop.services.merge.rules import TOMBSTONE
from lk40_desktop.services.merge.snapshot import Row
from lk40_desktop.store.kinds import EntityKind

LOOSE_KEYS: dict[EntityKind, tuple[str, ...]] = {
    "stakeholder": ("name", "organisation"),
    "rater": ("name",),
    "workshop": ("title", "date"),
    "criterion": ("name",),
    "stakeholder_group": ("name",),
    "relation_kind": ("name",),
    "action_field": ("name",),
    "proposal": ("number",),
}
"""The fields that name a row of these kinds for people."""
ALSO_ALIKE: dict[EntityKind, tuple[str, ...]] = {"proposal": ("title",)}
"""Fields that must agree too before an offer starts ticked."""


@dataclass(frozen=True)
class Duplicate:
    """A row new from the other side that looks like one this file has."""

    kind: EntityKind
    theirs_id: str
    mine_id: str
    likely: bool = True
    """Whether everything that names both rows agrees (the offer starts ticked)."""


def _normal(value: object) -> str:
    return " ".join(str(value or "").split()).casefold()


def loose_key(kind: EntityKind, row: Row) -> tuple[str, ...] | None:
    """The normalised naming fields of a live row (None: the kind has none, or no name)."""
    fields = LOOSE_KEYS.get(kind)
    if fields is None or row[TOMBSTONE] is not None:
        return None
    key = tuple(_normal(row[name]) for name in fields)
    return key if key[0] else None


def duplicates(
    kind: EntityKind, added: Mapping[str, Row], mine: Mapping[str, Row], base: Mapping[str, Row]
) -> list[Duplicate]:
    """The other side's new rows of one kind that name a row this file made since the base."""
    here: dict[tuple[str, ...], str] = {}
    for row_id, row in mine.items():
        key = loose_key(kind, row)
        if key is not None and row_id not in base:
            here.setdefault(key, row_id)
    also = ALSO_ALIKE.get(kind, ())
    found = []
    for row_id, row in added.items():
        key = loose_key(kind, row)
        if key is not None and key in here:
            other = mine[here[key]]
            likely = all(_normal(row[name]) == _normal(other[name]) for name in also)
            found.append(Duplicate(kind, row_id, here[key], likely))
    return found
