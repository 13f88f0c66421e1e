"""Where a row came from: the breakout group whose file a merge brought it in with. Cards,
stakeholders and proposals show it and their lists filter by it, so a facilitator sees after
the merge which group wrote what.

Read as a correlated column of the row's own select (the origin table is indexed by row id),
so a board of 5,000 cards gets its origins in the same query as its cards."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from lk40_desktop.store.models import Base, Origin
from lk40_desktop.store.queries import is_live

HERE = "\x00here"
"""The filter value of rows typed in this file (they have no origin)."""


def origin_column(model: type[Base]) -> Any:
    """A column for a select of ``model``: the group its row came from, or "" (typed here)."""
    group = (
        select(Origin.group)
        .where(Origin.kind == model.__tablename__, Origin.row_id == model.id, is_live(Origin))
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(group, "").label("origin")


def origin_matches(wanted: str, origin: str) -> bool:
    """Whether a row of ``origin`` ("" typed here) passes an origin filter (``""``: any,
    ``HERE``: typed here, else a group's name)."""
    if not wanted:
        return True
    return origin == "" if wanted == HERE else origin == wanted


def origins_of(values: list[str]) -> list[str]:
    """The groups named among rows' origins, sorted."""
    return sorted({value for value in values if value}, key=str.casefold)
