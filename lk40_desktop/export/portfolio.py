"""The effort/benefit portfolio (2×2) as a matplotlib figure: embedded in the scoring page
and written to PNG/SVG (and later the Word paper) from the same code."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lk40_desktop.export.raster import save_figure
from lk40_desktop.export.text import drawable
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services.scoring.arithmetic import ScoringResult
from lk40_desktop.services.scoring.evaluation import ProposalInfo

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_LABEL = 24


def _short(title: str) -> str:
    return title if len(title) <= MAX_LABEL else title[: MAX_LABEL - 1] + "…"


def portfolio_figure(
    proposals: Sequence[ProposalInfo],
    result: ScoringResult,
    *,
    language: str = "de",
    size_by: str = "cost",
    figure: Figure | None = None,
) -> Figure:
    """Draw the portfolio into ``figure`` (a new one if None) and return it."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    figure = figure or Figure(figsize=(10, 7.5), layout="constrained")
    figure.clear()
    axes = figure.add_subplot()
    words = Words(language)
    for x, y, key, color in (  # high benefit at the top, high effort on the right
        (0, 50, "portfolio_quick_wins", "#e3f4e1"),
        (50, 50, "portfolio_big_bets", "#fff4dc"),
        (0, 0, "portfolio_fill_ins", "#f2f2f2"),
        (50, 0, "portfolio_money_pits", "#fde7e7"),
    ):
        axes.add_patch(_rectangle(x, y, color))
        axes.text(
            x + (2 if x == 0 else 48),
            y + (48 if y == 50 else 2),
            words[key],
            ha="left" if x == 0 else "right",
            va="top" if y == 50 else "bottom",
            fontsize=13,
            fontweight="bold",
            color="#555555",
            zorder=1,
        )
    axes.axhline(50, color="#9e9e9e", linewidth=1, zorder=1)
    axes.axvline(50, color="#9e9e9e", linewidth=1, zorder=1)
    sizes = _sizes(proposals, size_by)
    shown = [
        i
        for i, _info in enumerate(proposals)
        if not (math.isnan(result.effort[i]) or math.isnan(result.benefit[i]))
    ]
    fields: dict[str, str] = {}
    for index in shown:
        fields.setdefault(proposals[index].field_name or "–", proposals[index].field_color)
    axes.scatter(
        [result.effort[i] for i in shown],
        [result.benefit[i] for i in shown],
        s=[sizes[i] for i in shown],
        c=[proposals[i].field_color for i in shown],
        alpha=0.75,
        edgecolors="white",
        linewidths=1.2,
        zorder=3,
    )
    for index in shown:
        axes.annotate(
            _short(proposals[index].title),
            (result.effort[index], result.benefit[index]),
            xytext=(0, -math.sqrt(sizes[index]) / 2 - 2),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=7,
            zorder=4,
        )
    axes.set_xlim(0, 100)
    axes.set_ylim(0, 100)
    axes.set_xlabel(words["effort"] + " →", fontsize=11)
    axes.set_ylabel(words["benefit"] + " →", fontsize=11)
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=9, color=color, label=name)
        for name, color in fields.items()
    ]
    axes.legend(
        handles=handles,
        loc="center left",
        bbox_to_anchor=(1.01, 0.5),
        fontsize=8,
        frameon=False,
        title=words.get(f"size_by_{size_by}"),
        title_fontsize=8,
    )
    return drawable(figure)


def _rectangle(x: float, y: float, color: str):  # type: ignore[no-untyped-def]
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), 50, 50, color=color, zorder=0)


def _sizes(proposals: Sequence[ProposalInfo], size_by: str) -> list[float]:
    """Bubble areas: proportional to cost (or votes), from 60 to 900 points²."""
    values = [(p.cost_eur or 0.0) if size_by == "cost" else float(p.votes) for p in proposals]
    largest = max(values, default=0.0) or 1.0
    return [60.0 + 840.0 * value / largest for value in values]


def render_portfolio(
    proposals: Sequence[ProposalInfo],
    result: ScoringResult,
    target: Path,
    *,
    language: str = "de",
    size_by: str = "cost",
    dpi: int = 200,
) -> None:
    """Write the portfolio as PNG or SVG (by suffix), atomically."""
    save_figure(
        portfolio_figure(proposals, result, language=language, size_by=size_by), target, dpi
    )
