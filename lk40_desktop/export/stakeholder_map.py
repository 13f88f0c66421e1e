"""The stakeholder map as a print-quality image (PNG or SVG), drawn with matplotlib.

The same renderer serves File › Export and the Word strategy paper, so what the editor sees
in the exported file is what the paper shows. Input is plain data (``StakeholderData``),
never widgets.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from lk40_desktop.export.chart_fit import (
    AXIS_POINTS,
    LABEL_POINTS,
    PAPER,
    QUADRANT_POINTS,
    PrintSize,
    legend_below,
    text_widths,
)
from lk40_desktop.export.raster import save_figure
from lk40_desktop.export.text import chart_text, drawable
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services.stakeholders.data import MapFilter, StakeholderData, StakeholderRow
from lk40_desktop.services.stakeholders.grid import (
    ATTITUDE_COLORS,
    ATTITUDE_SYMBOLS,
    MIDPOINT,
    SCALE_MAX,
    SCALE_MIN,
    LineStyle,
    Quadrant,
    group_color,
    relation_style,
    spread_offsets,
)
from lk40_desktop.services.stakeholders.map_names import Box, LineLabel, NameBox, lay_out, name_box

QUADRANT_FILLS = {
    Quadrant.MANAGE_CLOSELY: "#fde7e7",
    Quadrant.KEEP_SATISFIED: "#fff4dc",
    Quadrant.KEEP_INFORMED: "#e6f2fb",
    Quadrant.MONITOR: "#f2f2f2",
}
MAX_LABEL = 26
MPL_LINE_STYLES: dict[LineStyle, Any] = {
    "solid": "solid",
    "dashed": (0, (5, 3)),
    "dotted": (0, (1, 2)),
    "dashdot": (0, (5, 2, 1, 2)),
    "dashdotdot": (0, (5, 2, 1, 2, 1, 2)),
}
"""Relation kinds' line styles (``grid.relation_style``) as matplotlib dash patterns."""
NAME_SIZE, RELATION_LABEL_SIZE = LABEL_POINTS, LABEL_POINTS
"""Points, as printed: the map is drawn at the paper's text width."""
NAME_MARGIN = 1.5
"""Points kept free around a name: glyphs reach a little beyond their advances."""
MARKER_AREA, RING_WIDTH = 150.0, 1.8
"""A stakeholder's circle: its area in points² (matplotlib's ``s``) and its ring in points."""
NODE_RADIUS_POINTS = math.sqrt(MARKER_AREA) / 2 + RING_WIDTH / 2
Point = tuple[float, float]


class RelationLabel(NamedTuple):
    """A relation's label with its colour and the centres of the circles it joins."""

    key: str
    text: str
    color: str
    start: Point
    end: Point


