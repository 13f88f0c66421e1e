"""Choose the workshops a stakeholder took part in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class WorkshopPicker(QDialog):
    """A checklist of the project's workshops."""

    def __init__(
        self,
        name: str,
        workshops: Sequence[tuple[str, str]],
        chosen: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshops von „{name}“").format(name=name))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Workshops"))
        for workshop_id, title in workshops:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, workshop_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if workshop_id in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        # as wide as the longest title (and the window's own title), within a laptop's room
        wanted = max(
            self.list.sizeHintForColumn(0) + 48,
            self.fontMetrics().horizontalAdvance(self.windowTitle()) + 120,
        )
        self.resize(min(max(wanted, 360), 900), 340)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Teilgenommen an:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> set[str]:
        """The ids of the checked workshops."""
        return {
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        }
