"""A page for an editor that ships with a later version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lk40_desktop.ui.widgets.project_page import ProjectPage


class PlaceholderPage(ProjectPage):
    """Says plainly that this editor comes with the next version; nothing more."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        note = QLabel(self.tr("Dieser Bereich kommt mit der nächsten Version."))
        note.setObjectName("placeholderNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(1)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft)
