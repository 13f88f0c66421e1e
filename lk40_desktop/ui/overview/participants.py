"""The participant list of one workshop: who took part, from which organisation and group,
whether they are a stakeholder of the map, and what they agreed to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.participants import (
    add_participant,
    delete_participants,
    update_participant,
)
from lk40_desktop.services import participants as participant_service
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel
from lk40_desktop.ui.widgets.table_layout import wrap_headers
from lk40_desktop.ui.widgets.table_view import edit_new_row, record_table

LINKS = ("group_id", "stakeholder_id")
"""The choice columns whose "—" means no link (stored as NULL)."""
COLUMN_WIDTHS = (200, 180, 150, 190, 110, 110)


class ParticipantModel(EntityTableModel):
    """The participants of one workshop; the group and stakeholder columns offer the file's
    current groups and stakeholders (re-read whenever they change)."""

    def __init__(self, workshop_id: str, parent: QObject | None = None) -> None:
        super().__init__(
            "participant",
            [],
            lambda session: participant_service.participants(session, workshop_id),
            update_participant,
            parent,
        )
        self.columns = self._columns([], [])

    def _columns(
        self, groups: list[tuple[str, str]], stakeholders: list[tuple[str, str]]
    ) -> list[Column]:
        none = ("", "—")
        return [
            Column("name", self.tr("Name")),
            Column("organisation", self.tr("Organisation")),
            Column("group_id", self.tr("Gruppe"), kind="choice", choices=(none, *groups)),
            Column(
                "stakeholder_id",
                self.tr("Stakeholder"),
                kind="choice",
                choices=(none, *stakeholders),
            ),
            Column("named", self.tr("Im Protokoll genannt"), kind="bool"),
            Column("photographed", self.tr("Fotografiert"), kind="bool"),
        ]

    def reload(self) -> None:
        """Re-read the choices, then the rows."""
        if self.controller is not None:
            with self.controller.document.reading() as session:
                self.columns = self._columns(
                    participant_service.group_choices(session),
                    participant_service.stakeholder_choices(session),
                )
        super().reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if any(
            changes.touches(kind) for kind in ("participant", "stakeholder", "stakeholder_group")
        ):
            self.reload()

    def coerce(self, column: Column, value: Any) -> Any:
        """ "—" in a link column stores no link."""
        if column.field in LINKS:
            return str(value) if value else None
        return super().coerce(column, value)


class ParticipantsDialog(QDialog):
    """Add, edit and remove the participants of one workshop; every edit is undoable."""

    def __init__(
        self,
        controller: DocumentController,
        workshop_id: str,
        workshop_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teilnehmende: {title}").format(title=workshop_title))
        self.resize(980, 460)
        self.controller, self.workshop_id = controller, workshop_id
        self.model = ParticipantModel(workshop_id, self)
        self.model.set_controller(controller)
        self.view = record_table(self.model, "participantView")
        self.view.setAccessibleName(self.tr("Teilnehmende"))
        header = wrap_headers(self.view)  # "Im Protokoll genannt" on two lines, not cut
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        hint = QLabel(
            self.tr(
                "Namen erscheinen in Protokoll, Papier und Arbeitsmappe nur mit Einwilligung "
                "(„Im Protokoll genannt“); alle anderen zählen nur mit."
            )
        )
        hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Person &hinzufügen"))
        self.remove_button = QPushButton(self.tr("Von der Liste &nehmen"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.remove_button):
            button.setEnabled(not controller.read_only)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(close)

    def add(self) -> None:
        """Add a participant and start typing the name (Tab goes on to the other cells)."""
        name = self.tr("Neue Person")
        edit = self.controller.perform(
            self.tr("Person hinzufügen"),
            lambda session: add_participant(session, self.workshop_id, name),
        )
        if edit is not None:
            edit_new_row(self.view, edit.created[0])

    def remove_selected(self) -> None:
        """Take the selected participants off the list (undoable)."""
        ids = [self.model.id_at(index.row()) for index in self.view.selectionModel().selectedRows()]
        if ids:
            self.controller.perform(
                self.tr("Von der Liste nehmen"),
                lambda session: delete_participants(session, ids),
            )
