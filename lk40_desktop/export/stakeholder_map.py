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
    Quadrant,
    group_color,
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
NAME_SIZE, RELATION_LABEL_SIZE = 7.0, 6.5
"""Points."""
NAME_MARGIN = 1.5
"""Points kept free around a name: glyphs reach a little beyond their advances."""
MARKER_AREA, RING_WIDTH = 230.0, 2.2
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
    dpi: int = 200,
) -> None:
    """Write the map to ``target``; the format follows the suffix (.png or .svg)."""
    save_figure(stakeholder_map_figure(data, language=language, map_filter=map_filter), target, dpi)


def stakeholder_map_figure(
    data: StakeholderData, *, language: str = "de", map_filter: MapFilter | None = None
) -> Figure:
    """The map as a matplotlib figure (for files, and for the Word paper in memory)."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch, Rectangle

    words = Words(language)
    map_filter = map_filter or MapFilter()
    shown = [row for row in data.stakeholders if map_filter.matches(row)]
    shown_ids = {row.id for row in shown}
    offsets = spread_offsets(shown)

    figure = Figure(figsize=(11, 8.5), layout="constrained")
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
            fontsize=13,
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
            fontsize=9,
            fontweight="bold",
            color="white",
            zorder=5,
        )

    axes.set_xlim(low, high)
    axes.set_ylim(low, high)
    axes.set_xticks([1, 2, 3, 4, 5])
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.set_xlabel(words["interest"] + " →", fontsize=11)
    axes.set_ylabel(words["influence"] + " →", fontsize=11)
    axes.set_aspect("equal")
    used_groups = {row.group_id for row in shown}
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=9, color=group.color, label=group.name)
        for group in data.groups
        if group.id in used_groups
    ]
    handles += [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor="white",
            markeredgewidth=RING_WIDTH,
            color=ATTITUDE_COLORS[key],
            label=f"{ATTITUDE_SYMBOLS[key]} {words.attitude(key)}",
        )
        for key in ("supporter", "neutral", "critic")
    ]
    handles += [
        Line2D([], [], color=kind.color, linewidth=1.5, label=kind.name) for kind in data.kinds
    ]
    axes.legend(
        handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False
    )
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
    is left out of the picture, a relation label stays in the middle of its arrow.

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
        for row, width in zip(rows, _text_widths(names, NAME_SIZE), strict=True)
    ]
    label_widths = _text_widths([label.text for label in relation_labels], RELATION_LABEL_SIZE)
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


def _text_widths(texts: Sequence[str], size: float) -> list[float]:
    """Widths in points from the font's advance of each character, looked up once: laying
    out each name with FreeType took half a millisecond a name."""
    from matplotlib.font_manager import FontProperties, findfont, get_font

    font = get_font(findfont(FontProperties(size=size)))
    font.set_size(size, 72)
    advances: dict[str, float] = {}
    for char in set("".join(texts)):
        if font.get_char_index(ord(char)):
            advances[char] = font.load_char(ord(char)).linearHoriAdvance / 65536
        else:  # drawn by a fallback font (CJK, emoji) or as a box: about a square
            advances[char] = size
    return [sum(advances[char] for char in text) for text in texts]
