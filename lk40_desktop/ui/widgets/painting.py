"""Shared helpers for graphics items that paint themselves (map nodes, arrows, board cards).

Thousands of items paint on a large board or map; each of them making its own pen, brush or
text layout on every paint cost more than the drawing itself.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontInfo, QPen, QStaticText, QTransform

from lk40_desktop.services.contrast import text_on

MIN_READABLE_PX = 6.0
"""The one rule for text on a canvas (board cards, map names and labels): text is drawn
whenever its letters (the font's em) are at least this many pixels on screen, at any zoom, and
left out below that (a card is then a coloured block). Bold DejaVu Sans stays legible down to
here; smaller, letters run together."""


@functools.cache
def pen(color: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A shared pen (never changed after it is made)."""
    shared = QPen(QColor(color), width)
    shared.setStyle(style)
    return shared


@functools.cache
def brush(color: str) -> QBrush:
    """A shared brush (never changed after it is made)."""
    return QBrush(QColor(color))


def static_text(text: str, font: QFont) -> QStaticText:
    """Plain text laid out once in ``font``; painting it only places the glyphs."""
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), font)
    return static


def pixel_size(font: QFont) -> float:
    """The font's em in screen pixels at 100 % zoom."""
    return float(QFontInfo(font).pixelSize())


def readable(font_pixels: float, scale: float) -> bool:
    """Whether text of ``font_pixels`` (``pixel_size``) is drawn at a view's ``scale``."""
    return font_pixels * scale >= MIN_READABLE_PX


@functools.cache
def ink(background: str, preferred: str) -> QColor:
    """The colour text of ``preferred`` colour is drawn in on ``background``: itself where it
    reaches 4.5 : 1 there, else dark or white (``contrast.text_on``). Shared per pair."""
    return QColor(text_on(background, preferred))
