"""The Landkreis 4.0 template: default action fields, stakeholder groups, relation kinds, criteria.

Each row is made from the starter vocabulary (``services.starter``): it stores its German name
and its built-in key, so that it is named in the reader's language until the user renames it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.services.starter import german
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
    ("electromobility", "#1f77b4"),
    ("broadband", "#7f3c8d"),
    ("environment_climate", "#2ca02c"),
    ("tourism", "#e6a100"),
    ("energy", "#d62728"),
    ("industry", "#5f6b7a"),
    ("small_business", "#17becf"),
    ("mid_sized", "#8c564b"),
    ("social_network", "#e377c2"),
)
"""(built-in key, colour) of the nine action fields; names in ``services.starter``."""

DEFAULT_STAKEHOLDER_GROUPS: tuple[tuple[str, str], ...] = (
    ("citizens", "#4e79a7"),
    ("crafts", "#f28e2b"),
    ("education", "#59a14f"),
    ("volunteers", "#e15759"),
    ("small_business", "#76b7b2"),
    ("mid_sized", "#edc948"),
    ("industry", "#9c755f"),
    ("administration", "#b07aa1"),
    ("politics", "#ff9da7"),
    ("institutions", "#bab0ac"),
    ("other", "#7f7f7f"),
)

DEFAULT_RELATION_KINDS: tuple[tuple[str, str], ...] = (
    ("cooperation", "#2ca02c"),
    ("conflict", "#d62728"),
    ("dependency", "#1f77b4"),
)


@dataclass(frozen=True)
class CriterionSpec:
    """A default criterion of the Landkreis 4.0 scoring matrix."""

    key: str
    weight: float
    direction: Direction
    axis: PortfolioAxis


DEFAULT_CRITERIA: tuple[CriterionSpec, ...] = (
    CriterionSpec("citizen_benefit", 25, Direction.BENEFIT, PortfolioAxis.BENEFIT),
    CriterionSpec("economic_impact", 20, Direction.BENEFIT, PortfolioAxis.BENEFIT),
    CriterionSpec("climate", 15, Direction.BENEFIT, PortfolioAxis.BENEFIT),
    CriterionSpec("feasibility", 15, Direction.BENEFIT, PortfolioAxis.EFFORT),
    CriterionSpec("cost", 15, Direction.COST, PortfolioAxis.EFFORT),
    CriterionSpec("time_to_impact", 10, Direction.COST, PortfolioAxis.EFFORT),
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
    for position, (key, color) in enumerate(DEFAULT_STAKEHOLDER_GROUPS):
        session.add(
            StakeholderGroup(
                name=german("stakeholder_group", key),
                builtin_key=key,
                color=color,
                position=position,
            )
        )
    for position, (key, color) in enumerate(DEFAULT_RELATION_KINDS):
        session.add(
            RelationKind(
                name=german("relation_kind", key), builtin_key=key, color=color, position=position
            )
        )


def fill_blank(session: Session, data: ProjectData) -> None:
    """A blank project: project data and the editable lists, no action fields."""
    session.add(Project(**data.as_values()))
    add_vocabulary(session)


def fill_landkreis_template(session: Session, data: ProjectData) -> None:
    """The Landkreis 4.0 template: the nine action fields and the default criteria."""
    fill_blank(session, data)
    for position, (key, color) in enumerate(DEFAULT_ACTION_FIELDS):
        session.add(
            ActionField(
                name=german("action_field", key), builtin_key=key, color=color, position=position
            )
        )
    for position, spec in enumerate(DEFAULT_CRITERIA):
        session.add(
            Criterion(
                name=german("criterion", spec.key),
                builtin_key=spec.key,
                weight=spec.weight,
                scale_min=0,
                scale_max=5,
                direction=spec.direction.value,
                portfolio_axis=spec.axis.value,
                position=position,
            )
        )
