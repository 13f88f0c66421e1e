"""The import of a list in the window (File menu, issue 21): "Stakeholder importieren…" and
"Ideen importieren…" ask for a workbook or CSV, read it off the GUI thread (a busy bar when
it takes long: 100,000 rows take about a second), and open the import wizard — columns and
preview, then the duplicates — whose "Importieren" writes everything as one undo step
(``operations.imports.import_list``) and shows the report. A file that cannot serve is
refused with its reason before anything is written.

Every dialog here is opened with ``open()``, never ``exec()``: the window stays responsive
and a test drives the dialogs as a user would."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.i18n import describe_error, describe_failure
from lk40_desktop.operations.imports import import_list
from lk40_desktop.services.imports.duplicates import existing_rows, find_matches, key_of, label
from lk40_desktop.services.imports.mapping import Kind, guess, remembered_choices, title_key
from lk40_desktop.services.imports.plan import ImportPlan, ImportRequest, plan_import
from lk40_desktop.services.imports.records import records
from lk40_desktop.services.imports.table import ReadOptions, ReadRefusedError, Table, read_table
from lk40_desktop.services.project import action_fields
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.errors import ReadOnlyError
from lk40_desktop.ui.dialogs.import_duplicates import DuplicatesPage
from lk40_desktop.ui.dialogs.import_mapping import MappingPage
from lk40_desktop.ui.dialogs.import_report import ImportReport, unmapped_columns
from lk40_desktop.ui.dialogs.import_words import read_problem_text, too_many_stakeholders
from lk40_desktop.ui.page_index import BOARDS, STAKEHOLDERS
from lk40_desktop.ui.widgets.background import BackgroundTask

if TYPE_CHECKING:
    from lk40_desktop.ui.document import DocumentController
    from lk40_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

MAPPING, DUPLICATES = range(2)
"""The wizard's pages."""
MAX_STAKEHOLDERS = 10_000
"""Stakeholders a project may hold after an import: the stakeholder page lays out the names of
its map for all of them, which takes seconds at 10,000 (measured: 8 s) and minutes at 100,000.
A larger list is refused before anything is written (``lk40 import`` has no map to lay out)."""


class ReadCancelledError(Exception):
    """The user cancelled the reading of a list."""


def _read_unless_cancelled(
    progress: Callable[[int, str], bool], path: Path, options: ReadOptions | None
) -> Table:
    """Read the list; a reader cannot stop halfway, so a cancel is honoured when it ends."""
    table = read_table(path, options)
    if not progress(100, ""):
        raise ReadCancelledError
    return table


