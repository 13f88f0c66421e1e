"""The plan of a merge: three versions of every row — the base (the hand-out, or the group's
last merge), this file ("mine") and the group's file ("theirs") — compared field by field.

A field changed on one side only takes that side's value; changed on both sides to different
values it is a conflict, as is a row deleted on one side and edited on the other, and a row
the merge would leave pointing to a deleted one. Rows new on the other side are added as they
are. Which side a conflict goes to is the caller's choice (``Side``); nothing here writes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, cast

from lk40_desktop.services.merge.matching import Duplicate, duplicates
from lk40_desktop.services.merge.rules import MERGED_KINDS, RULES, TIMESTAMPS, TOMBSTONE
from lk40_desktop.services.merge.snapshot import Row, Snapshot, columns
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import ENTITY_KINDS

Side = Literal["mine", "theirs"]
Prefer = Literal["mine", "theirs", "newer"]
REFERENCE = "→"
"""Prefix of a conflict's field when a row would point to a deleted one ("→cluster_id")."""


@dataclass(frozen=True)
class Conflict:
    """Both sides changed one thing differently: what it is and both values."""

    kind: EntityKind
    row_id: str
    field: str
    """The column; ``deleted_at`` when one side deleted the row and the other edited it;
    ``REFERENCE + column`` when the row would point to a deleted row."""
    base: Any
    mine: Any
    theirs: Any
    mine_at: str
    theirs_at: str
    """When each side last changed the row (their laptops' clocks: shown, and used only when
    the user asks for "newer")."""

    def winner(self, prefer: Prefer) -> Side:
        """The side a rule gives the conflict to ("newer" reads the laptops' clocks)."""
        if prefer == "newer":
            return "theirs" if self.theirs_at > self.mine_at else "mine"
        return prefer


@dataclass
class MergePlan:
    """What a merge would do: rows to add, values to take over, and the conflicts."""

    theirs: Snapshot
    """The group's file as read (the new base of that group once merged)."""
    mine: Snapshot
    added: dict[EntityKind, dict[str, Row]] = field(default_factory=dict)
    taken: dict[EntityKind, dict[str, Row]] = field(default_factory=dict)
    """Row id → the fields that take the other side's value."""
    conflicts: list[Conflict] = field(default_factory=list)
    unified: Counter[EntityKind] = field(default_factory=Counter)
    """Rows both sides made for one thing (a setting, a score cell), kept as one."""
    layout_kept: Counter[EntityKind] = field(default_factory=Counter)
    """Places and orders both sides changed: this file's stayed."""
    duplicates: list[Duplicate] = field(default_factory=list)
    """New rows of both sides that may name the same thing (offered, not decided)."""

    def changed(self) -> Counter[EntityKind]:
        """Rows per kind that take over values of the other side."""
        return Counter({kind: len(rows) for kind, rows in self.taken.items() if rows})

    def counts_added(self) -> Counter[EntityKind]:
        """Rows per kind new from the other side."""
        return Counter({kind: len(rows) for kind, rows in self.added.items() if rows})


def _deleted(row: Row | None) -> bool | None:
    return None if row is None else row[TOMBSTONE] is not None


def _value(row: Row | None, name: str) -> Any:
    if row is None:
        return None
    return _deleted(row) if name == TOMBSTONE else row[name]


def _take(plan: MergePlan, kind: EntityKind, row_id: str, values: Row) -> None:
    plan.taken.setdefault(kind, {}).setdefault(row_id, {}).update(values)


def _edited(row: Row, base: Row, fields: list[str]) -> bool:
    return any(row[name] != base[name] for name in fields if name != TOMBSTONE)


@cache
def _compared(kind: EntityKind) -> tuple[str, ...]:
    """The fields a row's versions are compared by (all but the id and the timestamps)."""
    return tuple(name for name in columns(kind)[1:] if name not in TIMESTAMPS)


def _three_way(
    plan: MergePlan, kind: EntityKind, row_id: str, *, base: Row | None, mine: Row, theirs: Row
) -> None:
    """Compare one row's fields; take what only the other side changed, report the rest."""
    if mine == theirs:
        return  # the same row on both sides (most rows of a merge): nothing to compare
    rule = RULES[kind]
    fields = list(_compared(kind))
    at = (str(mine["modified_at"]), str(theirs["modified_at"]))
    took: Row = {}
    if base is not None and _deleted(mine) != _deleted(theirs):
        # one side deleted the row: the deletion stands unless the other side edited it
        keeper = theirs if _deleted(mine) != _deleted(base) else mine
        if _edited(keeper, base, fields):
            values = (_deleted(base), _deleted(mine), _deleted(theirs))
            plan.conflicts.append(Conflict(kind, row_id, TOMBSTONE, *values, *at))
            fields.remove(TOMBSTONE)
    for name in fields:
        mine_value, theirs_value = _value(mine, name), _value(theirs, name)
        if mine_value == theirs_value:
            continue
        base_value = _value(base, name)
        if base is not None and theirs_value == base_value:
            continue  # only this file changed it
        if base is not None and mine_value == base_value:
            took[name] = theirs[name]
            continue
        if name in rule.layout:
            plan.layout_kept[kind] += 1
            continue
        conflict = Conflict(kind, row_id, name, base_value, mine_value, theirs_value, *at)
        plan.conflicts.append(conflict)
    if took:
        took["modified_at"] = max(at)
        _take(plan, kind, row_id, took)


def _key(kind: EntityKind, row: Row) -> tuple[Any, ...]:
    return tuple(row[name] for name in RULES[kind].natural_key)


