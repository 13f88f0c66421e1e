"""The effort/benefit portfolio's quadrants and the one definition of a quick win.

A proposal's profile carries a quick-win flag, set when the proposal was written; the
evaluation places it on the portfolio later. Where both exist they can disagree (a flagged
proposal among the money pits, an unflagged one in the quick-win quadrant), and a paper that
lists the flag beside a chart that shows the quadrant contradicts itself. The rule here:
**the evaluation decides.** A proposal with both portfolio axes scored is a quick win exactly
when it lies in the quick-win quadrant — benefit at least 50 and effort below 50, on the
numbers as printed (one decimal, half up); a proposal without both axes keeps its flag. The
paper says so, the chart marks the quick wins and the flags it overrules, and the pre-flight
check names every disagreement, so the editor can correct the flag or the scores.
"""

from __future__ import annotations

import math
from enum import StrEnum

from lk40_desktop.services.numbers import half_up

MIDPOINT = 50.0
"""Where the portfolio's axes (0–100) are split into low and high."""
PRINTED_DECIMALS = 1
"""Places of benefit and effort as the paper and the workbook print them."""


class PortfolioQuadrant(StrEnum):
    """The four fields of the effort/benefit portfolio."""

    QUICK_WINS = "quick_wins"
    """High benefit, low effort."""
    BIG_BETS = "big_bets"
    """High benefit, high effort."""
    FILL_INS = "fill_ins"
    """Low benefit, low effort."""
    MONEY_PITS = "money_pits"
    """Low benefit, high effort."""


def portfolio_quadrant(benefit: float, effort: float) -> PortfolioQuadrant | None:
    """The quadrant of a proposal on the printed numbers; None when an axis is not scored."""
    if math.isnan(benefit) or math.isnan(effort):
        return None
    high_benefit = half_up(benefit, PRINTED_DECIMALS) >= MIDPOINT
    low_effort = half_up(effort, PRINTED_DECIMALS) < MIDPOINT
    if high_benefit:
        return PortfolioQuadrant.QUICK_WINS if low_effort else PortfolioQuadrant.BIG_BETS
    return PortfolioQuadrant.FILL_INS if low_effort else PortfolioQuadrant.MONEY_PITS


def is_quick_win(flagged: bool, benefit: float, effort: float) -> bool:
    """Whether a proposal counts as a quick win: the quadrant where both axes are scored,
    the profile's flag otherwise."""
    where = portfolio_quadrant(benefit, effort)
    return flagged if where is None else where is PortfolioQuadrant.QUICK_WINS
