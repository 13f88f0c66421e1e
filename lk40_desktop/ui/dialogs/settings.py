"""The settings dialog: the UI language of this computer and, with a project open, what the
project keeps for its printed sheets (the contact for data-protection questions that the
sign-in list's Art. 13 notice names). More settings join as editors need them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from lk40_desktop.ui.preferences import Preferences

if TYPE_CHECKING:
    from lk40_desktop.ui.document import DocumentController

CONTACT_LENGTH = 300
"""Characters of a contact: an office, an address, a phone number, an e-mail address."""


class SettingsDialog(QDialog):
    """Lets the user choose German or English (applied at the next start) and, with a
    project, set its data-protection contact (one undoable edit)."""

    def __init__(
        self,
        preferences: Preferences,
        parent: QWidget | None = None,
        controller: DocumentController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.preferences, self.controller = preferences, controller
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language or "de")))
        hint = QLabel(self.tr("Die Sprache wird beim nächsten Start übernommen."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Sprache der Oberfläche:"), self.language)
        layout.addRow(hint)
        self.contact, self.stored_contact = QLineEdit(), ""
        if controller is not None:
            self._add_project_settings(layout, controller)
        layout.addRow(buttons)

    def _add_project_settings(self, layout: QFormLayout, controller: DocumentController) -> None:
        from lk40_desktop.services.sheets import privacy_contact

        with controller.document.reading() as session:
            self.stored_contact = privacy_contact(session)
        self.contact.setText(self.stored_contact)
        self.contact.setMaxLength(CONTACT_LENGTH)
        self.contact.setMinimumWidth(360)
        self.contact.setPlaceholderText(self.tr("z. B. Datenschutzbeauftragte, datenschutz@…"))
        self.contact.setReadOnly(controller.read_only)
        self.contact.setAccessibleName(self.tr("Kontakt für Datenschutzfragen"))
        about = QLabel(
            self.tr(
                "Gilt für dieses Projekt: Die Anwesenheitsliste nennt den Kontakt im "
                "Datenschutzhinweis nach Art. 13 DSGVO. Ohne ihn bleibt dort eine Zeile zum "
                "Ausfüllen frei."
            )
        )
        about.setWordWrap(True)
        layout.addRow(self.tr("Kon&takt für Datenschutzfragen:"), self.contact)
        layout.addRow(about)

    def accept(self) -> None:
        self.preferences.language = str(self.language.currentData())
        contact = self.contact.text().strip()
        if self.controller is not None and contact != self.stored_contact:
            from lk40_desktop.operations.settings import set_setting
            from lk40_desktop.services.sheets import PRIVACY_CONTACT_KEY

            self.controller.perform(
                self.tr("Kontakt für Datenschutzfragen ändern"),
                lambda session: set_setting(session, PRIVACY_CONTACT_KEY, contact),
            )
        super().accept()
