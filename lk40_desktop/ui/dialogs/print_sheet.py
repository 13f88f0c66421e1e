"""The small print dialog each page opens for its sheets (issue 22): which sheet, in which
language (the project's by default, as the exports), for a sign-in list how many lines; then
"Drucken…" (Qt's print dialog, a printer) or "Als PDF speichern…" (a file dialog suggesting
the sheet's title as the name). Both draw the same pages (``printing.render``), and a PDF
reaches the disk whole or not at all.

The page says what its sheets are (``SheetEntry``: the board's cards, its cluster's, the
voting and tally sheets; a rater's scoring sheet; a workshop's sign-in list and agenda; the
map's poster); the dialog reads their content when asked to print, so it prints what the file
holds at that moment."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.services.sheets import (
    SheetChoice,
    SheetChoiceError,
    SheetContent,
    SheetKind,
    privacy_contact,
    sheet_content,
)
from lk40_desktop.ui.widgets.image_dialog import UNSAFE_IN_NAMES

if TYPE_CHECKING:
    from lk40_desktop.printing.render import SheetJob
    from lk40_desktop.store.document import WorkshopDocument
    from lk40_desktop.ui.widgets.background import BackgroundTask

MAX_ROWS = 500
"""Lines a sign-in list may have (as ``lk40 print --rows``)."""


@dataclass(frozen=True)
class SheetEntry:
    """One sheet a page offers: its label in the dialog, its kind and what it is of."""

    label: str
    kind: SheetKind
    choice: SheetChoice


class PrintSheetDialog(QDialog):
    """Chooses a sheet of the page and prints it or saves it as a PDF."""

    def __init__(
        self, document: WorkshopDocument, entries: Sequence[SheetEntry], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Drucken"))
        self.document, self.entries = document, list(entries)
        self.task: BackgroundTask | None = None
        self.sheet = QComboBox()
        for entry in self.entries:
            self.sheet.addItem(entry.label)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        from lk40_desktop.services.project import get_project

        with document.reading() as session:
            language = get_project(session).language
            self.contact = privacy_contact(session)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.rows = QSpinBox()
        self.rows.setRange(1, MAX_ROWS)
        self.rows.setValue(SheetChoice().rows)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Dr&ucken…"), autoDefault=False)
        self.pdf_button = QPushButton(self.tr("Als &PDF speichern…"), default=True)
        self._lay_out()
        self.sheet.currentIndexChanged.connect(self._update)
        self.print_button.clicked.connect(self.ask_printer)
        self.pdf_button.clicked.connect(self.save_pdf)
        self._update()

    def _lay_out(self) -> None:
        """The choices, then the buttons (made last, so Tab reaches them last)."""
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("B&latt:"), self.sheet)
        self.form.addRow(self.tr("&Sprache:"), self.language)
        self.form.addRow(self.tr("&Zeilen:"), self.rows)
        self.form.addRow(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        self.setMinimumWidth(460)
        self.sheet.setFocus()

    @property
    def entry(self) -> SheetEntry:
        """The sheet chosen."""
        return self.entries[max(0, self.sheet.currentIndex())]

    def _update(self) -> None:
        sign_in = self.entry.kind is SheetKind.SIGN_IN
        self.form.setRowVisible(self.rows, sign_in)
        hints = {
            SheetKind.CARDS: self.tr("Drei Karten je A4-Seite, zum Ausschneiden."),
            SheetKind.POSTER: self.tr("Ein Blatt in A3 (Hochformat)."),
        }
        hint = hints.get(self.entry.kind, "")
        if sign_in and not self.contact:
            hint = self.tr(
                "Für dieses Projekt ist kein Kontakt für Datenschutzfragen hinterlegt "
                "(Bearbeiten › Einstellungen). Der Datenschutzhinweis lässt dafür eine Zeile "
                "zum Ausfüllen frei."
            )
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def job(self) -> SheetJob | None:
        """The chosen sheet as the file holds it now (None, with a message, when its board,
        cluster, workshop or rater is gone)."""
        from lk40_desktop.printing.render import SheetJob

        choice = replace(
            self.entry.choice, language=str(self.language.currentData()), rows=self.rows.value()
        )
        try:
            with self.document.reading() as session:
                content: SheetContent = sheet_content(session, self.entry.kind, choice)
        except SheetChoiceError:
            QMessageBox.warning(
                self,
                PRODUCT_NAME,
                self.tr("Das Blatt gibt es nicht mehr: Es wurde inzwischen gelöscht."),
            )
            return None
        return SheetJob.of(content)

    def ask_printer(self) -> None:
        """Qt's print dialog; the sheet goes to the printer once it is accepted."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print_on(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # nothing waits in a nested event loop

    def _print_on(self, device: object) -> None:
        from PySide6.QtGui import QPagedPaintDevice

        from lk40_desktop.printing.render import print_on

        job = self.job()
        if job is None or not isinstance(device, QPagedPaintDevice):
            return
        with _busy():
            pages = print_on(device, job)
        self._done(self.tr("{title}: {pages} Seite(n) an den Drucker geschickt").format(
            title=job.title, pages=pages
        ))  # fmt: skip

    def save_pdf(self) -> Path | None:
        """Ask for a PDF file (the sheet's title as its name) and write the sheet there, off
        the GUI thread (a board of thousands of cards is hundreds of pages); returns the file
        chosen, which is in place once the dialog closes."""
        from lk40_desktop.printing.render import write_pdf
        from lk40_desktop.ui.widgets.background import BackgroundTask

        job = self.job()
        if job is None:
            return None
        name = UNSAFE_IN_NAMES.sub("-", _file_title(job)).strip(" .") or "Blatt"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Als PDF speichern"),
            str(self.document.path.parent / f"{name}.pdf"),
            self.tr("PDF-Dokument (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        self.task = BackgroundTask(
            self.tr("„{file}“ wird geschrieben …").format(file=path.name),
            lambda _progress: write_pdf(job, path),
            self,
        )
        self.task.dialog.setCancelButton(None)  # a sheet is written whole or not at all
        self.task.dialog.setRange(0, 0)
        self.task.finished.connect(lambda pages: self._saved(path, pages))
        self.task.failed.connect(lambda error: self._not_saved(path, error))
        self.task.start()
        return path

    def _saved(self, path: Path, pages: int) -> None:
        self._done(self.tr("{file} gespeichert ({pages} Seite(n))").format(
            file=path, pages=pages
        ))  # fmt: skip

    def _not_saved(self, path: Path, error: object) -> None:
        """Why the file is not there; the dialog stays open to choose another place."""
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        QMessageBox.warning(
            self,
            self.tr("Nicht gespeichert"),
            self.tr("„{file}“ wurde nicht gespeichert: {reason}").format(
                file=path.name, reason=reason
            ),
        )

    def _done(self, message: str) -> None:
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)
        self.accept()


def _file_title(job: SheetJob) -> str:
    """A sheet's title with what it is of: "Stimmzettel – Elektromobilität"."""
    data = job.data
    of = getattr(data, "field", "") or getattr(data, "title", "")
    if isinstance(data, list) and len(data) == 1 and data[0].rater:
        of = data[0].rater
    return f"{job.title} – {of}" if of else job.title


@contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while a sheet is drawn (a poster takes a second)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def open_print_dialog(
    parent: QWidget, document: WorkshopDocument, entries: Sequence[SheetEntry], current: int = 0
) -> PrintSheetDialog:
    """Show the print dialog over ``parent`` (window-modal, not blocking: the caller and the
    tests go on) with the ``current`` sheet chosen."""
    dialog = PrintSheetDialog(document, entries, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.sheet.setCurrentIndex(current)
    dialog.open()
    return dialog
