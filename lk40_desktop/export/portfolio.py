"""The effort/benefit portfolio (2×2) as a matplotlib figure: embedded in the scoring page,
written to PNG/SVG, and drawn for the Word paper at its printed size, from the same code.

On screen its words are the UI's (the scoring page hands them in); in a file, the export's.
Bubbles are coloured by action field and their area follows the cost (or the dots); a solid
ring marks a quick win (``services.scoring.portfolio``: the evaluation decides), a dashed ring
a proposal flagged as a quick win that the evaluation puts elsewhere. The legend below the
chart names the fields, the bubble sizes and both rings.

Labels: on screen, proposal titles where they overprint no other title and no bubble (the
table names every proposal); in the paper, every bubble's number in the ranking (the ranking
table is the key), inside its bubble where it fits, else beside it with a leader line, never
over another number. When all bubbles crowd one part of the chart, the axes zoom to it (in
steps of ten, always showing the quadrants' borders at 50).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from lk40_desktop.export.chart_fit import (
    AXIS_POINTS,
    LABEL_POINTS,
    PAPER,
    QUADRANT_POINTS,
    Box,
    Placer,
    PrintSize,
    legend_below,
    text_widths,
)
from lk40_desktop.export.raster import save_figure
from lk40_desktop.export.text import chart_fonts, chart_text, drawable, format_euro, format_number
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services.contrast import BLACK, WHITE, contrast
from lk40_desktop.services.scoring.arithmetic import ScoringResult, order
from lk40_desktop.services.scoring.evaluation import ProposalInfo
from lk40_desktop.services.scoring.portfolio import MIDPOINT, is_quick_win

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

MAX_LABEL = 24
BUBBLE_ALPHA = 0.8
RING = "#1b1b1b"
QUICK_WIN_RING: dict[str, Any] = {"linewidths": 1.6, "linestyle": "solid"}
OVERRULED_RING: dict[str, Any] = {"linewidths": 1.3, "linestyle": (0, (2.0, 1.5))}
TITLE_ALIGNMENTS = (
    ("center", "top"),
    ("center", "bottom"),
    ("left", "center"),
    ("right", "center"),
)
"""How a title sits below, above, right and left of its bubble."""
SMALLEST_AREA = 40.0
"""Points² of the bubble of the cheapest proposal."""


def _short(title: str) -> str:
    return title if len(title) <= MAX_LABEL else title[: MAX_LABEL - 1] + "…"


PORTFOLIO_WORDS = (
    "portfolio_quick_wins",
    "portfolio_big_bets",
    "portfolio_fill_ins",
    "portfolio_money_pits",
    "effort",
    "benefit",
    "legend_cost",
    "legend_votes",
    "legend_quick_win",
    "legend_flag_overruled",
)
"""The words the portfolio uses (the screen's come from its translations)."""


class Bubble(NamedTuple):
    """A proposal's bubble: its label, centre (effort, benefit), area in points², colour."""

    label: str
    x: float
    y: float
    area: float
    color: str


def portfolio_figure(
    proposals: Sequence[ProposalInfo],
    result: ScoringResult,
    *,
    language: str = "de",
    size_by: str = "cost",
    figure: Figure | None = None,
    words: Mapping[str, str] | None = None,
    label_size: float = LABEL_POINTS,
    numbered: bool = False,
    size: PrintSize = PAPER,
) -> Figure:
    """Draw the portfolio into ``figure`` (a new one of ``size`` if None) and return it;
    ``words`` (keys of PORTFOLIO_WORDS) replace the export words of ``language``;
    ``numbered`` labels each bubble with its number in the ranking instead of its title."""
    from matplotlib.figure import Figure

    shown = [
        i
        for i in range(len(proposals))
        if not (math.isnan(result.effort[i]) or math.isnan(result.benefit[i]))
    ]
    words = words or Words(language)
    legend_rows = _legend_rows(proposals, shown)
    if figure is None:
        height = min(size.max_height, size.width * 0.86 + 0.17 * legend_rows + 0.25)
        figure = Figure(figsize=(size.width, height), layout="constrained")
    figure.clear()
    axes = figure.add_subplot()
    limits = _limits([result.effort[i] for i in shown], [result.benefit[i] for i in shown])
    _quadrants(axes, words, limits)
    sizes = _sizes(proposals, size_by, len(shown))
    numbers = {index: number for number, index in enumerate(order(result.totals), 1)}
    wins = {
        i
        for i in shown
        if is_quick_win(proposals[i].quick_win_flag, result.benefit[i], result.effort[i])
    }
    overruled = {i for i in shown if proposals[i].quick_win_flag and i not in wins}
    for members, ring in (
        ([i for i in shown if i not in wins and i not in overruled], None),
        (sorted(overruled), OVERRULED_RING),
        (sorted(wins), QUICK_WIN_RING),
    ):
        if members:
            axes.scatter(
                [result.effort[i] for i in members],
                [result.benefit[i] for i in members],
                s=[sizes[i] for i in members],
                c=[proposals[i].field_color for i in members],
                alpha=BUBBLE_ALPHA,
                edgecolors=RING if ring else "white",
                zorder=3,
                **(ring or {"linewidths": 0.8}),
            )
    axes.set_xlim(*limits[0])
    axes.set_ylim(*limits[1])
    axes.set_xlabel(words["effort"] + " →", fontsize=AXIS_POINTS)
    axes.set_ylabel(words["benefit"] + " →", fontsize=AXIS_POINTS)
    axes.tick_params(labelsize=LABEL_POINTS)
    _legend(
        figure,
        proposals,
        shown,
        size_by=size_by,
        words=words,
        language=language,
        wins=bool(wins),
        overruled=bool(overruled),
    )
    drawable(figure)
    bubbles = [
        Bubble(
            str(numbers[i]) if numbered else _short(chart_text(proposals[i].title)),
            result.effort[i],
            result.benefit[i],
            sizes[i],
            proposals[i].field_color,
        )
        for i in (sorted(shown, key=numbers.__getitem__) if numbered else shown)
    ]
    if numbered:
        _place_numbers(figure, axes, bubbles, label_size)
    else:
        _place_titles(figure, axes, bubbles, label_size)
    return figure


def _limits(
    efforts: Sequence[float], benefits: Sequence[float]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The axes' ranges: 0–100, or zoomed in steps of ten to where the bubbles are, always
    with room around them and the border at 50 well inside."""

    def span(values: Sequence[float]) -> tuple[float, float]:
        if not values:
            return 0.0, 100.0
        low = max(0.0, min(MIDPOINT - 10, math.floor((min(values) - 6) / 10) * 10))
        high = min(100.0, max(MIDPOINT + 10, math.ceil((max(values) + 6) / 10) * 10))
        return low, high

    return span(efforts), span(benefits)


def _quadrants(
    axes: Axes, words: Mapping[str, str], limits: tuple[tuple[float, float], ...]
) -> None:
    """The four fields in their colours, named in their outer corners."""
    from matplotlib.patches import Rectangle

    (left, right), (bottom, top) = limits
    for low_x, low_y, key, color in (  # high benefit at the top, high effort on the right
        (True, False, "portfolio_quick_wins", "#e3f4e1"),
        (False, False, "portfolio_big_bets", "#fff4dc"),
        (True, True, "portfolio_fill_ins", "#f2f2f2"),
        (False, True, "portfolio_money_pits", "#fde7e7"),
    ):
        x0, x1 = (left, MIDPOINT) if low_x else (MIDPOINT, right)
        y0, y1 = (bottom, MIDPOINT) if low_y else (MIDPOINT, top)
        axes.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, color=color, zorder=0))
        axes.text(
            0.015 if low_x else 0.985,
            0.015 if low_y else 0.985,
            words[key],
            transform=axes.transAxes,
            ha="left" if low_x else "right",
            va="bottom" if low_y else "top",
            fontsize=QUADRANT_POINTS,
            fontweight="bold",
            color="#555555",
            zorder=1,
        )
    axes.axhline(MIDPOINT, color="#9e9e9e", linewidth=0.8, zorder=1)
    axes.axvline(MIDPOINT, color="#9e9e9e", linewidth=0.8, zorder=1)


def _sizes(proposals: Sequence[ProposalInfo], size_by: str, shown: int) -> list[float]:
    """Bubble areas in points², proportional to cost (or votes) above a smallest bubble; the
    largest shrinks as the chart fills (600 up to 20 bubbles, 200 at 180)."""
    largest_area = _largest_area(shown)
    values = _values(proposals, size_by)
    largest = max(values, default=0.0) or 1.0
    return [SMALLEST_AREA + (largest_area - SMALLEST_AREA) * v / largest for v in values]


def _largest_area(shown: int) -> float:
    return max(200.0, 600.0 * math.sqrt(20 / max(shown, 20)))


def _values(proposals: Sequence[ProposalInfo], size_by: str) -> list[float]:
    return [(p.cost_eur or 0.0) if size_by == "cost" else float(p.votes) for p in proposals]


def _nice_steps(largest: float) -> list[float]:
    """Up to three round reference values (1, 2 or 5 × 10ⁿ) for the size key, largest first."""
    if largest <= 0:
        return []
    steps: list[float] = []
    value = largest
    for _ in range(3):
        power = 10 ** math.floor(math.log10(value))
        nice = max(m * power for m in (1, 2, 5) if m * power <= value)
        if steps and nice >= steps[-1]:
            break
        steps.append(float(nice))
        value = nice / 4.5
        if value < 1:
            break
    return steps


def _legend_rows(proposals: Sequence[ProposalInfo], shown: Sequence[int]) -> int:
    fields = len({proposals[i].field_name for i in shown})
    return max(math.ceil(fields / 2), 5)


def _legend(
    figure: Figure,
    proposals: Sequence[ProposalInfo],
    shown: Sequence[int],
    *,
    size_by: str,
    words: Mapping[str, str],
    language: str,
    wins: bool,
    overruled: bool,
) -> None:
    """Below the chart: the fields' colours, the size key and the rings."""
    from matplotlib.lines import Line2D

    fields: dict[str, str] = {}
    for index in shown:
        fields.setdefault(proposals[index].field_name or "–", proposals[index].field_color)
    field_handles = [
        Line2D([], [], marker="o", linestyle="", markersize=7, color=color, label=name)
        for name, color in fields.items()
    ]
    keys: list[Line2D] = []
    values = _values(proposals, size_by)
    largest = max(values, default=0.0)
    largest_area = _largest_area(len(shown))
    for number, step in enumerate(_nice_steps(largest)):
        area = SMALLEST_AREA + (largest_area - SMALLEST_AREA) * step / largest
        label = (
            format_euro(step, language) if size_by == "cost" else format_number(step, language, 0)
        )
        keys.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=math.sqrt(area),
                markerfacecolor="#bdbdbd",
                markeredgecolor="white",
                label=f"{words[f'legend_{size_by}']}: {label}" if number == 0 else label,
            )
        )
    if wins:
        keys.append(_ring(words["legend_quick_win"], dashed=False))
    if overruled:
        keys.append(_ring(words["legend_flag_overruled"], dashed=True))
    # Matplotlib fills a legend column by column: the fields take the first two columns,
    # sizes and rings the third (blank entries fill the columns up).
    rows = max(math.ceil(len(field_handles) / 2), len(keys), 1)
    blank = Line2D([], [], linestyle="", label=" ")
    handles = (
        field_handles
        + [blank] * (2 * rows - len(field_handles))
        + keys
        + [blank] * (rows - len(keys))
    )
    legend_below(figure, handles, handletextpad=0.4, borderaxespad=0.2)


