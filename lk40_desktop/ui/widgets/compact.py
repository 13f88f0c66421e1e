"""Controls that take the room a laptop has, not the room their longest entry wants.

A combo box sizes itself to its widest entry by default: one long workshop title or a long
"all raters (combined)" made the scoring page's choice bar wider than a 1280 px screen, and the
window grew past its edge. A compact combo box asks for room for ``chars`` characters; longer
entries are elided in the box and shown whole in its list.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

COMBO_CHARS = 18
"""Characters a compact combo box asks room for (its list still shows every entry whole)."""


def compact_combo(combo: QComboBox, chars: int = COMBO_CHARS) -> QComboBox:
    """Make ``combo`` ask for ``chars`` characters' room; its list opens as wide as its
    longest entry."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    _ListWidener(combo)
    return combo


class _ListWidener(QObject):
    """Keeps a combo box's list as wide as its longest entry (a child of the box, so that
    its connections end with it)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.model().rowsInserted.connect(self.widen)
        combo.model().modelReset.connect(self.widen)

    def widen(self) -> None:
        view = self.combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)
