"""The search and filter bar above a board and its card list: a text, a tag, a workshop, an author
group, the breakout group a merge brought a card from, and a least number of dots. Its lists
offer what the board's cards hold, so a choice never shows an empty board; the origin list
shows only once a merge brought cards."""

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
from lk40_desktop.services.origins import HERE, origins_of
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
        self.search.setAccessibleName(self.tr("Karten durchsuchen"))
        self.search.textChanged.connect(self.changed)
        self.tag_filter = QComboBox()
        self.workshop_filter = QComboBox()
        self.author_filter = QComboBox()
        self.origin_filter = QComboBox()
        self.origin_filter.setVisible(False)
        for combo, name in (
            (self.tag_filter, self.tr("Schlagwort")),
            (self.workshop_filter, self.tr("Workshop")),
            (self.author_filter, self.tr("Autorengruppe")),
            (self.origin_filter, self.tr("Herkunft")),
        ):
            combo.setAccessibleName(name)
            combo.activated.connect(self.changed)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )  # as wide as "all …"; the open list is as wide as its longest entry
        self.min_votes = QSpinBox()
        self.min_votes.setPrefix(self.tr("ab "))
        self.min_votes.setSuffix(self.tr(" Punkten"))
        self.min_votes.setRange(0, 999)
        self.min_votes.setAccessibleName(self.tr("Nur Karten mit mindestens so vielen Punkten"))
        self.min_votes.valueChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for widget in (
            self.tag_filter,
            self.workshop_filter,
            self.author_filter,
            self.origin_filter,
            self.min_votes,
        ):
            layout.addWidget(widget)

    def card_filter(self) -> CardFilter:
        """The filter the bar shows."""
        return CardFilter(
            text=self.search.text().strip(),
            tag=self.tag_filter.currentData() or ANY,
            workshop_id=self.workshop_filter.currentData() or ANY,
            author_group=self.author_filter.currentData() or ANY,
            origin=self.origin_filter.currentData() or ANY,
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
        """Offer the tags, workshops, author groups and origins of a board; a choice still
        offered stays chosen."""
        origins = origins_of([card.origin for card in data.cards])
        for combo, everything, entries in (
            (self.tag_filter, self.tr("Alle Schlagworte"), [(t, t) for t in tags_of(data.cards)]),
            (self.workshop_filter, self.tr("Alle Workshops"), data.workshops),
            (
                self.author_filter,
                self.tr("Alle Autorengruppen"),
                [(a, a) for a in author_groups_of(data.cards)],
            ),
            (
                self.origin_filter,
                self.tr("Alle Herkünfte"),
                [(HERE, self.tr("hier erfasst")), *((o, o) for o in origins)],
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
        if not origins:
            self.origin_filter.setCurrentIndex(0)
        self.origin_filter.setVisible(bool(origins))


def _entries(combo: QComboBox) -> set[str]:
    return {combo.itemData(i) for i in range(combo.count())}


def entries_width(view: QAbstractItemView) -> int:
    """Room for a list's longest entry and its scroll bar."""
    return view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width()