def _ring(label: str, dashed: bool) -> Line2D:
    """A legend entry for a ring: a solid circle, or a dashed line (a dashed circle does
    not draw in a legend's marker)."""
    from matplotlib.lines import Line2D

    if dashed:
        return Line2D(
            [], [], color=RING, linewidth=1.3, linestyle=OVERRULED_RING["linestyle"], label=label
        )
    return Line2D(
        [],
        [],
        marker="o",
        linestyle="",
        markersize=10,
        markerfacecolor="white",
        markeredgecolor=RING,
        markeredgewidth=1.6,
        label=label,
    )


def _settle(figure: Figure) -> None:
    """Run the layout, so that places are measured where the axes end up."""
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)


def _bubble_box(axes: Axes, bubble: Bubble, pixels: float, share: float = 1.0) -> Box:
    x, y = axes.transData.transform((bubble.x, bubble.y))
    radius = math.sqrt(bubble.area) / 2 * pixels * share
    return (x - radius, y - radius, x + radius, y + radius)


def _place_titles(figure: Figure, axes: Axes, bubbles: Sequence[Bubble], size: float) -> None:
    """Each title below, above, right or left of its bubble, where it overprints no title
    placed before it and no bubble; the largest bubbles choose first."""
    _settle(figure)
    pixels = figure.dpi / 72
    boxes = {bubble: _bubble_box(axes, bubble, pixels) for bubble in bubbles}
    placer = Placer(_frame(axes), boxes.values())
    widths = dict(zip(bubbles, text_widths([b.label for b in bubbles], size), strict=True))
    for bubble in sorted(bubbles, key=lambda b: -b.area):
        x, y = axes.transData.transform((bubble.x, bubble.y))
        width, height = (widths[bubble] + 2) * pixels, size * 1.25 * pixels
        gap = (math.sqrt(bubble.area) / 2 + 2) * pixels
        candidates = (
            (x - width / 2, y - gap - height, x + width / 2, y - gap),
            (x - width / 2, y + gap, x + width / 2, y + gap + height),
            (x + gap, y - height / 2, x + gap + width, y + height / 2),
            (x - gap - width, y - height / 2, x - gap, y + height / 2),
        )
        for index, box in enumerate(candidates):
            if placer.place([box], ignore=boxes[bubble]) is not None:
                _label(axes, bubble, box, size=size, color="#202020", align=TITLE_ALIGNMENTS[index])
                break


