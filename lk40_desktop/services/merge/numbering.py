"""Measure numbers two groups both gave: a proposal the group's file brings whose number a
proposal here already has (and that the user did not confirm as the same) gets the next free
number of its prefix, so the paper never lists "BI-04" twice. Numbers of deleted proposals
count as taken, as they do when the app numbers (``services.strategy.next_numbers``)."""

from __future__ import annotations

from collections.abc import Mapping

from lk40_desktop.services.merge.snapshot import Row, Snapshot
from lk40_desktop.services.strategy import NUMBER


def renumbered(mine: Snapshot, added: Mapping[str, Row]) -> dict[str, str]:
    """Proposal id → its new number, for the added proposals whose number is taken here."""
    used = {str(row["number"]) for row in mine.get("proposal", {}).values() if row["number"]}
    highest: dict[str, int] = {}
    for number in used | {str(row["number"] or "") for row in added.values()}:
        if match := NUMBER.match(number):
            prefix = match.group(1)
            highest[prefix] = max(highest.get(prefix, 0), int(match.group(2)))
    given: dict[str, str] = {}
    for row_id, row in sorted(added.items(), key=lambda item: str(item[1]["number"])):
        match = NUMBER.match(str(row["number"] or ""))
        if match is None or row["number"] not in used:
            continue
        prefix = match.group(1)
        highest[prefix] += 1
        given[row_id] = f"{prefix}-{highest[prefix]:02d}"
    return given
