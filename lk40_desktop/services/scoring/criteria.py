"""The criteria of the scoring matrix as plain rows: what the criteria table lists, what the
matrix evaluates, and what the rules on weights and scales check."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lk40_desktop.services.starter import shown_name
from lk40_desktop.store.models import Criterion
from lk40_desktop.store.queries import live_columns


@dataclass(frozen=True)
class CriterionRow:
    """One criterion with its weight, scale, direction and portfolio axis."""

    id: str
    name: str
    weight: float
    scale_min: int
    scale_max: int
    direction: str
    portfolio_axis: str
    position: int


_COLUMNS = (
    Criterion.id,
    Criterion.name,
    Criterion.weight,
    Criterion.scale_min,
    Criterion.scale_max,
    Criterion.direction,
    Criterion.portfolio_axis,
    Criterion.position,
    Criterion.builtin_key,
)
"""The columns of a CriterionRow, in its order, and the built-in key that names it."""


def load_criteria(session: Session, ids: Collection[str] | None = None) -> list[CriterionRow]:
    """The live criteria in their order (built-in ones named in the read's language); only
    those with these ids when given."""
    query = live_columns(Criterion, *_COLUMNS).order_by(Criterion.position, Criterion.name)
    if ids is not None:
        query = query.where(Criterion.id.in_(ids))
    return [
        CriterionRow(row[0], shown_name(session, "criterion", row[1], row[-1]), *row[2:-1])
        for row in session.execute(query)
    ]
