"""Laptop clocks a merge doubts: the times rows carry are only shown (a merge never compares
them), but "jeweils die neuere" goes by them, and a laptop whose clock was wrong that evening
makes them misleading. A time later than now, or earlier than the hand-out the row was changed
after, is flagged — a few minutes' difference between two laptops is not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from lk40_desktop.services.merge.plan import MergePlan
from lk40_desktop.store.models import utc_now

SLACK = timedelta(minutes=5)
"""How far two laptops' clocks may differ before a time is doubted."""

Doubt = Literal["", "future", "before_handout"]


def _parsed(at: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(at))
    except ValueError:
        return None


def doubt(at: object, handed_out: str, now: datetime | None = None) -> Doubt:
    """Why a row's time of change cannot be right ("" when it can): later than ``now`` (UTC,
    naive as stored; this moment by default) or earlier than ``handed_out``, each beyond
    ``SLACK``."""
    moment, start = _parsed(at), _parsed(handed_out)
    if moment is None:
        return ""
    if moment > (now or utc_now()) + SLACK:
        return "future"
    if start is not None and moment < start - SLACK:
        return "before_handout"
    return ""


@dataclass(frozen=True)
class ClockCheck:
    """How many of the group's new and changed rows carry a doubtful time."""

    future: int = 0
    before_handout: int = 0

    def __bool__(self) -> bool:
        return bool(self.future or self.before_handout)

    def counts(self) -> dict[str, int]:
        """The non-zero counts by doubt, for the merge report."""
        found = {"future": self.future, "before_handout": self.before_handout}
        return {name: count for name, count in found.items() if count}


def check_clocks(plan: MergePlan, handed_out: str, now: datetime) -> ClockCheck:
    """Doubtful times among the rows the group's file brings (new, or changed since the base),
    as that laptop stamped them."""
    times = [row["modified_at"] for rows in plan.added.values() for row in rows.values()]
    times += [
        plan.theirs[kind][row_id]["modified_at"]
        for kind, rows in plan.taken.items()
        for row_id in rows
        if row_id in plan.theirs.get(kind, {})
    ]
    times += [conflict.theirs_at for conflict in plan.conflicts]
    found = [doubt(at, handed_out, now) for at in times]
    return ClockCheck(found.count("future"), found.count("before_handout"))
