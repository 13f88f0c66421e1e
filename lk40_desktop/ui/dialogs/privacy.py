""" "Personenbezogene Daten…": what personal data the open file holds, per field, in live and in
deleted rows, and which copies and backups of the file the app knows it wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.services.privacy import Inventory, inventory
from lk40_desktop.ui.dialogs.copies import copy_lines
from lk40_desktop.ui.dialogs.removal import RemovalDialog
from lk40_desktop.ui.document import DocumentController

if TYPE_CHECKING:
    from lk40_desktop.ui.main_window import MainWindow


class PrivacyDialog(QDialog):
    """The inventory of one file, read once when the dialog opens (it changes nothing)."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personenbezogene Daten"))
        self.resize(640, 520)
        with controller.document.reading() as session:
            self.inventory = inventory(session)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Feld"), self.tr("Einträge"), self.tr("in gelöschten Zeilen")]
        )
        labels = self._labels()
        for field in self.inventory.fields:
            row = [QStandardItem(labels[field.key]), QStandardItem(str(field.live))]
            row.append(QStandardItem(str(field.deleted)))
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Felder mit Personendaten"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # the counts as wide as their titles, which are not cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        summary = QLabel(self._summary(self.inventory))
        summary.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.remove_button = close.addButton(
            self.tr("Personendaten &entfernen…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button.setEnabled(not controller.read_only)
        self.remove_button.clicked.connect(self.show_removal)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Diese Felder können Namen oder Angaben zu Personen enthalten. Gelöschte "
                    "Zeilen zeigt keine Liste, die Datei enthält sie aber noch."
                )
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(summary)
        layout.addWidget(close)

    def removal_dialog(self) -> RemovalDialog:
        """The removal dialog over this inventory."""
        return RemovalDialog(self.controller, self.inventory, self)

    def show_removal(self) -> None:
        """Remove personal data; after a removal the inventory is out of date, so it closes."""
        if self.removal_dialog().exec() == QDialog.DialogCode.Accepted:
            self.accept()

    def _labels(self) -> dict[str, str]:
        """The UI's words for each field of ``services.privacy.PERSONAL_FIELDS``."""
        return {
            "stakeholder.contact_person": self.tr("Stakeholder: Ansprechperson"),
            "stakeholder.contact_details": self.tr("Stakeholder: Kontaktdaten"),
            "stakeholder.notes": self.tr("Stakeholder: Notizen"),
            "workshop.facilitator": self.tr("Workshop: Moderation"),
            "workshop.participants": self.tr("Workshop: Teilnehmerliste (Freitext)"),
            "participant.name": self.tr("Teilnehmende: Name"),
            "participant.organisation": self.tr("Teilnehmende: Organisation"),
            "rater.name": self.tr("Bewertende: Name"),
            "vote.voter": self.tr("Punktabfrage: Name der Abstimmenden"),
            "idea.author_group": self.tr("Karten: Autorengruppe"),
            "proposal.lead": self.tr("Projektvorschlag: Federführung"),
            "proposal.partners": self.tr("Projektvorschlag: Partner"),
            "photo.caption": self.tr("Fotos: Bildunterschrift"),
        }

    def _summary(self, found: Inventory) -> str:
        lines = [
            self.tr("Teilnehmende ohne Einwilligung, genannt zu werden: {count}").format(
                count=found.participants_without_consent
            ),
            self.tr("Fotos in der Datei (können Personen zeigen): {count}").format(
                count=sum(found.photos)
            ),
        ]
        if found.copies:
            lines.append(
                self.tr(
                    "Bekannte Kopien und Sicherungen dieser Datei (enthalten die Daten von damals):"
                )
            )
            lines.append(copy_lines(found.copies))
        else:
            lines.append(self.tr("Von dieser Datei sind keine Kopien oder Sicherungen bekannt."))
        return "\n".join(lines)


def show_privacy(window: MainWindow) -> None:
    """Open the inventory of the window's project (nothing without one)."""
    if window.controller is not None:
        PrivacyDialog(window.controller, window).exec()
