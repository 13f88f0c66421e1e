"""The filter bar above table and map: search text, group, attitude, workshop and — once a
merge brought stakeholders from breakout groups — their origin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from lk40_desktop.services.origins import HERE, origins_of
from lk40_desktop.services.stakeholders.data import MapFilter, StakeholderData
from lk40_desktop.ui.widgets.display import shown

ALL = "__all__"
"""The item data of a combo box's "all" entry."""


class FilterBar(QWidget):
    """Describes one MapFilter; table and map show only what passes it."""

    changed = Signal()
    """The user changed the search text or chose another entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen (Name, Organisation, Kontakt, Notizen) …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Stakeholder durchsuchen"))
        self.search.textChanged.connect(lambda _text: self.changed.emit())
        self.group_filter = QComboBox()
        self.attitude_filter = QComboBox()
        self.workshop_filter = QComboBox()
        self.origin_filter = QComboBox()
        self.origin_filter.setVisible(False)
        for combo, name in zip(
            self._combos(),
            (self.tr("Gruppe"), self.tr("Haltung"), self.tr("Workshop"), self.tr("Herkunft")),
            strict=True,
        ):
            combo.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for combo in self._combos():
            combo.activated.connect(lambda _row: self.changed.emit())
            layout.addWidget(combo, 1)

    def _combos(self) -> tuple[QComboBox, QComboBox, QComboBox, QComboBox]:
        return (self.group_filter, self.attitude_filter, self.workshop_filter, self.origin_filter)

    def fill(self, data: StakeholderData, attitude_labels: dict[str, str]) -> None:
        """Offer the document's groups, workshops and origins; what was chosen stays chosen if
        it still exists."""
        origins = origins_of([row.origin for row in data.stakeholders])
        for combo, everything, entries in (
            (self.group_filter, self.tr("Alle Gruppen"), [(g.id, g.name) for g in data.groups]),
            (self.attitude_filter, self.tr("Alle Haltungen"), list(attitude_labels.items())),
            (self.workshop_filter, self.tr("Alle Workshops"), data.workshops),
            (
                self.origin_filter,
                self.tr("Alle Herkünfte"),
                [(HERE, self.tr("hier erfasst")), *((o, o) for o in origins)],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ALL)
            for value, label in entries:
                combo.addItem(shown(label), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if not origins:
            self.origin_filter.setCurrentIndex(0)
        self.origin_filter.setVisible(bool(origins))

    def chosen_group(self) -> str | None:
        """The group the bar filters by, or None for all groups."""
        group = self.group_filter.currentData()
        return None if group in (ALL, None) else str(group)

    def current_filter(self) -> MapFilter:
        """The filter the bar describes."""
        group, attitude, workshop, origin = (combo.currentData() for combo in self._combos())
        return MapFilter(
            group_ids=None if group in (ALL, None) else frozenset({group}),
            attitudes=None if attitude in (ALL, None) else frozenset({attitude}),
            workshop_id=None if workshop in (ALL, None) else str(workshop),
            text=self.search.text().strip(),
            origin="" if origin in (ALL, None) else str(origin),
        )
