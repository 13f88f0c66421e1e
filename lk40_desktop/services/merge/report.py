"""The report of a merge: per kind what was added, taken over, unified, kept in place and
decided — shown after the merge and kept in the project (setting ``merge.log``), newest last."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from lk40_desktop.services.merge.clocks import ClockCheck
from lk40_desktop.services.merge.matching import Duplicate
from lk40_desktop.services.merge.numbering import renumbered
from lk40_desktop.services.merge.plan import Conflict, MergePlan, Side
from lk40_desktop.services.merge.rules import MERGE_LOG_KEY
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.queries import setting_value


@dataclass(frozen=True)
class MergeReport:
    """One merge, counted per kind."""

    at: str
    source: str
    group: str
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    unified: dict[str, int] = field(default_factory=dict)
    layout_kept: dict[str, int] = field(default_factory=dict)
    mine: dict[str, int] = field(default_factory=dict)
    """Conflicts per kind decided for this file."""
    theirs: dict[str, int] = field(default_factory=dict)
    """Conflicts per kind decided for the group's file."""
    alike: dict[str, int] = field(default_factory=dict)
    """New entries that look like entries here, kept apart (not confirmed as the same)."""
    renumbered: dict[str, int] = field(default_factory=dict)
    """New proposals whose measure number was taken here, numbered anew."""
    clocks: dict[str, int] = field(default_factory=dict)
    """The group's new and changed rows whose time cannot be right, by doubt ("future",
    "before_handout"): its laptop's clock was off, so "newer" was not to be trusted."""

    def lines(self) -> list[str]:
        """The report as plain lines (the command line's output, a report file)."""
        parts = [
            ("added", self.added),
            ("changed", self.changed),
            ("unified", self.unified),
            ("places kept", self.layout_kept),
            ("conflicts kept here", self.mine),
            ("conflicts taken from the group", self.theirs),
            ("kept apart though alike", self.alike),
            ("numbered anew", self.renumbered),
            ("doubtful times of the group's laptop", self.clocks),
        ]
        head = f"{self.group or '–'} ({self.source}), {self.at}:"
        body = [
            f"  {name}: " + ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
            for name, counts in parts
            if counts
        ]
        return [head, *(body or ["  nothing to merge"])]


def report_of(
    plan: MergePlan,
    sides: Mapping[Conflict, Side],
    same: Sequence[Duplicate],
    *,
    source: str,
    group: str,
    moment: datetime,
    clocks: ClockCheck = ClockCheck(),  # noqa: B008 - frozen, never changed
) -> MergeReport:
    """Count what a merge with these decisions (and confirmed duplicates) does."""
    decided: dict[Side, Counter[str]] = {"mine": Counter(), "theirs": Counter()}
    for conflict, side in sides.items():
        decided[side][conflict.kind] += 1
    added: Counter[EntityKind] = plan.counts_added()
    unified: Counter[EntityKind] = Counter(plan.unified)
    alike: Counter[EntityKind] = Counter(duplicate.kind for duplicate in plan.duplicates)
    unified_ids = {duplicate.theirs_id for duplicate in same}
    proposals = {
        key: row for key, row in plan.added.get("proposal", {}).items() if key not in unified_ids
    }
    numbered = len(renumbered(plan.mine, proposals))
    for duplicate in same:
        added[duplicate.kind] -= 1
        unified[duplicate.kind] += 1
        alike[duplicate.kind] -= 1
    return MergeReport(
        at=moment.isoformat(timespec="seconds"),
        source=source,
        group=group,
        added=_plain(+added),
        changed=_plain(plan.changed()),
        unified=_plain(unified),
        layout_kept=_plain(plan.layout_kept),
        mine=dict(decided["mine"]),
        theirs=dict(decided["theirs"]),
        alike=_plain(+alike),
        renumbered={"proposal": numbered} if numbered else {},
        clocks=clocks.counts(),
    )


def _plain(counts: Mapping[EntityKind, int]) -> dict[str, int]:
    return {str(kind): count for kind, count in counts.items()}


def merge_log(session: Session) -> list[MergeReport]:
    """The reports of the merges made into this file, oldest first."""
    text = setting_value(session, MERGE_LOG_KEY)
    return [MergeReport(**entry) for entry in json.loads(text)] if text else []


def logged(session: Session, report: MergeReport) -> str:
    """The log's new value with ``report`` appended."""
    entries = [asdict(entry) for entry in merge_log(session)] + [asdict(report)]
    return json.dumps(entries, ensure_ascii=False)
