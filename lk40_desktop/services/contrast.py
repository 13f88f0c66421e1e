"""Contrast of text on coloured ground, as WCAG 2.1 computes it (EN 301 549, 11.1.4.3: at
least 4.5 : 1 for text): cards, cluster frames, dot badges and map circles come in many
colours — from the palette, from the user, from a merged file — and their text must read on
every one.
"""

from __future__ import annotations

MIN_CONTRAST = 4.5
BLACK, WHITE = "#000000", "#ffffff"
"""One of the two reaches 4.58 : 1 on any colour (on mid grey black does)."""


def _channel(value: int) -> float:
    linear = value / 255
    return linear / 12.92 if linear <= 0.04045 else ((linear + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """The relative luminance of "#rrggbb" (0 black … 1 white)."""
    text = color.lstrip("#")[:6].ljust(6, "0")
    red, green, blue = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two colours (1 … 21)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_on(background: str, preferred: str) -> str:
    """``preferred`` where it reads on ``background`` (>= MIN_CONTRAST), else black or white,
    whichever contrasts more."""
    if contrast(preferred, background) >= MIN_CONTRAST:
        return preferred
    return BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE
