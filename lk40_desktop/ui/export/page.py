"""The export page: choose Word and/or Excel, template, language, chapters and action fields,
then run the export job (``export.job``) in the background with a progress dialog that can
be cancelled."""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.export.atomic import ExportTargetError
from lk40_desktop.export.docx_paper import CHAPTERS, DEFAULT_CHAPTERS
from lk40_desktop.export.job import ExportJob, Finding
from lk40_desktop.export.progress import ExportCancelledError, Progress
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.export.word_template import TemplateError, TemplateProblem, check_template
from lk40_desktop.services import project as project_service
from lk40_desktop.store.errors import DocumentError
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.export.findings import FindingWords
from lk40_desktop.ui.export.overwrite import kept_edits
from lk40_desktop.ui.export.paper_options import PaperOptionsBox
from lk40_desktop.ui.export.preflight_list import PreflightList
from lk40_desktop.ui.widgets.background import BackgroundTask
from lk40_desktop.ui.widgets.chapters import chapter_labels
from lk40_desktop.ui.widgets.display import shown
from lk40_desktop.ui.widgets.project_page import ProjectPage

log = logging.getLogger(__name__)


class ExportPage(ProjectPage):
    """Options on the left, targets on the right, one button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.task: BackgroundTask | None = None
        self.last_outputs: list[Path] = []
        self.findings: list[Finding] = []
        """What the pre-flight check found for the last export (said when it is done)."""
        heading = QLabel(self.tr("Export"))
        heading.setObjectName("pageTitle")
        self.export_button = QPushButton(self.tr("&Exportieren"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(self._targets())
        self.paper_options = PaperOptionsBox()
        layout.addWidget(self.paper_options)
        layout.addLayout(self._choices(), 1)
        self.check_button = QPushButton(self.tr("&Lücken prüfen"))
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)

    def _targets(self) -> QGroupBox:
        """The files to write, the template and the language."""
        self.word = QCheckBox(self.tr("&Strategiepapier (Word)"))
        self.excel = QCheckBox(self.tr("Arbeits&mappe (Excel)"))
        self.word.setChecked(True)
        self.excel.setChecked(True)
        self.docx_path = QLineEdit()
        self.docx_path.setAccessibleName(self.tr("Datei des Strategiepapiers"))
        self.xlsx_path = QLineEdit()
        self.xlsx_path.setAccessibleName(self.tr("Datei der Arbeitsmappe"))
        self.template_path = QLineEdit()
        self.template_path.setAccessibleName(self.tr("Word-Vorlage"))
        self.template_path.setPlaceholderText(self.tr("Standardvorlage"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Sprache des Projekts"), None)
        self.language.addItem(self.tr("Deutsch"), "de")
        self.language.addItem(self.tr("Englisch"), "en")
        self.language.activated.connect(lambda _row: self._suggest_targets())
        targets = QGroupBox(self.tr("Dateien"))
        form = QFormLayout(targets)
        form.addRow(
            self.word,
            self._with_browse(self.docx_path, self.tr("Word-Dokument (*.docx)"), save=True),
        )
        form.addRow(
            self.excel,
            self._with_browse(self.xlsx_path, self.tr("Excel-Arbeitsmappe (*.xlsx)"), save=True),
        )
        form.addRow(
            self.tr("&Vorlage:"),
            self._with_browse(self.template_path, self.tr("Word-Vorlage (*.docx)"), save=False),
        )
        form.addRow(self.tr("S&prache:"), self.language)
        self.without_contacts = QCheckBox(self.tr("Ohne &Kontaktdaten (zum Weitergeben)"))
        self.without_contacts.setToolTip(
            self.tr(
                "Lässt Ansprechpersonen, Kontaktangaben und Notizen der Stakeholder weg. "
                "Teilnehmende stehen ohnehin nur mit ihrer Zustimmung im Export."
            )
        )
        form.addRow("", self.without_contacts)
        return targets

    def _choices(self) -> QHBoxLayout:
        """The paper's chapters and action fields, side by side."""
        self.chapters = QListWidget()
        for key, label in self.chapter_labels().items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = key in DEFAULT_CHAPTERS
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.chapters.addItem(item)
        self.fields = QListWidget()
        chapters_box = QGroupBox(self.tr("Kapitel"))
        QVBoxLayout(chapters_box).addWidget(self.chapters)
        fields_box = QGroupBox(self.tr("Handlungsfelder"))
        QVBoxLayout(fields_box).addWidget(self.fields)
        self.preflight = PreflightList()
        self.preflight.chosen.connect(self.show_place)
        choices = QHBoxLayout()
        choices.addWidget(chapters_box)
        choices.addWidget(fields_box)
        choices.addWidget(self.preflight)
        return choices

    def chapter_labels(self) -> dict[str, str]:
        """The paper's chapters and their names."""
        every = chapter_labels()
        return {key: every[key] for key in CHAPTERS}

    def step_labels(self) -> dict[str, str]:
        """What the progress dialog shows for each step of the export job."""
        return {
            "workbook": self.tr("Arbeitsmappe"),
            "contents": self.tr("Inhaltsverzeichnis"),
            **self.chapter_labels(),
            "save": self.tr("Dateien speichern"),
        }

    def _with_browse(self, edit: QLineEdit, file_filter: str, *, save: bool) -> QWidget:
        button = QPushButton(self.tr("…"))
        button.setFixedWidth(32)
        button.setAccessibleName(
            self.tr("{what}: Datei wählen …").format(what=edit.accessibleName())
        )
        button.setToolTip(button.accessibleName())

        def browse() -> None:
            start = edit.text() or (
                str(self.controller.document.path.parent) if self.controller else ""
            )
            dialog: Callable[..., tuple[str, str]] = (
                QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
            )
            name, _ = dialog(self, self.tr("Datei wählen"), start, file_filter)
            if name:
                edit.setText(name)

        button.clicked.connect(browse)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box

    def set_controller(self, controller: DocumentController | None) -> None:
        """Suggest targets beside the project and list its action fields."""
        self.controller = controller
        self.paper_options.set_controller(controller)
        self.fields.clear()
        self.export_button.setEnabled(controller is not None)
        if controller is None:
            return
        for edit in (self.docx_path, self.xlsx_path):
            edit.setModified(False)  # a new project gets new suggestions
        self._suggest_targets()
        with controller.document.reading() as session:
            for action_field in project_service.action_fields(session):
                item = QListWidgetItem(shown(action_field.name))
                item.setData(Qt.ItemDataRole.UserRole, action_field.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Unchecked if action_field.archived else Qt.CheckState.Checked
                )
                self.fields.addItem(item)

    def _suggest_targets(self) -> None:
        """Files beside the project, named in the export's language ("Musterlandkreis –
        Strategy paper.docx"); a name the user typed stays."""
        if self.controller is None:
            return
        language = self.language.currentData()
        if language is None:
            with self.controller.document.reading() as session:
                language = project_service.get_project(session).language
        words, path = Words(language), self.controller.document.path
        for edit, key, suffix in (
            (self.docx_path, "file_paper", ".docx"),
            (self.xlsx_path, "file_workbook", ".xlsx"),
        ):
            if not edit.isModified():
                edit.setText(str(path.with_name(f"{path.stem} – {words[key]}{suffix}")))

    def _checked(self, widget: QListWidget) -> frozenset[str]:
        return frozenset(
            str(widget.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        )

    def job(self) -> ExportJob | None:
        """The export as chosen, or None with a message when something is missing."""
        docx = (
            Path(self.docx_path.text().strip())
            if self.word.isChecked() and self.docx_path.text().strip()
            else None
        )
        xlsx = (
            Path(self.xlsx_path.text().strip())
            if self.excel.isChecked() and self.xlsx_path.text().strip()
            else None
        )
        template = (
            Path(self.template_path.text().strip()) if self.template_path.text().strip() else None
        )
        if docx is None and xlsx is None:
            self.message.setText(
                self.tr("Bitte Word und/oder Excel wählen und einen Dateinamen angeben.")
            )
            return None
        if template is not None and not template.is_file():
            self.message.setText(self.tr("Die Vorlage wurde nicht gefunden."))
            return None
        if template is not None:
            try:
                check_template(template)
            except TemplateError as error:  # said in a box too: the line may be off-screen
                self.message.setText(self._template_failure(error))
                QMessageBox.warning(self, self.tr("Export fehlgeschlagen"), self.message.text())
                return None
        return ExportJob(
            paper=docx,
            workbook=xlsx,
            template=template,
            language=self.language.currentData(),
            chapters=self._checked(self.chapters),
            field_ids=self._checked(self.fields),
            roadmap_order=str(self.paper_options.roadmap_order.currentData()),
            without_contact_details=self.without_contacts.isChecked(),
        )

    def check(self) -> None:
        """List what the chosen export's paper lacks, without exporting."""
        job = self.job()
        if job is None or self.controller is None:
            return
        from lk40_desktop.export.job import preflight
        from lk40_desktop.services.report import build_report

        with self.controller.document.reading() as session:
            report = build_report(session, job.language)
        self.findings = preflight(report, job)
        self.preflight.show_findings(self.findings)
        self.preflight.entries.setFocus()

    def start_export(self) -> None:
        """Read the project, then write the files in the background."""
        job = self.job()
        if job is None or self.controller is None:
            return
        from lk40_desktop.export.job import preflight, run_export
        from lk40_desktop.services.export_log import read_log
        from lk40_desktop.services.report import build_report

        with self.controller.document.reading() as session:
            report = build_report(session, job.language)
            log = read_log(session)
        job = kept_edits(self, job, log, {"paper": self.docx_path, "workbook": self.xlsx_path})
        if job is None:
            return
        self.findings = preflight(report, job)
        self.preflight.show_findings(self.findings)
        labels = self.step_labels()

        def work(progress: Progress) -> list[Path]:
            return run_export(report, job, lambda percent, key: progress(percent, labels[key]))

        self.message.clear()
        self.export_button.setEnabled(False)
        self.task = BackgroundTask(self.tr("Export läuft …"), work, self)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self.task_failed)
        self.task.start()

    def _finished(self, written: object) -> None:
        self.export_button.setEnabled(True)
        assert isinstance(written, list)
        self.last_outputs = written
        self._log(written)
        self.message.setText(
            self.tr("Geschrieben: {files}").format(files=", ".join(p.name for p in written))
        )
        notes = FindingWords(self).lines(self.findings)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export abgeschlossen"),
            "\n".join(str(p) for p in written),
            parent=self,
        )
        if notes:
            box.setInformativeText(self.tr("Hinweise:") + "\n• " + "\n• ".join(notes))
        open_button = box.addButton(self.tr("Öffnen"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(
            self.tr("Im Ordner anzeigen"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button and written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[-1])))
        elif box.clickedButton() is folder_button and written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[-1].parent)))

    def _log(self, written: list[Path]) -> None:
        """Note the files in the project's export log, outside the undo history (the log
        is no edit of the strategy); a read-only project keeps no log."""
        if self.controller is None or self.controller.document.read_only:
            return
        from datetime import datetime

        from lk40_desktop.operations.edit import perform
        from lk40_desktop.operations.settings import record_export

        try:
            perform(self.controller.document, lambda s: record_export(s, written, datetime.now()))
        except DocumentError as error:  # the files are written; only the note is missing
            log.warning("export log not written: %s", error)

    def task_failed(self, error: object) -> None:
        """Say why the export did not happen: cancelled, a target not written (and what was
        replaced), a template refused, or another failure."""
        self.export_button.setEnabled(True)
        self.last_outputs = []
        if isinstance(error, ExportCancelledError):
            self.message.setText(self.tr("Export abgebrochen – es wurde keine Datei geschrieben."))
            return
        if isinstance(error, ExportTargetError):
            text = self._target_failure(error)
        elif isinstance(error, TemplateError):
            text = self._template_failure(error)
        else:
            log.error("export failed: %r", error)
            text = self.tr(
                "Der Export ist fehlgeschlagen: {reason}. Vorhandene Dateien blieben unverändert."
            ).format(reason=str(error))
        self.message.setText(text)
        QMessageBox.warning(self, self.tr("Export fehlgeschlagen"), text)

    def _template_failure(self, error: TemplateError) -> str:
        """Why the chosen template cannot be used; nothing was written."""
        reasons = {
            TemplateProblem.NOT_DOCX: self.tr("sie ist kein lesbares Word-Dokument (.docx)"),
            TemplateProblem.TOO_LARGE: self.tr("sie ist größer, als eine Word-Vorlage sein kann"),
            TemplateProblem.ZIP_BOMB: self.tr(
                "sie würde sich beim Entpacken auf ein Vielfaches aufblähen (eine „Zip-Bombe“)"
            ),
            TemplateProblem.DOCUMENT_TYPE: self.tr(
                "sie enthält eine XML-Dokumenttypdefinition, die Word nie schreibt"
            ),
        }
        return self.tr(
            "Die Vorlage „{name}“ wird nicht verwendet: {reason}. Es wurde keine Datei geschrieben."
        ).format(name=error.path.name, reason=reasons[error.problem])

    def _target_failure(self, error: ExportTargetError) -> str:
        """Which file was not written and why, and which files (if any) were replaced."""
        name = Path(str(error.filename)).name
        in_use = self.tr(
            "die Datei ist in einem anderen Programm geöffnet, oder der Ordner ist schreibgeschützt"
        )
        reasons = {
            errno.ENOSPC: self.tr("auf dem Datenträger ist kein Platz mehr"),
            errno.EDQUOT: self.tr("auf dem Datenträger ist kein Platz mehr"),
            errno.EACCES: in_use,
            errno.EPERM: in_use,
            errno.EROFS: self.tr("der Datenträger ist schreibgeschützt"),
            errno.ENOENT: self.tr("den Ordner gibt es nicht"),
            errno.EISDIR: self.tr("unter diesem Namen liegt ein Ordner"),
        }
        reason = reasons.get(error.errno or 0) or error.strerror or str(error)
        if not error.replaced:
            return self.tr(
                "„{name}“ wurde nicht geschrieben: {reason}. Es wurde keine Datei geschrieben; "
                "vorhandene Dateien blieben unverändert."
            ).format(name=name, reason=reason)
        return self.tr(
            "„{name}“ wurde nicht geschrieben: {reason}; die vorhandene Datei blieb unverändert. "
            "Ersetzt wurde bereits: {replaced}."
        ).format(
            name=name, reason=reason, replaced=", ".join(f"„{p.name}“" for p in error.replaced)
        )
