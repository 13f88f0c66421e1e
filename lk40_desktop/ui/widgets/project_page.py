"""The base of the pages in the main window's navigation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController


class ProjectPage(QWidget):
    """A page that shows (part of) the open project; the main window hands it the document."""

    show_place = Signal(str, str)
    """Asks the window to go where something is fixed: (kind, where) as the export's
    pre-flight findings name places (``export.job.Finding.place``)."""

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show another document (or none). Pages without project content ignore it."""
        del controller

    def reveal(self, changes: ChangeSet) -> None:
        """Select what an undone or redone edit changed, as far as this page shows it (the
        main window has brought the page to the front). Pages without such rows ignore it."""
        del changes
