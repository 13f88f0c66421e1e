"""The edits of breakout groups: the hand-out's base snapshot noted in a file, and a merge as
one undoable edit — the other side's new rows added as they are, the values it changed taken
over, each conflict decided for one side, and the group's new base recorded. Its undo removes
the added rows from the file and puts every changed value back exactly."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, Step
from lk40_desktop.services.merge.files import BaseRow
from lk40_desktop.services.merge.layout import group_frames
from lk40_desktop.services.merge.matching import Duplicate
from lk40_desktop.services.merge.numbering import renumbered
from lk40_desktop.services.merge.plan import (
    REFERENCE,
    Conflict,
    MergePlan,
    Side,
    reference_optional,
    reference_target,
    references,
    result_row,
)
from lk40_desktop.services.merge.rules import MERGED_KINDS, TOMBSTONE
from lk40_desktop.services.merge.snapshot import Row, Snapshot, pack
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import new_id, utc_now
from lk40_desktop.store.queries import setting_row

SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
"""How SQLAlchemy writes a DateTime into SQLite: a merge's own rows are written the same way."""


def sqlite_now() -> str:
    """This moment as the file stores timestamps."""
    return utc_now().strftime(SQLITE_TIME)


def _handout_row(handout_id: str, group: str, own: bool, base: bytes, now: str) -> Row:
    """A ``handout`` row as SQLite holds it."""
    return {
        "handout_id": handout_id,
        "group": group,
        "own": own,
        "made_at": now,
        "base": base,
        "created_at": now,
        "modified_at": now,
        "deleted_at": None,
    }


def note_handout(
    session: Session, handout_id: str, base: Snapshot, groups: Mapping[str, bool]
) -> Edit:
    """Keep a base snapshot in a file, once per entry of ``groups`` (group → own): the
    hand-out's (group "") and a group's, ``own`` in the group's file for the row that says
    which group it is. Packed once for all of them. Not an undo step: a group file once
    handed out stays handed out."""
    del session
    now, packed = sqlite_now(), pack(base)
    rows = {
        new_id(): _handout_row(handout_id, group, own, packed, now) for group, own in groups.items()
    }
    return Edit([Step("handout", "import", rows=rows)])


def _decide_reference(
    plan: MergePlan, conflict: Conflict, side: Side, settle: dict[EntityKind, dict[str, Row]]
) -> None:
    """A row the merge would leave pointing to a deleted one. "theirs" (the side that still
    uses it) brings the target back; "mine" keeps it deleted and lets go of it: an optional
    pointer is cleared (a card leaves the deleted cluster), a row that cannot be without its
    target is dropped (a relation to a deleted stakeholder) — unless the target stays alive
    after all (its deletion by the other side was itself a conflict decided for this file)."""
    column = conflict.field.removeprefix(REFERENCE)
    target, target_id = reference_target(conflict.kind, column), str(conflict.mine)
    if side == "theirs":
        settle.setdefault(target, {}).setdefault(target_id, {})[TOMBSTONE] = None
        return
    decided = settle.get(target, {}).get(target_id, {})
    pointed = result_row(plan, target, target_id)
    deleted = decided[TOMBSTONE] if TOMBSTONE in decided else (pointed or {}).get(TOMBSTONE, "")
    if deleted is None:
        return  # its deletion in conflict stayed undone here: nothing to let go of
    values = settle.setdefault(conflict.kind, {}).setdefault(conflict.row_id, {})
    if reference_optional(conflict.kind, column):
        values[column] = None
    else:
        values[TOMBSTONE] = sqlite_now()


def _unify(
    added: dict[EntityKind, dict[str, Row]],
    settle: dict[EntityKind, dict[str, Row]],
    same: list[Duplicate],
) -> None:
    """Leave out the other side's rows that are the same as rows here, and point what pointed
    to them at the rows here (a card's workshop, a score's rater)."""
    repoint = {duplicate.theirs_id: duplicate.mine_id for duplicate in same}
    for duplicate in same:
        added.get(duplicate.kind, {}).pop(duplicate.theirs_id, None)
    for rows in (added, settle):
        for kind, by_id in rows.items():
            for column, _target in references(kind):
                for row in by_id.values():
                    if row.get(column) in repoint:
                        row[column] = repoint[row[column]]


def _revive_targets(plan: MergePlan, settle: dict[EntityKind, dict[str, Row]]) -> None:
    """A row brought back by a decision ("theirs" for a row deleted here) brings back what it
    points to where this file deleted it and the group kept it (a score, its proposal)."""
    pending = [
        (kind, row_id)
        for kind, rows in settle.items()
        for row_id, values in rows.items()
        if TOMBSTONE in values and values[TOMBSTONE] is None
    ]
    while pending:
        kind, row_id = pending.pop()
        row = result_row(plan, kind, row_id)
        for column, target in references(kind):
            pointed = "" if row is None else str(row.get(column) or "")
            mine = plan.mine.get(target, {}).get(pointed)
            theirs = plan.theirs.get(target, {}).get(pointed)
            decided = settle.get(target, {}).get(pointed, {})
            if (
                mine is not None
                and mine[TOMBSTONE] is not None
                and theirs is not None
                and theirs[TOMBSTONE] is None
                and decided.get(TOMBSTONE, "") is not None
            ):
                settle.setdefault(target, {}).setdefault(pointed, {})[TOMBSTONE] = None
                pending.append((target, pointed))


