"""The stakeholder data of the open document, reloaded when an edit concerns it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lk40_desktop.services.stakeholders.data import StakeholderData, load
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.ui.document import DocumentController, follow_changes

KINDS: tuple[EntityKind, ...] = (
    "stakeholder",
    "stakeholder_relation",
    "stakeholder_group",
    "relation_kind",
    "stakeholder_workshop",
    "workshop",
)


class StakeholderSource(QObject):
    """Holds one StakeholderData; table and map read it, so the store is read once per edit."""

    updated = Signal(object)
    """The ChangeSet that caused the reload (ChangeSet.reload() for a new document)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.data = StakeholderData([], [], [], [], [])

    def set_controller(self, controller: DocumentController | None) -> None:
        """Follow another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self._reload(ChangeSet.reload())

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS):
            self._reload(changes)

    def _reload(self, changes: ChangeSet) -> None:
        if self.controller is None:
            self.data = StakeholderData([], [], [], [], [])
        else:
            with self.controller.document.reading() as session:
                self.data = load(session)
        self.updated.emit(changes)

    @property
    def writable(self) -> bool:
        """Whether edits are possible."""
        return self.controller is not None and not self.controller.read_only
