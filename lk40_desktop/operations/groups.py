"""Breakout groups end to end: hand a group file out, and prepare the merge of one back.

A hand-out writes a copy of the project for a group (contact details left out if asked) and
keeps the same base snapshot in both files. A merge reads the group's file, compares the
three versions (``services.merge.plan``) and offers the edit that brings the group's work in;
the caller decides the conflicts, takes a backup and performs the edit (in the GUI as one
undo step).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, change, perform
from lk40_desktop.operations.merge import log_step, merge_edit, note_handout
from lk40_desktop.operations.privacy import record_copy
from lk40_desktop.services.merge.clocks import ClockCheck, check_clocks
from lk40_desktop.services.merge.files import (
    BaseRow,
    bases,
    project_id,
    read_group_file,
    read_rows,
    shared_base,
)
from lk40_desktop.services.merge.matching import Duplicate
from lk40_desktop.services.merge.plan import Conflict, MergePlan, Side, plan_merge
from lk40_desktop.services.merge.report import MergeReport, logged, report_of
from lk40_desktop.services.merge.rules import MERGE_LOG_KEY
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import Stakeholder, new_id, utc_now
from lk40_desktop.store.queries import live_columns

CONTACT_FIELDS = ("contact_person", "contact_details", "notes")
"""What "ohne Kontaktdaten" empties in a group file (as the export's hand-out option does)."""


def _without_contacts(session: Session) -> Edit:
    ids = list(session.scalars(live_columns(Stakeholder, Stakeholder.id)))
    empty = dict.fromkeys(CONTACT_FIELDS, "")
    return Edit([change(session, "stakeholder", dict.fromkeys(ids, empty))])


def hand_out(
    document: WorkshopDocument, target: Path, group: str, *, without_contacts: bool = False
) -> None:
    """Write ``target``, a group file for ``group``, and keep its base in both files."""
    document.save_copy(target)
    handout_id = new_id()
    copy = WorkshopDocument.open(target)
    try:
        if without_contacts:
            perform(copy, _without_contacts)
        with copy.reading() as session:
            base = read_rows(session)
        perform(copy, lambda s: note_handout(s, handout_id, base, {"": False, group: True}))
    finally:
        copy.close()

    def note_here(session: Session) -> Edit:
        noted = note_handout(session, handout_id, base, {"": False, group: False})
        return Edit([*noted.steps, *record_copy(session, target, "group").steps])

    perform(document, note_here)  # one write: the bases and the group file in the inventory


@dataclass(frozen=True)
class PreparedMerge:
    """A group's file compared with this one: the plan, and how to make it an edit."""

    source: Path
    group: str
    plan: MergePlan
    handout_id: str
    group_base: BaseRow | None
    handed_out_at: str
    """When the base this merge compares with was taken (this file's clock)."""

    def clocks(self) -> ClockCheck:
        """The group's times that cannot be right (its laptop's clock was off)."""
        return check_clocks(self.plan, self.handed_out_at, utc_now())

    def report(
        self, sides: Mapping[Conflict, Side], moment: datetime, same: Sequence[Duplicate] = ()
    ) -> MergeReport:
        """What the merge with these decisions does, counted per kind."""
        return report_of(
            self.plan,
            sides,
            same,
            source=str(self.source),
            group=self.group,
            moment=moment,
            clocks=self.clocks(),
        )

    def edit(
        self,
        session: Session,
        sides: Mapping[Conflict, Side],
        moment: datetime,
        same: Sequence[Duplicate] = (),
    ) -> Edit:
        """The merge with every conflict decided and the confirmed duplicates unified, its
        report added to the file's merge log (one edit: undo takes the report back too)."""
        origin = self.group or self.source.stem
        edit = merge_edit(
            self.plan,
            sides,
            handout_id=self.handout_id,
            group=self.group_base or self.group,
            origin=origin,
            same=same,
        )
        log = logged(session, self.report(sides, moment, same))
        return Edit([*edit.steps, log_step(session, MERGE_LOG_KEY, log)])


def prepare_merge(document: WorkshopDocument, source: Path) -> PreparedMerge:
    """Read ``source`` and compare it with the open file (refused: ``MergeRefusedError``, or
    the DocumentError of a file that cannot be opened)."""
    other = read_group_file(source)
    with document.reading() as session:
        mine_bases, mine_project, mine_rows = (
            bases(session),
            project_id(session),
            read_rows(session),
        )
    base, group_base = shared_base(mine_bases, document.path, mine_project, other)
    plan = plan_merge(base.snapshot(), mine_rows, other.rows)
    return PreparedMerge(
        source, other.group, plan, base.handout_id, group_base, handed_out_at=base.made_at
    )


def backup_before_merge(document: WorkshopDocument, moment: datetime) -> Path:
    """A copy of the file as it is, beside it, before a merge changes it (noted as a copy,
    as it holds the personal data of this moment)."""
    path = document.path
    stem = f"{path.stem} (vor Zusammenführung {moment.astimezone():%Y-%m-%d %H-%M-%S}"
    target = path.with_name(f"{stem}){path.suffix}")
    number = 1
    while target.exists():  # two merges in one second: each keeps its own backup
        number += 1
        target = path.with_name(f"{stem}, {number}){path.suffix}")
    document.save_copy(target)
    perform(document, lambda s: record_copy(s, target, "backup"))
    return target
