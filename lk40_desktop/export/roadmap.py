"""The roadmap chart: one bar per proposal on a time axis of quarters from the project's
start (``services.roadmap`` says which quarters), coloured by action field, drawn at its
printed size (matplotlib).

The three horizons are bands across the chart, quarters and years label the axis, and each
bar carries its proposal's title: inside the bar in black or white (whichever contrasts more
with the field's colour) where it fits, else beside the bar in black. A quick win's title
starts with a star. The legend below names the fields and the star. A long list continues on
the next figure instead of shrinking to unreadable bars.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from lk40_desktop.export.chart_fit import (
    LABEL_POINTS,
    PAPER,
    PrintSize,
    legend_below,
    text_widths,
)
from lk40_desktop.export.text import chart_text, drawable
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services.contrast import BLACK, WHITE, contrast
from lk40_desktop.services.report import ProposalRow
from lk40_desktop.services.roadmap import HORIZON_WINDOWS, HORIZONS, QUARTERS_SHOWN, quarter_of

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

ROW_INCHES = 0.2
"""Height of one bar's row: 7 pt text with room above and below."""
FRAME_INCHES = 1.35
"""What a figure needs besides its rows: the bands' names, the axis and the legend."""
STAR = "★ "
ORDERS = ("start", "rank")
"""How the bars are sorted: by their first quarter (then rank), or by rank."""
BAND_COLORS = {"short": "#f4f9f1", "medium": "#f3f6fb", "long": "#fbf5f1"}


def rows_per_figure(size: PrintSize) -> int:
    """How many bars one figure of ``size`` holds within the page's height."""
    return max(5, int((size.max_height - FRAME_INCHES - 0.4) / ROW_INCHES))


def in_order(proposals: Sequence[ProposalRow], order_by: str = "start") -> list[ProposalRow]:
    """The proposals as the roadmap lists them: by start quarter, then rank (the unscored by
    their own order), or by rank alone."""
    if order_by == "rank":
        return sorted(proposals, key=lambda p: p.number)
    return sorted(proposals, key=lambda p: (p.span.start, p.number))


def roadmap_figures(
    proposals: Sequence[ProposalRow],
    colors: Mapping[str | None, str],
    field_names: Mapping[str | None, str],
    *,
    start: date,
    language: str = "de",
    order_by: str = "start",
    size: PrintSize = PAPER,
) -> list[Figure]:
    """The roadmap as page-sized figures."""
    ordered = in_order(proposals, order_by)
    per_figure = rows_per_figure(size)
    chunks = [ordered[i : i + per_figure] for i in range(0, len(ordered), per_figure)] or [[]]
    quarters = max([QUARTERS_SHOWN, *(p.span.end for p in ordered)])
    return [
        roadmap_figure(
            chunk,
            colors,
            field_names,
            start=start,
            language=language,
            size=size,
            quarters=quarters,
        )
        for chunk in chunks
    ]


