"""When each proposal runs, in quarters from the project's start: what the roadmap chart
draws and the paper's roadmap text says.

A proposal has a time horizon (short: within the first year, medium: years two and three,
long: years four and five), not a start date. Its bar starts at its horizon's first quarter,
or after the last proposal it depends on has ended, whichever is later, and lasts as long as
its horizon's window. This is computed here, once, from the report model's data; when
proposals get a start quarter of their own it is read instead of ``HORIZON_WINDOWS[…][0]``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

HORIZONS = ("short", "medium", "long")
HORIZON_WINDOWS: dict[str, tuple[int, int]] = {"short": (0, 4), "medium": (4, 12), "long": (12, 20)}
"""First quarter and the quarter after the last of each horizon, counted from 0."""
QUARTERS_SHOWN = 20
"""Five years of quarters on the roadmap's axis (more when dependencies push bars later)."""


@dataclass(frozen=True)
class Span:
    """Quarters a proposal runs: from ``start`` up to (not including) ``end``."""

    start: int
    end: int


DEFAULT_SPAN = Span(*HORIZON_WINDOWS["medium"])
"""The span of a proposal of unknown horizon without dependencies."""


def schedule(
    horizons: Mapping[str, str], depends_on: Mapping[str, Sequence[str]]
) -> dict[str, Span]:
    """The span of every proposal (id → Span) from its horizon (an unknown horizon counts as
    medium) and the proposals it depends on; a cycle of dependencies is cut where it closes."""
    spans: dict[str, Span] = {}
    visiting: set[str] = set()

    def span_of(proposal_id: str) -> Span:
        if proposal_id in spans:
            return spans[proposal_id]
        visiting.add(proposal_id)
        first, after = HORIZON_WINDOWS.get(horizons[proposal_id], HORIZON_WINDOWS["medium"])
        start = first
        for other in depends_on.get(proposal_id, ()):
            if other in horizons and other not in visiting:
                start = max(start, span_of(other).end)
        visiting.discard(proposal_id)
        spans[proposal_id] = Span(start, start + after - first)
        return spans[proposal_id]

    for proposal_id in horizons:
        span_of(proposal_id)
    return spans


def first_quarter(start: date) -> tuple[int, int]:
    """(year, quarter 1–4) of the quarter the project starts in."""
    return start.year, (start.month - 1) // 3 + 1


def quarter_of(start: date, index: int) -> tuple[int, int]:
    """(year, quarter 1–4) of the ``index``-th quarter (from 0) after the project's start."""
    year, quarter = first_quarter(start)
    quarters = (quarter - 1) + index
    return year + quarters // 4, quarters % 4 + 1
