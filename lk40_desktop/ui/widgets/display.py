"""How much of a text a table cell, a card, a label or a tooltip shows, and how much a
line editor takes.

A field holds up to 100,000 characters (``store.limits``); Qt lays out and elides the whole
text of every cell it paints, which took seconds per page with every field at the limit (22 s
for the stakeholder page; eliding 1,000 characters costs Qt some 15 ms). A cell shows one
line of a few dozen characters and a card a few lines, so views hand Qt the first
DISPLAY_LIMIT characters (a tooltip TOOLTIP_LIMIT) and an ellipsis; the editors and the
exports get the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QItemEditorFactory, QLineEdit, QWidget

from lk40_desktop.store.limits import TEXT_LIMIT

DISPLAY_LIMIT = 200
"""Characters a table cell, a list entry or a card is given: more than any of them shows."""
TOOLTIP_LIMIT = 1_000
"""Characters of a tooltip (shown only on hover, where a longer text can be read)."""


def shown(text: str, limit: int = DISPLAY_LIMIT) -> str:
    """``text`` as a view shows it: at most ``limit`` characters, "…" where cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tooltip(text: str) -> str:
    """``text`` as a tooltip shows it."""
    return shown(text, TOOLTIP_LIMIT)


def text_line(parent: QWidget | None = None) -> QLineEdit:
    """A line editor for a text field: it takes the field's whole limit. Qt's own stops at
    32,767 characters without a word, so editing a longer name cut it silently."""
    editor = QLineEdit(parent)
    editor.setMaxLength(TEXT_LIMIT)
    return editor


class CellEditors(QItemEditorFactory):
    """Qt's own editors of table cells, except that a text cell's line editor takes the
    field's whole limit too (Qt's stops at 32,767 characters and cuts a pasted text there
    without a word)."""

    def createEditor(self, user_type: int, parent: QWidget) -> QWidget:
        editor = QItemEditorFactory.defaultFactory().createEditor(user_type, parent)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(TEXT_LIMIT)
        return editor

    def valuePropertyName(self, user_type: int) -> QByteArray:
        return QItemEditorFactory.defaultFactory().valuePropertyName(user_type)


CELL_EDITORS = CellEditors()
"""The one factory every record table's delegates create their cells' editors with."""
