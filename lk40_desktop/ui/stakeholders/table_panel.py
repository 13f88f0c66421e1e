"""The left half of the stakeholder page: the sortable table and the buttons below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from lk40_desktop.ui.stakeholders.table import (
    NAME,
    StakeholderDelegate,
    StakeholderFilter,
    StakeholderModel,
)
from lk40_desktop.ui.widgets.table_view import record_table

COLUMN_WIDTHS = (190, 170, 150, 70, 70, 100, 130, 130, 130, 160)


class TablePanel(QWidget):
    """The table (sorted by name, several rows selectable, cells edited in place) with its
    add, duplicate, delete, workshops and groups buttons; the page connects them."""

    def __init__(
        self, model: StakeholderModel, proxy: StakeholderFilter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = record_table(proxy, "stakeholderTable")
        self.table.setItemDelegate(StakeholderDelegate(model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Hinzu&fügen"))
        self.duplicate_button = QPushButton(self.tr("D&uplizieren"))
        self.delete_button = QPushButton(self.tr("&Löschen"))
        self.workshops_button = QPushButton(self.tr("&Workshops…"))
        self.groups_button = QPushButton(self.tr("&Gruppen…"))
        buttons = QHBoxLayout()
        for button in self._buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add_button,
            self.duplicate_button,
            self.delete_button,
            self.workshops_button,
            self.groups_button,
        )

    def update_buttons(self, writable: bool, selected: int) -> None:
        """Enable what the selection (``selected`` stakeholders) and the file allow."""
        self.add_button.setEnabled(writable)
        self.groups_button.setEnabled(writable)
        self.duplicate_button.setEnabled(writable and selected > 0)
        self.delete_button.setEnabled(writable and selected > 0)
        self.workshops_button.setEnabled(writable and selected == 1)
