"""The project-data form: each keystroke is written at once; typing merges into one undo step.

The form that typed an edit already shows it, so it refills itself from the file only for
edits made elsewhere (undo, redo, another view): refilling while typing would fight the
cursor."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QWidget,
)

from lk40_desktop.operations.overview import update_project
from lk40_desktop.services.project import get_project
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.widgets.dates import DateEdit
from lk40_desktop.ui.widgets.display import text_line


class ProjectForm(QGroupBox):
    """County, title, client, dates, description and the language of exports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Projektdaten"), parent)
        self.controller: DocumentController | None = None
        self.county = text_line()
        self.title_edit = text_line()
        self.client = text_line()
        self.start_date = DateEdit()
        self.end_date = DateEdit()
        self.language = QComboBox()
        self.language.addItem(self.tr("Deutsch"), "de")
        self.language.addItem(self.tr("Englisch"), "en")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)

        layout = QFormLayout(self)
        layout.addRow(self.tr("&Landkreis:"), self.county)
        layout.addRow(self.tr("&Titel:"), self.title_edit)
        layout.addRow(self.tr("Auftrag&geber:"), self.client)
        layout.addRow(self.tr("Beg&inn:"), self.start_date)
        layout.addRow(self.tr("&Ende:"), self.end_date)
        layout.addRow(self.tr("&Sprache der Exporte:"), self.language)
        layout.addRow(self.tr("Besch&reibung:"), self.description)

        labels = {
            "county": self.tr("Landkreis"),
            "title": self.tr("Titel"),
            "client": self.tr("Auftraggeber"),
            "start_date": self.tr("Beginn"),
            "end_date": self.tr("Ende"),
            "language": self.tr("Sprache der Exporte"),
            "description": self.tr("Beschreibung"),
        }
        self._labels = labels
        self.county.textEdited.connect(lambda text: self._edit("county", text))
        self.title_edit.textEdited.connect(lambda text: self._edit("title", text))
        self.client.textEdited.connect(lambda text: self._edit("client", text))
        self.start_date.committed.connect(lambda value: self._edit("start_date", value))
        self.end_date.committed.connect(lambda value: self._edit("end_date", value))
        self.language.activated.connect(
            lambda _row: self._edit("language", self.language.currentData())
        )
        self.description.textChanged.connect(self._description_changed)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the project data of another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        if controller is not None:
            read_only = controller.read_only
            for widget in (
                self.county,
                self.title_edit,
                self.client,
                self.start_date,
                self.end_date,
                self.description,
            ):
                widget.setReadOnly(read_only)
            self.language.setEnabled(not read_only)
        self._refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("project") and changes.initiator is not self:
            self._refresh()

    def _refresh(self) -> None:
        """Show the stored values; widgets already showing them are left alone (cursor stays)."""
        if self.controller is None:
            return
        with self.controller.document.reading() as session:
            project = get_project(session)
            values = {name: getattr(project, name) for name in self._labels}
        widgets = (
            self.county,
            self.title_edit,
            self.client,
            self.start_date,
            self.end_date,
            self.language,
            self.description,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for line, name in (
                (self.county, "county"),
                (self.title_edit, "title"),
                (self.client, "client"),
            ):
                if line.text() != values[name]:
                    line.setText(values[name])
            for edit, name in ((self.start_date, "start_date"), (self.end_date, "end_date")):
                stored: date | None = values[name]
                if edit.value() != stored:
                    edit.set_value(stored)
            self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
            if self.description.toPlainText() != values["description"]:
                self.description.setPlainText(values["description"])
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _description_changed(self) -> None:
        self._edit("description", self.description.toPlainText())

    def _edit(self, field: str, value: Any) -> None:
        if self.controller is None:
            return
        self.controller.perform(
            self.tr("„{field}“ ändern").format(field=self._labels[field]),
            lambda session: update_project(session, {field: value}),
            initiator=self,
            merge=True,
        )
