"""Stakeholder analysis without Qt: the rows the table and the map show, quadrants, snapping,
spreading of stakeholders that share a point, filters and duplicate names."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.orm import Session

from lk40_desktop.store.models import (
    RelationKind,
    Stakeholder,
    StakeholderGroup,
    StakeholderRelation,
    StakeholderWorkshop,
    Workshop,
)
from lk40_desktop.store.queries import live, live_columns

SCALE_MIN, SCALE_MAX, SCALE_STEP = 1.0, 5.0, 0.5
MIDPOINT = 3.0
"""Values at or above the midpoint count as high influence/interest."""
UNGROUPED_COLOR = "#9e9e9e"


class Quadrant(StrEnum):
    """The four fields of the influence/interest grid (Mendelow matrix)."""

    MANAGE_CLOSELY = "manage_closely"
    KEEP_SATISFIED = "keep_satisfied"
    KEEP_INFORMED = "keep_informed"
    MONITOR = "monitor"


QUADRANT_LABELS: dict[str, dict[Quadrant, str]] = {
    "de": {
        Quadrant.MANAGE_CLOSELY: "Eng einbinden",
        Quadrant.KEEP_SATISFIED: "Zufriedenstellen",
        Quadrant.KEEP_INFORMED: "Informieren",
        Quadrant.MONITOR: "Beobachten",
    },
    "en": {
        Quadrant.MANAGE_CLOSELY: "Manage closely",
        Quadrant.KEEP_SATISFIED: "Keep satisfied",
        Quadrant.KEEP_INFORMED: "Keep informed",
        Quadrant.MONITOR: "Monitor",
    },
}
"""Quadrant names for exports, in the project's language (the UI translates its own)."""


def quadrant(influence: float, interest: float) -> Quadrant:
    """The grid field of a stakeholder."""
    high_influence, high_interest = influence >= MIDPOINT, interest >= MIDPOINT
    if high_influence:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


def snap(value: float) -> float:
    """Clamp a dragged value to the scale and round it to the scale's step."""
    clamped = min(SCALE_MAX, max(SCALE_MIN, value))
    return round(clamped / SCALE_STEP) * SCALE_STEP


@dataclass
class StakeholderRow:
    """One stakeholder as the table and the map show it."""

    id: str
    name: str
    organisation: str
    group_id: str | None
    influence: float
    interest: float
    attitude: str
    contact_person: str
    contact_details: str
    notes: str
    workshop_ids: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class GroupRow:
    """A stakeholder group of the editable list."""

    id: str
    name: str
    color: str


@dataclass(frozen=True)
class RelationRow:
    """A relation drawn as an arrow."""

    id: str
    source_id: str
    target_id: str
    kind_id: str | None
    label: str


@dataclass(frozen=True)
class KindRow:
    """A relation kind of the editable list."""

    id: str
    name: str
    color: str


@dataclass
class StakeholderData:
    """Everything the stakeholder page and the map renderer need, read in one go."""

    stakeholders: list[StakeholderRow]
    relations: list[RelationRow]
    groups: list[GroupRow]
    kinds: list[KindRow]
    workshops: list[tuple[str, str]]
    """(id, title) of live workshops, in date order."""

    def group(self, group_id: str | None) -> GroupRow | None:
        """A live group by id (None for no group or a deleted one)."""
        return next((group for group in self.groups if group.id == group_id), None)

    def kind(self, kind_id: str | None) -> KindRow | None:
        """A live relation kind by id."""
        return next((kind for kind in self.kinds if kind.id == kind_id), None)


STAKEHOLDER_QUERY = live_columns(
    Stakeholder,
    Stakeholder.id,
    Stakeholder.name,
    Stakeholder.organisation,
    Stakeholder.group_id,
    Stakeholder.influence,
    Stakeholder.interest,
    Stakeholder.attitude,
    Stakeholder.contact_person,
    Stakeholder.contact_details,
    Stakeholder.notes,
).order_by(Stakeholder.name, Stakeholder.created_at)
"""The columns of a StakeholderRow, in its order (its workshops are read separately)."""


def load(session: Session) -> StakeholderData:
    """Read stakeholders, relations and the editable lists (tombstones excluded)."""
    links: dict[str, set[str]] = defaultdict(set)
    workshops = [
        (w_id, title)
        for w_id, title in session.execute(
            live_columns(Workshop, Workshop.id, Workshop.title).order_by(
                Workshop.date.is_(None), Workshop.date, Workshop.title
            )
        )
    ]
    workshop_ids = {w_id for w_id, _title in workshops}
    for stakeholder_id, workshop_id in session.execute(
        live_columns(
            StakeholderWorkshop, StakeholderWorkshop.stakeholder_id, StakeholderWorkshop.workshop_id
        )
    ):
        if workshop_id in workshop_ids:
            links[stakeholder_id].add(workshop_id)
    stakeholders = [StakeholderRow(*row) for row in session.execute(STAKEHOLDER_QUERY)]
    for stakeholder in stakeholders:
        stakeholder.workshop_ids = links[stakeholder.id]
    ids = {row.id for row in stakeholders}
    relations = [
        RelationRow(*row)
        for row in session.execute(
            live_columns(
                StakeholderRelation,
                StakeholderRelation.id,
                StakeholderRelation.source_id,
                StakeholderRelation.target_id,
                StakeholderRelation.kind_id,
                StakeholderRelation.label,
            ).order_by(StakeholderRelation.created_at)
        )
        if row[1] in ids and row[2] in ids
    ]
    groups = [
        GroupRow(*row)
        for row in session.execute(
            live_columns(
                StakeholderGroup, StakeholderGroup.id, StakeholderGroup.name, StakeholderGroup.color
            ).order_by(StakeholderGroup.position)
        )
    ]
    kinds = [
        KindRow(*row)
        for row in session.execute(
            live_columns(
                RelationKind, RelationKind.id, RelationKind.name, RelationKind.color
            ).order_by(RelationKind.position)
        )
    ]
    return StakeholderData(stakeholders, relations, groups, kinds, workshops)


