"""Loose natural keys: the fields that name a row for people — a stakeholder by its name and
organisation, a rater by name, a workshop by title and date. Two rows with the same loose key
may be the same thing (a stakeholder typed on two laptops, or already in the project and again
in the county's address list), or two things (two "Müller"): the merge of a group file offers
them as "the same as …?" and the import of a list asks whether to skip, merge or keep both.
Both ask this one matcher.

Names compare without case, surrounding space and doubled spaces."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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
"""Fields that must agree too before two rows count as likely the same (a measure number is
given twice by two groups for two different proposals more often than for one)."""

Key = tuple[str, ...]


def normal(value: object) -> str:
    """A name as it compares: no case, no surrounding or doubled spaces."""
    return " ".join(str(value or "").split()).casefold()


def loose_key(kind: EntityKind, values: Mapping[str, object]) -> Key | None:
    """The normalised naming fields of a row's values (None: the kind has none, or the row no
    name)."""
    fields = LOOSE_KEYS.get(kind)
    if fields is None:
        return None
    key = tuple(normal(values.get(name)) for name in fields)
    return key if key[0] else None


def first_by_key(
    kind: EntityKind, rows: Iterable[tuple[str, Mapping[str, object]]]
) -> dict[Key, str]:
    """Loose key → the id of the first of ``rows`` (id, values) that has it."""
    found: dict[Key, str] = {}
    for row_id, values in rows:
        key = loose_key(kind, values)
        if key is not None:
            found.setdefault(key, row_id)
    return found
