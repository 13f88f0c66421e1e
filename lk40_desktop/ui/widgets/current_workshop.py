"""Which workshop is running tonight, chosen in a combo box: on the overview and in the main
window's status bar. Both offer the same choice and follow each other through the file (the
setting ``services.project.CURRENT_WORKSHOP_KEY``), so captured cards, new voting rounds and
new stakeholders' attendances go to it without a filter."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from lk40_desktop.operations.overview import set_current_workshop
from lk40_desktop.services.project import current_workshop, workshops
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController, follow_changes


class CurrentWorkshopBox(QComboBox):
    """The workshops of the open project and "no workshop"; choosing one is an undoable edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.setAccessibleName(self.tr("Heutiger Workshop"))
        self.setToolTip(
            self.tr("Neue Karten, Abstimmungsrunden und Teilnahmen gehen an diesen Workshop")
        )
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activated.connect(self._chosen)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Follow another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self.fill()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("workshop", "setting"):
            self.fill()

    def fill(self) -> None:
        """Offer the file's workshops in date order, the running one chosen."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("kein Workshop"), None)
        chosen = None
        if self.controller is not None:
            with self.controller.document.reading() as session:
                for workshop in workshops(session):
                    self.addItem(workshop.title, workshop.id)
                chosen = current_workshop(session)
        self.setCurrentIndex(max(0, self.findData(chosen)) if chosen else 0)
        self.setEnabled(self.controller is not None and not self.controller.read_only)
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        workshop_id = self.itemData(index)
        if self.controller is None:
            return
        self.controller.perform(
            self.tr("Heutigen Workshop wählen"),
            lambda session: set_current_workshop(session, workshop_id),
        )
        self.fill()  # a refused or unchanged choice shows what is stored
