"""The evaluation page. NumPy and matplotlib load only when the page is first shown, so they
cost nothing at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.project_page import ProjectPage

if TYPE_CHECKING:
    from lk40_desktop.ui.scoring.editor import ScoringEditor


class ScoringPage(ProjectPage):
    """Holds the document; builds the editor on first show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.editor: ScoringEditor | None = None
        heading = QLabel(self.tr("Bewertung"))
        heading.setObjectName("pageTitle")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.addWidget(heading)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show another document (or none)."""
        self.controller = controller
        if self.editor is not None:
            self.editor.set_controller(controller)

    def ensure_editor(self) -> ScoringEditor:
        """The editor, built now if it was not yet."""
        if self.editor is None:
            from lk40_desktop.ui.scoring.editor import ScoringEditor

            self.editor = ScoringEditor(self)
            self._layout.addWidget(self.editor, 1)
            self.editor.set_controller(self.controller)
        return self.editor

    def reveal(self, changes: ChangeSet) -> None:
        """Show the criteria or the scores an undo or redo changed."""
        self.ensure_editor().reveal(changes)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_editor()
        super().showEvent(event)
