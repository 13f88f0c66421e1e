"""The Landkreis 4.0 template: default action fields, stakeholder groups, relation kinds, criteria.

German names are data, not UI strings: they are what the county's project file contains
and what goes into its strategy paper, so they are not translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.store.models import (
    ActionField,
    Criterion,
    Direction,
    PortfolioAxis,
    Project,
    RelationKind,
    StakeholderGroup,
)

DEFAULT_ACTION_FIELDS: tuple[tuple[str, str], ...] = (
    ("Elektromobilität", "#1f77b4"),
    ("Breitband", "#7f3c8d"),
    ("Umwelt und Klima", "#2ca02c"),
    ("Tourismus", "#e6a100"),
    ("Energie", "#d62728"),
    ("Industrie", "#5f6b7a"),
    ("Kleinunternehmer", "#17becf"),
    ("Mittelstand", "#8c564b"),
    ("Soziales Netzwerk Landkreis", "#e377c2"),
)

DEFAULT_STAKEHOLDER_GROUPS: tuple[tuple[str, str], ...] = (
    ("Bürgerinnen und Bürger", "#4e79a7"),
    ("Handwerk", "#f28e2b"),
    ("Schulen und Bildung", "#59a14f"),
    ("Ehrenamt und Vereine", "#e15759"),
    ("Kleinunternehmen", "#76b7b2"),
    ("Mittelstand", "#edc948"),
    ("Industrie", "#9c755f"),
    ("Verwaltung", "#b07aa1"),
    ("Politik", "#ff9da7"),
    ("Institutionen", "#bab0ac"),
    ("Sonstige", "#7f7f7f"),
)

DEFAULT_RELATION_KINDS: tuple[tuple[str, str], ...] = (
    ("Kooperation", "#2ca02c"),
    ("Konflikt", "#d62728"),
    ("Abhängigkeit", "#1f77b4"),
)


@dataclass(frozen=True)
class CriterionSpec:
    """A default criterion of the Landkreis 4.0 scoring matrix."""

    name: str
    weight: float
    direction: Direction
    axis: PortfolioAxis


DEFAULT_CRITERIA: tuple[CriterionSpec, ...] = (
    CriterionSpec("Nutzen für Bürger", 25, Direction.BENEFIT, PortfolioAxis.BENEFIT),
    CriterionSpec("Wirtschaftliche Wirkung", 20, Direction.BENEFIT, PortfolioAxis.BENEFIT),
    CriterionSpec("Beitrag zu Klimazielen", 15, Direction.BENEFIT, PortfolioAxis.BENEFIT),
    CriterionSpec("Umsetzbarkeit", 15, Direction.BENEFIT, PortfolioAxis.EFFORT),
    CriterionSpec("Kosten", 15, Direction.COST, PortfolioAxis.EFFORT),
    CriterionSpec("Zeit bis zur Wirkung", 10, Direction.COST, PortfolioAxis.EFFORT),
)


@dataclass
class ProjectData:
    """What the new-project dialog asks for."""

    county: str = ""
    title: str = "Digitalisierungsstrategie Landkreis 4.0"
    client: str = ""
    start_date: date | None = None
    end_date: date | None = None
    description: str = ""
    language: str = "de"

    def as_values(self) -> dict[str, Any]:
        """The fields as column values of Project."""
        return dict(self.__dict__)


def add_vocabulary(session: Session) -> None:
    """Stakeholder groups and relation kinds: the editable lists every project starts with."""
    for position, (name, color) in enumerate(DEFAULT_STAKEHOLDER_GROUPS):
        session.add(StakeholderGroup(name=name, color=color, position=position))
    for position, (name, color) in enumerate(DEFAULT_RELATION_KINDS):
        session.add(RelationKind(name=name, color=color, position=position))


def fill_blank(session: Session, data: ProjectData) -> None:
    """A blank project: project data and the editable lists, no action fields."""
    session.add(Project(**data.as_values()))
    add_vocabulary(session)


def fill_landkreis_template(session: Session, data: ProjectData) -> None:
    """The Landkreis 4.0 template: the nine action fields and the default criteria."""
    fill_blank(session, data)
    for position, (name, color) in enumerate(DEFAULT_ACTION_FIELDS):
        session.add(ActionField(name=name, color=color, position=position))
    for position, spec in enumerate(DEFAULT_CRITERIA):
        session.add(
            Criterion(
                name=spec.name,
                weight=spec.weight,
                scale_min=0,
                scale_max=5,
                direction=spec.direction.value,
                portfolio_axis=spec.axis.value,
                position=position,
            )
        )
