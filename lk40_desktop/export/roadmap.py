"""The roadmap chart: proposals by time horizon, coloured by action field (matplotlib)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lk40_desktop.export.text import drawable
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services.report import ProposalRow

if TYPE_CHECKING:
    from matplotlib.figure import Figure

HORIZONS = ("short", "medium", "long")
SPANS = {"short": (0.0, 1.0), "medium": (1.0, 3.0), "long": (3.0, 5.0)}
"""Years from the start of the strategy each horizon covers, as bars on the time axis."""
ROWS_PER_PAGE = 36
"""Bars one figure holds while it still fits an A4 page at full text width."""


def roadmap_figures(
    proposals: Sequence[ProposalRow], colors: dict[str | None, str], *, language: str = "de"
) -> list[Figure]:
    """The roadmap as page-sized figures in horizon order: a long list of proposals
    continues on the next figure instead of shrinking to unreadable bars."""
    ordered = _in_horizon_order(proposals)
    chunks = [
        ordered[start : start + ROWS_PER_PAGE] for start in range(0, len(ordered), ROWS_PER_PAGE)
    ]
    return [roadmap_figure(chunk, colors, language=language) for chunk in chunks or [[]]]


def _in_horizon_order(proposals: Sequence[ProposalRow]) -> list[ProposalRow]:
    return sorted(
        proposals,
        key=lambda p: (
            HORIZONS.index(p.time_horizon) if p.time_horizon in HORIZONS else 1,
            p.title,
        ),
    )


def roadmap_figure(
    proposals: Sequence[ProposalRow], colors: dict[str | None, str], *, language: str = "de"
) -> Figure:
    """One bar per proposal on a five-year axis, grouped by horizon."""
    from matplotlib.figure import Figure

    ordered = _in_horizon_order(proposals)
    # Close to the printed size (16 cm), so that 7 pt labels stay 7 pt on paper.
    height = max(2.5, 0.24 * len(ordered) + 1.2)
    figure = Figure(figsize=(7.5, height), layout="constrained")
    axes = figure.add_subplot()
    for row, proposal in enumerate(ordered):
        start, end = SPANS.get(proposal.time_horizon, SPANS["medium"])
        axes.barh(
            row,
            end - start,
            left=start,
            color=colors.get(proposal.field_id, "#808080"),
            edgecolor="white",
            height=0.7,
        )
        axes.text(
            start + 0.05,
            row,
            proposal.title,
            va="center",
            fontsize=7,
            fontweight="bold" if proposal.quick_win else "normal",
        )
    axes.set_yticks([])
    axes.invert_yaxis()
    axes.set_xlim(0, 5)
    axes.set_xticks([0.5, 2.0, 4.0])
    words = Words(language)
    axes.set_xticklabels([words[f"horizon_{h}_span"] for h in HORIZONS], fontsize=8)
    for boundary in (1.0, 3.0):
        axes.axvline(boundary, color="#9e9e9e", linewidth=0.8, linestyle="--")
    axes.spines[["top", "right", "left"]].set_visible(False)
    return drawable(figure)
