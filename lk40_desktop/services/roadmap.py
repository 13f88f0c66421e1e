"""When each proposal runs, in quarters from the project's start: what the roadmap chart
draws and the paper's roadmap text says.

A proposal has a time horizon (short: within the first year, medium: years two and three,
long: years four and five) and may have a start quarter of its own ("2027-Q2"). Its bar starts
at that quarter — else at its horizon's first quarter — or after the last proposal it depends
on has ended, whichever is later, and lasts as long as its horizon's window. This is computed
here, once, from the report model's data.
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
    horizons: Mapping[str, str],
    depends_on: Mapping[str, Sequence[str]],
    starts: Mapping[str, int] | None = None,
) -> dict[str, Span]:
    """The span of every proposal (id → Span) from its horizon (an unknown horizon counts as
    medium), its own start quarter (``starts``: id → quarter index, see ``quarter_index``) and
    the proposals it depends on; a cycle of dependencies is cut where it closes."""
    own = starts or {}
    spans: dict[str, Span] = {}
    visiting: set[str] = set()

    def span_of(proposal_id: str) -> Span:
        if proposal_id in spans:
            return spans[proposal_id]
        visiting.add(proposal_id)
        first, after = HORIZON_WINDOWS.get(horizons[proposal_id], HORIZON_WINDOWS["medium"])
        start = own.get(proposal_id, first)
        for other in depends_on.get(proposal_id, ()):
            if other in horizons and other not in visiting:
                start = max(start, span_of(other).end)
        visiting.discard(proposal_id)
        spans[proposal_id] = Span(start, start + after - first)  # the horizon's length
        return spans[proposal_id]

    for proposal_id in horizons:
        span_of(proposal_id)
    return spans


def quarter_index(start: date, quarter: str) -> int | None:
    """The quarter "2027-Q2" counted from the project's first quarter (0), or None for no or
    an unreadable quarter; a quarter before the project's start counts as its first."""
    year, _, number = quarter.partition("-Q")
    if not (year.isdigit() and number in ("1", "2", "3", "4")):
        return None
    first_year, first = first_quarter(start)
    return max(0, (int(year) - first_year) * 4 + int(number) - first)


def first_quarter(start: date) -> tuple[int, int]:
    """(year, quarter 1–4) of the quarter the project starts in."""
    return start.year, (start.month - 1) // 3 + 1


def quarter_of(start: date, index: int) -> tuple[int, int]:
    """(year, quarter 1–4) of the ``index``-th quarter (from 0) after the project's start."""
    year, quarter = first_quarter(start)
    quarters = (quarter - 1) + index
    return year + quarters // 4, quarters % 4 + 1
