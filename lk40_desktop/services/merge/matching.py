"""Loose natural keys in a merge: rows both sides made separately that may name the same
thing — a stakeholder typed on two laptops, the same rater, a workshop, a criterion, a
vocabulary entry, a measure number two groups both gave. A merge offers them as "the same as
…?" instead of deciding (two "Müller" may be two people); the offer starts ticked only where
everything that names the row agrees (two proposals numbered "BI-04" with different titles
are two proposals, and the group's one is numbered anew: ``merge.numbering``). The keys and
how names compare are ``services.matching``, which the import of lists asks too."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lk40_desktop.services import matching
from lk40_desktop.services.merge.rules import TOMBSTONE
from lk40_desktop.services.merge.snapshot import Row
from lk40_desktop.store.kinds import EntityKind


@dataclass(frozen=True)
class Duplicate:
    """A row new from the other side that looks like one this file has."""

    kind: EntityKind
    theirs_id: str
    mine_id: str
    likely: bool = True
    """Whether everything that names both rows agrees (the offer starts ticked)."""


def loose_key(kind: EntityKind, row: Row) -> tuple[str, ...] | None:
    """The normalised naming fields of a live row (None: the kind has none, or no name)."""
    return None if row[TOMBSTONE] is not None else matching.loose_key(kind, row)


def duplicates(
    kind: EntityKind, added: Mapping[str, Row], mine: Mapping[str, Row], base: Mapping[str, Row]
) -> list[Duplicate]:
    """The other side's new rows of one kind that name a row this file made since the base."""
    here = matching.first_by_key(
        kind,
        (
            (row_id, row)
            for row_id, row in mine.items()
            if row_id not in base and row[TOMBSTONE] is None
        ),
    )
    also = matching.ALSO_ALIKE.get(kind, ())
    found = []
    for row_id, row in added.items():
        key = loose_key(kind, row)
        if key is not None and key in here:
            other = mine[here[key]]
            likely = all(matching.normal(row[n]) == matching.normal(other[n]) for n in also)
            found.append(Duplicate(kind, row_id, here[key], likely))
    return found