def roadmap_figure(
    proposals: Sequence[ProposalRow],
    colors: Mapping[str | None, str],
    field_names: Mapping[str | None, str],
    *,
    start: date,
    language: str = "de",
    size: PrintSize = PAPER,
    quarters: int = QUARTERS_SHOWN,
) -> Figure:
    """One bar per proposal (in the order given) over ``quarters`` quarters from ``start``."""
    from matplotlib.figure import Figure

    words = Words(language)
    present = {p.field_id for p in proposals}
    fields_shown = [f for f in field_names if f in present]  # in the project's order
    fields_shown += [None] if None in present else []
    legend_rows = -(-(len(fields_shown) + 1) // 3)
    height = FRAME_INCHES + ROW_INCHES * (max(len(proposals), 1) + legend_rows * 0.9 - 2)
    figure = Figure(figsize=(size.width, min(size.max_height, height)), layout="constrained")
    axes = figure.add_subplot()
    axes.set_xlim(0, quarters)
    axes.set_ylim(max(len(proposals), 1) - 0.5, -1.3)  # room at the top for the bands' names
    _bands(axes, words, quarters)
    _axis(axes, words, start, quarters)
    _bars(figure, axes, proposals, colors, quarters)
    _legend(figure, fields_shown, colors, field_names, words)
    return drawable(figure)


def _bands(axes: Axes, words: Words, quarters: int) -> None:
    """The horizons' windows as light bands, named at the top."""
    for horizon in HORIZONS:
        first, after = HORIZON_WINDOWS[horizon]
        axes.axvspan(first, min(after, quarters), color=BAND_COLORS[horizon], zorder=0)
        axes.text(
            (first + min(after, quarters)) / 2,
            -1.0,
            words.horizon(horizon),
            ha="center",
            va="center",
            fontsize=LABEL_POINTS,
            color="#424242",
            fontstyle="italic",
        )
    for boundary in (4, 12):
        axes.axvline(boundary, color="#9e9e9e", linewidth=0.7, linestyle=(0, (3, 2)), zorder=1)


def _axis(axes: Axes, words: Words, start: date, quarters: int) -> None:
    """Quarters (Q1 … Q4) under each quarter, the year under each year."""
    axes.set_yticks([])
    axes.set_xticks(range(quarters + 1), labels=[""] * (quarters + 1))
    axes.set_xticks([q + 0.5 for q in range(quarters)], minor=True)
    labels = [words["quarter"].format(quarter=quarter_of(start, q)[1]) for q in range(quarters)]
    axes.set_xticklabels(labels, minor=True, fontsize=LABEL_POINTS)
    axes.tick_params(axis="x", which="minor", length=0, pad=2)
    axes.tick_params(axis="x", which="major", length=3)
    years: dict[int, list[int]] = {}
    for q in range(quarters):
        years.setdefault(quarter_of(start, q)[0], []).append(q)
    for year, members in years.items():
        axes.annotate(
            str(year),
            ((members[0] + members[-1] + 1) / 2, 0),
            xycoords=("data", "axes fraction"),
            xytext=(0, -2 * LABEL_POINTS - 2),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=LABEL_POINTS,
            fontweight="bold",
        )
        axes.axvline(members[0], color="#bdbdbd", linewidth=0.5, zorder=1)
    axes.spines[["top", "right", "left"]].set_visible(False)


def _bars(
    figure: Figure,
    axes: Axes,
    proposals: Sequence[ProposalRow],
    colors: Mapping[str | None, str],
    quarters: int,
) -> None:
    """The bars and their titles: inside where the title fits, else beside the bar."""
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)
    points_per_quarter = axes.get_window_extent().width / quarters / (figure.dpi / 72)
    titles = [
        (STAR if p.quick_win else "") + chart_text(p.title).replace("\n", " ") for p in proposals
    ]
    plain, bold = text_widths(titles, LABEL_POINTS), text_widths(titles, LABEL_POINTS, bold=True)
    widths = [bold[i] if p.quick_win else plain[i] for i, p in enumerate(proposals)]
    for row, (proposal, title, width) in enumerate(zip(proposals, titles, widths, strict=True)):
        color = colors.get(proposal.field_id, "#808080")
        span = proposal.span
        axes.barh(
            row,
            span.end - span.start,
            left=span.start,
            height=0.72,
            color=color,
            zorder=2,
            edgecolor="white",
            linewidth=0.5,
        )
        room = (span.end - span.start) * points_per_quarter - 6
        after = (quarters - span.end) * points_per_quarter - 4
        before = span.start * points_per_quarter - 4
        if width <= room:
            x, ha, ink = span.start + 3 / points_per_quarter, "left", _ink(color)
        elif width <= after or after >= before:
            x, ha, ink = span.end + 2 / points_per_quarter, "left", "#111111"
        else:
            x, ha, ink = span.start - 2 / points_per_quarter, "right", "#111111"
        axes.text(
            x,
            row,
            _fitted(title, width, max(room, after, before)),
            ha=ha,
            va="center",
            fontsize=LABEL_POINTS,
            color=ink,
            zorder=3,
            fontweight="bold" if proposal.quick_win else "normal",
        )


def _fitted(title: str, width: float, room: float) -> str:
    """A title shortened with "…" to the room it has (a title longer than the chart)."""
    if width <= room or not title:
        return title
    keep = max(1, int(len(title) * room / width) - 1)
    return title[:keep].rstrip() + "…"


def _ink(color: str) -> str:
    """Black or white text on a bar, whichever contrasts more (WCAG)."""
    return BLACK if contrast(BLACK, color) >= contrast(WHITE, color) else WHITE


def _legend(
    figure: Figure,
    fields: Sequence[str | None],
    colors: Mapping[str | None, str],
    names: Mapping[str | None, str],
    words: Words,
) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(color=colors.get(f, "#808080"), label=names.get(f) or "–") for f in fields]
    handles.append(Patch(color="white", label=f"{STAR}{words['legend_quick_win']}"))
    legend_below(figure, handles, handlelength=1.2)
