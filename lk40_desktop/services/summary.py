"""A short summary of a project: what ``lk40 info`` prints and tests compare."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.orm import Session

from lk40_desktop.services.project import get_project
from lk40_desktop.store.models import (
    ActionField,
    Base,
    Criterion,
    Idea,
    Proposal,
    Score,
    Stakeholder,
    StakeholderRelation,
    Workshop,
)
from lk40_desktop.store.queries import live_columns

COUNTED: tuple[type[Base], ...] = (
    ActionField,
    Workshop,
    Stakeholder,
    StakeholderRelation,
    Idea,
    Proposal,
    Criterion,
    Score,
)


@dataclass(frozen=True)
class ProjectSummary:
    """County, title and the number of live rows of the main entity kinds."""

    county: str
    title: str
    counts: dict[str, int]


def summarize(session: Session) -> ProjectSummary:
    """Count what the project holds (tombstones excluded)."""
    project = get_project(session)
    counts = {
        model.__tablename__: int(session.scalar(live_columns(model, func.count())) or 0)
        for model in COUNTED
    }
    return ProjectSummary(project.county, project.title, counts)
