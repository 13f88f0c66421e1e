"""A relation between two stakeholders from the keyboard: a new one, or the kind and label of
one already drawn (double-click on its arrow)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from lk40_desktop.services.stakeholders.data import RelationRow, StakeholderData
from lk40_desktop.ui.widgets.display import text_line


class RelationDialog(QDialog):
    """From, to, kind and label of a new relation; kind and label of an existing one (its
    ends are shown, not changed)."""

    def __init__(
        self,
        data: StakeholderData,
        source_id: str | None = None,
        parent: QWidget | None = None,
        *,
        relation: RelationRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Beziehung bearbeiten") if relation else self.tr("Beziehung hinzufügen")
        )
        self.setMinimumWidth(420)  # room for the title and for long names
        self.source = QComboBox()
        self.target = QComboBox()
        for row in data.stakeholders:
            self.source.addItem(row.name, row.id)
            self.target.addItem(row.name, row.id)
        if relation is not None:
            source_id = relation.source_id
            self.target.setCurrentIndex(max(0, self.target.findData(relation.target_id)))
            self.source.setEnabled(False)
            self.target.setEnabled(False)
        if source_id is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(source_id)))
        self.kind = QComboBox()
        for kind in data.kinds:
            self.kind.addItem(kind.name, kind.id)
        self.label = text_line()
        if relation is not None:
            self.label.setText(relation.label)
            self.kind.setCurrentIndex(max(0, self.kind.findData(relation.kind_id)))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Von:"), self.source)
        form.addRow(self.tr("&Zu:"), self.target)
        form.addRow(self.tr("&Art:"), self.kind)
        form.addRow(self.tr("&Beschriftung:"), self.label)
        form.addRow(self.error)
        form.addRow(buttons)
        (self.kind if relation else self.source).setFocus()

    def accept(self) -> None:
        """A stakeholder has no relation to itself."""
        if self.source.currentData() == self.target.currentData():
            self.error.setText(self.tr("Bitte zwei verschiedene Stakeholder wählen."))
            return
        super().accept()

    def values(self) -> dict[str, object]:
        """The relation's fields."""
        return {
            "source_id": self.source.currentData(),
            "target_id": self.target.currentData(),
            "kind_id": self.kind.currentData(),
            "label": self.label.text().strip(),
        }