def merge_edit(
    plan: MergePlan,
    sides: Mapping[Conflict, Side],
    *,
    handout_id: str,
    group: BaseRow | str,
    origin: str,
    same: Iterable[Duplicate] = (),
) -> Edit:
    """The merge as one edit. ``sides`` decides every conflict. The group's file as merged
    becomes that group's base for the next merge: ``group`` is this file's base row of it,
    or the group's name before its first merge here. Every added row is noted as coming
    from ``origin`` (unless the group's file says it came from elsewhere). Each of ``same``
    (the duplicates the user confirmed) is not added: what points to it points to this
    file's row instead. A new proposal whose measure number is taken here is numbered anew."""
    missing = [conflict for conflict in plan.conflicts if conflict not in sides]
    if missing:
        raise ValueError(f"{len(missing)} conflicts are not decided")
    settle: dict[EntityKind, dict[str, Row]] = {}
    for kind, rows in plan.taken.items():
        for row_id, values in rows.items():
            settle.setdefault(kind, {}).setdefault(row_id, {}).update(values)
    for conflict in plan.conflicts:
        side = sides[conflict]
        if conflict.field.startswith(REFERENCE):
            _decide_reference(plan, conflict, side, settle)
        elif side == "theirs":
            theirs = plan.theirs[conflict.kind][conflict.row_id]
            values = settle.setdefault(conflict.kind, {}).setdefault(conflict.row_id, {})
            values[conflict.field] = theirs[conflict.field]
            values["modified_at"] = max(conflict.mine_at, conflict.theirs_at)
    _revive_targets(plan, settle)
    added = {
        kind: {key: dict(row) for key, row in rows.items()} for kind, rows in plan.added.items()
    }
    _unify(added, settle, list(same))
    for proposal_id, number in renumbered(plan.mine, added.get("proposal", {})).items():
        added["proposal"][proposal_id]["number"] = number
    frames, places = group_frames(plan.mine, added, origin, sqlite_now())
    added.setdefault("cluster", {}).update(frames)
    for card_id, values in places.items():
        added["idea"][card_id].update(values)
    steps: list[Step] = []
    for kind in MERGED_KINDS:
        new_rows = added.get(kind, {})
        changes: dict[str, Row] = {}
        for row_id, values in settle.get(kind, {}).items():
            if row_id in new_rows:
                new_rows[row_id].update(values)  # an added row decided in a conflict
            else:
                changes[row_id] = values
        old = {
            row_id: {name: plan.mine[kind][row_id][name] for name in values}
            for row_id, values in changes.items()
        }
        steps.append(Step(kind, "import", rows=new_rows))
        steps.append(Step(kind, "overwrite", new=changes, old=old))
    steps.append(Step("origin", "import", rows=_origins(plan, origin)))
    steps.append(_base_step(plan.theirs, handout_id, group))
    return Edit(steps)


def _origins(plan: MergePlan, group: str) -> dict[str, Row]:
    """An origin row for each added row that has none yet (a card of group A that came here
    through group B's file keeps "Gruppe A")."""
    known = {(row["kind"], row["row_id"]) for row in plan.theirs.get("origin", {}).values()}
    now = sqlite_now()
    return {
        new_id(): {
            "kind": kind,
            "row_id": row_id,
            "group": group,
            "created_at": now,
            "modified_at": now,
            "deleted_at": None,
        }
        for kind, rows in plan.added.items()
        if kind != "origin"
        for row_id in rows
        if (kind, row_id) not in known
    }


def log_step(session: Session, key: str, value: str) -> Step:
    """A setting written so that undo leaves no trace (the merge log): a row the file never
    held is added physically, an existing one overwritten with its old value kept."""
    row = setting_row(session, key)
    now = sqlite_now()
    if row is None:
        values = {"key": key, "value": value, "created_at": now, "modified_at": now}
        return Step("setting", "import", rows={new_id(): {**values, "deleted_at": None}})
    raw = session.connection().exec_driver_sql(
        "SELECT value, modified_at, deleted_at FROM setting WHERE id = ?", (row.id,)
    )
    old_value, old_modified, old_deleted = next(iter(raw))
    new = {"value": value, "modified_at": now, "deleted_at": None}
    old = {"value": old_value, "modified_at": old_modified, "deleted_at": old_deleted}
    return Step("setting", "overwrite", new={row.id: new}, old={row.id: old})


def _base_step(theirs: Snapshot, handout_id: str, group: BaseRow | str) -> Step:
    """The group's file as merged, noted as that group's base (a row made or replaced)."""
    now = sqlite_now()
    if isinstance(group, BaseRow):
        old = {"made_at": group.made_at, "base": group.base}
        new = {"made_at": now, "base": pack(theirs)}
        return Step("handout", "overwrite", new={group.row_id: new}, old={group.row_id: old})
    row = _handout_row(handout_id, group, False, pack(theirs), now)
    return Step("handout", "import", rows={new_id(): row})
