"""An idea board as an image (matplotlib): cluster frames with their names and the cards with
text and dots, for the board's PNG/SVG export and for the Word paper.

In the paper the board is drawn at its printed size, and no text is smaller than 7 pt: a card
holds as many words of its text as fit at that size (the appendix lists every card whole),
a dot badge grows to hold its number."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lk40_desktop.export.chart_fit import MIN_POINTS, PrintSize, fit_lines
from lk40_desktop.export.raster import save_figure
from lk40_desktop.export.text import chart_text, clean_text, drawable
from lk40_desktop.services.board.data import CardRow, ClusterRow
from lk40_desktop.services.board.layout import CARD_HEIGHT, CARD_WIDTH, extent

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WRAP = 26
"""Characters per line of card text at the card's width."""
LINES = 4
MAX_INCHES = 16.0


def board_figure(
    cards: Sequence[CardRow],
    clusters: Sequence[ClusterRow],
    *,
    title: str = "",
    size: PrintSize | None = None,
) -> Figure:
    """The board in board coordinates (y grows downwards, as on screen); ``size``: drawn to
    fit the room it is printed in, its texts at least 7 pt."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyBboxPatch, Rectangle

    field_ids = {c.field_id for c in cards}
    frames = [c for c in clusters if c.field_id in field_ids or not cards]
    left, top, right, bottom = extent(cards, frames) or (0.0, 0.0, 800.0, 600.0)
    left, top = left - 20, top - 20
    width, height = right + 20 - left, bottom + 20 - top
    if size is None:
        scale = min(MAX_INCHES / width, MAX_INCHES / height, 1 / 60)
        figure = Figure(figsize=(max(4.0, width * scale), max(3.0, height * scale + 0.4)))
        smallest = 2.5
    else:
        scale = min(size.width / width, (size.max_height - (0.3 if title else 0)) / height)
        figure = Figure(figsize=(width * scale, height * scale + (0.3 if title else 0)))
        smallest = MIN_POINTS
    axes = figure.add_axes((0, 0, 1, 0.97 if title else 1))
    axes.set_xlim(left, left + width)
    axes.set_ylim(top + height, top)
    axes.set_aspect("equal")
    axes.axis("off")
    points_per_unit = scale * 72
    for frame in frames:
        axes.add_patch(
            FancyBboxPatch(
                (frame.x, frame.y),
                frame.width,
                frame.height,
                boxstyle="round,pad=0,rounding_size=10",
                facecolor=frame.color,
                edgecolor="#9e9e9e",
                linewidth=1,
            )
        )
        axes.text(
            frame.x + 12,
            frame.y + 8,
            clean_text(frame.name),
            va="top",
            fontsize=max(smallest + 1.5, 15 * points_per_unit),
            fontweight="bold",
            color="#333333",
        )
    font = max(smallest, 10.5 * points_per_unit)
    lines = min(LINES, int((CARD_HEIGHT - 16) * points_per_unit / (font * 1.25)))
    badge = max(12.0, font * 0.85 / points_per_unit)
    line = font * 1.25 / points_per_unit  # one line, in board units
    for card in cards:
        axes.add_patch(
            Rectangle(
                (card.x, card.y),
                CARD_WIDTH,
                CARD_HEIGHT,
                facecolor=card.color,
                edgecolor="#bdbdbd",
                linewidth=0.6,
            )
        )
        full = min((CARD_WIDTH - 16) * points_per_unit, WRAP * font * 0.6)
        narrow = sum(1 for n in range(lines) if card.votes and 8 + n * line < 6 + 2 * badge)
        beside = full - (2 * badge + 4) * points_per_unit
        text = card_text(chart_text(clean_text(card.text)), [beside] * narrow, full, lines, font)
        if text:  # line by line: a line beside the badge is narrower than those below it
            skipped, shown = text
            for number, words in enumerate(shown, start=skipped):
                axes.text(
                    card.x + 8,
                    card.y + 8 + number * line,
                    words,
                    va="top",
                    fontsize=font,
                    color="#202020",
                )
        if card.votes:
            middle = (card.x + CARD_WIDTH - 4 - badge, card.y + 4 + badge)
            axes.add_patch(Circle(middle, badge, color="#c62828"))
            axes.text(
                *middle,
                str(card.votes),
                ha="center",
                va="center",
                fontsize=font,
                color="white",
                fontweight="bold",
            )
    if title:
        figure.suptitle(clean_text(title), fontsize=12, fontweight="bold", y=0.995)
    return drawable(figure)


def card_text(
    text: str, narrow: list[float], full: float, lines: int, size: float
) -> tuple[int, list[str]] | None:
    """A card's lines: beside the dot badge on the ``narrow`` first lines, full width below
    it; when the first word would not fit beside the badge, the text starts below it.
    Returns (lines skipped, lines) or None when nothing fits."""
    if lines < 1 or not text.strip():
        return None
    widths = [*narrow, *[full] * (lines - len(narrow))][:lines]
    shown = fit_lines(text, widths, size)
    if narrow and shown and shown[0].endswith("…") and lines > len(narrow):
        below = fit_lines(text, [full] * (lines - len(narrow)), size)
        if len("".join(below)) > len("".join(shown)):  # more of the text below the badge
            return len(narrow), below
    return (0, shown) if shown else None


def render_board(
    cards: Sequence[CardRow],
    clusters: Sequence[ClusterRow],
    target: Path | str,
    *,
    title: str = "",
    dpi: int = 300,
) -> None:
    """Write the board as PNG or SVG (by suffix), atomically."""
    save_figure(board_figure(cards, clusters, title=title), Path(target), dpi)