def _frame(axes: Axes) -> Box:
    extent = axes.get_window_extent()
    return (extent.x0, extent.y0, extent.x1, extent.y1)


def _label(
    axes: Axes,
    bubble: Bubble,
    box: Box,
    *,
    size: float,
    color: str,
    align: tuple[str, str] = ("center", "center"),
) -> None:
    """The text of a placed label, in its box (display units)."""
    ha, va = align
    x = {"center": (box[0] + box[2]) / 2, "left": box[0], "right": box[2]}[ha]
    y = {"center": (box[1] + box[3]) / 2, "bottom": box[1], "top": box[3]}[va]
    data_x, data_y = axes.transData.inverted().transform((x, y))
    axes.annotate(
        bubble.label,
        (data_x, data_y),
        ha=ha,
        va=va,
        fontsize=size,
        color=color,
        zorder=5,
        parse_math=False,  # drawable, whatever the title holds (export.text)
        fontfamily=list(chart_fonts()),
    )


def _ink(color: str) -> str:
    """Black or white on a bubble's colour (as drawn, blended with the light ground)."""
    text = color.lstrip("#")[:6].ljust(6, "0")
    channels = [int(text[i : i + 2], 16) for i in (0, 2, 4)]
    blended = "#" + "".join(
        f"{round(c * BUBBLE_ALPHA + 240 * (1 - BUBBLE_ALPHA)):02x}" for c in channels
    )
    return BLACK if contrast(BLACK, blended) >= contrast(WHITE, blended) else WHITE


