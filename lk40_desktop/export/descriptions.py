"""Alternative texts of the paper's pictures, written from the same data the pictures draw
(EN 301 549, 10.1.1.1: every picture that carries information says it in text). A screen
reader reads what a sighted reader takes from the chart: what it shows, how to read it, and
its main finding — the first proposals of the portfolio, who sits in which corner of the
stakeholder map, which proposals start first on the roadmap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from lk40_desktop.export.text import format_number
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services.board.data import CardRow
from lk40_desktop.services.report import ProposalRow, Report
from lk40_desktop.services.roadmap import HORIZONS, quarter_of
from lk40_desktop.services.stakeholders.grid import Quadrant, quadrant

NAMES_PER_QUADRANT = 5
"""Stakeholders a quadrant's sentence names before "…" (the table names all)."""


def _names(names: Sequence[str], words: Words, limit: int) -> str:
    shown = list(names[:limit]) + (["…"] if len(names) > limit else [])
    return words.join(shown) if len(names) <= limit else ", ".join(shown)


def map_description(report: Report, words: Words) -> str:
    """The stakeholder map: how to read it and who sits in each quadrant."""
    data = report.stakeholders
    parts = []
    for quad in Quadrant:
        members = [r.name for r in data.stakeholders if quadrant(r.influence, r.interest) == quad]
        if members:
            names = f"{len(members)} ({_names(members, words, NAMES_PER_QUADRANT)})"
            parts.append(
                words["map_alt_quadrant"].format(quadrant=words.quadrant(quad), names=names)
            )
    return words["map_alt"].format(quadrants="; ".join(parts))


def portfolio_description(report: Report, words: Words, language: str) -> str:
    """The portfolio: how to read it, the quick wins and the first three by score."""
    scored = [p for p in report.ranked() if p.rank is not None]

    def number(value: float) -> str:
        return format_number(value, language, 1)

    top = [
        words["portfolio_alt_entry"].format(
            number=p.number,
            title=p.title,
            score=number(p.total),
            benefit=number(p.benefit),
            effort=number(p.effort),
        )
        for p in scored[:3]
    ]
    wins = [p.title for p in report.quick_wins()]
    return words["portfolio_alt"].format(
        proposals=words.count("n_proposals", len(scored)),
        quick_wins=words["portfolio_alt_quick_wins"].format(titles=words.join(wins))
        if wins
        else words["no_quick_wins"],
        top="; ".join(top),
    )


def roadmap_description(
    proposals: Sequence[ProposalRow], words: Words, start: date, first: int = 3
) -> str:
    """A part of the roadmap: its time axis, how many of each horizon, who starts first."""
    year, quarter = quarter_of(start, 0)
    counts = Counter(p.time_horizon for p in proposals)
    earliest = sorted(proposals, key=lambda p: (p.span.start, p.number))[:first]
    return words["roadmap_alt"].format(
        start=words["quarter_year"].format(quarter=quarter, year=year),
        **{horizon: counts.get(horizon, 0) for horizon in HORIZONS},
        first=words.join([p.title for p in earliest]) or "–",
    )


def board_description(
    field: str, cards: Sequence[CardRow], clusters: int, words: Words, top: int = 3
) -> str:
    """An idea board: how many cards and clusters, and the cards with the most dots."""
    voted = sorted((c for c in cards if c.votes), key=lambda c: -c.votes)[:top]
    best = [f"{c.text} ({words.count('n_votes', c.votes)})" for c in voted]
    return words["board_alt"].format(
        field=field,
        cards=words.count("n_cards", len(cards)),
        clusters=words.count("n_clusters", clusters),
        top=words.join(best) or "–",
    )
