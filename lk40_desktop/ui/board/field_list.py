"""The list of action fields beside the board: one board per field with its colour and card
count, and the overview of all fields first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from lk40_desktop.services.board.data import BoardData
from lk40_desktop.ui.board.filter_bar import entries_width
from lk40_desktop.ui.widgets.display import shown

WIDTH = (210, 300)
"""Bounds of the list's width; within them it is as wide as its longest name."""


class FieldList(QListWidget):
    """Choosing a board; ``chosen`` carries the field's id (None: all fields)."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardFields")
        self.setMinimumWidth(WIDTH[0])
        self.setMaximumWidth(WIDTH[1])
        self.setAccessibleName(self.tr("Handlungsfelder"))
        self.currentItemChanged.connect(self._current_changed)

    def _current_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def fill(self, data: BoardData, current: str | None) -> None:
        """List the fields of ``data`` (archived ones only while they hold cards) and mark
        ``current``, without announcing it."""
        self.blockSignals(True)
        self.clear()
        total = sum(f.cards for f in data.fields)
        overview = QListWidgetItem(self.tr("Alle Handlungsfelder ({count})").format(count=total))
        overview.setData(Qt.ItemDataRole.UserRole, None)
        self.addItem(overview)
        if current is None:
            self.setCurrentItem(overview)
        for field in data.fields:
            if field.archived and not field.cards:
                continue
            item = QListWidgetItem(swatch(field.color), f"{shown(field.name)} ({field.cards})")
            item.setData(Qt.ItemDataRole.UserRole, field.id)
            item.setToolTip(self.tr("{count} Karten").format(count=field.cards))
            self.addItem(item)
            if field.id == current:
                self.setCurrentItem(item)
        self.blockSignals(False)
        width = entries_width(self) + 2 * self.frameWidth()
        self.setMinimumWidth(min(WIDTH[1], max(WIDTH[0], width)))

    def show_field(self, field_id: str | None) -> None:
        """Mark a field's entry (None: all fields); ``chosen`` follows."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == field_id:
                self.setCurrentRow(row)
                return


def swatch(color: str) -> QIcon:
    """A small square of a colour, for a field or a card colour in lists and menus."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