def _place_numbers(figure: Figure, axes: Axes, bubbles: Sequence[Bubble], size: float) -> None:
    """Every bubble's number: inside it where it fits and is free, else at the nearest free
    place around it (with a thin leader line), over no other number and no bubble's middle;
    the best ranked choose first."""
    _settle(figure)
    pixels = figure.dpi / 72
    cores = {bubble: _bubble_box(axes, bubble, pixels, 0.45) for bubble in bubbles}
    placer = Placer(_frame(axes), cores.values())
    widths = dict(zip(bubbles, text_widths([b.label for b in bubbles], size), strict=True))
    for bubble in bubbles:
        width, height = (widths[bubble] + 1.5) * pixels, size * 1.1 * pixels
        x, y = axes.transData.transform((bubble.x, bubble.y))
        radius = math.sqrt(bubble.area) / 2 * pixels
        centre = (x - width / 2, y - height / 2, x + width / 2, y + height / 2)
        fits = width < 1.6 * radius and height < 1.5 * radius
        if fits and placer.place([centre], ignore=cores[bubble]):
            _label(axes, bubble, centre, size=size, color=_ink(bubble.color))
            continue
        box = placer.place(_around((x, y), radius, (width, height), pixels), ignore=cores[bubble])
        if box is None:
            continue
        _label(axes, bubble, box, size=size, color="#202020")
        _leader(axes, (x, y), radius, box, 4 * pixels)


def _around(
    centre: tuple[float, float], radius: float, box: tuple[float, float], pixels: float
) -> Iterator[Box]:
    """Label boxes of ``box`` (width, height) around a bubble, nearest first: rings of 12
    directions."""
    (x, y), (width, height) = centre, box
    for step in range(12):
        distance = radius + 1.5 * pixels + step * 3.5 * pixels
        for turn in range(12):
            angle = math.pi * (turn / 6 + (0.5 if turn % 2 else 0) / 6)
            cx = x + math.cos(angle) * (distance + width / 2)
            cy = y + math.sin(angle) * (distance + height / 2)
            yield (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def _leader(axes: Axes, centre: tuple[float, float], radius: float, box: Box, gap: float) -> None:
    """A thin line from the bubble's edge to a label set more than ``gap`` away from it."""
    bx, by = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    distance = math.hypot(bx - centre[0], by - centre[1])
    half = max(box[2] - box[0], box[3] - box[1]) / 2
    if distance <= radius + half + gap:  # right beside its bubble: no line needed
        return
    start = (
        centre[0] + (bx - centre[0]) * radius / distance,
        centre[1] + (by - centre[1]) * radius / distance,
    )
    end = (
        bx - (bx - centre[0]) * half / distance,
        by - (by - centre[1]) * half / distance,
    )
    inverse = axes.transData.inverted()
    (x0, y0), (x1, y1) = inverse.transform(start), inverse.transform(end)
    axes.plot([x0, x1], [y0, y1], color="#616161", linewidth=0.5, zorder=4)


def render_portfolio(
    proposals: Sequence[ProposalInfo],
    result: ScoringResult,
    target: Path,
    *,
    language: str = "de",
    size_by: str = "cost",
    dpi: int = 300,
) -> None:
    """Write the portfolio as PNG or SVG (by suffix), atomically."""
    save_figure(
        portfolio_figure(proposals, result, language=language, size_by=size_by), target, dpi
    )
