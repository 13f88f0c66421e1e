"""The search and filter bar above a board and its card list: a text, a tag, a workshop, an author
group and a least number of dots. Its lists offer what the board's cards hold, so a choice
never shows an empty board."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from lk40_desktop.services.board.data import BoardData, CardRow
from lk40_desktop.services.board.filters import CardFilter, author_groups_of, tags_of
from lk40_desktop.ui.widgets.display import shown

ANY = ""
"""The data of each list's first entry ("all …")."""


class FilterBar(QWidget):
    """Search and filters; ``changed`` whenever the filter they make changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.changed)
        self.tag_filter = QComboBox()
        self.workshop_filter = QComboBox()
        self.author_filter = QComboBox()
        for combo in (self.tag_filter, self.workshop_filter, self.author_filter):
            combo.activated.connect(self.changed)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )  # as wide as "all …"; the open list is as wide as its longest entry
        self.min_votes = QSpinBox()
        self.min_votes.setPrefix(self.tr("ab "))
        self.min_votes.setSuffix(self.tr(" Punkten"))
        self.min_votes.setRange(0, 999)
        self.min_votes.valueChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for widget in (self.tag_filter, self.workshop_filter, self.author_filter, self.min_votes):
            layout.addWidget(widget)

    def card_filter(self) -> CardFilter:
        """The filter the bar shows."""
        return CardFilter(
            text=self.search.text().strip(),
            tag=self.tag_filter.currentData() or ANY,
            workshop_id=self.workshop_filter.currentData() or ANY,
            author_group=self.author_filter.currentData() or ANY,
            min_votes=self.min_votes.value(),
        )

    def workshop_id(self) -> str | None:
        """The workshop chosen in the filter, which new cards are filed under."""
        return self.workshop_filter.currentData() or None

    def outdated(self, cards: Iterable[CardRow]) -> bool:
        """Whether edited cards bring a tag or author group the lists lack."""
        known_tags = _entries(self.tag_filter)
        known_authors = _entries(self.author_filter)
        return any(
            not set(card.tag_list()) <= known_tags
            or (card.author_group and card.author_group not in known_authors)
            for card in cards
        )

    def fill(self, data: BoardData) -> None:
        """Offer the tags, workshops and author groups of a board; a choice still offered
        stays chosen."""
        for combo, everything, entries in (
            (self.tag_filter, self.tr("Alle Schlagworte"), [(t, t) for t in tags_of(data.cards)]),
            (self.workshop_filter, self.tr("Alle Workshops"), data.workshops),
            (
                self.author_filter,
                self.tr("Alle Autorengruppen"),
                [(a, a) for a in author_groups_of(data.cards)],
            ),
        ):
            chosen = combo.currentData()
            metrics = combo.fontMetrics()  # Qt counts the length in widths of an "X"
            x_widths = metrics.horizontalAdvance(everything) / metrics.horizontalAdvance("X")
            combo.setMinimumContentsLength(math.ceil(x_widths))
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ANY)
            for value, label in entries:
                combo.addItem(shown(label), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
            combo.view().setMinimumWidth(entries_width(combo.view()))


def _entries(combo: QComboBox) -> set[str]:
    return {combo.itemData(i) for i in range(combo.count())}


def entries_width(view: QAbstractItemView) -> int:
    """Room for a list's longest entry and its scroll bar."""
    return view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width()
