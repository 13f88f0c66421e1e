"""The overview page: project data on the left, action fields and workshops on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.overview.action_fields import ActionFieldsSection
from lk40_desktop.ui.overview.project_form import ProjectForm
from lk40_desktop.ui.overview.workshops import WorkshopsSection
from lk40_desktop.ui.widgets.project_page import ProjectPage


class OverviewPage(ProjectPage):
    """Project data, action fields and workshops of the open project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = ProjectForm()
        self.fields = ActionFieldsSection()
        self.workshops = WorkshopsSection()
        heading = QLabel(self.tr("Übersicht"))
        heading.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(self.form, 3)
        top.addWidget(self.fields, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addLayout(top, 3)
        layout.addWidget(self.workshops, 2)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show another document (or none)."""
        for section in (self.form, self.fields, self.workshops):
            section.set_controller(controller)

    def reveal(self, changes: ChangeSet) -> None:
        """Select the action fields or workshops an undo or redo changed."""
        for view, ids in (
            (self.fields.view, changes.ids("action_field")),
            (self.workshops.view, changes.ids("workshop")),
        ):
            if view.select_ids(ids):
                view.setFocus()