class ImportWizard(QWizard):
    """Columns and preview, then the duplicates: the user's choices for one list."""

    def __init__(
        self, kind: Kind, path: Path, controller: DocumentController, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.controller = controller
        self.table: Table | None = None
        title = (
            self.tr("Stakeholder importieren – {name}")
            if kind == "stakeholder"
            else self.tr("Ideen importieren – {name}")
        )
        self.setWindowTitle(title.format(name=path.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        with controller.document.reading() as session:
            fields = [(f.id, f.name) for f in action_fields(session, include_archived=False)]
        self.mapping_page = MappingPage(kind, fields)
        self.duplicates_page = DuplicatesPage()
        self.setPage(MAPPING, self.mapping_page)
        self.setPage(DUPLICATES, self.duplicates_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Zurück"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Importieren"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.resize(1040, 680)

    def show_table(self, table: Table, mapping: tuple[str | None, ...]) -> None:
        """Show a read list with its column choices."""
        self.table = table
        self.mapping_page.show_table(table, mapping)

    def initializePage(self, page_id: int) -> None:
        """The duplicates page looks the list up against the project when it is shown."""
        super().initializePage(page_id)
        if page_id == DUPLICATES and self.table is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._find_duplicates(self.table)
            finally:
                QGuiApplication.restoreOverrideCursor()

    def _find_duplicates(self, table: Table) -> None:
        found, _skipped, _noted = records(self.kind, table, self.mapping_page.mapping())
        with self.controller.document.reading() as session:
            existing = existing_rows(session, self.kind, self.mapping_page.field_id())
        keys = [key_of(self.kind, record.values) for record in found]
        matches = find_matches(self.kind, found, keys, existing)
        labels = {record.number: label(self.kind, record.values) for record in found}
        shown = [(match, labels[number]) for number, match in sorted(matches.items())]
        self.duplicates_page.show_matches(self.kind, len(found), shown)

    def request(self) -> ImportRequest:
        """The import as the user chose it."""
        assert self.table is not None
        found, skipped, noted = records(self.kind, self.table, self.mapping_page.mapping())
        return ImportRequest(
            self.kind,
            found,
            skipped,
            noted,
            choices=self.duplicates_page.choices(),
            default=self.duplicates_page.default(),
            field_id=self.mapping_page.field_id(),
        )


class ImportFlow(QObject):
    """One import from the file dialog to the report; lives as long as its dialogs."""

    def __init__(self, window: MainWindow, controller: DocumentController, kind: Kind) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.kind = kind
        self.path = Path()
        self.wizard: ImportWizard | None = None
        self.report: ImportReport | None = None
        self.message: QMessageBox | None = None
        self.task: BackgroundTask | None = None
        """The read that runs (None: none does)."""
        self._closing = False

    def read(self, path: Path, options: ReadOptions | None = None) -> None:
        """Read the list off the GUI thread; a busy bar shows after 300 ms."""
        self.path = path
        parent = self.wizard or self.window
        task = BackgroundTask(
            QCoreApplication.translate("ImportFlow", "„{name}“ wird gelesen …").format(
                name=path.name
            ),
            lambda progress: _read_unless_cancelled(progress, path, options),
            parent,
        )
        task.dialog.setRange(0, 0)  # a list's reader cannot say how far it is: busy
        task.finished.connect(lambda table: self._read(task, table))
        task.failed.connect(lambda error: self._refused(task, error))
        self.task = task
        task.start()

    def _read(self, task: BackgroundTask, table: Table) -> None:
        if self._ended(task):
            return
        if self.kind == "stakeholder":
            with self.controller.document.reading() as session:
                there = len(existing_rows(session, "stakeholder", None))
            if there + len(table.rows) > MAX_STAKEHOLDERS:
                self._say(too_many_stakeholders(self.path, len(table.rows), MAX_STAKEHOLDERS))
                return
        remembered = self.window.preferences.import_choices(
            self.kind, [title_key(title) for title in table.header]
        )
        mapping = guess(self.kind, table.header, remembered)
        if self.wizard is None:
            self.wizard = ImportWizard(self.kind, self.path, self.controller, self.window)
            self.wizard.mapping_page.options_changed.connect(lambda o: self.read(self.path, o))
            self.wizard.accepted.connect(self._import)
            self.wizard.rejected.connect(self._finish)
            self.wizard.show_table(table, mapping)
            self.wizard.open()
        else:
            self.wizard.show_table(table, mapping)

    def _refused(self, task: BackgroundTask, error: object) -> None:
        if self._ended(task):
            return
        if isinstance(error, ReadCancelledError):
            if self.wizard is None:
                self._finish()
            return
        if isinstance(error, ReadRefusedError):
            text = read_problem_text(error)
        elif isinstance(error, OSError):
            text = describe_failure(error)
        else:
            log.error("reading %s failed: %r", self.path, error)
            text = QCoreApplication.translate(
                "ImportFlow", "„{name}“ ließ sich nicht lesen. Es wurde nichts importiert."
            ).format(name=self.path.name)
        self._say(text)

    def _say(self, text: str) -> None:
        """Why the list is not imported: on the wizard's page when it was read again with
        other options (the user may choose again), else in a message."""
        if self.wizard is not None:
            self.wizard.mapping_page.show_problem(text)
            return
        self.message = QMessageBox(QMessageBox.Icon.Warning, PRODUCT_NAME, text, parent=self.window)
        self.message.finished.connect(self._finish)
        self.message.open()

    def _import(self) -> None:
        """Write the import as one undo step, remember the columns, show the report."""
        wizard = self.wizard
        assert wizard is not None and wizard.table is not None
        request = wizard.request()
        mapping = wizard.mapping_page.mapping()
        name = self.path.name
        text = (
            QCoreApplication.translate("ImportFlow", "Stakeholder importieren aus „{name}“")
            if self.kind == "stakeholder"
            else QCoreApplication.translate("ImportFlow", "Ideen importieren aus „{name}“")
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            edit = self.controller.perform(
                text.format(name=name), lambda session: import_list(session, request)
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        if edit is None:
            with self.controller.document.reading() as session:
                plan = plan_import(session, request)
            if plan.new or plan.merged:  # the write failed; the window said why
                self._finish()
                return
        else:
            plan = edit.plan  # type: ignore[attr-defined]  # an ImportEdit
        self.window.preferences.remember_import_choices(
            self.kind,
            [title_key(title) for title in wizard.table.header],
            remembered_choices(wizard.table.header, mapping),
        )
        self._show_where(request, [*plan.new, *plan.merged])
        self._report(plan, unmapped_columns(wizard.table.header, mapping), edit is not None)

    def _show_where(self, request: ImportRequest, ids: list[str]) -> None:
        """Bring the page that shows the imported rows to the front, with the new and the
        merged rows selected (as an undo shows what it changed)."""
        changes = ChangeSet.of(self.kind, ids)
        if self.kind == "stakeholder":
            self.window.navigation.setCurrentRow(STAKEHOLDERS)
            self.window.stakeholders.reveal(changes)
        else:
            self.window.navigation.setCurrentRow(BOARDS)
            self.window.boards.show_field(request.field_id)
            self.window.boards.reveal(changes)

    def _report(self, plan: ImportPlan, unmapped: list[str], imported: bool) -> None:
        self.report = ImportReport(self.kind, plan, unmapped, imported, self.window)
        self.report.finished.connect(self._finish)
        self.report.open()

    def _ended(self, task: BackgroundTask) -> bool:
        """A read is over; True when the import was closed while it ran (it ends now)."""
        task.deleteLater()
        self.task = None
        if self._closing:
            self._finish()
        return self._closing

    def _finish(self) -> None:
        """The import is over (done, refused or cancelled): its dialogs go — once no read
        runs any more (its thread must not be destroyed under it)."""
        if self.task is not None:
            self._closing = True
            return
        for dialog in (self.wizard, self.report, self.message):
            if dialog is not None:
                dialog.deleteLater()
        self.deleteLater()


def file_filter() -> str:
    """The lists the import reads, for the file dialog."""
    return ";;".join(
        (
            QCoreApplication.translate(
                "ImportFlow", "Listen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv)"
            ),
            QCoreApplication.translate("ImportFlow", "Excel-Arbeitsmappen (*.xlsx *.xlsm *.xls)"),
            QCoreApplication.translate("ImportFlow", "OpenDocument-Tabellen (*.ods)"),
            QCoreApplication.translate("ImportFlow", "CSV-Dateien (*.csv *.txt *.tsv)"),
        )
    )


def start_import(window: MainWindow, kind: Kind, path: Path | None = None) -> ImportFlow | None:
    """Import a list of ``kind`` into the open project: ask for the file (unless given),
    read it and open the wizard. Returns the running import (None when nothing started)."""
    controller = window.controller
    if controller is None:
        return None
    if controller.read_only:  # say so before the user looks for a file
        controller.failed.emit(describe_error(ReadOnlyError(controller.document.path)))
        return None
    if path is None:
        title = (
            QCoreApplication.translate("ImportFlow", "Stakeholder-Liste importieren")
            if kind == "stakeholder"
            else QCoreApplication.translate("ImportFlow", "Ideen-Liste importieren")
        )
        name, _ = QFileDialog.getOpenFileName(
            window, title, str(controller.document.path.parent), file_filter()
        )
        if not name:
            return None
        path = Path(name)
    flow = ImportFlow(window, controller, kind)
    flow.read(path)
    return flow
