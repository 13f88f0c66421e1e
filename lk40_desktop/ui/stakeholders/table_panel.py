"""The left half of the stakeholder page: the sortable table and the buttons below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from lk40_desktop.ui.stakeholders.table import (
    ATTITUDE,
    GROUP,
    INFLUENCE,
    INTEREST,
    NAME,
    StakeholderDelegate,
    StakeholderFilter,
    StakeholderModel,
)
from lk40_desktop.ui.widgets.table_layout import FrozenColumns, wrap_headers
from lk40_desktop.ui.widgets.table_view import record_table

COLUMN_WIDTHS = (160, 170, 124, 62, 68, 92, 130, 130, 130, 160)
"""By model column (name, organisation, group, influence, interest, attitude, contact person,
contact, notes, workshops): the analysis's five fit half a 1280 px page."""
VISUAL_ORDER = (NAME, GROUP, INFLUENCE, INTEREST, ATTITUDE)
"""The columns shown first, in this order: what the influence/interest analysis needs. The
name stays in view (``FrozenColumns``) while the rest scrolls."""


class TablePanel(QWidget):
    """The table (sorted by name, several rows selectable, cells edited in place) with its
    add, duplicate, delete, workshops and groups buttons; the page connects them."""

    def __init__(
        self, model: StakeholderModel, proxy: StakeholderFilter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = record_table(proxy, "stakeholderTable")
        self.table.setAccessibleName(self.tr("Stakeholder-Tabelle"))
        header = wrap_headers(self.table)
        self.table.setItemDelegate(StakeholderDelegate(model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        for visual, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), visual)
        self.frozen = FrozenColumns(self.table, leading=1)
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(sum(COLUMN_WIDTHS[c] for c in VISUAL_ORDER) + frame)
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
