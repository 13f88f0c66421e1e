"""The new-project dialog: project data and where to save the file."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from lk40_desktop import FILE_SUFFIX
from lk40_desktop.i18n import DATE_FORMAT
from lk40_desktop.services.template import ProjectData
from lk40_desktop.ui.widgets.dates import to_date


def _safe_file_stem(text: str) -> str:
    """A file name from the county name: no characters that Windows forbids."""
    cleaned = "".join("_" if char in '<>:"/\\|?*' or ord(char) < 32 else char for char in text)
    return cleaned.strip(" .") or "Projekt"


class NewProjectDialog(QDialog):
    """Asks for county, title, client, dates and description, and the target file."""

    def __init__(self, template: bool, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Neues Projekt (Vorlage Landkreis 4.0)")
            if template
            else self.tr("Leeres Projekt")
        )
        self.setMinimumWidth(560)
        self._folder = folder
        defaults = ProjectData()
        self.county = QLineEdit()
        self.county.setPlaceholderText(self.tr("z. B. Landkreis Musterland"))
        self.title_edit = QLineEdit(defaults.title if template else "")
        self.client = QLineEdit()
        today = QDate.currentDate()
        self.start_date = QDateEdit(today)
        self.end_date = QDateEdit(today.addMonths(9))
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Durchsuchen…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.county.textChanged.connect(self._suggest_path)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Projekt anlegen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        if template:
            form.addRow(
                QLabel(
                    self.tr(
                        "Das Projekt enthält die neun Handlungsfelder und die "
                        "Bewertungskriterien der Vorlage Landkreis 4.0."
                    )
                )
            )
        form.addRow(self.tr("&Landkreis:"), self.county)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Auftraggeber:"), self.client)
        form.addRow(self.tr("&Beginn:"), self.start_date)
        form.addRow(self.tr("&Ende:"), self.end_date)
        form.addRow(self.tr("Be&schreibung:"), self.description)
        form.addRow(self.tr("&Datei:"), path_row)
        cast(QLabel, form.labelForField(path_row)).setBuddy(self.path_edit)  # a row has none
        form.addRow(self.error)
        form.addRow(buttons)

    def _suggest_path(self, county: str) -> None:
        if not self.path_edit.isModified():
            self.path_edit.setText(
                str(Path(self._folder) / (_safe_file_stem(county) + FILE_SUFFIX))
            )

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Projekt anlegen"),
            self.path_edit.text() or self._folder,
            self.tr("LK40-Projekte (*.lk40)"),
        )
        if name:
            self.path_edit.setText(name)
            self.path_edit.setModified(True)

    def target_path(self) -> Path:
        """The file to create, with the `.lk40` suffix."""
        path = Path(self.path_edit.text().strip())
        return (
            path if path.suffix.lower() == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)
        )

    def project_data(self) -> ProjectData:
        """What the user entered."""
        return ProjectData(
            county=self.county.text().strip(),
            title=self.title_edit.text().strip(),
            client=self.client.text().strip(),
            start_date=to_date(self.start_date.date()),
            end_date=to_date(self.end_date.date()),
            description=self.description.toPlainText(),
        )

    def accept(self) -> None:
        """Refuse with a message at the form instead of creating a half-described project."""
        if not self.county.text().strip():
            self.error.setText(self.tr("Bitte geben Sie den Landkreis an."))
            self.county.setFocus()
            return
        if not self.path_edit.text().strip():
            self.error.setText(self.tr("Bitte wählen Sie, wo die Projektdatei gespeichert wird."))
            return
        target = self.target_path()
        if target.exists():
            self.error.setText(
                self.tr("Diese Datei gibt es bereits. Bitte wählen Sie einen anderen Namen.")
            )
            return
        if not target.parent.is_dir():
            self.error.setText(self.tr("Den Ordner gibt es nicht."))
            return
        if self.end_date.date() < self.start_date.date():
            self.error.setText(self.tr("Das Ende liegt vor dem Beginn."))
            return
        super().accept()
