"""The area the main window's pages are shown in: it scrolls sideways when something beside
the pages (the undo history) takes more room than a page can give up.

A page is as narrow as its rows of buttons and fields allow (about 1,100 pixels for the
stakeholders), which on a laptop left the history 60 pixels and no way to widen it. In this
area a page keeps its width and scrolls instead; its height still sets the window's, as
before."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

NARROWEST = 360
"""How narrow the area may become (the window's other parts need the rest)."""


class PageArea(QScrollArea):
    """A horizontally scrolling frame around the stack of pages."""

    def __init__(self, pages: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(pages)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        widget = self.widget()
        height = widget.minimumSizeHint().height() if widget is not None else 0
        return QSize(NARROWEST, height)

    def sizeHint(self) -> QSize:
        widget = self.widget()
        return widget.sizeHint() if widget is not None else super().sizeHint()
