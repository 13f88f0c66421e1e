"""The photos of one workshop (pinboards, flipcharts, the room) in a dialog of their own,
opened from the workshop table beside its participant list."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from lk40_desktop.services.photos import Owner
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.photo_strip import PhotoStrip


class WorkshopPhotosDialog(QDialog):
    """One workshop's photo strip; every change is an undoable edit, so it only closes."""

    def __init__(
        self, controller: DocumentController, workshop_id: str, title: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fotos – {title}").format(title=title))
        self.strip = PhotoStrip()
        self.strip.set_controller(controller)
        self.strip.set_owner(Owner("workshop", workshop_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip, 1)
        layout.addWidget(buttons)
        window = parent.window().size()
        self.resize(min(1000, int(window.width() * 0.8)), min(620, int(window.height() * 0.8)))

    def done(self, result: int) -> None:
        """Stop following the document once closed (the dialog may live on until its parent
        goes)."""
        self.strip.set_controller(None)
        super().done(result)
