"""Shared helpers for graphics items that paint themselves (map nodes, arrows, board cards).

Thousands of items paint on a large board or map; each of them making its own pen, brush or
text layout on every paint cost more than the drawing itself.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen, QStaticText, QTransform


@functools.cache
def pen(color: str, width: float) -> QPen:
    """A shared pen (never changed after it is made)."""
    return QPen(QColor(color), width)


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
