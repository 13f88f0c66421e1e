"""Charts at the size they are printed: the paper's text width and page height, text of at
least 7 pt on paper, and labels placed where they overprint nothing.

Each chart of the paper is drawn at its printed size (a figure 16 cm wide for a text width of
16 cm), so a font size in the figure is the size on paper. Label places are worked out from
the font's advances in display units, without laying each text out in matplotlib (which
took half a millisecond a label); only the label that is placed becomes a text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CM_PER_INCH = 2.54
MIN_POINTS = 7.0
"""The smallest text on paper: below 7 pt a printed chart is not readable."""
LABEL_POINTS = 7.0
"""Names, numbers and tick labels."""
LEGEND_POINTS = 7.5
AXIS_POINTS = 8.0
QUADRANT_POINTS = 9.0
Box = tuple[float, float, float, float]
"""(left, bottom, right, top) in display units (pixels, y upwards)."""


@dataclass(frozen=True)
class PrintSize:
    """The room a chart gets on paper, in inches: the text width, and the page's text
    height less its caption."""

    width: float
    max_height: float

    @classmethod
    def of_cm(cls, width_cm: float, max_height_cm: float) -> PrintSize:
        """The room in centimetres."""
        return cls(width_cm / CM_PER_INCH, max_height_cm / CM_PER_INCH)


PAPER = PrintSize.of_cm(16.0, 22.0)
"""A4 with 2.5 cm margins, as the shipped template: the size of a chart saved as a file."""


def legend_below(figure: Figure, handles: Sequence[Any], **style: Any) -> None:
    """The chart's legend in three columns below it, at the legend size (``style``: the
    chart's own spacing)."""
    figure.legend(
        handles=handles,
        loc="outside lower center",
        ncols=3,
        fontsize=LEGEND_POINTS,
        frameon=False,
        columnspacing=1.2,
        **style,
    )


def text_widths(texts: Sequence[str], size: float, *, bold: bool = False) -> list[float]:
    """Widths in points from the font's advance of each character, looked up once. A glyph
    the font lacks (CJK, emoji) is drawn by a fallback font or as a box: about a square."""
    from matplotlib.font_manager import FontProperties, findfont, get_font

    font = get_font(findfont(FontProperties(size=size, weight="bold" if bold else "normal")))
    font.set_size(size, 72)
    advances: dict[str, float] = {}
    for char in set("".join(texts)):
        if font.get_char_index(ord(char)):
            advances[char] = font.load_char(ord(char)).linearHoriAdvance / 65536
        else:
            advances[char] = size
    widths = []
    for text in texts:
        lines = text.split("\n")
        widths.append(max(sum(advances[char] for char in line) for line in lines))
    return widths


def fit_lines(text: str, widths: Sequence[float], size: float) -> list[str]:
    """``text`` wrapped at its spaces into lines of the ``widths`` given (points, one per
    line) at ``size``, measured word by word. Words are never split: where the text goes on
    beyond the lines, or a word is wider than its line, the text ends in "…" there."""
    words = text.split()
    space, ellipsis = text_widths([" ", "…"], size)
    measured = dict(zip(words, text_widths(words, size), strict=True))
    result: list[str] = []
    current, used = "", 0.0
    for word in words:
        length = measured[word]
        width = widths[len(result)] if len(result) < len(widths) else 0.0
        if current and used + space + length <= width:
            current, used = f"{current} {word}", used + space + length
            continue
        following = len(result) + (1 if current else 0)
        if following >= len(widths) or length > widths[following]:
            if following >= len(widths) or not current:
                last = len(result) if following >= len(widths) else following
                ended = _ended(current or word, widths[min(last, len(widths) - 1)], size, ellipsis)
                return [*result, ended][: len(widths)]
            result.append(current)
            return [*result, _ended(word, widths[following], size, ellipsis)]
        if current:
            result.append(current)
        current, used = word, length
    return [*result, current] if current else result


def _ended(text: str, width: float, size: float, ellipsis: float) -> str:
    """``text`` ended with "…", shortened until both fit ``width``."""
    while len(text) > 1 and text_widths([text], size)[0] + ellipsis > width:
        text = text[:-1]
    return text.rstrip() + "…"


def overlaps(first: Box, second: Box) -> bool:
    """Whether two boxes share more than an edge."""
    return (
        first[0] < second[2]
        and second[0] < first[2]
        and first[1] < second[3]
        and (second[1] < first[3])
    )


def inside(box: Box, frame: Box) -> bool:
    """Whether ``box`` lies wholly within ``frame``."""
    return frame[0] <= box[0] and frame[1] <= box[1] and box[2] <= frame[2] and box[3] <= frame[3]


class Placer:
    """Finds, for one label after another, the first place that lies in the frame and
    overprints no label placed before and no obstacle (bubbles, circles)."""

    def __init__(self, frame: Box, obstacles: Iterable[Box] = ()) -> None:
        self.frame = frame
        self.taken: list[Box] = list(obstacles)

    def free(self, box: Box, ignore: Box | None = None) -> bool:
        """Whether ``box`` may be taken (``ignore``: the label's own bubble)."""
        return inside(box, self.frame) and not any(
            overlaps(box, other) for other in self.taken if other is not ignore
        )

    def place(self, candidates: Iterable[Box], ignore: Box | None = None) -> Box | None:
        """Take the first free candidate and return it; None when none is free."""
        for box in candidates:
            if self.free(box, ignore):
                self.taken.append(box)
                return box
        return None