def plan_merge(base: Snapshot, mine: Snapshot, theirs: Snapshot) -> MergePlan:
    """Compare every merged kind's rows of the three versions."""
    plan = MergePlan(theirs=theirs, mine=mine)
    for kind in MERGED_KINDS:
        rule = RULES[kind]
        kind_base, kind_mine = base.get(kind, {}), mine.get(kind, {})
        by_key = (
            {_key(kind, row): key for key, row in kind_mine.items() if row[TOMBSTONE] is None}
            if rule.natural_key
            else {}
        )
        for row_id, row in theirs.get(kind, {}).items():
            if rule.is_local(row):
                continue
            if row_id in kind_mine:
                mine_row, base_row = kind_mine[row_id], kind_base.get(row_id)
                _three_way(plan, kind, row_id, base=base_row, mine=mine_row, theirs=row)
            elif row_id in kind_base:
                continue  # a row this file no longer holds at all: nothing to compare with
            elif row[TOMBSTONE] is None and _key(kind, row) in by_key and rule.natural_key:
                same = by_key[_key(kind, row)]
                plan.unified[kind] += 1
                _three_way(
                    plan, kind, same, base=kind_base.get(same), mine=kind_mine[same], theirs=row
                )
            else:
                plan.added.setdefault(kind, {})[row_id] = row
        plan.duplicates += duplicates(kind, plan.added.get(kind, {}), kind_mine, kind_base)
    _check_references(plan)
    return plan


# -- rows that would point to deleted rows -----------------------------------------------------


def references(kind: EntityKind) -> Iterator[tuple[str, EntityKind]]:
    """(column, kind it points to) of each foreign key of a merged kind."""
    for column in ENTITY_KINDS[kind].__table__.columns:
        if column.foreign_keys:
            yield column.name, reference_target(kind, column.name)


def reference_target(kind: EntityKind, column: str) -> EntityKind:
    """The kind a foreign-key column points to."""
    foreign = next(iter(ENTITY_KINDS[kind].__table__.columns[column].foreign_keys))
    return cast("EntityKind", foreign.column.table.name)


def reference_optional(kind: EntityKind, column: str) -> bool:
    """Whether a row may let go of what its column points to (a card leaves a cluster) rather
    than go with it (a score without its proposal)."""
    return bool(ENTITY_KINDS[kind].__table__.columns[column].nullable)


def result_row(plan: MergePlan, kind: EntityKind, row_id: str) -> Row | None:
    """A row as the file would hold it after the merge (conflicts still as this file has
    them)."""
    added = plan.added.get(kind, {}).get(row_id)
    if added is not None:
        return added
    row = plan.mine.get(kind, {}).get(row_id)
    if row is None:
        return None
    return {**row, **plan.taken.get(kind, {}).get(row_id, {})}


Lookup = Callable[[EntityKind, str], Row | None]
"""A row of one version by kind and id (None: that version has no such row)."""


def _dangles(lookup: Lookup, row: Row | None, column: str, target: EntityKind) -> bool:
    """Whether a live row points to a target that is deleted (or missing) in that version."""
    if row is None or row[TOMBSTONE] is not None or row[column] is None:
        return False
    pointed = lookup(target, row[column])
    return pointed is None or pointed[TOMBSTONE] is not None


def _check_references(plan: MergePlan) -> None:
    """A live row the merge leaves pointing to a deleted one is a conflict — unless it pointed
    to a deleted row already on one side (a card keeps its deleted workshop on purpose)."""

    def after(kind: EntityKind, row_id: str) -> Row | None:
        return result_row(plan, kind, row_id)

    # a deletion in conflict may go to the other side: a row here that points to it would
    # then dangle too, so it is checked as if the other side's deletion were taken
    contested = {(c.kind, c.row_id) for c in plan.conflicts if c.field == TOMBSTONE}

    def after_theirs(kind: EntityKind, row_id: str) -> Row | None:
        row = result_row(plan, kind, row_id)
        if row is None or (kind, row_id) not in contested:
            return row
        return {**row, TOMBSTONE: plan.theirs[kind][row_id][TOMBSTONE]}

    def mine(kind: EntityKind, row_id: str) -> Row | None:
        return plan.mine.get(kind, {}).get(row_id)

    def theirs(kind: EntityKind, row_id: str) -> Row | None:
        return plan.theirs.get(kind, {}).get(row_id)

    touched = {
        kind: plan.added.get(kind, {}).keys() | plan.taken.get(kind, {}).keys() for kind in RULES
    }
    for kind in MERGED_KINDS:
        pointers = list(references(kind))
        for row_id in plan.mine.get(kind, {}).keys() | plan.added.get(kind, {}).keys():
            # a row the merge leaves alone is this file's row (no copy made)
            row = after(kind, row_id) if row_id in touched[kind] else mine(kind, row_id)
            for column, target in pointers:
                if row is None:
                    continue
                if (
                    row_id not in touched[kind]
                    and row[column] not in touched[target]
                    and (target, row[column]) not in contested
                ):
                    continue  # the merge changed neither the row nor what it points to
                if not (
                    _dangles(after, row, column, target)
                    or _dangles(after_theirs, row, column, target)
                ):
                    continue
                if _dangles(mine, mine(kind, row_id), column, target) or _dangles(
                    theirs, theirs(kind, row_id), column, target
                ):
                    continue
                at = (
                    str((mine(kind, row_id) or row)["modified_at"]),
                    str((theirs(kind, row_id) or row)["modified_at"]),
                )
                plan.conflicts.append(
                    Conflict(kind, row_id, REFERENCE + column, None, row[column], row[column], *at)
                )