def duplicate_names(rows: Iterable[StakeholderRow]) -> set[str]:
    """Names (case-insensitive, trimmed) that more than one stakeholder has."""
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row.name.strip().casefold()] += 1
    return {name for name, count in counts.items() if count > 1}


def is_duplicate(row: StakeholderRow, duplicates: set[str]) -> bool:
    """Whether a stakeholder's name is one of the duplicates."""
    return row.name.strip().casefold() in duplicates


@dataclass(frozen=True)
class MapFilter:
    """Which stakeholders the map (and table) show; None means no restriction."""

    group_ids: frozenset[str | None] | None = None
    attitudes: frozenset[str] | None = None
    workshop_id: str | None = None
    text: str = ""

    def matches(self, row: StakeholderRow, group_name: str = "") -> bool:
        """Whether a stakeholder passes every set criterion."""
        if self.group_ids is not None and row.group_id not in self.group_ids:
            return False
        if self.attitudes is not None and row.attitude not in self.attitudes:
            return False
        if self.workshop_id is not None and self.workshop_id not in row.workshop_ids:
            return False
        if self.text:
            needle = self.text.casefold()
            haystack = (
                row.name,
                row.organisation,
                group_name,
                row.contact_person,
                row.contact_details,
                row.notes,
            )
            return any(needle in part.casefold() for part in haystack)
        return True


SPREAD_RADIUS = 0.2
"""How far (in scale units) stakeholders sharing one point are moved apart on the map."""


def spread_offsets(rows: Sequence[StakeholderRow]) -> dict[str, tuple[float, float]]:
    """Offsets (interest, influence) that fan out stakeholders sharing the same point.

    Deterministic (by name, then id), so the map looks the same every time; a lone
    stakeholder sits exactly on its values.
    """
    by_point: dict[tuple[float, float], list[StakeholderRow]] = defaultdict(list)
    for row in rows:
        by_point[(row.interest, row.influence)].append(row)
    offsets: dict[str, tuple[float, float]] = {}
    for members in by_point.values():
        members.sort(key=lambda member: (member.name, member.id))
        if len(members) == 1:
            offsets[members[0].id] = (0.0, 0.0)
            continue
        radius = SPREAD_RADIUS * (1 + len(members) / 12)
        for index, member in enumerate(members):
            angle = 2 * math.pi * index / len(members) + math.pi / 4
            offsets[member.id] = (radius * math.cos(angle), radius * math.sin(angle))
    return offsets


ATTITUDE_SYMBOLS = {"supporter": "+", "neutral": "○", "critic": "–"}
ATTITUDE_COLORS = {"supporter": "#2e7d32", "neutral": "#757575", "critic": "#c62828"}
ATTITUDE_LABELS: dict[str, dict[str, str]] = {
    "de": {"supporter": "Unterstützer", "neutral": "Neutral", "critic": "Kritiker"},
    "en": {"supporter": "Supporter", "neutral": "Neutral", "critic": "Critic"},
}
"""Attitude names for exports, in the project's language."""


def group_color(data: StakeholderData, row: StakeholderRow) -> str:
    """The fill colour of a stakeholder's node."""
    group = data.group(row.group_id)
    return group.color if group else UNGROUPED_COLOR


def deletion_plan(session: Session, stakeholder_ids: Iterable[str]) -> dict[str, list[str]]:
    """Everything that goes with deleted stakeholders: their relations and workshop links."""
    ids = set(stakeholder_ids)
    relations = [
        relation.id
        for relation in session.scalars(live(StakeholderRelation))
        if relation.source_id in ids or relation.target_id in ids
    ]
    links = [
        link.id for link in session.scalars(live(StakeholderWorkshop)) if link.stakeholder_id in ids
    ]
    return {
        "stakeholder_relation": relations,
        "stakeholder_workshop": links,
        "stakeholder": sorted(ids),
    }


def workshop_links(session: Session, stakeholder_id: str) -> dict[str, str]:
    """workshop id → link id of one stakeholder's live participations."""
    return {
        link.workshop_id: link.id
        for link in session.scalars(
            live(StakeholderWorkshop).where(StakeholderWorkshop.stakeholder_id == stakeholder_id)
        )
    }
