"""Which score rows exist, found by their cells or by what they score: what the score
operations change or delete. No NumPy here, so that the board can delete proposals with their
scores without loading the scoring arithmetic."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk40_desktop.store.models import Score
from lk40_desktop.store.queries import live_columns

Cell = tuple[str, str]
"""(proposal id, criterion id): one cell of the matrix."""


def score_ids(session: Session, rater_id: str, cells: Collection[Cell]) -> dict[Cell, str]:
    """The live score row of one rater in each of these cells that has one."""
    wanted = set(cells)
    query = live_columns(Score, Score.id, Score.proposal_id, Score.criterion_id).where(
        Score.rater_id == rater_id,
        Score.proposal_id.in_({proposal for proposal, _criterion in wanted}),
        Score.criterion_id.in_({criterion for _proposal, criterion in wanted}),
    )
    return {
        (proposal, criterion): score_id
        for score_id, proposal, criterion in session.execute(query)
        if (proposal, criterion) in wanted
    }


def scores_of(
    session: Session, *, proposal_ids: Collection[str] = (), criterion_ids: Collection[str] = ()
) -> list[str]:
    """The live scores of any of these proposals or criteria (of every rater)."""
    return list(
        session.scalars(
            live_columns(Score, Score.id).where(
                Score.proposal_id.in_(proposal_ids) | Score.criterion_id.in_(criterion_ids)
            )
        )
    )


def score_cells(session: Session, ids: Collection[str]) -> list[tuple[str, str, str]]:
    """(proposal id, criterion id, rater id) of score rows, live or not: where a score that
    an undo took away was, so the matrix can show the cell."""
    query = select(Score.proposal_id, Score.criterion_id, Score.rater_id).where(
        Score.id.in_(list(ids))
    )
    return [(proposal, criterion, rater) for proposal, criterion, rater in session.execute(query)]