if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _elide(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def render_stakeholder_map(
    data: StakeholderData,
    target: Path,
    *,
    language: str = "de",
    map_filter: MapFilter | None = None,
    dpi: int = 300,
) -> None:
    """Write the map to ``target``; the format follows the suffix (.png or .svg)."""
    save_figure(stakeholder_map_figure(data, language=language, map_filter=map_filter), target, dpi)


def stakeholder_map_figure(
    data: StakeholderData,
    *,
    language: str = "de",
    map_filter: MapFilter | None = None,
    size: PrintSize = PAPER,
) -> Figure:
    """The map as a matplotlib figure of its printed ``size`` (for files, and for the Word
    paper in memory): a square grid, the legend in three columns below it."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch, Rectangle

    words = Words(language)
    map_filter = map_filter or MapFilter()
    shown = [row for row in data.stakeholders if map_filter.matches(row)]
    shown_ids = {row.id for row in shown}
    offsets = spread_offsets(shown)

    entries = len({row.group_id for row in shown}) + 3 + len(data.kinds)
    height = size.width * 0.92 + 0.16 * -(-entries // 3) + 0.2
    figure = Figure(figsize=(size.width, min(size.max_height, height)), layout="constrained")
    axes = figure.add_subplot()
    low, high = SCALE_MIN - 0.5, SCALE_MAX + 0.5
    corners = {
        Quadrant.MONITOR: (low, low),
        Quadrant.KEEP_INFORMED: (MIDPOINT, low),
        Quadrant.KEEP_SATISFIED: (low, MIDPOINT),
        Quadrant.MANAGE_CLOSELY: (MIDPOINT, MIDPOINT),
    }
    for quad, (x, y) in corners.items():
        width = (MIDPOINT - low) if x == low else (high - MIDPOINT)
        height = (MIDPOINT - low) if y == low else (high - MIDPOINT)
        axes.add_patch(Rectangle((x, y), width, height, color=QUADRANT_FILLS[quad], zorder=0))
        top = y != low  # labels sit in the outer corners, away from the crowded middle
        axes.text(
            x + (0.08 if x == low else width - 0.08),
            y + height - 0.08 if top else y + 0.08,
            words.quadrant(quad),
            ha="left" if x == low else "right",
            va="top" if top else "bottom",
            fontsize=QUADRANT_POINTS,
            color="#555555",
            fontweight="bold",
            zorder=1,
        )
    axes.axhline(MIDPOINT, color="#9e9e9e", linewidth=1, zorder=1)
    axes.axvline(MIDPOINT, color="#9e9e9e", linewidth=1, zorder=1)

    positions = {
        row.id: (row.interest + offsets[row.id][0], row.influence + offsets[row.id][1])
        for row in shown
    }
    relation_labels: list[RelationLabel] = []
    for relation in data.relations:
        if relation.source_id not in shown_ids or relation.target_id not in shown_ids:
            continue
        kind = data.kind(relation.kind_id)
        color = kind.color if kind else "#606060"
        start, end = positions[relation.source_id], positions[relation.target_id]
        axes.add_patch(
            FancyArrowPatch(
                start,
                end,
                arrowstyle="-|>",
                mutation_scale=12,
                color=color,
                linewidth=1.2,
                shrinkA=9,
                shrinkB=9,
                alpha=0.8,
                zorder=2,
                linestyle=MPL_LINE_STYLES[relation_style(data, relation.kind_id)],
            )
        )
        if relation.label:
            relation_labels.append(
                RelationLabel(relation.id, chart_text(relation.label), color, start, end)
            )
    for row in shown:
        x, y = positions[row.id]
        axes.scatter(
            [x],
            [y],
            s=MARKER_AREA,
            color=group_color(data, row),
            edgecolors=ATTITUDE_COLORS.get(row.attitude, "#757575"),
            linewidths=RING_WIDTH,
            zorder=4,
        )
        axes.text(
            x,
            y,
            ATTITUDE_SYMBOLS.get(row.attitude, ""),
            ha="center",
            va="center",
            fontsize=LABEL_POINTS + 1,
            fontweight="bold",
            color="white",
            zorder=5,
        )

    axes.set_xlim(low, high)
    axes.set_ylim(low, high)
    axes.set_xticks([1, 2, 3, 4, 5])
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.set_xlabel(words["interest"] + " →", fontsize=AXIS_POINTS)
    axes.set_ylabel(words["influence"] + " →", fontsize=AXIS_POINTS)
    axes.tick_params(labelsize=LABEL_POINTS)
    axes.set_aspect("equal")
    used_groups = {row.group_id for row in shown}
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=7, color=group.color, label=group.name)
        for group in data.groups
        if group.id in used_groups
    ]
    handles += [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=7,
            markerfacecolor="white",
            markeredgewidth=RING_WIDTH,
            color=ATTITUDE_COLORS[key],
            label=f"{ATTITUDE_SYMBOLS[key]} {words.attitude(key)}",
        )
        for key in ("supporter", "neutral", "critic")
    ]
    handles += [
        Line2D(
            [],
            [],
            color=kind.color,
            linewidth=1.5,
            linestyle=MPL_LINE_STYLES[relation_style(data, kind.id)],
            label=kind.name,
        )
        for kind in data.kinds
    ]
    legend_below(figure, handles, handlelength=2.6)
    _add_texts(drawable(figure), axes, shown, positions, relation_labels)  # lays out: texts first
    return drawable(figure)


def _add_texts(
    figure: Figure,
    axes: Any,
    rows: Sequence[StakeholderRow],
    positions: dict[str, Point],
    relation_labels: Sequence[RelationLabel],
) -> None:
    """Relation labels along their arrows and names beside their circles where they overprint
    nothing, as on the screen (``services.stakeholders.map_names``); a name with no free place
    is left out of the picture, and so is a relation label with none (the table lists it).

    Sizes are worked out in data units, which needs the axes' final size: the layout is run
    once first (texts inside the axes do not change it). The layout's y grows downwards, so
    y is negated on the way in and out."""
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)
    axes.apply_aspect()
    box = axes.get_position()
    low, high = axes.get_xlim()
    bottom, top = axes.get_ylim()
    units = (high - low) / (box.width * figure.get_figwidth() * 72)  # data units per point
    names = [_elide(chart_text(row.name)) for row in rows]
    nodes = [
        NameBox(
            row.id,
            positions[row.id][0],
            -positions[row.id][1],
            NODE_RADIUS_POINTS * units,
            (width + 2 * NAME_MARGIN) * units,
            (NAME_SIZE * 1.2 + 2 * NAME_MARGIN) * units,
            row.influence + row.interest,
            gap=2 * units,
        )
        for row, width in zip(rows, text_widths(names, NAME_SIZE), strict=True)
    ]
    label_widths = text_widths([label.text for label in relation_labels], RELATION_LABEL_SIZE)
    lines = [
        LineLabel(
            label.key,
            (label.start[0], -label.start[1]),
            (label.end[0], -label.end[1]),
            (width + 2) * units,
            (RELATION_LABEL_SIZE * 1.2 + 1) * units,
        )
        for label, width in zip(relation_labels, label_widths, strict=True)
    ]
    layout = lay_out(nodes, lines, (low, -top, high, -bottom))  # names inside the axes
    for label in relation_labels:
        if label.key in layout.crowded:
            continue  # it would overprint a circle or a label: the paper's table has it
        axes.text(
            *_data_centre(layout.labels[label.key]),
            label.text,
            fontsize=RELATION_LABEL_SIZE,
            color=label.color,
            ha="center",
            va="center",
            zorder=3,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 0.5},
        )
    for node, name in zip(nodes, names, strict=True):
        place = layout.names[node.key]
        if place is not None:
            axes.text(
                *_data_centre(name_box(node, place)),
                name,
                ha="center",
                va="center",
                fontsize=NAME_SIZE,
                zorder=5,
            )


def _data_centre(box: Box) -> Point:
    """The centre of a layout box in data coordinates (whose y grows upwards)."""
    left, upper, right, lower = box
    return (left + right) / 2, -(upper + lower) / 2
