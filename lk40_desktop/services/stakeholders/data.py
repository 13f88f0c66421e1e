"""The stakeholders, relations and editable lists as the table and the map show them, read in
plain columns; filters and duplicate names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from lk40_desktop.services.origins import origin_column, origin_matches
from lk40_desktop.services.vocabulary import Entry, entries
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import (
    Stakeholder,
    StakeholderRelation,
    StakeholderWorkshop,
    Workshop,
)
from lk40_desktop.store.queries import live_columns


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
    origin: str = ""
    """The breakout group whose file brought the stakeholder ("": typed in this file)."""
    workshop_ids: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class RelationRow:
    """A relation drawn as an arrow."""

    id: str
    source_id: str
    target_id: str
    kind_id: str | None
    label: str


@dataclass
class StakeholderData:
    """Everything the stakeholder page and the map renderer need, read in one go."""

    stakeholders: list[StakeholderRow]
    relations: list[RelationRow]
    groups: list[Entry]
    """The stakeholder groups, in their order."""
    kinds: list[Entry]
    """The relation kinds, in their order."""
    workshops: list[tuple[str, str]]
    """(id, title) of live workshops, in date order."""

    def group(self, group_id: str | None) -> Entry | None:
        """A live group by id (None for no group or a deleted one)."""
        return next((group for group in self.groups if group.id == group_id), None)

    def kind(self, kind_id: str | None) -> Entry | None:
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
    origin_column(Stakeholder),
).order_by(Stakeholder.name, Stakeholder.created_at)
"""The columns of a StakeholderRow, in its order (its workshops are read separately)."""


LIVE_WORKSHOP_IDS = live_columns(Workshop, Workshop.id)
"""A subquery: links to deleted workshops are kept (undo brings them back) but not shown."""


def _participations(
    session: Session, stakeholder_ids: Collection[str] | None = None
) -> dict[str, set[str]]:
    """stakeholder id → the live workshops it took part in (of some stakeholders, or all): a
    deleted workshop keeps its links, so that undoing its deletion brings them back."""
    links: dict[str, set[str]] = defaultdict(set)
    query = live_columns(
        StakeholderWorkshop, StakeholderWorkshop.stakeholder_id, StakeholderWorkshop.workshop_id
    ).where(StakeholderWorkshop.workshop_id.in_(LIVE_WORKSHOP_IDS))
    if stakeholder_ids is not None:
        query = query.where(StakeholderWorkshop.stakeholder_id.in_(list(stakeholder_ids)))
    for stakeholder_id, workshop_id in session.execute(query):
        links[stakeholder_id].add(workshop_id)
    return links


def load(session: Session) -> StakeholderData:
    """Read stakeholders, relations and the editable lists (tombstones excluded)."""
    workshops = [
        (w_id, title)
        for w_id, title in session.execute(
            live_columns(Workshop, Workshop.id, Workshop.title).order_by(
                Workshop.date.is_(None), Workshop.date, Workshop.title
            )
        )
    ]
    links = _participations(session)
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
    groups = entries(session, "stakeholder_group")
    kinds = entries(session, "relation_kind")
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
    origin: str = ""
    """A breakout group's name, ``origins.HERE`` (typed in this file) or "" (any)."""

    def matches(self, row: StakeholderRow, group_name: str = "") -> bool:
        """Whether a stakeholder passes every set criterion."""
        if self.group_ids is not None and row.group_id not in self.group_ids:
            return False
        if self.attitudes is not None and row.attitude not in self.attitudes:
            return False
        if self.workshop_id is not None and self.workshop_id not in row.workshop_ids:
            return False
        if not origin_matches(self.origin, row.origin):
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


@dataclass(frozen=True)
class RelationListRow:
    """A relation as the list of relations shows it: between whom, of which kind, labelled."""

    id: str
    source_name: str
    target_name: str
    kind_id: str | None
    label: str


def relation_list(session: Session) -> list[RelationListRow]:
    """Every relation between live stakeholders, by the names of its ends."""
    data = load(session)
    names = {row.id: row.name for row in data.stakeholders}
    rows = [
        RelationListRow(r.id, names[r.source_id], names[r.target_id], r.kind_id, r.label)
        for r in data.relations
    ]
    return sorted(rows, key=lambda row: (row.source_name.casefold(), row.target_name.casefold()))


def read_stakeholders(session: Session, ids: Iterable[str]) -> list[StakeholderRow]:
    """Some live stakeholders with their workshops, in the order of ``ids`` (an operation on
    a selection reads only the selection, not the whole map)."""
    wanted = list(dict.fromkeys(ids))
    found = {
        row.id: row
        for row in (
            StakeholderRow(*values)
            for values in session.execute(STAKEHOLDER_QUERY.where(Stakeholder.id.in_(wanted)))
        )
    }
    links = _participations(session, list(found))
    for row in found.values():
        row.workshop_ids = links[row.id]
    return [found[key] for key in wanted if key in found]


def deletion_plan(session: Session, stakeholder_ids: Iterable[str]) -> dict[EntityKind, list[str]]:
    """Everything that goes with deleted stakeholders: their relations (either end) and their
    workshop links, read by id."""
    ids = sorted(set(stakeholder_ids))
    relations = session.scalars(
        live_columns(StakeholderRelation, StakeholderRelation.id)
        .where(StakeholderRelation.source_id.in_(ids) | StakeholderRelation.target_id.in_(ids))
        .order_by(StakeholderRelation.created_at)
    )
    links = session.scalars(
        live_columns(StakeholderWorkshop, StakeholderWorkshop.id).where(
            StakeholderWorkshop.stakeholder_id.in_(ids)
        )
    )
    return {
        "stakeholder_relation": list(relations),
        "stakeholder_workshop": list(links),
        "stakeholder": ids,
    }


def workshop_links(session: Session, stakeholder_id: str) -> dict[str, str]:
    """workshop id → link id of one stakeholder's live participations in live workshops (a
    deleted workshop's link is left alone, so that undoing its deletion brings it back)."""
    query = live_columns(
        StakeholderWorkshop, StakeholderWorkshop.workshop_id, StakeholderWorkshop.id
    ).where(
        StakeholderWorkshop.stakeholder_id == stakeholder_id,
        StakeholderWorkshop.workshop_id.in_(LIVE_WORKSHOP_IDS),
    )
    return {str(workshop_id): str(link_id) for workshop_id, link_id in session.execute(query)}
