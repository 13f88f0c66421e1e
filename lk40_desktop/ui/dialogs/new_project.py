"""The new-project dialog: project data and where to save the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
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
from lk40_desktop.paths import as_project_file
from lk40_desktop.services.template import ProjectData
from lk40_desktop.ui.widgets.dates import DateEdit, DateTextError, to_date


def documents_folder() -> Path:
    """Where new projects are proposed: the user's documents folder as the system names it
    (QStandardPaths: "Dokumente" on a German desktop), created when a fresh system has none
    yet; the home folder when it cannot be."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


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
        self.start_date = DateEdit(to_date(today))
        self.end_date = DateEdit(to_date(today.addMonths(9)))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.path_edit = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.county.textChanged.connect(self._suggest_path)
        for line in (self.county, self.path_edit, self.start_date, self.end_date):
            line.textChanged.connect(self._check_again)
        self._lay_out(template)
        self._suggest_path("")

    def _lay_out(self, template: bool) -> None:
        browse = QPushButton(self.tr("Durchsuchen…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
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
        file_label = QLabel(self.tr("&Datei:"))  # a row of widgets cannot be a label's buddy
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
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
        return as_project_file(Path(self.path_edit.text().strip()))

    def project_data(self) -> ProjectData:
        """What the user entered."""
        return ProjectData(
            county=self.county.text().strip(),
            title=self.title_edit.text().strip(),
            client=self.client.text().strip(),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            description=self.description.toPlainText(),
        )

    def problem(self) -> str:
        """What keeps the project from being created ("" when nothing)."""
        if not self.county.text().strip():
            return self.tr("Bitte geben Sie den Landkreis an.")
        if not self.path_edit.text().strip():
            return self.tr("Bitte wählen Sie, wo die Projektdatei gespeichert wird.")
        target = self.target_path()
        if target.exists():
            return self.tr("Diese Datei gibt es bereits. Bitte wählen Sie einen anderen Namen.")
        if not target.parent.is_dir():
            return self.tr("Den Ordner „{folder}“ gibt es nicht.").format(folder=target.parent)
        for field, name in ((self.start_date, self.tr("Beginn")), (self.end_date, self.tr("Ende"))):
            try:
                field.read()
            except DateTextError as error:
                return self.tr("{field}: {problem}").format(
                    field=name, problem=field.describe(error)
                )
        start, end = self.start_date.read(), self.end_date.read()
        if start is not None and end is not None and end < start:
            return self.tr("Das Ende liegt vor dem Beginn.")
        return ""

    def _check_again(self) -> None:
        """A message shown stays only while its problem does: choosing a folder that exists,
        or typing the county, clears it."""
        if self.error.text():
            self.error.setText(self.problem())

    def accept(self) -> None:
        """Refuse with a message at the form instead of creating a half-described project."""
        problem = self.problem()
        self.error.setText(problem)
        if not problem:
            self.start_date.commit()
            self.end_date.commit()
            super().accept()
        else:
            bad = next((f for f in (self.start_date, self.end_date) if f.problem), None)
            (self.county if not self.county.text().strip() else bad or self.path_edit).setFocus()
