"""A line of text that changes with nearly every edit — the dots of a round while a board is
tallied card by card — without laying the page out again each time.

A QLabel tells its parents' layouts that its size may have changed on every new text. On the
board page that goes up through the bars to the page's tab widget, which then repaints all
of itself: about 10 ms of each tallied card (``benchmarks/tally.py``). Here the label sits in
a holder without a layout, where that chain ends, so a new text repaints the line only. The
holder asks its layout for the text's room again only when the text no longer fits.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QWidget):
    """A label's text in a holder that its text changes do not lay out again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)

    def text(self) -> str:
        """The text shown."""
        return self.label.text()

    def setText(self, text: str) -> None:
        """Show ``text``; the layout is asked for more room only when it does not fit."""
        self.label.setText(text)
        if self.label.sizeHint().width() > self.width():
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.resize(event.size())
        super().resizeEvent(event)
