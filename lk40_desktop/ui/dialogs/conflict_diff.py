"""Two versions of a long text side by side, the words that differ marked on each side
(underlined on a warm background: readable without telling colours apart)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QGridLayout, QLabel, QTextBrowser, QWidget

from lk40_desktop.services.merge.diff import Piece, side_by_side

MARK = "background-color:#ffe08a; text-decoration:underline;"


def pieces_html(pieces: list[Piece]) -> str:
    """One side's text as HTML with its differing words marked."""
    parts = [
        f'<span style="{MARK}">{html.escape(p.text)}</span>' if p.changed else html.escape(p.text)
        for p in pieces
    ]
    return f'<div style="white-space:pre-wrap;">{"".join(parts)}</div>'


class TextDiff(QWidget):
    """ "Hier" on the left, "In der Gruppe" on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine = QTextBrowser()
        self.theirs = QTextBrowser()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, (title, view) in enumerate(
            ((self.tr("Hier"), self.mine), (self.tr("In der Gruppe"), self.theirs))
        ):
            label = QLabel(title)
            label.setBuddy(view)
            view.setAccessibleName(
                self.tr("{side}: Text, Unterschiede unterstrichen").format(side=title)
            )
            layout.addWidget(label, 0, column)
            layout.addWidget(view, 1, column)

    def show_texts(self, mine: str, theirs: str) -> None:
        """Compare two versions."""
        left, right = side_by_side(mine, theirs)
        self.mine.setHtml(pieces_html(left))
        self.theirs.setHtml(pieces_html(right))
