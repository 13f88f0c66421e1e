""" "Personendaten entfernen…": overwrite the names of participants without consent, or all
personal data at the project's end, for good. Confirmed by typing the project's title, since
it cannot be undone; the dialog names the copies and backups of the file that still hold the
old data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.privacy import Scope, erase_personal_data
from lk40_desktop.services.privacy import Inventory
from lk40_desktop.services.summary import summarize
from lk40_desktop.ui.dialogs.copies import copy_lines
from lk40_desktop.ui.document import DocumentController


class RemovalDialog(QDialog):
    """Choose what to remove, type the title, remove."""

    def __init__(
        self, controller: DocumentController, found: Inventory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Personendaten entfernen"))
        with controller.document.reading() as session:
            self.title = summarize(session).title
        self.without_consent = QRadioButton(
            self.tr("Namen der &Teilnehmenden ohne Einwilligung ({count})").format(
                count=found.participants_without_consent
            )
        )
        self.everything = QRadioButton(
            self.tr("A&lle Personendaten (zum Projektende, {count} Einträge)").format(
                count=found.total
            )
        )
        self.without_consent.setChecked(True)
        choice = QButtonGroup(self)
        for button in (self.without_consent, self.everything):
            choice.addButton(button)
        prompt = QLabel(
            self.tr("Zum Bestätigen den Projekttitel „{title}“ ein&geben:").format(title=self.title)
        )
        prompt.setWordWrap(True)
        self.confirmation = QLineEdit()
        self.confirmation.setAccessibleName(self.tr("Projekttitel zur Bestätigung"))
        prompt.setBuddy(self.confirmation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.addButton(
            self.tr("Endgültig entfe&rnen"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        self.confirmation.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (self.without_consent, self.everything, *self._notes(found), prompt):
            layout.addWidget(widget)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _notes(self, found: Inventory) -> list[QLabel]:
        """What removal does and does not reach (the copies and backups of the file)."""
        warning = QLabel(
            self.tr(
                "Die Werte werden in der Datei überschrieben, auch in gelöschten Zeilen, und "
                "der freie Platz der Datei wird geleert. Das lässt sich nicht rückgängig "
                "machen; der Verlauf wird gelöscht. Anzahlen, Gruppen, Karten, Punkte und "
                "Bewertungen bleiben; Bewertende und Abstimmende heißen danach „Person 1“, "
                "„Person 2“ …"
            )
        )
        warning.setWordWrap(True)
        copies = QLabel(
            self.tr(
                "Diese Kopien und Sicherungen enthalten die alten Daten weiterhin:\n{paths}"
            ).format(paths=copy_lines(found.copies))
            if found.copies
            else self.tr(
                "Von dieser Datei sind keine Kopien oder Sicherungen bekannt; eigene Sicherungen "
                "und weitergegebene Kopien enthalten die alten Daten weiterhin."
            )
        )
        copies.setWordWrap(True)
        return [warning, copies]

    def _update(self) -> None:
        typed = self.confirmation.text().strip()
        self.remove_button.setEnabled(typed == self.title.strip() and not self.controller.read_only)

    def scope(self) -> Scope:
        """What the user chose to remove."""
        return "all" if self.everything.isChecked() else "without_consent"

    def remove(self) -> None:
        """Remove for good, then close (a failure is said by the main window, the dialog
        stays open)."""
        if not self.remove_button.isEnabled():
            return
        scope, pseudonym = self.scope(), self.tr("Person {number}")
        if self.controller.erase(lambda session: erase_personal_data(session, scope, pseudonym)):
            self.accept()
