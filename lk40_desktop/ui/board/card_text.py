"""Card text wrapped into the lines a card can show: whole lines only, "…" where text is cut,
no line under the dot badge, and for the projector the largest font that splits no word."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from lk40_desktop.ui.widgets.display import shown

LINE_BREAK = "\u2028"
"""Qt's line separator: a break that static text keeps without a text width."""
BREAKS_AFTER = "-/"
"""A line may end inside a word after these (Kreisstraßen-|Parkplätzen)."""


CARD_CHARACTERS = 400
"""Characters of a card's text that are laid out at most: more than the largest card shows."""


class Fitted(NamedTuple):
    """Text laid out to fit a box."""

    text: str
    """The lines shown, joined by LINE_BREAK."""
    height: float
    splits_word: bool
    """Whether a word too long for a line was split inside."""
    cut: bool
    """Whether text was left over (the last line ends with "…")."""


def fit_lines(
    text: str,
    font: QFont,
    size: QSizeF,
    option: QTextOption,
    corner: QSizeF | None = None,
) -> Fitted:
    """``text`` wrapped to the width of ``size`` as the whole lines that fit its height.
    Where text is left over, the last line ends with "…" — a card never shows half a line or
    letters running under its edge. Lines beside a ``corner`` (the dot badge: its width and
    height) are that much shorter."""
    width, height = size.width(), size.height()
    layout = QTextLayout(shown(text, CARD_CHARACTERS).replace("\n", LINE_BREAK), font)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    used, cut = 0.0, False
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        beside_corner = corner is not None and used < corner.height()
        line.setLineWidth(width - corner.width() if corner is not None and beside_corner else width)
        if used + line.height() > height:
            cut = True
            break
        spans.append((line.textStart(), line.textLength()))
        used += line.height()
    layout.endLayout()
    full = layout.text()
    lines = [full[start : start + length].rstrip() for start, length in spans]
    ends = [start + length for start, length in spans[:-1] if start + length < len(full)]
    splits = any(
        not full[end - 1].isspace()
        and full[end - 1] not in BREAKS_AFTER
        and not full[end].isspace()
        for end in ends
    )
    if cut and spans:
        rest = full[spans[-1][0] :].replace(LINE_BREAK, " ")
        lines[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return Fitted(LINE_BREAK.join(lines), used, splits, cut)


def fit_title(
    text: str,
    fonts: Sequence[QFont],
    size: QSizeF,
    option: QTextOption,
    corner: QSizeF | None = None,
) -> tuple[QFont, Fitted, float]:
    """The font, lines and top offset for a title: the largest of ``fonts`` (largest first)
    that shows the whole text without splitting a word, beside the ``corner`` or else below
    it; failing that, the largest that splits no word (its last line cut with "…"); failing
    that (one word wider than the card), the smallest font beside the corner."""
    tries: list[tuple[QFont, Fitted, float]] = []
    for font in fonts:
        attempts = [(font, fit_lines(text, font, size, option, corner), 0.0)]
        if corner is not None and attempts[0][1].splits_word:
            below = QSizeF(size.width(), size.height() - corner.height())
            attempts.append((font, fit_lines(text, font, below, option), corner.height()))
        for attempt in attempts:
            if not attempt[1].splits_word and not attempt[1].cut:
                return attempt
        tries += attempts
    whole_words = [attempt for attempt in tries if not attempt[1].splits_word]
    if whole_words:
        return whole_words[0]
    return next(attempt for attempt in reversed(tries) if attempt[2] == 0.0)
