"""The workshop table: title, date, place, facilitator, participants, notes; the participant
list of a workshop opens from here."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.overview import add_workshop, delete_workshops, update_workshop
from lk40_desktop.services import project as project_service
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.overview.participants import ParticipantsDialog
from lk40_desktop.ui.widgets.current_workshop import CurrentWorkshopBox
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel
from lk40_desktop.ui.widgets.stretch import StretchWithFloor
from lk40_desktop.ui.widgets.table_layout import wrap_headers
from lk40_desktop.ui.widgets.table_view import edit_new_row, record_table

TITLE = 0
TITLE_FLOOR = 200
COLUMN_WIDTHS = (0, 90, 180, 140, 100, 150, 150)
"""Title (stretched: what is left, at least 200 px on a 1280 px screen), date, place,
facilitator, participants, participant list, notes."""


class WorkshopModel(EntityTableModel):
    """Workshops in date order, every cell editable in place."""

    def __init__(self) -> None:
        super().__init__(
            "workshop",
            [
                Column("title", self.tr("Titel")),
                Column("date", self.tr("Datum"), kind="date"),
                Column("place", self.tr("Ort")),
                Column("facilitator", self.tr("Moderation")),
                Column("participant_count", self.tr("Teilnehmende"), kind="int"),
                Column("participants", self.tr("Teilnehmerliste")),
                Column("notes", self.tr("Notizen")),
            ],
            project_service.workshops,
            update_workshop,
        )


class WorkshopsSection(QGroupBox):
    """The workshop table with add and delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workshops"), parent)
        self.controller: DocumentController | None = None
        self.model = WorkshopModel()
        self.view = record_table(self.model, "workshopView")
        self.view.setWordWrap(False)
        header = wrap_headers(self.view)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            if column != TITLE:
                self.view.setColumnWidth(column, width)
        StretchWithFloor(self.view, TITLE, TITLE_FLOOR)  # takes what is left

        self.add_button = QPushButton(self.tr("&Workshop hinzufügen"))
        self.delete_button = QPushButton(self.tr("Workshop lös&chen"))
        self.participants_button = QPushButton(self.tr("Teil&nehmende…"))
        self.print_button = QPushButton(self.tr("Drucken…"))
        self.print_button.setToolTip(self.tr("Anwesenheitsliste oder Ablauf des Workshops drucken"))
        self.photos_button = QPushButton(self.tr("Fotos…"))
        self.photos_dialog: QDialog | None = None
        self.photos_button.clicked.connect(self.show_photos)
        self.add_button.clicked.connect(self.add_workshop)
        self.delete_button.clicked.connect(self.delete_selected)
        self.participants_button.clicked.connect(self.show_participants)
        self.print_button.clicked.connect(self.print_sheets)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.current = CurrentWorkshopBox()
        current_label = QLabel(self.tr("Läuft &jetzt:"))
        current_label.setBuddy(self.current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.participants_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.photos_button)
        buttons.addStretch(1)
        buttons.addWidget(current_label)
        buttons.addWidget(self.current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the workshops of another document (or none)."""
        self.controller = controller
        self.model.set_controller(controller)
        self.current.set_controller(controller)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.controller is not None and not self.controller.read_only
        self.add_button.setEnabled(writable)
        selected = self.view.selectionModel().hasSelection()
        self.delete_button.setEnabled(writable and selected)
        self.participants_button.setEnabled(self.controller is not None and selected)
        self.print_button.setEnabled(self.controller is not None and selected)
        self.photos_button.setEnabled(self.controller is not None and selected)

    def add_workshop(self) -> None:
        """Add a workshop dated today and start typing its title."""
        if self.controller is None:
            return
        title = self.tr("Neuer Workshop")
        edit = self.controller.perform(
            self.tr("Workshop hinzufügen"),
            lambda session: add_workshop(session, title, date.today()),
        )
        if edit is not None:
            edit_new_row(self.view, edit.created[0])

    def participants_dialog(self) -> ParticipantsDialog | None:
        """The participant list of the current workshop (None without one)."""
        row = self.view.currentIndex().row()
        if self.controller is None or row < 0:
            return None
        title = str(self.model.value(row, "title"))
        return ParticipantsDialog(self.controller, self.model.id_at(row), title, self)

    def show_participants(self) -> None:
        """Open the participant list of the current workshop."""
        dialog = self.participants_dialog()
        if dialog is not None:
            dialog.exec()

    def print_sheets(self) -> None:
        """The sign-in list or the agenda of the current workshop, on paper."""
        from lk40_desktop.ui.agenda.sheets import print_workshop_sheets

        row = self.view.currentIndex().row()
        if row >= 0:
            print_workshop_sheets(self, self.controller, self.model.id_at(row))

    def show_photos(self) -> None:
        """Open the photos of the current workshop (a dialog that does not block the window)."""
        from lk40_desktop.ui.overview.workshop_photos import WorkshopPhotosDialog

        row = self.view.currentIndex().row()
        if self.controller is None or row < 0:
            return
        title = str(self.model.value(row, "title"))
        self.photos_dialog = WorkshopPhotosDialog(
            self.controller, self.model.id_at(row), title, self
        )
        self.photos_dialog.open()

    def delete_selected(self) -> None:
        """Delete the selected workshops after asking (undo brings them back)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if self.controller is None or not rows:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Workshops löschen"),
            self.tr(
                "Ausgewählte Workshops löschen ({count})? Mit Rückgängig (Strg+Z) lässt sich "
                "das zurücknehmen."
            ).format(count=len(rows)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_rows(rows)

    def delete_rows(self, rows: list[int]) -> None:
        """Delete workshops by row (an undoable edit)."""
        if self.controller is not None:
            ids = [self.model.id_at(row) for row in rows]
            self.controller.perform(
                self.tr("Workshop löschen"), lambda session: delete_workshops(session, ids)
            )
